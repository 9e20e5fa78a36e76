import assert from 'node:assert/strict'
import {lastUpdatedFixer} from '../../../../src/app/check/fixers/last-updated.js'
import {newestAttemptDate} from '../../../../src/rules/support/newest-attempt-date.js'
import {applyEdits} from '../../../../src/edit/text-edit.js'
import {createDocument} from '../../../../src/ledger/document.js'
import {readFixPlan} from '../../../../src/ledger/fix-plan/fix-plan.js'
import {BUILT_IN_VOCABULARY} from '../../../../src/ledger/plan/state-marker.js'
import type {Problem} from '../../../../src/rules/run-rules.js'

const REPORT: Problem = {rule: 'last-updated', severity: 'warning', path: 'fix_plan.md', line: 3, column: 1, message: 'Last Updated is older than the newest attempt'}

function plan(header: string, entries: string[]): string {
  return ['# Fix Plan', '', `**Last Updated:** ${header}`, '', '## [A-1] First', '- Status: in_progress', '- Attempts History:', ...entries, ''].join('\n')
}

/** The text after the fixer ran on it (today: 2026-12-03); the text itself when it declined. */
function fixed(text: string, today = '2026-12-03'): string {
  const fix = lastUpdatedFixer.fix(readFixPlan(createDocument('fix_plan.md', text)), REPORT, {today, vocabulary: BUILT_IN_VOCABULARY})
  return fix ? applyEdits(text, fix.edits) : text
}

describe('lastUpdatedFixer', () => {
  it('moves an older Last Updated to the newest attempt\u2019s date, whatever order the entries are in', () => {
    const text = plan('2026-11-01', ['  * [2026-11-18] Attempt #1 — a', '  * [2026-11-20] Attempt #2 — b', '  * [2026-11-19] Attempt #3 — c'])
    assert.equal(fixed(text), text.replace('**Last Updated:** 2026-11-01', '**Last Updated:** 2026-11-20'))
  })

  it('keeps the note after the date', () => {
    const text = plan('2026-11-01 (Phase C)', ['  * [2026-11-18] Attempt #1 — a'])
    assert.equal(fixed(text), text.replace('2026-11-01 (Phase C)', '2026-11-18 (Phase C)'))
  })

  it('replaces only the date inside backticks, keeping them and the note after', () => {
    const text = plan('`2026-11-01` (Phase C)', ['  * [2026-11-18] Attempt #1 — a'])
    assert.equal(fixed(text), text.replace('`2026-11-01` (Phase C)', '`2026-11-18` (Phase C)'))
    const bold = plan('**2026-11-01T10:00Z** — loop 4', ['  - *2026-11-18T203015Z:* a'])
    assert.equal(fixed(bold), bold.replace('**2026-11-01T10:00Z** — loop 4', '**2026-11-18T20:30Z** — loop 4'))
  })

  it('writes a timestamp in the header\u2019s own format', () => {
    const text = plan('2026-11-01T10:00:00Z', ['  - *2026-11-18T203015Z:* a'])
    assert.equal(fixed(text), text.replace('2026-11-01T10:00:00Z', '2026-11-18T20:30:15Z'))
  })

  it('never invents a time: an attempt dated by day gives a date', () => {
    const text = plan('2026-11-01T10:00:00Z', ['  * [2026-11-18] Attempt #1 — a'])
    assert.equal(fixed(text), text.replace('2026-11-01T10:00:00Z', '2026-11-18'))
  })

  it('leaves a Last Updated as new as the newest attempt, or newer (a future date is for a person)', () => {
    for (const header of ['2026-11-18', '2026-11-18T23:00Z', '2099-01-01']) {
      const text = plan(header, ['  * [2026-11-18] Attempt #1 — a'])
      assert.equal(fixed(text), text, header)
    }
  })

  it('declines without a Last Updated header or a dated attempt', () => {
    const noHeader = plan('x', ['  * [2026-11-18] Attempt #1 — a']).replace('**Last Updated:** x', '**Owner:** me')
    assert.equal(fixed(noHeader), noHeader)
    const undated = plan('2026-11-01', ['  * notes without a date'])
    assert.equal(fixed(undated), undated)
  })
})

describe('newestAttemptDate', () => {
  it('reads the file-level history of heading entries too', () => {
    const text = ['# Fix Plan', '', '**Last Updated:** 2026-01-01', '', '## Attempts History', '', '### 2026-01-22T02:40Z — kickoff', 'text', '', '### 2026-01-21T09:00Z — earlier', 'text', ''].join('\n')
    assert.deepEqual(newestAttemptDate(readFixPlan(createDocument('fix_plan.md', text))), {date: '2026-01-22T02:40Z', digits: '202601220240', line: 7})
  })
})

describe('lastUpdatedFixer: the header and the day the rule reads', () => {
  it('repairs the header under the spellings the rule reports (Last-Updated, Last Modified)', () => {
    const text = plan('2026-11-01', ['  * [2026-11-18] Attempt #1 — a']).replace('**Last Updated:**', '**Last-Updated:**')
    assert.equal(fixed(text), text.replace('2026-11-01', '2026-11-18'))
    const modified = text.replace('**Last-Updated:**', '**Last Modified:**')
    assert.equal(fixed(modified), modified.replace('2026-11-01', '2026-11-18'))
  })

  it('passes over an entry dated after the check\'s today, as the rule does', () => {
    const text = plan('2026-11-01', ['  * [2026-11-18] Attempt #1 — a', '  * [2027-01-05] Attempt #2 — typo'])
    assert.equal(fixed(text, '2026-12-03'), text.replace('2026-11-01', '2026-11-18'))
  })
})
