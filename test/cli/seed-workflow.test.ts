import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {makeScenario, removeScenario, runCli} from './run-cli.js'
import {describeWithCorpus} from '../support/corpus.js'

// The loop step the tool exists for (corpus README, "seed-scenario"), run end to end through the CLI.
const HUB = 'plans/active/TEST-PYTORCH-001/reports/2025-10-19T193425Z/phase_d_hardening'
const SUB_PLAN = `${HUB}/plan.md`
const INITIATIVE_PLAN = 'plans/active/TEST-PYTORCH-001/implementation.md'
const FIX_PLAN = 'docs/fix_plan.md'
const GOLDEN = fileURLToPath(new URL('../fixtures/seed-workflow/', import.meta.url))

const PROFILE = `${HUB}/runtime_profile.md`
const SNAPSHOT = `${HUB}/env_snapshot.txt`
const RUNTIME = 'integration selector 35.92s median over 3 CPU runs (90s CI guardrail)'

/** The `-`/`+` lines of a unified diff, without the file headers. */
function changedLines(diff: string): string[] {
  return diff.split('\n').filter((line) => /^[-+]/.test(line) && !/^(---|\+\+\+) [ab]\//.test(line))
}

describeWithCorpus('the seed workflow, end to end', function () {
  this.timeout(60_000)
  let root: string
  before(() => {
    root = makeScenario()
  })
  after(() => removeScenario(root))
  const read = (path: string) => readFileSync(join(root, path), 'utf8')
  const run = async (args: string[]) => {
    const result = await runCli([...args, '--yes', '--json'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    return JSON.parse(result.stdout)
  }

  it('1. ticks D1.A-C in the Phase D sub-plan with both artifacts: three row lines change', async () => {
    const before = read(SUB_PLAN)
    const result = await run(['tick', 'TEST-PYTORCH-001', 'D1.A-C', '--artifact', PROFILE, '--artifact', SNAPSHOT, '--note', `Runtime profile: ${RUNTIME}`, '--date', '2025-10-19'])
    const changed = changedLines(result.diff)
    assert.equal(changed.length, 6)
    for (const [index, id] of ['D1.A', 'D1.B', 'D1.C'].entries()) {
      const old = before.split('\n').find((line) => line.startsWith(`| ${id} |`))!
      assert.equal(changed[index], `-${old}`)
      assert.equal(changed[index + 3], `+${old.replace('| [ ] |', '| [x] |').replace(/ \|$/, '')} ✅ 2025-10-19 — Runtime profile: ${RUNTIME}. Artifacts: \`${PROFILE}\`, \`${SNAPSHOT}\`. |`)
    }
  })

  it('2. appends Attempt #8 to [TEST-PYTORCH-001] citing POLICY-001 and FORMAT-001: one line is added', async () => {
    const body = `Phase D1 runtime profile complete: ${RUNTIME}; environment captured in env_snapshot.txt.`
    const result = await run(['attempt', 'TEST-PYTORCH-001', '--body', body, '--finding', 'POLICY-001', '--finding', 'FORMAT-001', '--artifact', PROFILE, '--artifact', SNAPSHOT, '--date', '2025-10-19'])
    assert.equal(result.number, 8)
    assert.deepEqual(changedLines(result.diff), [
      `+  * [2025-10-19] Attempt #8 — ${body} Findings applied: POLICY-001, FORMAT-001. Artifacts: \`${PROFILE}\`, \`${SNAPSHOT}\`.`,
    ])
  })

  it('3. ticks D1 in the initiative plan in that file\u2019s **COMPLETE date:** style', async () => {
    const result = await run(['tick', 'TEST-PYTORCH-001', 'D1', '--artifact', PROFILE, '--note', 'Phase D1 runtime profile recorded', '--date', '2025-10-19'])
    const changed = changedLines(result.diff)
    assert.equal(changed.length, 2)
    assert.match(changed[0], /^-\| D1 \| Record runtime \+ resource profile \| \[ \] \|/)
    assert.ok(changed[1].endsWith(`**COMPLETE 2025-10-19:** Phase D1 runtime profile recorded. Artifacts: \`${PROFILE}\`. |`), changed[1])
  })

  it('4. Status=in_progress on an item already in progress changes nothing', async () => {
    const before = read(FIX_PLAN)
    const result = await run(['set', 'TEST-PYTORCH-001', 'Status=in_progress', '--date', '2025-10-20'])
    assert.equal(result.outcome, 'unchanged')
    assert.equal(read(FIX_PLAN), before)
  })

  it('5. Status=done on [DATA-LOADER-002] changes its field, its index row and Last Updated', async () => {
    const result = await run(['set', 'DATA-LOADER-002', 'Status=done', '--date', '2025-10-20'])
    assert.deepEqual(changedLines(result.diff), [
      '-**Last Updated:** 2025-10-19',
      '+**Last Updated:** 2025-10-20',
      '-| [DATA-LOADER-002](#data-loader-002-legacy-npz-transpose-guard) | Legacy NPZ transpose guard | Medium | pending |',
      '+| [DATA-LOADER-002](#data-loader-002-legacy-npz-transpose-guard) | Legacy NPZ transpose guard | Medium | done |',
      '-- Status: pending',
      '+- Status: done',
    ])
  })

  it('leaves exactly the golden files', () => {
    for (const [path, golden] of [[SUB_PLAN, 'phase_d_plan.md'], [INITIATIVE_PLAN, 'implementation.md'], [FIX_PLAN, 'fix_plan.md']]) {
      assert.equal(read(path), readFileSync(join(GOLDEN, golden), 'utf8'), `${path} differs from test/fixtures/seed-workflow/${golden}`)
    }
  })
})
