import assert from 'node:assert/strict'
import {planTick, type TickRequest} from '../../src/edit/tick-rows.js'
import {UserError} from '../../src/errors.js'
import {applyEdits} from '../../src/edit/text-edit.js'
import {createDocument} from '../../src/ledger/document.js'
import {readPlan} from '../../src/ledger/plan/plan.js'

function tick(text: string, request: Partial<TickRequest> & {ids: string[]}) {
  const plan = readPlan(createDocument('plan.md', text))
  const result = planTick(plan, {state: 'done', evidence: {date: '2025-10-19', artifacts: []}, ...request})
  return {...result, after: applyEdits(text, result.edits)}
}

const table = (rows: string[]) => ['### Phase D1 — Runtime', '', '| ID | Task | State | How/Why & Guidance |', '| --- | --- | --- | --- |', ...rows, ''].join('\n')

describe('planTick', () => {
  it('sets the state and appends evidence in the default ✅ style, touching only the target rows', () => {
    const before = table(['| D1.A | Runtime | [ ] | Parse logs. |', '| D1.B | Env | [ ] | Capture env. |'])
    const {after, changed} = tick(before, {ids: ['D1.A'], evidence: {date: '2025-10-19', note: 'Profile done', artifacts: ['reports/runtime_profile.md', 'reports/env_snapshot.txt']}})
    assert.equal(
      after,
      table([
        '| D1.A | Runtime | [x] | Parse logs. ✅ 2025-10-19 — Profile done. Artifacts: `reports/runtime_profile.md`, `reports/env_snapshot.txt`. |',
        '| D1.B | Env | [ ] | Capture env. |',
      ]),
    )
    assert.deepEqual(changed.map((change) => [change.id, change.line, change.from, change.to]), [['D1.A', 5, ' ', 'x']])
  })

  it('reuses the done marker the file uses most, keeping backticks', () => {
    const before = table(['| A1 | a | `[D]` | done |', '| A2 | b | `[D]` | done |', '| A3 | c | [x] | done |', '| A4 | d | `[ ]` | open |'])
    const {after} = tick(before, {ids: ['A4']})
    assert.equal(after, before.replace('| A4 | d | `[ ]` | open |', '| A4 | d | `[D]` | open |'))
  })

  it('uses the **COMPLETE date:** style when the file does', () => {
    const before = table(['| A1 | a | [x] | Do it. **COMPLETE 2025-10-18:** Done at `x.md`. |', '| A2 | b | [ ] | Next. |'])
    const {after} = tick(before, {ids: ['A2'], evidence: {date: '2025-10-19', note: 'Finished', artifacts: []}})
    assert.match(after, /\| A2 \| b \| \[x\] \| Next\. \*\*COMPLETE 2025-10-19:\*\* Finished\. \|/)
  })

  it('escapes pipes and turns newlines into <br> inside a table cell', () => {
    const before = table(['| A1 | a | [ ] | Guide |'])
    const {after} = tick(before, {ids: ['A1'], evidence: {date: '2025-10-19', note: 'a | b\nsecond line', artifacts: []}})
    assert.match(after, /\| A1 \| a \| \[x\] \| Guide ✅ 2025-10-19 — a \\\| b<br>second line\. \|/)
  })

  it('fills an empty guidance cell with padding like its neighbours', () => {
    const before = table(['| A1 | a | [ ] |  |'])
    assert.match(tick(before, {ids: ['A1'], evidence: {date: '2025-10-19', note: 'ok', artifacts: []}}).after, /\| A1 \| a \| \[x\] \| ✅ 2025-10-19 — ok\. \|/)
  })

  it('changes nothing for a row already in the target state with nothing to add', () => {
    const before = table(['| A1 | a | [x] | done |'])
    const {edits, unchanged, after} = tick(before, {ids: ['A1']})
    assert.deepEqual(edits, [])
    assert.deepEqual(unchanged, ['A1'])
    assert.equal(after, before)
  })

  it('sets partial, open and raw markers', () => {
    const before = table(['| A1 | a | [ ] | g |', '| A2 | b | [x] | g |', '| A3 | c | [ ] | g |'])
    assert.match(tick(before, {ids: ['A1'], state: 'partial'}).after, /\| A1 \| a \| \[P\] \|/)
    assert.match(tick(before, {ids: ['A2'], state: 'open'}).after, /\| A2 \| b \| \[ \] \|/)
    assert.match(tick(before, {ids: ['A3'], state: '[✅]'}).after, /\| A3 \| c \| \[✅\] \|/)
  })

  it('skips with the skip marker the file uses most ([S] when none), and claims no completion', () => {
    const plain = table(['| D1.A | Runtime | [ ] | Parse logs. |'])
    assert.equal(tick(plain, {ids: ['D1.A'], state: 'skipped', evidence: {date: '2025-10-19', note: 'not needed', artifacts: []}}).after, table(['| D1.A | Runtime | [S] | Parse logs. not needed. |']))
    const dashed = table(['| D1.A | Runtime | [ ] | Parse logs. |', '| D1.B | Env | `[-]` | Dropped. |', '| D1.C | Other | [-] | Dropped. |', '| D1.D | More | [S] | Skipped. |'])
    assert.match(tick(dashed, {ids: ['D1.A'], state: 'skipped'}).after, /\| D1\.A \| Runtime \| \[-\] \| Parse logs\. \|/)
    const checklist = '- [ ] A1: optional step\n- [x] A2: done\n'
    assert.equal(tick(checklist, {ids: ['A1'], state: 'skipped'}).after, '- [S] A1: optional step\n- [x] A2: done\n')
  })

  it('ticks a checklist item and appends the evidence to its text', () => {
    const before = '## Checklist\n- [ ] S3: Record the check.\n- [ ] S4: Later.\n'
    const {after} = tick(before, {ids: ['S3'], evidence: {date: '2025-10-19', note: 'Recorded', artifacts: ['inbox/log.md']}})
    assert.equal(after, '## Checklist\n- [x] S3: Record the check. ✅ 2025-10-19 — Recorded. Artifacts: `inbox/log.md`.\n- [ ] S4: Later.\n')
  })

  it('keeps CRLF line endings of the rows it changes', () => {
    const before = table(['| A1 | a | [ ] | g |', '| A2 | b | [ ] | g |']).replace(/\n/g, '\r\n')
    const {after} = tick(before, {ids: ['A1']})
    assert.equal(after, before.replace('| A1 | a | [ ] |', '| A1 | a | [x] |'))
  })

  it('refuses an ID two rows carry, naming both lines, rather than ticking the first', () => {
    const before = '## Checklist\n- [ ] T-300: Lint.\n- [ ] T-301: Types.\n- [ ] T-300: Lint again.\n'
    assert.throws(
      () => tick(before, {ids: ['T-300']}),
      (error: UserError) => error.message === 'Row ID `T-300` is ambiguous: rows at lines 2 and 4 of plan.md' && error.exitCode === 2 && /duplicate-id/.test(error.hint ?? ''),
    )
    assert.equal(tick(before, {ids: ['T-301']}).changed.length, 1)
  })

  it('reopening records a note without the ✅ and date that claim completion, and keeps earlier evidence', () => {
    const before = table(['| A1 | a | [x] | Built. ✅ 2025-10-18 — Done. |', '| A2 | b | [x] | g |'])
    const reopened = tick(before, {ids: ['A1'], state: 'open', evidence: {date: '2025-10-19', note: 'Regressed in CI', artifacts: ['logs/ci.txt']}})
    assert.equal(reopened.after, before.replace('| A1 | a | [x] | Built. ✅ 2025-10-18 — Done. |', '| A1 | a | [ ] | Built. ✅ 2025-10-18 — Done. Regressed in CI. Artifacts: `logs/ci.txt`. |'))
    assert.equal(tick(before, {ids: ['A2'], state: '[ ]'}).after, before.replace('| A2 | b | [x] |', '| A2 | b | [ ] |'))
    const checklist = '- [x] S1: Ship it. ✅ 2025-10-18 — Shipped.\n'
    assert.equal(tick(checklist, {ids: ['S1'], state: 'open', evidence: {date: '2025-10-19', note: 'Rolled back', artifacts: []}}).after, '- [ ] S1: Ship it. ✅ 2025-10-18 — Shipped. Rolled back.\n')
  })

  it('appends evidence to a wrapped checklist item after its last line, before its sub-items', () => {
    const before = ['- [ ] A1: Re-run the audit; identify the', '      true-divergence entries', '      cleanly.', '  - sub-step', '- [ ] A2: Next.', ''].join('\n')
    const {after} = tick(before, {ids: ['A1'], evidence: {date: '2025-10-19', note: 'Audited', artifacts: []}})
    assert.equal(after, before.replace('      cleanly.', '      cleanly. ✅ 2025-10-19 — Audited.').replace('- [ ] A1', '- [x] A1'))
  })

  it('does not take the next paragraph, a sibling item or an unindented line for a wrapped line', () => {
    for (const next of ['', '- [ ] A2: sibling', 'lazy unindented line', '## Heading']) {
      const before = ['- [ ] A1: One line.', next, '  indented after', ''].join('\n')
      const {after} = tick(before, {ids: ['A1'], evidence: {date: '2025-10-19', note: 'N', artifacts: []}})
      assert.equal(after, before.replace('- [ ] A1: One line.', '- [x] A1: One line. ✅ 2025-10-19 — N.'), JSON.stringify(next))
    }
  })
})
