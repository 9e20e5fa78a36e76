import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {runCli} from './run-cli.js'

const STAMP = 'plans/active/X-001/reports/2025-10-19T193425Z'

const FIX_PLAN = `# Fix Plan

## [X-001] Item
- Status: in_progress
- Attempts History:
  * [2025-10-19] Attempt #1 — Wrote \`${STAMP}/phase_c/summary.md\` and \`phase_c/rotation_audit.md\`; logs \`logs/pytest_*.log\`, \`logs/ruff_*.log\`, \`logs/{pytest_1,pytest_2}.log\`; scratch \`scratch/run.log\`; \`absent.md\`.
`

const FILES = [`${STAMP}/phase_c/summary.md`, `${STAMP}/phase_c/rotation_audit.md`, 'logs/pytest_1.log']

describe('check: missing-artifact in a real repository (globs on disk, git-ignored paths)', () => {
  let root: string
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'planledger-artifacts-'))
    execFileSync('git', ['init', '-q'], {cwd: root})
    writeFileSync(join(root, '.gitignore'), 'scratch/\n')
    for (const path of ['docs/fix_plan.md', ...FILES]) {
      mkdirSync(dirname(join(root, path)), {recursive: true})
      writeFileSync(join(root, path), path === 'docs/fix_plan.md' ? FIX_PLAN : 'x\n')
    }
  })
  after(() => rmSync(root, {recursive: true, force: true}))

  it('resolves named folders and globs, expands braces, and notes git-ignored paths instead of reporting them', async () => {
    const result = await runCli(['check', '--json', 'docs/fix_plan.md'], {cwd: root})
    const document = JSON.parse(result.stdout) as {problems: Array<{rule: string; message: string}>; notes: string[]}
    const messages = document.problems.filter((problem) => problem.rule === 'missing-artifact').map((problem) => problem.message)
    assert.deepEqual(messages, [
      'Nothing matches `logs/ruff_*.log`, cited by `[X-001]` Attempt #1',
      'Artifact `logs/pytest_2.log` cited by `[X-001]` Attempt #1 does not exist',
      'Artifact `absent.md` cited by `[X-001]` Attempt #1 does not exist',
    ])
    assert.deepEqual(document.notes, ['missing-artifact: 1 cited path is git-ignored and cannot be checked'])
  })

  it('says the note once on stderr in text mode', async () => {
    const result = await runCli(['check', 'docs/fix_plan.md'], {cwd: root})
    assert.equal(result.stderr.match(/planledger: note: missing-artifact: 1 cited path is git-ignored/g)?.length, 1)
  })
})

describe('check: missing-artifact finds a path cited by its tail, and templates, on disk', () => {
  let root: string
  const plan = 'plans/active/Y-002/implementation.md'
  const fixPlan = `# Fix Plan

## [Y-002] Item
- Status: in_progress
- Working Plan: \`${plan}\`
- Attempts History:
  * [2025-10-19] Attempt #1 — Logs in \`logs/pytest_loader.log\` and \`pytest_loader.log\`; summary under \`reports/<TS>/summary.md\`; \`logs/absent.log\`; \`reports/<TS>/absent.md\`.
`
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'planledger-tails-'))
    execFileSync('git', ['init', '-q'], {cwd: root})
    const files: Record<string, string> = {'docs/fix_plan.md': fixPlan, [plan]: '# Plan\n'}
    for (const path of ['reports/2025-10-19T193425Z/logs/pytest_loader.log', 'reports/2025-10-19T193425Z/summary.md']) files[`plans/active/Y-002/${path}`] = 'x\n'
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), {recursive: true})
      writeFileSync(join(root, path), text)
    }
  })
  after(() => rmSync(root, {recursive: true, force: true}))

  it('reports only what exists nowhere below the initiative folder', async () => {
    const result = await runCli(['check', '--json', 'docs/fix_plan.md'], {cwd: root})
    const document = JSON.parse(result.stdout) as {problems: Array<{rule: string; message: string}>}
    assert.deepEqual(
      document.problems.filter((problem) => problem.rule === 'missing-artifact').map((problem) => problem.message),
      ['Artifact `logs/absent.log` cited by `[Y-002]` Attempt #1 does not exist', 'Nothing matches `reports/<TS>/absent.md`, cited by `[Y-002]` Attempt #1'],
    )
  })
})
