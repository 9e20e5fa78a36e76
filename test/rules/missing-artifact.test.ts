import assert from 'node:assert/strict'
import {missingArtifact} from '../../src/rules/missing-artifact.js'
import {contextFrom} from './rule-context.js'
import {columnOf, lineOf, seedContext, severityOf, summarize} from './seed-context.js'
import {itWithCorpus} from '../support/corpus.js'

const PLAN_PATH = 'plans/active/X-001/implementation.md'
const SUB_PLAN_PATH = 'plans/active/X-001/reports/2025-10-19T193425Z/phase_d/plan.md'

const PLAN = `# X-001 Plan

### Phase A — Baseline

| ID | Task | State | How/Why & Guidance |
| --- | --- | --- | --- |
| A1 | Inventory | [x] | Wrote \`reports/2025-10-19T115303Z/baseline/inventory.md\` and \`reports/2025-10-19T115303Z/baseline/missing.log\`; template \`reports/<TS>/baseline/inventory.md\`; ran \`pytest tests/x.py -vv\`; helper \`tests/torch/test_x.py:65-161\`. |
| A2 | Bundle | [x] | Emitted \`bundle.{json,md}\` here. |
| A3 | Not yet | [ ] | Will write \`nope.md\`. |

- [x] S1: wrote [the summary](reports/s/summary.md)
- [ ] S2: later \`later.md\`
`

const SUB_PLAN = `# Phase D

| ID | Task | State | How/Why & Guidance |
| --- | --- | --- | --- |
| D1.A | Profile | [x] | ✅ 2025-10-19 — Artifacts: \`runtime_profile.md\`, \`reports/2025-10-19T115303Z/baseline/inventory.md\`, \`env_snapshot.txt\`. |
`

const FIX_PLAN = `# Fix Plan

## [X-001] Item
- Status: in_progress
- Working Plan: \`plans/active/X-001/implementation.md\`
- Attempts History:
  * [2025-10-19] Attempt #1 — Baseline at \`reports/2025-10-19T115303Z/baseline/inventory.md\`. Artifacts: \`plans/active/X-001/reports/gone/\`, \`/tmp/outside.log\`, \`../../../../../outside.log\`.
    Next Actions: see \`docs/fix_plan.md\`.

## Attempts History

### 2026-01-22T02:40Z — file-level
**Artifacts:** \`reports/2025-10-19T115303Z/baseline/inventory.md\` and \`logs/absent.log\`

\`\`\`
python make.py --out \`fenced/not_checked.json\`
\`\`\`
`

const EXISTING = [
  'plans/active/X-001/reports/2025-10-19T115303Z/baseline/inventory.md',
  'tests/torch/test_x.py',
  'plans/active/X-001/bundle.json',
  'plans/active/X-001/reports/2025-10-19T193425Z/phase_d/runtime_profile.md',
]

describe('missing-artifact', () => {
  const context = (strict = false) =>
    contextFrom({fixPlan: FIX_PLAN, plans: {[PLAN_PATH]: PLAN, [SUB_PLAN_PATH]: SUB_PLAN}, existing: EXISTING, strict})

  it('reports cited paths that resolve under no base, in done rows and attempt entries', () => {
    const reports = missingArtifact.check(context())
    const a1 = lineOf(PLAN, '| A1 |')
    const a2 = lineOf(PLAN, '| A2 |')
    const s1 = lineOf(PLAN, 'S1:')
    const d1 = lineOf(SUB_PLAN, '| D1.A |')
    const attempt = lineOf(FIX_PLAN, 'Attempt #1')
    const file = lineOf(FIX_PLAN, '**Artifacts:**')
    assert.deepEqual(summarize(missingArtifact, reports), [
      `warning ${PLAN_PATH}:${a1}:${columnOf(PLAN, a1, 'reports/2025-10-19T115303Z/baseline/missing.log')} Artifact \`reports/2025-10-19T115303Z/baseline/missing.log\` cited by done row \`A1\` does not exist`,
      `warning ${PLAN_PATH}:${a2}:${columnOf(PLAN, a2, 'bundle.')} Artifact \`bundle.md\` cited by done row \`A2\` does not exist`,
      `warning ${PLAN_PATH}:${s1}:${columnOf(PLAN, s1, 'reports/s/summary.md')} Artifact \`reports/s/summary.md\` cited by done row \`S1\` does not exist`,
      `warning ${SUB_PLAN_PATH}:${d1}:${columnOf(SUB_PLAN, d1, 'env_snapshot.txt')} Artifact \`env_snapshot.txt\` cited by done row \`D1.A\` does not exist`,
      `warning docs/fix_plan.md:${attempt}:${columnOf(FIX_PLAN, attempt, 'plans/active/X-001/reports/gone/')} Artifact \`plans/active/X-001/reports/gone/\` cited by \`[X-001]\` Attempt #1 does not exist`,
      `warning docs/fix_plan.md:${file}:${columnOf(FIX_PLAN, file, 'logs/absent.log')} Artifact \`logs/absent.log\` cited by the Attempts History entry \`2026-01-22T02:40Z\` does not exist`,
    ])
    assert.equal(reports[0].hint, 'looked under `plans/active/X-001/`, the repository root and 5 folders the entry points to')
    assert.equal(reports[3].hint, 'looked under `plans/active/X-001/reports/2025-10-19T193425Z/phase_d/`, `plans/active/X-001/`, the repository root and 3 folders the entry points to')
    assert.equal(reports[4].hint, 'looked under the repository root, `docs/`, `plans/active/X-001/` and 5 folders the entry points to')
  })

  it('makes every report an error under --strict', () => {
    const reports = missingArtifact.check(context(true))
    assert.equal(reports.length, 6)
    assert.deepEqual(new Set(reports.map((report) => severityOf(missingArtifact, report))), new Set(['error']))
  })

  it('reports nothing when every cited artifact exists', () => {
    const existing = [...EXISTING, 'plans/active/X-001/reports/2025-10-19T115303Z/baseline/missing.log', 'plans/active/X-001/bundle.md', 'plans/active/X-001/reports/s/summary.md']
    existing.push('plans/active/X-001/reports/2025-10-19T193425Z/phase_d/env_snapshot.txt', 'plans/active/X-001/reports/gone', 'logs/absent.log')
    assert.deepEqual(missingArtifact.check(contextFrom({fixPlan: FIX_PLAN, plans: {[PLAN_PATH]: PLAN, [SUB_PLAN_PATH]: SUB_PLAN}, existing})), [])
  })

  itWithCorpus('reports no errors on the seed scenario: the artifact folders are not in the tree, so warnings', () => {
    const reports = missingArtifact.check(seedContext())
    assert.equal(reports.length, 12)
    assert.deepEqual(reports.filter((report) => severityOf(missingArtifact, report) === 'error'), [])
    assert.deepEqual(
      reports.filter((report) => report.path === 'docs/fix_plan.md').map((report) => [report.line, report.message]),
      [
        [27, 'Artifact `plans/active/TEST-PYTORCH-001/reports/2025-10-19T115303Z/baseline/` cited by `[TEST-PYTORCH-001]` Attempt #1 does not exist'],
        [28, 'Artifact `plans/active/TEST-PYTORCH-001/reports/2025-10-19T122449Z/phase_c_modernization/` cited by `[TEST-PYTORCH-001]` Attempt #6 does not exist'],
        [29, 'Artifact `plans/active/TEST-PYTORCH-001/reports/2025-10-19T130900Z/phase_c_modernization/` cited by `[TEST-PYTORCH-001]` Attempt #7 does not exist'],
      ],
    )
    // Attempt #0 cites the plan itself, which exists.
    assert.equal(reports.some((report) => report.message.includes('implementation.md')), false)
  })
})
