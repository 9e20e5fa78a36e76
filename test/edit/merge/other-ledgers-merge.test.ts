import assert from 'node:assert/strict'
import {mergeLedgerTexts} from '../../../src/edit/merge/merge-ledger-texts.js'

const planText = (rows: string[], phaseTitle = 'Runtime') =>
  ['# Plan', '', `### Phase D1 — ${phaseTitle}`, '', '| ID | Task | State | How/Why & Guidance |', '| --- | --- | --- | --- |', ...rows, ''].join('\n')
const rowA = (state = '[ ]', guidance = 'Parse logs.') => `| D1.A | Runtime | ${state} | ${guidance} |`
const rowB = (state = '[ ]', guidance = 'Capture env.') => `| D1.B | Env | ${state} | ${guidance} |`

describe('mergeLedgerTexts: plans, findings, journals', () => {
  const path = 'plans/active/X/implementation.md'

  it('plan rows: different rows ticked on each side are both ticked', () => {
    const result = mergeLedgerTexts({base: planText([rowA(), rowB()]), ours: planText([rowA('[x]', 'Parse logs. ✅ done'), rowB()]), theirs: planText([rowA(), rowB('[x]')]), path})
    assert.equal(result.role, 'plan')
    assert.equal(result.conflicts, 0)
    assert.equal(result.text, planText([rowA('[x]', 'Parse logs. ✅ done'), rowB('[x]')]))
  })

  it('plan rows: a state set on one side and guidance on the other merge cell by cell', () => {
    const result = mergeLedgerTexts({base: planText([rowA(), rowB()]), ours: planText([rowA('[P]'), rowB()]), theirs: planText([rowA('[ ]', 'Parse the GREEN log.'), rowB()]), path})
    assert.equal(result.text, planText([rowA('[P]', 'Parse the GREEN log.'), rowB()]))
  })

  it('plan rows: a state changed differently on both sides is a conflict on that row only', () => {
    const result = mergeLedgerTexts({base: planText([rowA(), rowB()]), ours: planText([rowA('[x]'), rowB('[x]')]), theirs: planText([rowA('[P]'), rowB()]), path})
    assert.equal(result.conflicts, 1)
    assert.equal(result.text, planText(['<<<<<<< ours', rowA('[x]'), '=======', rowA('[P]'), '>>>>>>> theirs', rowB('[x]')]))
  })

  it('plan checklists: a box ticked on one side, its text edited on the other', () => {
    const base = '## Phase A\n- [ ] A1: Build it\n- [ ] A2: Test it\n'
    const ours = '## Phase A\n- [x] A1: Build it\n- [ ] A2: Test it\n'
    const theirs = '## Phase A\n- [ ] A1: Build it (with CI)\n- [ ] A2: Test it\n- [ ] A3: Ship it\n'
    const result = mergeLedgerTexts({base, ours, theirs, path: 'plans/active/A/plan.md'})
    assert.equal(result.text, '## Phase A\n- [x] A1: Build it (with CI)\n- [ ] A2: Test it\n- [ ] A3: Ship it\n')
  })

  it('checklist rows without IDs keep their name when ticked with evidence: one row, not two', () => {
    const base = '## Phase A\n- [ ] Build it\n- [ ] Test it\n'
    const ours = '## Phase A\n- [x] Build it ✅ 2025-10-19 — built.\n- [ ] Test it\n'
    const theirs = '## Phase A\n- [ ] Build it\n- [x] Test it ✅ 2025-10-20 — tested.\n'
    const result = mergeLedgerTexts({base, ours, theirs, path: 'plans/active/A/plan.md'})
    assert.equal(result.text, '## Phase A\n- [x] Build it ✅ 2025-10-19 — built.\n- [x] Test it ✅ 2025-10-20 — tested.\n')
    const clash = mergeLedgerTexts({base, ours, theirs: '## Phase A\n- [x] Build it ✅ 2025-10-20 — other.\n- [ ] Test it\n', path: 'plans/active/A/plan.md'})
    assert.equal(clash.conflicts, 1)
  })

  const findings = (rows: string[]) =>
    ['# Findings', '', '| Finding ID | Date | Synopsis | Status |', '| --- | --- | --- | --- |', ...rows, ''].join('\n')

  it('findings rows by ID: a new row on each side, a status change on one', () => {
    const base = findings(['| POLICY-001 | 2025-10-17 | Torch required | Active |'])
    const ours = findings(['| POLICY-001 | 2025-10-17 | Torch required | Resolved |', '| FORMAT-001 | 2025-10-18 | Format | Active |'])
    const theirs = findings(['| POLICY-001 | 2025-10-17 | Torch required | Active |', '| CONFIG-001 | 2025-10-19 | Config | Active |'])
    const result = mergeLedgerTexts({base, ours, theirs, path: 'docs/findings.md'})
    assert.equal(result.role, 'findings')
    assert.equal(
      result.text,
      findings(['| POLICY-001 | 2025-10-17 | Torch required | Resolved |', '| FORMAT-001 | 2025-10-18 | Format | Active |', '| CONFIG-001 | 2025-10-19 | Config | Active |']),
    )
  })

  const journal = (entries: string[]) => ['# galph memory', '', ...entries].join('\n')
  const entry = (stamp: string, body: string) => `## ${stamp}\n${body}\n`

  it('journal entries both sides appended are all kept, in time order, each with its blank line', () => {
    const base = journal([entry('2026-01-22T010000Z', 'focus=A')])
    const ours = journal([entry('2026-01-22T010000Z', 'focus=A'), '', entry('2026-01-22T030000Z', 'focus=C')])
    const theirs = journal([entry('2026-01-22T010000Z', 'focus=A'), '', entry('2026-01-22T020000Z', 'focus=B')])
    const result = mergeLedgerTexts({base, ours, theirs, path: 'galph_memory.md'})
    assert.equal(result.role, 'journal')
    assert.equal(result.conflicts, 0)
    assert.equal(result.text, journal([entry('2026-01-22T010000Z', 'focus=A'), '', entry('2026-01-22T020000Z', 'focus=B'), '', entry('2026-01-22T030000Z', 'focus=C')]))
  })

  it('journal entries both sides added under one heading are both kept, ours first', () => {
    const base = journal([entry('2026-01-22T010000Z', 'focus=A')])
    const ours = journal([entry('2026-01-22T010000Z', 'focus=A'), '', entry('2026-01-23', 'ours')])
    const theirs = journal([entry('2026-01-22T010000Z', 'focus=A'), '', entry('2026-01-23', 'theirs')])
    const result = mergeLedgerTexts({base, ours, theirs, path: 'galph_memory.md'})
    assert.equal(result.conflicts, 0)
    assert.equal(result.text, journal([entry('2026-01-22T010000Z', 'focus=A'), '', entry('2026-01-23', 'ours') + entry('2026-01-23', 'theirs')]))
  })

  it('a newest-first journal takes new entries on top, newest first', () => {
    const base = journal([entry('2026-01-22T020000Z', 'b'), '', entry('2026-01-22T010000Z', 'a')])
    const ours = journal([entry('2026-01-22T030000Z', 'c'), '', entry('2026-01-22T020000Z', 'b'), '', entry('2026-01-22T010000Z', 'a')])
    const theirs = journal([entry('2026-01-22T040000Z', 'd'), '', entry('2026-01-22T020000Z', 'b'), '', entry('2026-01-22T010000Z', 'a')])
    const result = mergeLedgerTexts({base, ours, theirs, path: 'galph_memory.md'})
    assert.equal(result.conflicts, 0)
    assert.equal(result.text, journal([entry('2026-01-22T040000Z', 'd'), '', entry('2026-01-22T030000Z', 'c'), '', entry('2026-01-22T020000Z', 'b'), '', entry('2026-01-22T010000Z', 'a')]))
  })

  it('picks the role from content when the path says nothing', () => {
    const base = planText([rowA(), rowB()])
    const result = mergeLedgerTexts({base, ours: planText([rowA('[x]'), rowB()]), theirs: planText([rowA(), rowB('[x]')]), path: 'notes/roadmap.md'})
    assert.equal(result.role, 'plan')
    assert.equal(result.text, planText([rowA('[x]'), rowB('[x]')]))
  })

  it('text it cannot interpret is merged line by line, with markers only around the lines both changed', () => {
    const base = 'one\ntwo\nthree\nfour\n'
    const result = mergeLedgerTexts({base, ours: 'one\nTWO\nthree\nfour\n', theirs: 'one\n2\nthree\nFOUR\n', path: 'notes.md', role: 'text'})
    assert.equal(result.conflicts, 1)
    assert.equal(result.text, 'one\n<<<<<<< ours\nTWO\n=======\n2\n>>>>>>> theirs\nthree\nFOUR\n')
    assert.ok(result.notes.some((note) => note.includes('line by line')))
  })
})
