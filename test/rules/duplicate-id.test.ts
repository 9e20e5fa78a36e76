import assert from 'node:assert/strict'
import {duplicateId} from '../../src/rules/duplicate-id.js'
import type {RuleReport} from '../../src/rules/rule.js'
import {contextFrom} from './rule-context.js'

const FIX_PLAN = `# Fix Plan

## [A-1] First
- Status: pending

## [B-2] Second
- Status: pending

### [A-1] First again
- Status: done
`

const PLAN = `# Plan

### Phase D1 — Profile

| ID | Task | State | Guidance |
| --- | --- | --- | --- |
| D1.A | Aggregate | [ ] | notes |
| \`D1.B\` | Env | [x] | notes |
| D1.A | Again | [ ] | notes |

- [ ] D1.B: the same ID as a checklist item
`

const FINDINGS = `# Findings

| Finding ID | Synopsis |
| --- | --- |
| POLICY-001 | one |
| FORMAT-001 | two |

| Finding ID | Synopsis |
| --- | --- |
| POLICY-001 | again, in a second table |

## FORMAT-001 - The detail section of a table finding
Detail.

## DATA-002 - Heading only

## DATA-002 - Heading twice
`

const shown = (reports: RuleReport[]) => reports.map((report) => `${report.path}:${report.line}:${report.column} ${report.message}`)

describe('duplicate-id', () => {
  it('reports a second fix-plan item with an ID, naming the first one\u2019s line', () => {
    assert.deepEqual(shown(duplicateId.check(contextFrom({fixPlan: FIX_PLAN}))), ['docs/fix_plan.md:9:5 Duplicate fix-plan item [A-1], first at line 3'])
  })

  it('reports rows sharing an ID within one plan, tables and checklists alike, at the ID', () => {
    assert.deepEqual(shown(duplicateId.check(contextFrom({plans: {'plans/p.md': PLAN}}))), [
      'plans/p.md:9:3 Duplicate row ID D1.A, first at line 7',
      'plans/p.md:11:7 Duplicate row ID D1.B, first at line 8',
    ])
  })

  it('does not compare rows of different plans', () => {
    const one = '| ID | State |\n| --- | --- |\n| A1 | [ ] |\n'
    assert.deepEqual(duplicateId.check(contextFrom({plans: {'plans/a.md': one, 'plans/b.md': one}})), [])
  })

  it('reports findings repeated across tables or headings, but not a table row with its detail section', () => {
    assert.deepEqual(shown(duplicateId.check(contextFrom({findings: FINDINGS}))), [
      'docs/findings.md:10:3 Duplicate finding ID POLICY-001, first at line 5',
      'docs/findings.md:17:4 Duplicate finding ID DATA-002, first at line 15',
    ])
  })

  it('is silent when every ID is unique', () => {
    const fixPlan = '# Fix Plan\n\n## [A-1] One\n- Status: pending\n\n## [A-2] Two\n- Status: done\n'
    const plan = '| ID | State |\n| --- | --- |\n| A1 | [ ] |\n| A2 | [x] |\n'
    assert.deepEqual(duplicateId.check(contextFrom({fixPlan, plans: {'plans/p.md': plan}, findings: '| Finding ID |\n| --- |\n| X-001 |\n| Y-001 |\n'})), [])
  })
})
