import assert from 'node:assert/strict'
import {conflictMarkers} from '../../src/rules/conflict-markers.js'
import {contextFrom} from './rule-context.js'

const MERGED = `# Fix Plan

## [A-1] Item
- Status: in_progress
<<<<<<< HEAD
- Priority: High
=======
- Priority: Low
>>>>>>> feature
`

describe('conflict-markers', () => {
  it('reports every marker line in every ledger, at column 1', () => {
    const plan = '# Plan\n\n```\n<<<<<<< ours\n```\n'
    const reports = conflictMarkers.check(contextFrom({fixPlan: MERGED, plans: {'plans/p.md': plan}}))
    assert.deepEqual(
      reports.map((report) => [report.path, report.line, report.column ?? 1, report.message]),
      [
        ['docs/fix_plan.md', 5, 1, 'Unexpected git conflict marker `<<<<<<<`, resolve the merge first'],
        ['docs/fix_plan.md', 7, 1, 'Unexpected git conflict marker `=======`, resolve the merge first'],
        ['docs/fix_plan.md', 9, 1, 'Unexpected git conflict marker `>>>>>>>`, resolve the merge first'],
        // Inside a code fence too: git does not care about Markdown.
        ['plans/p.md', 4, 1, 'Unexpected git conflict marker `<<<<<<<`, resolve the merge first'],
      ],
    )
  })

  it('says nothing about look-alikes: longer runs, markers not at line start', () => {
    const text = '# Notes\n\nTitle\n========\n\n<<<<<<<< eight\n  >>>>>>> indented\n======= trailing\n'
    assert.deepEqual(conflictMarkers.check(contextFrom({findings: text})), [])
  })
})
