import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {requireDateOrTimestamp, requireIsoDate} from '../../src/edit/iso-date.js'
import {asTableCellText} from '../../src/edit/evidence-style.js'
import {requireOneLine, requireOneLineValues} from '../../src/edit/one-line-value.js'
import {UserError} from '../../src/errors.js'
import {createDocument} from '../../src/ledger/document.js'
import {readFixPlan} from '../../src/ledger/fix-plan/fix-plan.js'
import {suggestClosest} from '../../src/ledger/suggest.js'
import {shownInput} from '../../src/shown-input.js'
import {corpusRoot, itWithCorpus, markdownFilesUnder} from '../support/corpus.js'

function refusal(run: () => unknown): {message: string; hint?: string; exitCode: number} {
  try {
    run()
  } catch (error) {
    if (!(error instanceof UserError)) throw error
    return {message: error.message, hint: error.hint, exitCode: error.exitCode}
  }
  assert.fail('expected a refusal')
}

const BREAK_HINT = 'a line break there would start a new line in the ledger; give the value on one line'
const CONTROL_HINT = 'remove it; control characters are invisible in an editor and act on terminals'

describe('requireOneLine', () => {
  for (const [name, character, code] of [
    ['LF', '\n', 'U+000A'],
    ['CR', '\r', 'U+000D'],
    ['CRLF', '\r\n', 'U+000D'],
    ['NEL', '\u0085', 'U+0085'],
    ['LINE SEPARATOR', '\u2028', 'U+2028'],
    ['PARAGRAPH SEPARATOR', '\u2029', 'U+2029'],
  ]) {
    it(`refuses a ${name} with its code and position, exit 2`, () => {
      assert.deepEqual(refusal(() => requireOneLine(`2026-12-02${character}## [EVIL-001] x`, '--date')), {
        message: `Unexpected line break (${code}) in --date at character 11, expected one line`,
        hint: BREAK_HINT,
        exitCode: 2,
      })
    })
  }

  it('refuses control characters (C0, DEL, C1) and names them', () => {
    for (const [character, code] of [['\0', 'U+0000'], ['\x1B', 'U+001B'], ['\x7F', 'U+007F'], ['\x9B', 'U+009B']]) {
      assert.deepEqual(refusal(() => requireOneLine(`ab${character}`, '--label')), {
        message: `Unexpected control character ${code} in --label at character 3, expected plain text`,
        hint: CONTROL_HINT,
        exitCode: 2,
      })
    }
  })

  it('counts the position in characters, not UTF-16 units', () => {
    assert.equal(refusal(() => requireOneLine('✅🎉x\ny', 'ITEM')).message, 'Unexpected line break (U+000A) in ITEM at character 4, expected one line')
  })

  it('lets tabs, Unicode text and bidi marks through (they end no line)', () => {
    for (const value of ['a\tb', 'Ünïcödé — ✅', 'x\u202Ey', '']) requireOneLine(value, '--note')
  })

  it('with line breaks allowed, still refuses control characters', () => {
    requireOneLine('one\ntwo\r\nthree\u2028four', '--note', {lineBreaks: 'allow'})
    assert.equal(refusal(() => requireOneLine('one\ntwo\x1B', '--note', {lineBreaks: 'allow'})).message, 'Unexpected control character U+001B in --note at character 8, expected plain text')
  })

  it('a line-break hint can say why this place has no room for one', () => {
    assert.equal(refusal(() => requireOneLine('a\nb', '--note', {lineBreakHint: 'row A1 is a checklist item'})).hint, 'row A1 is a checklist item')
  })

  it('requireOneLineValues names the first bad value, in order, through lists; absent values pass', () => {
    requireOneLineValues({'--label': undefined, '--finding': [], '--artifact': ['a', 'b']})
    assert.equal(
      refusal(() => requireOneLineValues({'--label': 'ok', '--artifact': ['a', 'b\rc'], '--result': '\n'})).message,
      'Unexpected line break (U+000D) in --artifact at character 2, expected one line',
    )
  })
})

describe('asTableCellText', () => {
  it('turns every kind of line break into <br> (a table cell cannot span lines)', () => {
    assert.equal(asTableCellText('a\nb\r\nc\rd\u2028e\u2029f\u0085g | h'), 'a<br>b<br>c<br>d<br>e<br>f<br>g \\| h')
  })
})

describe('--date', () => {
  const FORMS = 'e.g. 2026-12-02, 2026-12-02T17:46:11Z, 2026-12-02T17:46Z or 2026-12-02 17:46'

  it('attempt, tick and set take a day or an ISO 8601 timestamp in the precisions ledgers use', () => {
    for (const date of ['2026-12-02', '2026-12-02T17:46:11Z', '2026-12-02T17:46Z', '2026-12-02T1746Z', '2026-12-02T174611Z', '2026-12-02 17:46', '2026-12-02T17:46:11.250Z', '2026-12-02T17:46:11+01:00', '2024-02-29']) {
      requireDateOrTimestamp(date)
    }
  })

  itWithCorpus('accepts every date the corpus fix plans write in their attempt entries', () => {
    const dates = new Set<string>()
    for (const path of markdownFilesUnder(corpusRoot!).filter((file) => /fix_plan/.test(file))) {
      const ledger = readFixPlan(createDocument(path, readFileSync(path, 'utf8')))
      for (const history of [...ledger.items.map((item) => item.attempts), ledger.attempts]) {
        for (const entry of history?.entries ?? []) if (entry.date !== undefined) dates.add(entry.date)
      }
    }
    assert.ok(dates.size > 20, `only ${dates.size} dates found`)
    for (const date of dates) requireDateOrTimestamp(date)
  })

  it('refuses what is not shaped like one, with the forms as hint', () => {
    for (const date of ['tomorrow', '02/12/2026', '2026-12-2', '2026-12-02T', '2026-12-02 at noon', '']) {
      assert.deepEqual(refusal(() => requireDateOrTimestamp(date)), {message: `Unexpected --date \`${date}\`, expected YYYY-MM-DD or an ISO 8601 timestamp`, hint: FORMS, exitCode: 2})
    }
  })

  it('refuses dates and times that do not exist', () => {
    const cases: Array<[string, string]> = [
      ['2026-13-45', 'there is no month 13'],
      ['2026-00-10', 'there is no month 0'],
      ['2026-02-29', '2026-02 has days 1 to 28'],
      ['2026-04-31', '2026-04 has days 1 to 30'],
      ['2026-12-00', '2026-12 has days 1 to 31'],
      ['2026-12-02T24:00Z', 'there is no hour 24'],
      ['2026-12-02T17:60Z', 'minutes go up to 59'],
      ['2026-12-02T174661Z', 'seconds go up to 59'],
    ]
    for (const [date, problem] of cases) {
      assert.deepEqual(refusal(() => requireDateOrTimestamp(date)), {message: `Unexpected --date \`${date}\`: ${problem}`, hint: `expected YYYY-MM-DD or an ISO 8601 timestamp, ${FORMS}`, exitCode: 2})
    }
  })

  it('a line break is refused as such, before the shape is looked at', () => {
    assert.equal(refusal(() => requireDateOrTimestamp('2026-12-02\n## [EVIL-001] x')).message, 'Unexpected line break (U+000A) in --date at character 11, expected one line')
  })

  it('archive and finding add take a day only', () => {
    requireIsoDate('2026-12-02')
    assert.deepEqual(refusal(() => requireIsoDate('2026-12-02T17:46Z')), {message: 'Unexpected --date `2026-12-02T17:46Z`, expected YYYY-MM-DD', hint: 'e.g. 2026-12-02', exitCode: 2})
    assert.equal(refusal(() => requireIsoDate('2026-02-30')).message, 'Unexpected --date `2026-02-30`: 2026-02 has days 1 to 28')
  })
})

describe('shownInput', () => {
  it('keeps short input whole and cuts long input to 80 characters ending in …', () => {
    assert.equal(shownInput('DATA-LOADER-002'), 'DATA-LOADER-002')
    assert.equal(shownInput('A'.repeat(80)), 'A'.repeat(80))
    const cut = shownInput('A'.repeat(100_000))
    assert.equal(cut, 'A'.repeat(79) + '…')
  })

  it('never splits a surrogate pair', () => {
    const cut = shownInput('🎉'.repeat(100))
    assert.equal(cut, '🎉'.repeat(79) + '…')
    assert.equal(shownInput('🎉'.repeat(50)), '🎉'.repeat(50))
  })
})

describe('suggestClosest on very long input', () => {
  it('offers nothing for a 100,000-character ID, without looking at a single candidate', () => {
    let looked = 0
    function* candidates(): Generator<string> {
      for (let at = 0; at < 3; at++) {
        looked++
        yield 'A'.repeat(90_000) + at
      }
    }
    assert.deepEqual(suggestClosest('A'.repeat(100_000), candidates()), [])
    assert.equal(looked, 0)
  })

  it('still suggests for input of ordinary length', () => {
    assert.deepEqual(suggestClosest('DATA-LOADER-02', ['DATA-LOADER-002', 'TEST-PYTORCH-001']), ['DATA-LOADER-002'])
  })
})
