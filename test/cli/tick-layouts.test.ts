import assert from 'node:assert/strict'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {runCli, snapshotFiles} from './run-cli.js'

// Both initiative layouts side by side: a flat plans/active/<ID>.md and a folder plans/active/<ID>/implementation.md.
const FLAT = ['# Determinism', '', '| ID | State | Notes |', '| --- | --- | --- |', '| D4 | [x] | Seeded. |', '| D5 | [ ] | Pin the RNG. |', ''].join('\n')
const FOLDER = ['# Caching', '', '- [ ] C1: Add the cache', ''].join('\n')
const FIX_PLAN = (workingPlan: string) => ['# Fix plan', '', '## [DET-001] Determinism', '- Status: in_progress', `- Working Plan: ${workingPlan}`, ''].join('\n')

describe('planledger: flat plan files are initiatives too', () => {
  let root: string
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), {recursive: true})
    writeFileSync(join(root, path), text)
  }
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'planledger-layouts-'))
    mkdirSync(join(root, '.git'))
    write('plans/active/determinism.md', FLAT)
    write('plans/active/caching/implementation.md', FOLDER)
  })
  afterEach(() => rmSync(root, {recursive: true, force: true}))

  it('tick <ID> finds plans/active/<ID>.md', async () => {
    const result = await runCli(['tick', 'determinism', 'D5', '--note', 'Pinned', '--date', '2026-11-29', '--yes'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    assert.equal(readFileSync(join(root, 'plans/active/determinism.md'), 'utf8'), FLAT.replace('| D5 | [ ] | Pin the RNG. |', '| D5 | [x] | Pin the RNG. ✅ 2026-11-29 — Pinned. |'))
  })

  it('tick <ID> still finds the folder layout, and a folder given as a path', async () => {
    for (const plan of ['caching', 'plans/active/caching', 'plans/active/caching/']) {
      const result = await runCli(['tick', plan, 'C1', '--dry-run', '--json'], {cwd: root})
      assert.equal(result.exitCode, 0, `${plan}: ${result.stderr}`)
      assert.equal(JSON.parse(result.stdout).files[0].path, 'plans/active/caching/implementation.md')
    }
  })

  it('an ID with both layouts is ambiguous: one line naming both, nothing written', async () => {
    write('plans/active/caching.md', FOLDER)
    const snapshot = snapshotFiles(root)
    const result = await runCli(['tick', 'caching', 'C1', '--yes'], {cwd: root})
    assert.equal(result.exitCode, 2)
    assert.equal(result.stderr, 'planledger: initiative `caching` is ambiguous: both plans/active/caching.md and plans/active/caching/implementation.md exist\nhint: pass the plan file path instead\n')
    assert.deepEqual(snapshotFiles(root), snapshot)
  })

  it('a folder without a plan file is a one-line error', async () => {
    mkdirSync(join(root, 'plans/active/empty'))
    const result = await runCli(['tick', 'plans/active/empty', 'A1', '--yes'], {cwd: root})
    assert.deepEqual([result.exitCode, result.stderr.split('\n')[0]], [2, 'planledger: no plan in folder `plans/active/empty`: looked for implementation.md and plan.md'])
  })

  it('next --plan <ID> reads the flat file', async () => {
    const result = await runCli(['next', '--plan', 'determinism', '--json'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    const next = JSON.parse(result.stdout)
    assert.deepEqual([next.plan, next.row.id], ['plans/active/determinism.md', 'D5'])
  })

  for (const workingPlan of ['`determinism`', '`plans/active/determinism.md`', '`plans/active/caching/`']) {
    it(`next follows a Working Plan written as ${workingPlan}`, async () => {
      write('docs/fix_plan.md', FIX_PLAN(workingPlan))
      const result = await runCli(['next', '--json'], {cwd: root})
      assert.equal(result.exitCode, 0, result.stderr)
      const expected = workingPlan.includes('caching') ? 'plans/active/caching/implementation.md' : 'plans/active/determinism.md'
      assert.equal(JSON.parse(result.stdout).plan, expected)
    })
  }

  it('link <ID>:<ROW> finds a row of a flat plan', async () => {
    write('docs/findings.md', ['# Findings', '', '| Finding ID | Date | Keywords | Synopsis | Evidence Pointer | Status |', '| --- | --- | --- | --- | --- | --- |', '| RNG-001 | 2026-11-01 | rng | Seeds drift | `x` | Active |', ''].join('\n'))
    const result = await runCli(['link', 'determinism:D5', '--finding', 'RNG-001', '--dry-run', '--json'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    assert.deepEqual(JSON.parse(result.stdout).target, {kind: 'row', plan: 'plans/active/determinism.md', row: 'D5'})
  })
})
