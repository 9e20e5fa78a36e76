import assert from 'node:assert/strict'
import {dependsOn} from '../../src/rules/depends-on.js'
import {contextFrom} from './rule-context.js'
import {columnOf, lineOf, summarize} from './seed-context.js'

const FIX_PLAN = `# Fix Plan

## [BASE-001] Foundation, still at work
- Status: in_progress

## [DONE-001] Finished dependency
- Status: done

## [ARCH-001] Archived dependency
- Status: archived 2025-10-20 — see docs/fix_plan_archive.md

## [WORK-001] At work on an unfinished dependency
- Depends on: BASE-001
- Status: in_progress

## [CLOSED-001] Done while its dependencies are not
- Dependencies: \`DONE-001\`, [BASE-001](#base-001) and OPEN-001
- Status: done

## [OPEN-001] Not started: its dependencies do not matter yet
- Blocked by: BASE-001
- Status: pending

## [TYPO-001] A dependency one typo from an item
- Depends on: BASE-01 (foundation), Phase C completion, None
- Status: in_progress

## [FINE-001] Every dependency settled
- Depends on: DONE-001, ARCH-001, itself TODO: FINE-001
- Status: done

## [DASH-001] No dependency
- Depends on: —
- Status: in_progress
`

describe('depends-on', () => {
  const reports = dependsOn.check(contextFrom({fixPlan: FIX_PLAN}))
  const line = (needle: string) => lineOf(FIX_PLAN, needle)

  it('reports at work (warning) and done (error) items whose dependencies are not done, at each ID', () => {
    const closed = line('- Dependencies:')
    assert.deepEqual(summarize(dependsOn, reports), [
      `warning docs/fix_plan.md:${line('- Depends on: BASE-001')}:15 [WORK-001] is in_progress but depends on [BASE-001], which is not done (in_progress, line 3)`,
      `error docs/fix_plan.md:${closed}:${columnOf(FIX_PLAN, closed, 'BASE-001')} [CLOSED-001] is done but depends on [BASE-001], which is not done (in_progress, line 3)`,
      `error docs/fix_plan.md:${closed}:${columnOf(FIX_PLAN, closed, 'OPEN-001')} [CLOSED-001] is done but depends on [OPEN-001], which is not done (open: \`pending\`, line ${line('## [OPEN-001]')})`,
      `warning docs/fix_plan.md:${line('BASE-01 ')}:15 [TYPO-001] depends on \`BASE-01\`, which no item of this file has`,
    ])
  })

  it('hints at what to do, and at the ID meant', () => {
    assert.equal(reports[0].hint, 'finish [BASE-001] first, or drop the dependency')
    assert.equal(reports[1].hint, "update [BASE-001]'s Status if it is done, else reopen [CLOSED-001]")
    assert.equal(reports[3].hint, 'did you mean BASE-001?')
  })

  it('judges other dialects by state, with the key in bold', () => {
    const fixPlan = '# Plan\n\n### W1: Parser\n**Status:** in progress\n\n### W2: Printer ✅\n- **Depends on:** W1\n'
    assert.deepEqual(summarize(dependsOn, dependsOn.check(contextFrom({fixPlan}))), ['error docs/fix_plan.md:7:19 W2 is done but depends on W1, which is not done (in_progress, line 3)'])
  })

  it('reports nothing when dependencies are done or unknown words', () => {
    const fixPlan = '# Fix Plan\n\n## [A-1] a\n- Status: done\n\n## [B-1] b\n- Depends on: A-1; PyTorch 2.2 (external), INTEGRATE-TORCH-999\n- Status: in_progress\n'
    assert.deepEqual(dependsOn.check(contextFrom({fixPlan})), [])
  })
})

describe('depends-on: what a field value names', () => {
  it('matches IDs with spaces in them', () => {
    const fixPlan = '# Plan\n\n### Phase 1: Base\n- Status: in progress\n\n### Phase 2: Top ✅\n- Depends on: Phase  1 (base)\n\n### Phase 3: Later\n- Status: pending\n'
    const reports = dependsOn.check(contextFrom({fixPlan}))
    assert.deepEqual(reports.map((report) => [report.column, report.message]), [[15, 'Phase 2 is done but depends on Phase 1, which is not done (in_progress, line 3)']])
  })

  it('takes a number right after a word as part of a phrase, not an item', () => {
    const fixPlan = '# Plan\n\n### 1. Base\n- Status: pending\n\n### 2. Top ✅\n- Depends on: Python 3 and 1\n\n### 3. Later\n- Status: pending\n'
    const reports = dependsOn.check(contextFrom({fixPlan}))
    assert.deepEqual(reports.map((report) => [report.column, report.message]), [[28, '2 is done but depends on 1, which is not done (open: `pending`, line 3)']])
  })
})

describe('depends-on: the dependency field in every spelling', () => {
  /** W1 at work, W2 done under `dependency` (a line of W2's body): the messages reported. */
  const judged = (dependency: string, config = {}) => {
    const fixPlan = `# Plan\n\n### W1: Parser\n**Status:** in progress\n\n### W2: Printer ✅\n${dependency}\n\nSome notes.\n`
    return dependsOn.check(contextFrom({fixPlan, config})).map((report) => `${report.line}:${report.column} ${report.message}`)
  }
  const reported = (column: number) => [`7:${column} W2 is done but depends on W1, which is not done (in_progress, line 3)`]

  it('reads a field written as a line of its own, bold or not, as the Status line is read', () => {
    assert.deepEqual(judged('**Depends On:** W1'), reported(17))
    assert.deepEqual(judged('Dependencies: W1 (parser first)'), reported(15))
    assert.deepEqual(judged('**Blocked By**: W1'), reported(17))
    assert.deepEqual(judged('  __Depends on:__ `W1`'), reported(20))
  })

  it('reads every spelling of the key as a bullet, case and dashes aside', () => {
    assert.deepEqual(judged('- Depends-On: W1'), reported(15))
    assert.deepEqual(judged('- **Depends On:** W1'), reported(19))
    assert.deepEqual(judged('- DEPENDENCIES: W1'), reported(17))
    assert.deepEqual(judged('- blocked_by: W1'), reported(15))
  })

  it('does not read prose that mentions a dependency outside a field', () => {
    assert.deepEqual(judged('This depends on W1 being merged first.'), [])
    assert.deepEqual(judged('Depends on W1 landing, see the notes: W1 is slow.'), [])
    assert.deepEqual(judged('- Notes: depends on W1, blocked by W1'), [])
  })

  it('leaves a task heading\'s fields to the task: only the lines under the item\'s own heading', () => {
    assert.deepEqual(judged('#### Step 2.1\n**Depends On:** W1'), [])
  })

  it('finds the IDs in the value as the configured idPattern reads them', () => {
    const fixPlan = '# Bugs\n\n### BUG#12: Parser\n**Status:** in progress\n\n### BUG#13: Printer ✅\n**Depends on:** BUG#12, and BUG#122 (typo)\n'
    const reports = dependsOn.check(contextFrom({fixPlan, config: {idPattern: 'BUG#\\d+'}}))
    assert.deepEqual(reports.map((report) => `${report.line}:${report.column} ${report.message}`), [
      '7:17 BUG#13 is done but depends on BUG#12, which is not done (in_progress, line 3)',
      '7:29 BUG#13 depends on `BUG#122`, which no item of this file has',
    ])
  })
})
