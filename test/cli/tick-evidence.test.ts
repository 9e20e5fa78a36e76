import assert from 'node:assert/strict'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {runCli} from './run-cli.js'

// A phase checklist whose items wrap onto indented lines, one of them done with evidence.
const PLAN = [
  '## Phase 1 — Triage [done]',
  '',
  '- [x] P1: Commit the audit tool. ✅ 2026-11-01 — Landed.',
  '- [ ] P2: Re-run the audit; identify the 17 entries',
  '      cleanly (filtering out the false positives via',
  '      a heuristic).',
  '  - a sub-step that is not part of the sentence',
  '- [ ] P3: Commit.',
  '',
].join('\n')

describe('planledger tick: where evidence goes, and reopening', () => {
  let root: string
  const plan = () => readFileSync(join(root, 'plan.md'), 'utf8')
  const tick = (...args: string[]) => runCli(['tick', 'plan.md', ...args, '--date', '2026-11-29', '--yes'], {cwd: root})
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'planledger-evidence-'))
    writeFileSync(join(root, 'plan.md'), PLAN)
  })
  afterEach(() => rmSync(root, {recursive: true, force: true}))

  it('--note on a wrapped item goes after its last line, not mid-sentence', async () => {
    const result = await tick('P2', '--note', 'Audited')
    assert.equal(result.exitCode, 0, result.stderr)
    assert.equal(plan(), PLAN.replace('- [ ] P2', '- [x] P2').replace('      a heuristic).', '      a heuristic). ✅ 2026-11-29 — Audited.'))
  })

  it('--state open flips the box, keeps the earlier ✅ evidence, and adds no ✅ or date of its own', async () => {
    const result = await tick('P1', '--state', 'open', '--note', 'Audit tool reverted', '--json')
    assert.equal(result.exitCode, 0, result.stderr)
    assert.equal(plan(), PLAN.replace('- [x] P1: Commit the audit tool. ✅ 2026-11-01 — Landed.', '- [ ] P1: Commit the audit tool. ✅ 2026-11-01 — Landed. Audit tool reverted.'))
    assert.equal(JSON.parse(result.stdout).files[0].changed[0].evidence, 'Audit tool reverted.')
  })

  it('--state open without a note changes only the marker', async () => {
    const result = await tick('P1', '--state', 'open')
    assert.equal(result.exitCode, 0, result.stderr)
    assert.equal(plan(), PLAN.replace('- [x] P1', '- [ ] P1'))
  })
})
