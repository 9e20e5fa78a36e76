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
      `warning docs/fix_plan.md:9:${columnOf(FIX_PLAN, 9, 'Attempt #5')} \`Attempt #5\` follows \`#2\` in \`[A-1]\`: #3–#4 are missing`,
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

  itWithCorpus('reports no errors on the seed scenario, only the archived #2–#5 gap', () => {
    const reports = attemptNumbering.check(seedContext())
    assert.deepEqual(summarize(attemptNumbering, reports), [
      'warning docs/fix_plan.md:28:18 `Attempt #6` follows `#1` in `[TEST-PYTORCH-001]`: #2–#5 are missing',
    ])
  })
})
