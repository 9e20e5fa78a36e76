import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import {cpSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describeWithCorpus} from '../support/corpus.js'
import {makeScenario, removeScenario, runCli, snapshotFiles} from './run-cli.js'

/** A copy of a test/fixtures/status project as its own git repository. */
function statusProject(name: string): string {
  const root = mkdtempSync(join(tmpdir(), 'planledger-status-'))
  cpSync(fileURLToPath(new URL(`../fixtures/status/${name}`, import.meta.url)), root, {recursive: true})
  execFileSync('git', ['init', '-q'], {cwd: root})
  return root
}

describe('planledger status', () => {
  const roots: string[] = []
  const project = (name: string) => {
    const root = statusProject(name)
    roots.push(root)
    return root
  }
  after(() => roots.forEach(removeScenario))

  it('prints the board to the width of COLUMNS, and writes nothing', async () => {
    const root = project('headings')
    const before = snapshotFiles(root)
    const result = await runCli(['status'], {cwd: root, env: {COLUMNS: '100'}})
    assert.equal(result.exitCode, 0, result.stderr)
    assert.equal(result.stderr, '')
    const lines = result.stdout.split('\n')
    assert.equal(lines[0], 'ALPHA  4/8 done, 1 partial, 2 open, 1 blocked')
    assert.ok(lines.includes('    B Strip nondeterminism  [#####~~~~~!!!!!.....]  1/4 done, 1 partial, 1 open, 1 blocked'), result.stdout)
    assert.ok(lines.includes('  LOOP-001  6 attempts, last 2026-11-25  Make the nightly build reproducible'), result.stdout)
    assert.ok(lines.includes('Journal  galph_memory.md  newest 2026-11-26T101500Z driver check (line 7, 3 entries)'), result.stdout)
    assert.doesNotMatch(result.stdout, /\u001B/)
    const narrow = await runCli(['status'], {cwd: root, env: {COLUMNS: '60'}})
    for (const line of narrow.stdout.split('\n')) assert.ok([...line].length <= 60, `over 60 columns: ${line}`)
    assert.deepEqual(snapshotFiles(root), before)
  })

  it('returns the board as JSON', async () => {
    const result = await runCli(['status', '--json'], {cwd: project('headings')})
    assert.equal(result.exitCode, 0, result.stderr)
    const status = JSON.parse(result.stdout)
    assert.deepEqual(Object.keys(status), ['initiatives', 'fixPlan', 'stuckAfter', 'journals'])
    assert.deepEqual(status.initiatives.map((initiative: {id: string; counts: {total: number; done: number}}) => [initiative.id, initiative.counts.done, initiative.counts.total]), [['ALPHA', 4, 8], ['BETA', 0, 2]])
    assert.deepEqual(status.initiatives[0].plans[0].phases[1], {id: 'B', title: 'Strip nondeterminism', line: 12, counts: {total: 4, done: 1, partial: 1, open: 1, blocked: 1, skipped: 0, unknown: 0}})
    assert.deepEqual(status.fixPlan.counts, {in_progress: 1, partial: 0, blocked: 1, open: 1, done: 1, skipped: 0, unknown: 0})
    assert.deepEqual(status.fixPlan.blocked, [{id: 'LOOP-002', title: 'Upgrade the database driver', line: 17, state: 'blocked', status: "blocked (waiting on the vendor's release)", attempts: 1, lastAttemptDate: '2026-11-26'}])
    assert.deepEqual(status.fixPlan.stuck.map((item: {id: string}) => item.id), ['LOOP-001'])
    assert.equal(status.journals[0].newest.timestamp, '2026-11-26T101500Z')
  })

  it('reads stuckAfter and journals from .planledger.json', async () => {
    const result = await runCli(['status', '--json'], {cwd: project('checklist')})
    assert.equal(result.exitCode, 0, result.stderr)
    const status = JSON.parse(result.stdout)
    assert.equal(status.stuckAfter, 2)
    assert.equal(status.fixPlan.dialect, 'checklist')
    assert.deepEqual(status.journals.map((journal: {path: string; entries: number}) => [journal.path, journal.entries]), [['notes/journal.md', 2]])
    const text = await runCli(['status'], {cwd: project('checklist'), env: {COLUMNS: '80'}})
    assert.match(text.stdout, /^Stuck {2}none \(not done after 2\+ attempts\)$/m)
    assert.match(text.stdout, /^ {2}blocked {6}T-302 {2}Validate the ports$/m)
  })

  it('refuses a stuckAfter that is not a positive integer, in one line with exit 2', async () => {
    const root = project('headings')
    writeFileSync(join(root, '.planledger.json'), '{"stuckAfter": 0}\n')
    const result = await runCli(['status'], {cwd: root})
    assert.equal(result.exitCode, 2)
    assert.equal(result.stdout, '')
    assert.equal(result.stderr, 'planledger: .planledger.json: `stuckAfter` must be a positive integer (attempts), e.g. 5\n')
  })

  it('refuses a configured journal that does not exist, naming it, with a hint', async () => {
    const root = project('headings')
    writeFileSync(join(root, '.planledger.json'), '{"journals": "notes/journal.md"}\n')
    const result = await runCli(['status'], {cwd: root})
    assert.equal(result.exitCode, 2)
    assert.equal(result.stderr, 'planledger: journal notes/journal.md not found (named in "journals" in .planledger.json)\nhint: fix the path, or take it out of "journals"\n')
  })
})

describeWithCorpus('planledger status on the seed scenario', () => {
  let root: string
  before(() => {
    root = makeScenario()
  })
  after(() => removeScenario(root))

  it('shows the initiative plan and its Phase D sub-plan, and the in_progress item', async () => {
    const result = await runCli(['status'], {cwd: root, env: {COLUMNS: '100'}})
    assert.equal(result.exitCode, 0, result.stderr)
    assert.equal(
      result.stdout,
      [
        'TEST-PYTORCH-001  5/18 done, 1 partial, 12 open',
        '  plans/active/TEST-PYTORCH-001/implementation.md',
        '    A  Baseline Assessment & Scope Lock      [####################]  3/3 done',
        '    C  PyTorch Integration Test (TDD Cycle)  [#############~~~~~~~]  2/3 done, 1 partial',
        '    D  Regression Hardening & Documentation  [....................]  0/3 done, 3 open',
        '  plans/active/TEST-PYTORCH-001/reports/2025-10-19T193425Z/phase_d_hardening/plan.md',
        '    D1 Runtime & Resource Profile            [....................]  0/3 done, 3 open',
        '    D2 Documentation & Ledger Alignment      [....................]  0/3 done, 3 open',
        '    D3 CI Integration & Follow-up Gates      [....................]  0/3 done, 3 open',
        '',
        'Fix plan  docs/fix_plan.md  3 items: 1 in_progress, 1 open, 1 done',
        '  in_progress  TEST-PYTORCH-001  Author PyTorch integration workflow regression',
        '',
        'Stuck  none (not done after 5+ attempts)',
        '',
        'Journal  none: no galph_memory.md; see "journals" in .planledger.json',
        '',
      ].join('\n'),
    )
  })
})
