import assert from 'node:assert/strict'
import {classifyBulletEntry, classifyHeadingEntry, isPlaceholder, looksLikeEntry} from '../../../src/ledger/fix-plan/attempt-entry.js'
import {parseFieldKey} from '../../../src/ledger/fix-plan/field-key.js'

/** The classification with the text after the prefix instead of an index. */
function classify(text: string) {
  const {textStart, ...parts} = classifyBulletEntry(text)
  return {...stripUndefined(parts), text: text.slice(textStart)}
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, part]) => part !== undefined)) as Partial<T>
}

describe('classifyBulletEntry', () => {
  it('style 1: bracketed date or timestamp, Attempt #N, any separator', () => {
    assert.deepEqual(classify('[2025-10-17] Attempt #0 — text'), {style: 'bracket-date-number', date: '2025-10-17', dateInBrackets: true, number: 0, separator: '—', text: 'text'})
    assert.deepEqual(classify('[2025-10-16T23:05:39Z] Attempt #12 – a – b'), {style: 'bracket-date-number', date: '2025-10-16T23:05:39Z', dateInBrackets: true, number: 12, separator: '–', text: 'a – b'})
    assert.deepEqual(classify('[2025-10-17] Attempt #3: Phase C: done'), {style: 'bracket-date-number', date: '2025-10-17', dateInBrackets: true, number: 3, separator: ':', text: 'Phase C: done'})
    assert.deepEqual(classify('[2025-10-17] Attempt #4 - x'), {style: 'bracket-date-number', date: '2025-10-17', dateInBrackets: true, number: 4, separator: '-', text: 'x'})
    // A dated bullet without a number is still this style; the number is just absent.
    assert.deepEqual(classify('[2025-10-17] Reran the suite'), {style: 'bracket-date-number', date: '2025-10-17', dateInBrackets: true, text: 'Reran the suite'})
  })

  it('styles 2 and 3: italic timestamp, with or without a label', () => {
    assert.deepEqual(classify('*2026-01-13T202358Z:* text'), {style: 'italic-timestamp', date: '2026-01-13T202358Z', dateInBrackets: false, separator: ':', text: 'text'})
    assert.deepEqual(classify('_2026-01-13T202358Z:_ text'), {style: 'italic-timestamp', date: '2026-01-13T202358Z', dateInBrackets: false, separator: ':', text: 'text'})
    assert.deepEqual(classify('*2026-01-13*: text'), {style: 'italic-timestamp', date: '2026-01-13', dateInBrackets: false, separator: ':', text: 'text'})
    assert.deepEqual(classify('*2026-01-26T00:00:00Z (planning kickoff):* text'), {
      style: 'italic-timestamp-label',
      date: '2026-01-26T00:00:00Z',
      dateInBrackets: false,
      label: 'planning kickoff',
      separator: ':',
      text: 'text',
    })
  })

  it('style 4: bare timestamp and separator', () => {
    assert.deepEqual(classify('2025-12-04T120500Z — text'), {style: 'timestamp-dash', date: '2025-12-04T120500Z', dateInBrackets: false, separator: '—', text: 'text'})
    assert.deepEqual(classify('2025-12-04 - text'), {style: 'timestamp-dash', date: '2025-12-04', dateInBrackets: false, separator: '-', text: 'text'})
  })

  it('style 5: Attempt #N (date): text', () => {
    assert.deepEqual(classify('Attempt #1 (2025-09-29): text'), {style: 'number-paren-date', number: 1, date: '2025-09-29', dateInBrackets: false, separator: ':', text: 'text'})
    assert.deepEqual(classify('Attempt #2 (2025-09-30T10:00Z) — text'), {style: 'number-paren-date', number: 2, date: '2025-09-30T10:00Z', dateInBrackets: false, separator: '—', text: 'text'})
  })

  it('anything else is plain, keeping a visible Attempt number', () => {
    assert.deepEqual(classify('Reran after the rebase'), {style: 'plain', text: 'Reran after the rebase'})
    assert.deepEqual(classify('**2026-01-13T202358Z:** bold, not italic'), {style: 'plain', text: '**2026-01-13T202358Z:** bold, not italic'})
    assert.deepEqual(classify('Attempt #5 — no date'), {style: 'plain', number: 5, text: 'Attempt #5 — no date'})
    assert.deepEqual(classify('2025-12-04-notes.md was moved'), {style: 'plain', text: '2025-12-04-notes.md was moved'})
    assert.deepEqual(classify(''), {style: 'plain', text: ''})
  })

  it('tells malformed entries from ordinary bullets', () => {
    assert.equal(looksLikeEntry('[2025-10-17 Attempt #3 — unclosed bracket'), true)
    assert.equal(looksLikeEntry('Attempt #5 — no date'), true)
    assert.equal(looksLikeEntry('**2026-01-13T202358Z:** bold'), true)
    assert.equal(looksLikeEntry('Reran after the rebase'), false)
  })

  it('recognises placeholders', () => {
    for (const text of ['(none yet)', 'None yet.', '_(none)_', '*(none yet)*', 'none']) assert.equal(isPlaceholder(text), true, text)
    for (const text of ['none of the tests passed', '(none yet) but see archive']) assert.equal(isPlaceholder(text), false, text)
  })
})

describe('classifyHeadingEntry', () => {
  it('splits timestamp, separator and label', () => {
    const parts = classifyHeadingEntry('2026-01-23T153500Z — DEBUG-SIM-LINES-DOSE-001.F1 (maintainer status automation completed)')
    assert.deepEqual(stripUndefined(parts), {
      style: 'heading',
      recognised: true,
      date: '2026-01-23T153500Z',
      dateInBrackets: false,
      separator: '—',
      label: 'DEBUG-SIM-LINES-DOSE-001.F1 (maintainer status automation completed)',
      textStart: 21,
    })
    assert.deepEqual(stripUndefined(classifyHeadingEntry('[2026-01-22] Attempt #3 — kickoff')), {
      style: 'heading',
      recognised: true,
      date: '2026-01-22',
      dateInBrackets: true,
      number: 3,
      separator: '—',
      label: 'kickoff',
      textStart: 26,
    })
    assert.deepEqual(stripUndefined(classifyHeadingEntry('2026-01-22T02:40Z')), {style: 'heading', recognised: true, date: '2026-01-22T02:40Z', dateInBrackets: false, textStart: 17})
    assert.equal(classifyHeadingEntry('Attempt #2 (2025-01-01): x').number, 2)
    assert.deepEqual(stripUndefined(classifyHeadingEntry('Notes')), {style: 'heading', recognised: false, label: 'Notes', textStart: 0})
  })
})

describe('parseFieldKey', () => {
  const parse = (text: string) => {
    const parsed = parseFieldKey(text)
    return parsed && [parsed.key, text.slice(parsed.keyStart, parsed.keyEnd), text.slice(parsed.valueStart, parsed.valueEnd)]
  }

  it('reads plain and bold keys', () => {
    assert.deepEqual(parse('Owner/Date: Codex Agent/2025-10-19'), ['Owner/Date', 'Owner/Date', 'Codex Agent/2025-10-19'])
    assert.deepEqual(parse('Spec/AT: spec.md §4  '), ['Spec/AT', 'Spec/AT', 'spec.md §4'])
    assert.deepEqual(parse('**Status:** done'), ['Status', 'Status', 'done'])
    assert.deepEqual(parse('**Depends on**: X-1'), ['Depends on', 'Depends on', 'X-1'])
    assert.deepEqual(parse('Exit Criteria:'), ['Exit Criteria', 'Exit Criteria', ''])
  })

  it('refuses URLs, dates, code and prose', () => {
    for (const text of ['See http://example.com', '2025-10-17: x', '`code`: x', '[link](x): y', 'no colon at all', '**Status: unclosed bold']) {
      assert.equal(parseFieldKey(text), undefined, text)
    }
  })
})
