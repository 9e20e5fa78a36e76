import assert from 'node:assert/strict'
import {attemptNumbering} from '../../src/rules/attempt-numbering.js'
import {contextFrom} from './rule-context.js'
import {columnOf, seedContext, summarize} from './seed-context.js'
import {itWithCorpus} from '../support/corpus.js'

const FIX_PLAN = `# Fix Plan

## [A-1] Numbered entries
- Status: in_progress
- Attempts History:
  * [2025-10-17] Attempt #1 — first
  * [2025-10-18] Attempt #2 — second
  * [2025-10-18] Attempt #2 — a second #2
  * [2025-10-19] Attempt #5 — skips three and four
  * [2025-10-19] Attempt #4 — goes down
  * [2025-10-20] Attempt #6 — follows #4, but #5 exists above

## [B-2] Italic entries that start with a number
- Status: pending
- Attempts History:
  - *2026-01-13T202358Z:* Attempt #3 — text
  - *2026-01-14T202358Z:* Attempt #3 — again

## Attempts History

### 2026-01-22T02:40Z Attempt #1 — seed
Body.

### 2026-01-22T04:26Z Attempt #3 — later
Body.
`

describe('attempt-numbering', () => {
  it('reports repeats as errors, gaps and descents as warnings, at the `Attempt #N`', () => {
    const reports = attemptNumbering.check(contextFrom({fixPlan: FIX_PLAN}))
    assert.deepEqual(summarize(attemptNumbering, reports), [
      `error docs/fix_plan.md:8:${columnOf(FIX_PLAN, 8, 'Attempt #2')} \`Attempt #2\` is already used in \`[A-1]\``,
      `warning docs/fix_plan.md:9:${columnOf(FIX_PLAN, 9, 'Attempt #5')} \`Attempt #5\` follows \`#2\` in \`[A-1]\`: #3 is missing; #4 appears later, out of order`,
      `warning docs/fix_plan.md:10:${columnOf(FIX_PLAN, 10, 'Attempt #4')} \`Attempt #4\` follows \`#5\` in \`[A-1]\`: numbers go down`,
      `error docs/fix_plan.md:17:${columnOf(FIX_PLAN, 17, 'Attempt #3')} \`Attempt #3\` is already used in \`[B-2]\``,
      `warning docs/fix_plan.md:24:${columnOf(FIX_PLAN, 24, 'Attempt #3')} \`Attempt #3\` follows \`#1\` in the file-level Attempts History: #2 is missing`,
    ])
    assert.equal(reports[0].hint, 'the first is at line 7; the next free number is #7')
    assert.equal(reports[3].hint, 'the first is at line 16; the next free number is #4')
  })

  it('accepts increasing numbers, entries without numbers, and a history that starts late', () => {
    const fixPlan = `# Fix Plan

## [C-3] Clean
- Status: in_progress
- Attempts History:
  * [2025-10-17] Attempt #40 — carried over from the archive
  * [2025-10-18] Attempt #41 — next
  * 2025-10-19T120500Z — an entry with no number
  * [2025-10-20] Attempt #42 — next again
`
    assert.deepEqual(attemptNumbering.check(contextFrom({fixPlan})), [])
    assert.deepEqual(attemptNumbering.check(contextFrom({})), [])
  })

  it('tells numbers that appear later (out of order) from missing ones, in narrow and wide gaps', () => {
    const entries = (numbers: number[]) => numbers.map((number, at) => `  * [2025-10-${String(10 + (at % 20)).padStart(2, '0')}] Attempt #${number} — entry`).join('\n')
    const fixPlan = (numbers: number[]) => `# Fix Plan\n\n## [D-4] Item\n- Status: in_progress\n- Attempts History:\n${entries(numbers)}\n`
    const messages = (numbers: number[]) => attemptNumbering.check(contextFrom({fixPlan: fixPlan(numbers)})).map((report) => [report.line, report.message])
    // #23–#75 written after #76: one out-of-order block, nothing missing.
    const block = [...Array.from({length: 22}, (_, at) => at + 1), 76, ...Array.from({length: 53}, (_, at) => at + 23)]
    assert.deepEqual(messages(block)[0], [28, '`Attempt #76` follows `#22` in `[D-4]`: #23–#75 appear later, out of order'])
    assert.deepEqual(messages(block)[1], [29, '`Attempt #23` follows `#76` in `[D-4]`: numbers go down'])
    assert.equal(messages(block).length, 2)
    assert.deepEqual(messages([1, 2, 6, 3]), [
      [8, '`Attempt #6` follows `#2` in `[D-4]`: #4–#5 are missing; #3 appears later, out of order'],
      [9, '`Attempt #3` follows `#6` in `[D-4]`: numbers go down'],
    ])
    assert.deepEqual(messages([1, 5]), [[7, '`Attempt #5` follows `#1` in `[D-4]`: #2–#4 are missing']])
    assert.deepEqual(messages([1, 500, 2]).slice(0, 1), [[7, '`Attempt #500` follows `#1` in `[D-4]`: 497 of #2–#499 are missing, 1 appears elsewhere, out of order']])
    assert.deepEqual(messages([1, 500]), [[7, '`Attempt #500` follows `#1` in `[D-4]`: #2–#499 are missing']])
  })

  it('stays linear: 20,000 entries alternating low and high numbers (every gap holds thousands that appear later)', () => {
    const numbers = Array.from({length: 20_000}, (_, at) => (at % 2 === 0 ? at / 2 + 1 : 10_000 + at))
    const context = contextFrom({fixPlan: `# Fix Plan\n\n## [E-5] Item\n- Status: in_progress\n- Attempts History:\n${numbers.map((number) => `  * Attempt #${number} — x`).join('\n')}\n`})
    const started = performance.now()
    const reports = attemptNumbering.check(context)
    // Quadratic (each gap walked or listed) takes minutes here; linear takes milliseconds.
    assert.ok(performance.now() - started < 3000, `took ${performance.now() - started} ms`)
    assert.equal(reports.length, 20_000 - 1)
  })

  itWithCorpus('reports no errors on the seed scenario, only the archived #2–#5 gap', () => {
    const reports = attemptNumbering.check(seedContext())
    assert.deepEqual(summarize(attemptNumbering, reports), [
      'warning docs/fix_plan.md:28:18 `Attempt #6` follows `#1` in `[TEST-PYTORCH-001]`: #2–#5 are missing',
    ])
  })
})
