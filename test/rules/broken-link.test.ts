import assert from 'node:assert/strict'
import {brokenLink} from '../../src/rules/broken-link.js'
import {contextFrom} from './rule-context.js'
import {columnOf, lineOf, seedContext, severityOf, summarize} from './seed-context.js'
import {itWithCorpus} from '../support/corpus.js'

const GOOD_PLAN = 'plans/active/GOOD-001/implementation.md'

const FIX_PLAN = `# Fix Plan

## [GONE-001] Open item with a missing plan
- Status: in_progress
- Working Plan: \`plans/active/GONE-001/implementation.md\`

## [OLD-001] Finished item whose plan moved
- Status: done
- Working Plan: \`plans/active/OLD-001/implementation.md\`

## [LINK-001] A Working Plan written as a link is one problem, not two
- Status: pending
- Working Plan: [plan](plans/active/LINKED-001/implementation.md)

## [GOOD-001] Existing plan, from the root and from this folder
- Status: in_progress
- Working Plan: \`plans/active/GOOD-001/implementation.md\`

## [REL-001] Relative to the fix plan
- Status: pending
- Working Plan: ../plans/active/GOOD-001/implementation.md (Phase D)

## [NONE-001] No plan
- Status: pending
- Working Plan: —

## Links
- [ok](../plans/active/GOOD-001/implementation.md) and [root link](/plans/active/GOOD-001/implementation.md#phase-a)
- [bad](missing.md) and [root-relative](plans/active/GOOD-001/implementation.md)
- [web](https://example.com/x.md), [anchor](#links), [mail](mailto:a@example.com), \`[code](nope.md)\`
- [escape](../../outside.md) and [template](reports/<TS>/summary.md)

\`\`\`
[fenced](not-checked.md)
\`\`\`
`

const PLAN = `# Plan

| ID | State | Notes |
| --- | --- | --- |
| A1 | [x] | [summary](reports/a/summary.md), [sibling](../GOOD-001/implementation.md) |
`

describe('broken-link', () => {
  const context = contextFrom({fixPlan: FIX_PLAN, plans: {[GOOD_PLAN]: PLAN}})
  const reports = brokenLink.check(context)

  it('reports relative links that do not resolve, each at its path; Working Plans (even as links) are left to plan-reference', () => {
    const line = (needle: string) => lineOf(FIX_PLAN, needle)
    const column = (needle: string, path: string) => columnOf(FIX_PLAN, line(needle), path)
    const a1 = lineOf(PLAN, '| A1 |')
    assert.deepEqual(summarize(brokenLink, reports), [
      `warning docs/fix_plan.md:${line('[bad]')}:${column('[bad]', 'missing.md')} Link \`missing.md\` points to a missing \`docs/missing.md\``,
      `warning docs/fix_plan.md:${line('[bad]')}:${column('[bad]', 'plans/')} Link \`plans/active/GOOD-001/implementation.md\` points to a missing \`docs/plans/active/GOOD-001/implementation.md\``,
      `warning docs/fix_plan.md:${line('[escape]')}:${column('[escape]', '../../outside.md')} Link \`../../outside.md\` escapes the repository`,
      `warning ${GOOD_PLAN}:${a1}:${columnOf(PLAN, a1, 'reports/a/summary.md')} Link \`reports/a/summary.md\` points to a missing \`plans/active/GOOD-001/reports/a/summary.md\``,
    ])
  })

  it('hints at the linking folder, and at a root-relative link', () => {
    assert.equal(reports[0].hint, "links resolve from the linking file's folder `docs/`")
    assert.equal(reports[1].hint, '`plans/active/GOOD-001/implementation.md` exists from the repository root; from `docs/` link `../plans/active/GOOD-001/implementation.md`')
  })

  it('reports nothing when every path resolves', () => {
    const fixPlan = '# Fix Plan\n\n## [GOOD-001] Item\n- Status: in_progress\n- Working Plan: `plans/active/GOOD-001/implementation.md`\n\nSee [plan](../plans/active/GOOD-001/implementation.md).\n'
    assert.deepEqual(brokenLink.check(contextFrom({fixPlan, plans: {[GOOD_PLAN]: '# Plan\n[me](implementation.md)\n'}})), [])
  })

  it('reads `path:line` in a link target as a line of the file, unless a file has that very name', () => {
    const fixPlan = '# Fix Plan\n\n[a](../src/a.py:65) [b](../src/b.py:437-596) [c](../src/c.py:12:5) [odd](../src/odd:7) [gone](../src/gone.py:3)\n'
    const reports = brokenLink.check(contextFrom({fixPlan, existing: ['src/a.py', 'src/b.py', 'src/c.py', 'src/odd:7']}))
    assert.deepEqual(
      reports.map((report) => report.message),
      ['Link `../src/gone.py:3` points to a missing `src/gone.py:3`'],
    )
  })

  it('hints at the root-relative form of a line link written from the root', () => {
    const [report] = brokenLink.check(contextFrom({fixPlan: '# Fix Plan\n\n[s](app/settings.py:65)\n', existing: ['app/settings.py']}))
    assert.equal(report.message, 'Link `app/settings.py:65` points to a missing `docs/app/settings.py:65`')
    assert.equal(report.hint, '`app/settings.py` exists from the repository root; from `docs/` link `../app/settings.py`')
  })

  itWithCorpus('reports no errors on the seed scenario: the findings\' doc links are warnings', () => {
    const seedReports = brokenLink.check(seedContext())
    assert.deepEqual(seedReports.filter((report) => severityOf(brokenLink, report) === 'error'), [])
    assert.deepEqual(
      seedReports.map((report) => [report.path, report.line]),
      [7, 8, 8, 9, 10, 11, 12, 13].map((line) => ['docs/findings.md', line]),
    )
  })
})
