import assert from 'node:assert/strict'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {makeOwnScenario, makeScenario, removeScenario, runCli} from './run-cli.js'
import {describeWithCorpus} from '../support/corpus.js'

const IMPLEMENTATION = 'plans/active/TEST-PYTORCH-001/implementation.md'
const SUB_PLAN = 'plans/active/TEST-PYTORCH-001/reports/2025-10-19T193425Z/phase_d_hardening/plan.md'

describeWithCorpus('planledger next', () => {
  let root: string
  beforeEach(() => {
    root = makeScenario()
  })
  afterEach(() => removeScenario(root))

  it('defaults to the working plan of the in_progress item: C3, partial', async () => {
    const result = await runCli(['next'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    assert.equal(
      result.stdout,
      `C3 [P] partial — Validate artifact set + metrics\n  ${IMPLEMENTATION}:38 (phase C, working plan of [TEST-PYTORCH-001])\n`,
    )
  })

  it('returns the row as JSON', async () => {
    const result = await runCli(['next', '--json'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    const next = JSON.parse(result.stdout)
    assert.equal(next.plan, IMPLEMENTATION)
    assert.equal(next.item, 'TEST-PYTORCH-001')
    assert.deepEqual([next.row.id, next.row.state, next.row.marker, next.row.line, next.row.phase], ['C3', 'partial', 'P', 38, 'C'])
  })

  it('reads the plan given as a path', async () => {
    const result = await runCli(['next', '--plan', SUB_PLAN, '--json'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    const next = JSON.parse(result.stdout)
    assert.deepEqual([next.plan, next.item, next.row.id, next.row.state], [SUB_PLAN, null, 'D1.A', 'open'])
  })

  it('reads the plan of an initiative ID', async () => {
    const result = await runCli(['next', '--plan', 'TEST-PYTORCH-001'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    assert.equal(result.stdout, `C3 [P] partial — Validate artifact set + metrics\n  ${IMPLEMENTATION}:38 (phase C)\n`)
  })

  it('reports all rows done with exit 0 and a null row', async () => {
    const path = join(root, IMPLEMENTATION)
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll('| [ ] |', '| [x] |').replace('| [P] |', '| [x] |'))
    const text = await runCli(['next'], {cwd: root})
    assert.equal(text.exitCode, 0, text.stderr)
    assert.equal(text.stdout, `all rows done in ${IMPLEMENTATION}\n`)
    const json = await runCli(['next', '--json'], {cwd: root})
    const {rowCount, ...rest} = JSON.parse(json.stdout)
    assert.deepEqual(rest, {answer: 'plan-row', plan: IMPLEMENTATION, item: 'TEST-PYTORCH-001', row: null, skipped: [], fixPlanItem: null, rowStates: {done: rowCount}})
    assert.ok(rowCount > 0, 'all done is not the same as no rows')
  })

  it('says what the rows are when none is open but not all are done (skipped, blocked)', async () => {
    const path = join(root, IMPLEMENTATION)
    const text = readFileSync(path, 'utf8').replaceAll('| [ ] |', '| [x] |').replace('| [P] |', '| [S] |')
    writeFileSync(path, text.replace('| [x] |', '| [B] |'))
    const result = await runCli(['next'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    assert.match(result.stdout, new RegExp(`^no open rows in ${IMPLEMENTATION.replace(/[./]/g, '\\$&')} \\(\\d+ done, 1 skipped, 1 blocked\\)\n$`))
    const json = JSON.parse((await runCli(['next', '--json'], {cwd: root})).stdout)
    assert.equal(json.row, null)
    assert.deepEqual({skipped: json.rowStates.skipped, blocked: json.rowStates.blocked}, {skipped: 1, blocked: 1})
    assert.equal(json.rowStates.done + 2, json.rowCount)
  })

  it('without an in_progress item, answers with the next open fix-plan item', async () => {
    const path = join(root, 'docs/fix_plan.md')
    writeFileSync(path, readFileSync(path, 'utf8').replace('- Status: in_progress', '- Status: blocked'))
    const json = await runCli(['next', '--json'], {cwd: root})
    assert.equal(json.exitCode, 0, json.stderr)
    const result = JSON.parse(json.stdout)
    assert.equal(result.answer, 'fix-plan-item')
    assert.equal(result.row, null)
    assert.equal(result.plan, null)
    assert.equal(result.fixPlanItem.state, 'open')
    assert.equal(result.item, result.fixPlanItem.id)
    const text = await runCli(['next'], {cwd: root})
    assert.match(text.stdout, new RegExp(`^${result.fixPlanItem.id} — .*open \\(pending\\)\n  docs/fix_plan.md:${result.fixPlanItem.line} \\(next fix-plan item: no working plan\\)\n$`))
  })

  it('explains when no item is in progress or open', async () => {
    const path = join(root, 'docs/fix_plan.md')
    writeFileSync(path, readFileSync(path, 'utf8').replace(/- Status: \w+/g, '- Status: done'))
    const result = await runCli(['next'], {cwd: root})
    assert.equal(result.exitCode, 2)
    assert.equal(
      result.stderr,
      'planledger: docs/fix_plan.md: no fix-plan item has Status: in_progress\nhint: pass --plan PLAN (a plan file or an initiative ID)\n',
    )
  })

  it('rejects an initiative without a plan', async () => {
    const result = await runCli(['next', '--plan', 'NOPE-001'], {cwd: root})
    assert.equal(result.exitCode, 2)
    assert.equal(
      result.stderr,
      'planledger: no plan for initiative `NOPE-001`: looked for plans/active/NOPE-001/implementation.md, plans/active/NOPE-001/plan.md and plans/active/NOPE-001.md\n' +
        'hint: pass the plan file path instead\n',
    )
  })
})

describe('planledger next, an item whose working plan is a placeholder', () => {
  let root: string
  beforeEach(() => {
    root = makeOwnScenario()
  })
  afterEach(() => removeScenario(root))

  it('passes over an in_progress item with `Working Plan: TBD`, as one without a plan', async () => {
    const path = join(root, 'docs/fix_plan.md')
    const waiting = '## [PROFILE-009] Profile the loader\n- Status: in_progress\n- Working Plan: TBD\n\n'
    writeFileSync(path, readFileSync(path, 'utf8').replace('## [TEST-PYTORCH-001]', `${waiting}## [TEST-PYTORCH-001]`))
    const result = await runCli(['next', '--json'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    const next = JSON.parse(result.stdout)
    assert.deepEqual([next.answer, next.item], ['plan-row', 'TEST-PYTORCH-001'])
    assert.deepEqual(next.skipped.map((entry: {item: string; reason: string}) => [entry.item, entry.reason]), [['PROFILE-009', 'no working plan']])
  })
})
