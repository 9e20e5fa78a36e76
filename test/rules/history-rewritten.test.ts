import assert from 'node:assert/strict'
import {historyRewritten} from '../../src/rules/history-rewritten.js'
import type {RuleReport} from '../../src/rules/rule.js'
import {contextFrom} from './rule-context.js'

const ENTRIES = [
  '  * [2025-10-17] Attempt #1 — first try.',
  '  * [2025-10-18] Attempt #2 — second try.',
  '    Next Actions: retry.',
  '  * [2025-10-19] Attempt #3 — third try.',
]

function fixPlan(entries: string[], status = 'in_progress'): string {
  return ['# Fix Plan', '', '## [A-1] Item', `- Status: ${status}`, '- Attempts History:', ...entries, '- Exit Criteria: green', ''].join('\n')
}

const FILE_HISTORY = (bodies: string[]) =>
  ['# Fix Plan', '', '## Attempts History', '', ...bodies.flatMap((body, index) => [`### 2026-01-2${index}T02:40Z — step ${index}`, body, ''])].join('\n')

const check = (before: string, after: string) => historyRewritten.check(contextFrom({fixPlan: after, baseline: {fixPlan: before}}))
const shown = (reports: RuleReport[]) => reports.map((report) => `${report.line}:${report.column} ${report.message}`)

describe('history-rewritten', () => {
  it('accepts lines appended to the newest entry (attempt --amend), also with a new entry after them', () => {
    assert.deepEqual(check(fixPlan(ENTRIES), fixPlan([...ENTRIES, '    Final: 0.93 SSIM.'])), [])
    assert.deepEqual(check(fixPlan(ENTRIES), fixPlan([...ENTRIES, '    Final.', '  * [2025-10-20] Attempt #4 — fourth.'])), [])
    assert.deepEqual(check(FILE_HISTORY(['a', 'b']), FILE_HISTORY(['a', 'b\n\nfinal'])), [])
  })

  it('still reports lines appended to an older entry, or the newest entry’s text changed as well', () => {
    const older = [...ENTRIES.slice(0, 3), '    Late.', ENTRIES[3]]
    assert.deepEqual(shown(check(fixPlan(ENTRIES), fixPlan(older))), ['7:3 Attempt #2 of [A-1] was edited; the Attempts History is append-only'])
    const changed = [...ENTRIES.slice(0, 3), ENTRIES[3].replace('third', '3rd'), '    Final.']
    assert.deepEqual(shown(check(fixPlan(ENTRIES), fixPlan(changed))), ['9:3 Attempt #3 of [A-1] was edited; the Attempts History is append-only'])
  })

  it('reports an edited entry at its line, continuation lines included', () => {
    const edited = [...ENTRIES]
    edited[2] = '    Next Actions: give up.'
    assert.deepEqual(shown(check(fixPlan(ENTRIES), fixPlan(edited))), ['7:3 Attempt #2 of [A-1] was edited; the Attempts History is append-only'])
  })

  it('reports a deleted entry where it stood', () => {
    const deleted = [ENTRIES[0], ENTRIES[3]]
    assert.deepEqual(shown(check(fixPlan(ENTRIES), fixPlan(deleted))), ['7:3 Attempt #2 of [A-1] was deleted; the Attempts History is append-only'])
  })

  it('reports a moved entry', () => {
    const moved = [ENTRIES[3], ENTRIES[0], ENTRIES[1], ENTRIES[2]]
    assert.deepEqual(shown(check(fixPlan(ENTRIES), fixPlan(moved))), ['6:3 Attempt #3 of [A-1] was moved; the Attempts History is append-only'])
  })

  it('reports a heading-style file history entry by its date', () => {
    const before = FILE_HISTORY(['First body.', 'Second body.'])
    const after = FILE_HISTORY(['First body, rewritten.', 'Second body.'])
    assert.deepEqual(shown(check(before, after)), [
      "5:1 The entry of 2026-01-20T02:40Z in the file's Attempts History was edited; the Attempts History is append-only",
    ])
  })

  it('accepts appended entries, in items and in the file history', () => {
    const appended = [...ENTRIES, '  * [2025-10-20] Attempt #4 — fourth try.']
    assert.deepEqual(check(fixPlan(ENTRIES), fixPlan(appended)), [])
    assert.deepEqual(check(FILE_HISTORY(['One.']), FILE_HISTORY(['One.', 'Two.'])), [])
  })

  it('accepts line-ending changes, archived stubs and items that moved out', () => {
    assert.deepEqual(check(fixPlan(ENTRIES), fixPlan(ENTRIES).replace(/\n/g, '\r\n')), [])
    assert.deepEqual(check(fixPlan(ENTRIES), fixPlan([], 'archived 2026-01-01 — see archive.md#a-1')), [])
    // Archived as the archive command reads a Status: its leading word, whatever decoration comes first.
    assert.deepEqual(check(fixPlan(ENTRIES), fixPlan([], '✅ **Archived** 2026-01-01')), [])
    assert.equal(check(fixPlan(ENTRIES), fixPlan([], 'archived-soon')).length, 1, 'not archived: the deleted entries are reported')
    assert.deepEqual(check(fixPlan(ENTRIES), '# Fix Plan\n\n## [B-2] Other\n- Status: pending\n'), [])
  })

  it('needs a baseline and a fix plan', () => {
    assert.deepEqual(historyRewritten.needs, ['fix-plan', 'baseline'])
  })
})
