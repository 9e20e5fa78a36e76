import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {removeScenario, runCli} from './run-cli.js'

// A deliberately skipped row or item (`[S]`, `[-]`, `[SKIP]`) is settled: never open, never done.
const PLAN_PATH = 'plans/active/X-1/implementation.md'
const PLAN = `# X-1

### Phase A — Setup ✅ COMPLETE
| ID | Task | State | How/Why & Guidance |
| --- | --- | --- | --- |
| A1 | Build it | [x] | Done: \`out.log\` |
| A2 | Optional extra | [S] | not needed |
| A3 | Dropped idea | [-] | superseded |

### Phase B
| ID | Task | State | How/Why & Guidance |
| --- | --- | --- | --- |
| B1 | Stretch goal | [SKIP] | later, maybe |
| B2 | Real work | [ ] | |
| B3 | More work | [ ] | |
`

const FIX_PLAN = `# Fix plan

- [x] T-1: first task
- [S] T-2: skipped task
- [ ] T-3: open task
`

function makeRepo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'planledger-skipped-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), {recursive: true})
    writeFileSync(join(root, path), text)
  }
  execFileSync('git', ['init', '-q'], {cwd: root})
  return root
}

describe('the skipped state', () => {
  let root: string
  beforeEach(() => {
    root = makeRepo({[PLAN_PATH]: PLAN, 'fix_plan.md': FIX_PLAN})
  })
  afterEach(() => removeScenario(root))

  it('check accepts the skip markers and takes skipped rows as settled in a complete phase', async () => {
    const result = await runCli(['check', '--json'], {cwd: root})
    const problems = JSON.parse(result.stdout).problems.filter((problem: {rule: string}) => ['unknown-state', 'phase-status'].includes(problem.rule))
    assert.deepEqual(problems, [])
    writeFileSync(join(root, PLAN_PATH), PLAN.replace('| A3 | Dropped idea | [-] |', '| A3 | Dropped idea | [ ] |'))
    const reopened = JSON.parse((await runCli(['check', '--json'], {cwd: root})).stdout).problems
    assert.deepEqual(
      reopened.filter((problem: {rule: string}) => problem.rule === 'phase-status').map((problem: {line: number; message: string}) => [problem.line, problem.message]),
      [[3, 'Phase `A` is marked `✅ COMPLETE` but has 1 open row (`A3`)']],
    )
  })

  it('next passes skipped rows and skipped fix-plan items', async () => {
    const row = JSON.parse((await runCli(['next', '--plan', PLAN_PATH, '--json'], {cwd: root})).stdout).row
    assert.deepEqual([row.id, row.state], ['B2', 'open'])
    writeFileSync(join(root, 'fix_plan.md'), FIX_PLAN.replace('- [ ] T-3', '- [x] T-3').replace('- [x] T-1', '- [-] T-1') + '- [ ] T-4: the next one\n')
    const item = JSON.parse((await runCli(['next', '--json'], {cwd: root})).stdout).fixPlanItem
    assert.deepEqual([item.id, item.state], ['T-4', 'open'])
  })

  it('list and status name the state skipped; list --status skipped selects it', async () => {
    const listed = JSON.parse((await runCli(['list', '--json'], {cwd: root})).stdout).items
    assert.deepEqual(
      listed.map((item: {id: string; state: string}) => [item.id, item.state]),
      [
        ['T-1', 'done'],
        ['T-2', 'skipped'],
        ['T-3', 'open'],
      ],
    )
    const filtered = JSON.parse((await runCli(['list', '--status', 'skipped', '--json'], {cwd: root})).stdout).items
    assert.deepEqual(filtered.map((item: {id: string}) => item.id), ['T-2'])
    const text = (await runCli(['list'], {cwd: root, env: {COLUMNS: '100'}})).stdout
    assert.match(text, /T-2\s+skipped/)
    const status = JSON.parse((await runCli(['status', '--json'], {cwd: root})).stdout)
    assert.deepEqual(status.initiatives[0].plans[0].phases.map((phase: {counts: {skipped: number; open: number}}) => [phase.counts.skipped, phase.counts.open]), [
      [2, 0],
      [1, 2],
    ])
    assert.equal(status.fixPlan.counts.skipped, 1)
    assert.match((await runCli(['status'], {cwd: root, env: {COLUMNS: '100'}})).stdout, /1\/3 done, 2 skip\b/)
  })

  it('tick --state skipped writes [S], or the skip marker the file uses most, and claims no completion', async () => {
    const fresh = PLAN.replace('[S]', '[ ]').replace('[-]', '[ ]').replace('[SKIP]', '[ ]')
    writeFileSync(join(root, PLAN_PATH), fresh)
    const result = await runCli(['tick', PLAN_PATH, 'B2', '--state', 'skipped', '--note', 'not needed after all', '--date', '2026-01-02', '--yes'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    const after = readFileSync(join(root, PLAN_PATH), 'utf8')
    assert.equal(after, fresh.replace('| B2 | Real work | [ ] | |', '| B2 | Real work | [S] | not needed after all. |'))
    const dashed = PLAN.replace('| B1 | Stretch goal | [SKIP] |', '| B1 | Stretch goal | [-] |')
    writeFileSync(join(root, PLAN_PATH), dashed)
    assert.equal((await runCli(['tick', PLAN_PATH, 'B3', '--state', 'skipped', '--yes'], {cwd: root})).exitCode, 0)
    assert.match(readFileSync(join(root, PLAN_PATH), 'utf8'), /\| B3 \| More work \| \[-\] \|/)
  })

  it('a configured skip marker is read as skipped: accepted by check, passed by next', async () => {
    writeFileSync(join(root, '.planledger.json'), JSON.stringify({states: {skipped: ['~']}}))
    writeFileSync(join(root, PLAN_PATH), PLAN.replace('[SKIP]', '[~]'))
    const problems = JSON.parse((await runCli(['check', '--json'], {cwd: root})).stdout).problems
    assert.deepEqual(problems.filter((problem: {rule: string}) => problem.rule === 'unknown-state'), [])
    const row = JSON.parse((await runCli(['next', '--plan', PLAN_PATH, '--json'], {cwd: root})).stdout).row
    assert.equal(row.id, 'B2')
  })

  it('set Status=skipped on a checklist item writes [S]', async () => {
    const result = await runCli(['set', 'T-3', 'Status=skipped', '--yes'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    assert.equal(readFileSync(join(root, 'fix_plan.md'), 'utf8'), FIX_PLAN.replace('- [ ] T-3', '- [S] T-3'))
  })
})
