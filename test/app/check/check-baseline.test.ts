import assert from 'node:assert/strict'
import {markPreexisting, uniqueProblems} from '../../../src/app/check/check-baseline.js'
import type {Problem} from '../../../src/rules/run-rules.js'

const problem = (message: string, line = 1, extra: Partial<Problem> = {}): Problem => ({rule: 'duplicate-id', severity: 'error', path: 'docs/fix_plan.md', line, column: 1, message, ...extra})

describe('markPreexisting', () => {
  it('marks nothing without a baseline', () => {
    assert.deepEqual(markPreexisting([problem('a')], undefined), [{...problem('a'), preexisting: false}])
  })

  it('downgrades problems also present at the baseline to warnings, as a multiset', () => {
    const now = [problem('twice', 3), problem('twice', 9), problem('new', 12)]
    const marked = markPreexisting(now, [problem('twice', 1)])
    assert.deepEqual(
      marked.map((p) => [p.line, p.severity, p.preexisting]),
      [
        [3, 'warning', true],
        [9, 'error', false],
        [12, 'error', false],
      ],
    )
  })

  it('matches by rule, path and message, ignoring line numbers inside the message', () => {
    const before = [problem('Duplicate row ID A1, first at line 7'), problem('same text', 1, {rule: 'other-rule'}), problem('same text', 1, {path: 'b.md'})]
    const marked = markPreexisting([problem('Duplicate row ID A1, first at line 19', 30), problem('same text')], before)
    assert.deepEqual(
      marked.map((p) => p.preexisting),
      [true, false],
    )
  })
})

describe('uniqueProblems', () => {
  it('drops a problem reported twice at the same place', () => {
    assert.deepEqual(uniqueProblems([problem('a'), problem('a'), problem('a', 2)]), [problem('a'), problem('a', 2)])
  })
})
