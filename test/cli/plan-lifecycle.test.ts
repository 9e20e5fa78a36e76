import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {makeOwnScenario, removeScenario, runCli, snapshotFiles} from './run-cli.js'

const FIX_PLAN = 'docs/fix_plan.md'
const PLAN = 'plans/active/TEST-PYTORCH-001/implementation.md'

describe('planledger plan new / add-row / close on the project\u2019s own scenario', () => {
  let root: string
  beforeEach(() => {
    root = makeOwnScenario()
  })
  afterEach(() => removeScenario(root))

  const read = (path: string) => readFileSync(join(root, path), 'utf8')
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), {recursive: true})
    writeFileSync(join(root, path), text)
  }
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], {cwd: root, encoding: 'utf8'})
  const checkPasses = async () => {
    const check = await runCli(['check'], {cwd: root})
    assert.equal(check.exitCode, 0, check.stdout + check.stderr)
  }

  it('plan new: the built-in plan with the columns the other plans use, and the item\u2019s Working Plan, in one change; check passes', async () => {
    const before = read(FIX_PLAN).split('\n')
    const result = await runCli(['plan', 'new', 'DATA-LOADER-002', '--date', '2026-12-01', '--yes'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    assert.equal(
      read('plans/active/DATA-LOADER-002/implementation.md'),
      [
        '# DATA-LOADER-002 — Stream batches from disk',
        '',
        '## Context',
        '- Initiative: DATA-LOADER-002 — Stream batches from disk',
        '- Created: 2026-12-01',
        '',
        '### Phase A — First steps',
        'Goal: Stream batches from disk',
        '',
        '| ID | Task Description | State | How/Why & Guidance |',
        '| --- | --- | --- | --- |',
        '',
      ].join('\n'),
    )
    const at = before.indexOf('- Owner/Date: —') + 1
    assert.deepEqual(read(FIX_PLAN).split('\n'), [...before.slice(0, at), '- Working Plan: `plans/active/DATA-LOADER-002/implementation.md`', ...before.slice(at)])
    assert.match(result.stdout, /^Wrote plans\/active\/DATA-LOADER-002\/implementation\.md, docs\/fix_plan\.md\.$/m)
    await checkPasses()
  })

  it('plan new refuses an initiative that has a plan, active or archived, with exit 2 and nothing written', async () => {
    const snapshot = snapshotFiles(root)
    const active = await runCli(['plan', 'new', 'TEST-PYTORCH-001', '--yes'], {cwd: root})
    assert.equal(active.exitCode, 2)
    assert.equal(active.stderr, `planledger: initiative TEST-PYTORCH-001 already has a plan: plans/active/TEST-PYTORCH-001/implementation.md\nhint: add rows to it with \`planledger plan add-row TEST-PYTORCH-001 …\`\n`)
    write('plans/archive/OLD-001.md', '# Old\n')
    const archived = await runCli(['plan', 'new', 'OLD-001', '--yes'], {cwd: root})
    assert.equal(archived.exitCode, 2)
    assert.equal(archived.stderr, 'planledger: initiative OLD-001 already has a plan: plans/archive/OLD-001.md\nhint: it was closed; pick a new ID, or move it back to plans/active/ to reopen it\n')
    const snapshotWithArchive = snapshotFiles(root)
    const badId = await runCli(['plan', 'new', '../escape', '--yes'], {cwd: root})
    assert.equal(badId.exitCode, 2)
    assert.match(badId.stderr, /^planledger: Unexpected initiative ID `\.\.\/escape`/)
    assert.deepEqual(snapshotFiles(root), snapshotWithArchive)
    assert.equal(snapshotWithArchive.size, snapshot.size + 1)
  })

  it('plan new starts from the repository\u2019s template, placeholders filled; --from picks another one', async () => {
    write('plans/templates/implementation.md', '# {{id}} — {{title}}\r\nOpened YYYY-MM-DD.\r\n')
    write('plans/templates/bugfix.md', '# Bug <ID>\n')
    const result = await runCli(['plan', 'new', 'NEW-1', '--title', 'Fresh', '--date', '2026-12-02', '--json', '--yes'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    assert.equal(read('plans/active/NEW-1/implementation.md'), '# NEW-1 — Fresh\r\nOpened 2026-12-02.\r\n')
    const json = JSON.parse(result.stdout)
    assert.deepEqual({...json, diff: undefined}, {outcome: 'written', file: 'plans/active/NEW-1/implementation.md', layout: 'folder', template: 'plans/templates/implementation.md', fixPlan: null, diff: undefined})
    const from = await runCli(['plan', 'new', 'NEW-2', '--from', 'bugfix', '--yes'], {cwd: root})
    assert.equal(from.exitCode, 0, from.stderr)
    assert.equal(read('plans/active/NEW-2/implementation.md'), '# Bug NEW-2\n')
  })

  it('plan new writes a flat plans/active/<ID>.md when most plans are flat files', async () => {
    renameSync(join(root, PLAN), join(root, 'plans/active/TEST-PYTORCH-001.md'))
    rmSync(join(root, 'plans/active/TEST-PYTORCH-001'), {recursive: true})
    write('plans/archive/OLD-001.md', '# Old\n\n| ID | Task | Status |\n|---|---|---|\n| A1 | x | [x] |\n')
    const result = await runCli(['plan', 'new', 'DATA-LOADER-002', '--date', '2026-12-01', '--dry-run', '--json'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    const json = JSON.parse(result.stdout)
    assert.equal(json.file, 'plans/active/DATA-LOADER-002.md')
    assert.equal(json.fixPlan.update.value, '`plans/active/DATA-LOADER-002.md`')
  })

  it('plan new in a repository of checklist plans: a phase without a table, whose first row add-row writes as a checklist item', async () => {
    rmSync(join(root, 'plans/active/TEST-PYTORCH-001'), {recursive: true})
    write('plans/active/OLD-1/implementation.md', '# Old\n\n### Phase A — Done\n- [x] A1: did it\n')
    write('plans/active/OLD-2/implementation.md', '# Old 2\n\n### Phase S — Steps\n- [ ] S1: todo\n')
    const created = await runCli(['plan', 'new', 'DATA-LOADER-002', '--title', 'Stream', '--date', '2026-12-01', '--yes'], {cwd: root})
    assert.equal(created.exitCode, 0, created.stderr)
    const path = 'plans/active/DATA-LOADER-002/implementation.md'
    assert.ok(read(path).endsWith('### Phase A — First steps\nGoal: Stream\n'))
    const added = await runCli(['plan', 'add-row', 'DATA-LOADER-002', 'A1', '--task', 'Open the stream', '--yes'], {cwd: root})
    assert.equal(added.exitCode, 0, added.stderr)
    assert.ok(read(path).endsWith('### Phase A — First steps\nGoal: Stream\n\n- [ ] A1: Open the stream\n'))
  })

  it('plan new puts the plan into an active folder that holds only reports so far', async () => {
    write('plans/active/DATA-LOADER-002/reports/first.log', 'log\n')
    const result = await runCli(['plan', 'new', 'DATA-LOADER-002', '--yes'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    assert.match(read('plans/active/DATA-LOADER-002/implementation.md'), /^# DATA-LOADER-002 — Stream batches from disk\n/)
  })

  it('plan add-row: one open row at the end of the last phase\u2019s table, the exact diff; check passes; duplicates refused', async () => {
    const result = await runCli(['plan', 'add-row', 'TEST-PYTORCH-001', 'D3', '--task', 'Guard the test in CI', '--dry-run'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    assert.equal(
      result.stdout,
      [
        `--- a/${PLAN}`,
        `+++ b/${PLAN}`,
        '@@ -27,3 +27,4 @@',
        ' | --- | --- | --- | --- |',
        ' | D1 | Runtime profile | [ ] | Rows D1.A–C in the Phase D plan. |',
        ' | D2 | Document the test | [ ] | Usage notes in the workflow guide. |',
        '+| D3 | Guard the test in CI | [ ] |  |',
        'Dry run: nothing written.',
        '',
      ].join('\n'),
    )
    const before = read(PLAN)
    const applied = await runCli(['plan', 'add-row', 'TEST-PYTORCH-001', 'D3', '--task', 'Guard the test in CI', '--yes'], {cwd: root})
    assert.equal(applied.exitCode, 0, applied.stderr)
    assert.equal(read(PLAN), before.replace('in the workflow guide. |\n', 'in the workflow guide. |\n| D3 | Guard the test in CI | [ ] |  |\n'))
    await checkPasses()
    const snapshot = snapshotFiles(root)
    const duplicate = await runCli(['plan', 'add-row', 'TEST-PYTORCH-001', 'D1.A', '--task', 'again', '--yes'], {cwd: root})
    assert.equal(duplicate.exitCode, 2)
    const both = await runCli(['plan', 'add-row', 'TEST-PYTORCH-001', 'D4', '--task', 'x', '--after', 'D1', '--phase', 'D', '--yes'], {cwd: root})
    assert.equal(both.stderr, 'planledger: --after names the place already; it cannot be combined with --phase\nhint: drop --phase\n')
    const noTask = await runCli(['plan', 'add-row', 'TEST-PYTORCH-001', 'D4', '--yes'], {cwd: root})
    assert.equal(noTask.exitCode, 2)
    assert.match(noTask.stderr, /^planledger: No --task for D4\n/)
    assert.match(duplicate.stderr, /^planledger: Row D1\.A already exists in plans\/active\/TEST-PYTORCH-001\/reports\/2026-11-20\/phase_d\/plan\.md \(line \d+\)\nhint: pick an unused row ID\n$/)
    assert.deepEqual(snapshotFiles(root), snapshot)
  })

  it('plan add-row --after a row of a linked sub-plan writes into that file; --json names it', async () => {
    const SUB = 'plans/active/TEST-PYTORCH-001/reports/2026-11-20/phase_d/plan.md'
    const result = await runCli(['plan', 'add-row', 'TEST-PYTORCH-001', 'D1.A2', '--task', 'Repeat on GPU', '--after', 'D1.A', '--yes', '--json'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    const json = JSON.parse(result.stdout)
    assert.deepEqual({...json, diff: undefined}, {outcome: 'written', file: SUB, id: 'D1.A2', line: 13, text: '| D1.A2 | Repeat on GPU | [ ] |  |', phase: 'D1', diff: undefined})
    assert.deepEqual(read(SUB).split('\n').slice(11, 14).map((line) => line.slice(0, 9)), ['| D1.A | ', '| D1.A2 |', '| D1.B | '])
    await checkPasses()
  })

  it('plan close: git mv to plans/archive/, every path rewritten, one transaction; check passes', async () => {
    git('add', '-A')
    git('commit', '-q', '-m', 'scenario')
    const fixPlanBefore = read(FIX_PLAN)
    const result = await runCli(['plan', 'close', 'TEST-PYTORCH-001', '--yes', '--json'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    const json = JSON.parse(result.stdout)
    assert.deepEqual({...json, diff: undefined}, {
      outcome: 'written',
      from: 'plans/active/TEST-PYTORCH-001',
      to: 'plans/archive/TEST-PYTORCH-001',
      layout: 'folder',
      rewritten: [
        {file: FIX_PLAN, paths: 1},
        {file: 'docs/findings.md', paths: 1},
        {file: 'plans/archive/TEST-PYTORCH-001/implementation.md', paths: 3},
        {file: 'plans/archive/TEST-PYTORCH-001/reports/2026-11-20/phase_d/plan.md', paths: 1},
      ],
      warnings: [],
      diff: undefined,
    })
    assert.match(json.diff, /^rename from plans\/active\/TEST-PYTORCH-001\nrename to plans\/archive\/TEST-PYTORCH-001\n--- a\/plans\/archive\/TEST-PYTORCH-001\/implementation\.md\n/)
    assert.equal(existsSync(join(root, 'plans/active/TEST-PYTORCH-001')), false)
    // The Working Plan follows the move; attempt entries are history and keep the path they cited.
    assert.equal(read(FIX_PLAN), fixPlanBefore.replace('- Working Plan: `plans/active/', '- Working Plan: `plans/archive/'))
    assert.match(read(FIX_PLAN), /Attempt #1 .* Artifacts: `plans\/active\/TEST-PYTORCH-001\/reports\/2026-11-18\/first_run\.log`/)
    assert.doesNotMatch(read('plans/archive/TEST-PYTORCH-001/implementation.md'), /plans\/active\//)
    const renamed = git('status', '--porcelain').split('\n').filter((line) => line.startsWith('R'))
    assert.equal(renamed.length, 4, git('status', '--porcelain'))
    await checkPasses()
    // The pre-commit gate passes too (history untouched), and the old evidence paths are found in the archive.
    git('add', '-A')
    const staged = await runCli(['check', '--staged', '--json'], {cwd: root})
    assert.equal(staged.exitCode, 0, staged.stdout)
    const check = await runCli(['check', '--json'], {cwd: root})
    assert.doesNotMatch(check.stdout, /missing-artifact/)
  })

  it('plan close --dry-run writes nothing; an unknown initiative is exit 2 with a did-you-mean', async () => {
    const snapshot = snapshotFiles(root)
    const dry = await runCli(['plan', 'close', 'TEST-PYTORCH-001', '--dry-run'], {cwd: root})
    assert.equal(dry.exitCode, 0, dry.stderr)
    assert.match(dry.stdout, /^rename from plans\/active\/TEST-PYTORCH-001\nrename to plans\/archive\/TEST-PYTORCH-001\n/)
    const unknown = await runCli(['plan', 'close', 'TEST-PYTORCH-01', '--yes'], {cwd: root})
    assert.equal(unknown.exitCode, 2)
    assert.equal(unknown.stderr, 'planledger: no active initiative `TEST-PYTORCH-01` in plans/active/\nhint: did you mean TEST-PYTORCH-001?\n')
    assert.deepEqual(snapshotFiles(root), snapshot)
  })

  it('plan close moves an untracked flat plan with a plain rename, and refuses one whose archive name is taken', async () => {
    write('plans/active/FLAT-1.md', '# Flat\n\nSee [main](TEST-PYTORCH-001/implementation.md).\n')
    write(FIX_PLAN, read(FIX_PLAN).replace('- Owner/Date: —\n', '- Owner/Date: —\n- Working Plan: plans/active/FLAT-1.md\n'))
    const result = await runCli(['plan', 'close', 'FLAT-1', '--yes'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    assert.equal(read('plans/archive/FLAT-1.md'), '# Flat\n\nSee [main](../active/TEST-PYTORCH-001/implementation.md).\n')
    assert.match(read(FIX_PLAN), /^- Working Plan: plans\/archive\/FLAT-1\.md$/m)
    assert.equal(existsSync(join(root, 'plans/active/FLAT-1.md')), false)
    await checkPasses()
    write('plans/active/FLAT-1.md', '# Again\n')
    const snapshot = snapshotFiles(root)
    const taken = await runCli(['plan', 'close', 'FLAT-1', '--yes'], {cwd: root})
    assert.equal(taken.exitCode, 2)
    assert.equal(taken.stderr, 'planledger: cannot close FLAT-1: plans/archive/FLAT-1.md already exists\nhint: an archived initiative has that name; rename one of them first\n')
    assert.deepEqual(snapshotFiles(root), snapshot)
  })

  it('plan close moves a report it cannot read as a ledger as it is, with a warning', async () => {
    write('plans/active/TEST-PYTORCH-001/reports/merge.md', 'See plans/active/TEST-PYTORCH-001/x\n<<<<<<< ours\na\n=======\nb\n>>>>>>> theirs\n')
    const result = await runCli(['plan', 'close', 'TEST-PYTORCH-001', '--yes'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    assert.match(result.stderr, /^planledger: warning: plans\/active\/TEST-PYTORCH-001\/reports\/merge\.md moves as it is, its paths not rewritten: git conflict markers found/m)
    assert.match(read('plans/archive/TEST-PYTORCH-001/reports/merge.md'), /^See plans\/active\/TEST-PYTORCH-001\/x\n/)
  })

  it('keeps CRLF ledgers CRLF through new, add-row and close, and learns CRLF for the new plan', async () => {
    const crlf = (path: string) => write(path, read(path).replace(/\n/g, '\r\n'))
    for (const path of [FIX_PLAN, PLAN, 'docs/findings.md']) crlf(path)
    const lfOnly = /(?<!\r)\n/
    for (const args of [
      ['plan', 'new', 'DATA-LOADER-002', '--yes'],
      ['plan', 'add-row', 'DATA-LOADER-002', 'A1', '--task', 'Open', '--yes'],
      ['plan', 'close', 'TEST-PYTORCH-001', '--yes'],
    ]) {
      const result = await runCli(args, {cwd: root})
      assert.equal(result.exitCode, 0, `${args.join(' ')}: ${result.stderr}`)
    }
    for (const path of [FIX_PLAN, 'docs/findings.md', 'plans/archive/TEST-PYTORCH-001/implementation.md', 'plans/active/DATA-LOADER-002/implementation.md']) {
      assert.doesNotMatch(read(path), lfOnly, path)
    }
    assert.match(read('plans/active/DATA-LOADER-002/implementation.md'), /\r\n\| A1 \| Open \| \[ \] \|  \|\r\n$/)
    assert.match(read(FIX_PLAN), /- Working Plan: `plans\/active\/DATA-LOADER-002\/implementation\.md`\r\n/)
  })
})
