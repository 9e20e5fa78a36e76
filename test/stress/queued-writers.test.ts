import assert from 'node:assert/strict'
import {spawn} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import type {CliResult} from '../cli/run-cli.js'
import {exitSummary, leftovers, runPlanledger} from './run-planledger.js'
import {FINDING_IDS, FIX_PLAN, ITEMS, itemId, makeStressRepo, PLAN, removeStressRepo, rowId} from './stress-repo.js'

// Stress: many planledger writers on the same files at once, and a foreign `>>` appender racing them.
// Spawns the built CLI (npm run build first). Figures are printed as `stress: …` lines.

/** Numbers of the `Attempt #N` entries whose body contains `marker`, in file order. */
function attemptNumbers(text: string, marker: string): number[] {
  return text
    .split('\n')
    .filter((line) => line.includes(marker))
    .map((line) => Number(/Attempt #(\d+)/.exec(line)?.[1]))
}

function rowLine(text: string, row: string): string {
  return text.split('\n').find((line) => line.startsWith(`| ${row} |`)) ?? ''
}

describe('stress: queued planledger writers', function () {
  this.timeout(180_000)
  let root = ''
  beforeEach(() => {
    root = makeStressRepo()
  })
  afterEach(() => removeStressRepo(root))

  it('20 parallel `attempt` on one item: all 20 land, numbered consecutively', async () => {
    const item = itemId(3)
    const results = await Promise.all(Array.from({length: 20}, (_, i) => runPlanledger(['attempt', item, '--body', `parallel writer ${i}.`, '--yes', '--json'], root)))
    const failed = results.filter((r) => r.exitCode !== 0)
    assert.deepEqual(failed.map((r) => r.stderr), [], exitSummary(results))
    const text = readFileSync(join(root, FIX_PLAN), 'utf8')
    const numbers = attemptNumbers(text, 'parallel writer')
    console.log(`      stress: 20 parallel attempt → ${numbers.length} entries, #${numbers[0]}..#${numbers.at(-1)}${numbers.every((n, i) => n === numbers[0]! + i) ? ' consecutive' : ' NOT consecutive'} (${exitSummary(results)})`)
    assert.equal(numbers.length, 20)
    assert.deepEqual(numbers, Array.from({length: 20}, (_, i) => 2 + i))
    // Each command reports the entry it actually wrote (the final plan), so their numbers are 2..21 once each.
    const reported = results.map((r) => (JSON.parse(r.stdout) as {number: number}).number).sort((a, b) => a - b)
    assert.deepEqual(reported, numbers)
    assert.deepEqual(leftovers(join(root, 'docs')), [])
  })

  it('50 parallel mixed writers (tick, attempt, set, link): every command that exits 0 has its change in the file', async () => {
    type Writer = {args: string[]; landed: (fixPlan: string, plan: string) => boolean}
    const writers: Writer[] = []
    for (let i = 1; i <= 15; i++) writers.push({args: ['tick', PLAN, rowId(i), '--yes'], landed: (_, plan) => rowLine(plan, rowId(i)).includes('[x]')})
    for (let i = 1; i <= 15; i++) writers.push({args: ['attempt', itemId(1 + (i % ITEMS)), '--body', `mixed attempt ${i}.`, '--yes'], landed: (fixPlan) => fixPlan.includes(`mixed attempt ${i}.`)})
    for (let i = 1; i <= 10; i++) writers.push({args: ['set', itemId(1 + (i % ITEMS)), `Stress ${i}=value ${i}`, '--no-touch', '--yes'], landed: (fixPlan) => fixPlan.includes(`- Stress ${i}: value ${i}\n`)})
    for (let i = 1; i <= 10; i++) {
      const finding = FINDING_IDS[i % FINDING_IDS.length]!
      writers.push({args: ['link', `${PLAN}:${rowId(30 + i)}`, '--finding', finding, '--yes'], landed: (_, plan) => rowLine(plan, rowId(30 + i)).includes(finding)})
    }
    const results: CliResult[] = await Promise.all(writers.map((w) => runPlanledger(w.args, root)))
    const fixPlan = readFileSync(join(root, FIX_PLAN), 'utf8')
    const plan = readFileSync(join(root, PLAN), 'utf8')
    const succeeded = writers.filter((_, i) => results[i]!.exitCode === 0)
    const lost = succeeded.filter((w) => !w.landed(fixPlan, plan)).map((w) => w.args.slice(0, 3).join(' '))
    console.log(`      stress: 50 parallel mixed writers → ${exitSummary(results)}; ${succeeded.length - lost.length} of ${succeeded.length} successful changes in the files`)
    assert.deepEqual(lost, [])
    assert.deepEqual(
      results.filter((r) => r.exitCode !== 0).map((r) => r.stderr),
      [],
      'every writer queues for the lock and lands',
    )
    assert.deepEqual([...leftovers(join(root, 'docs')), ...leftovers(join(root, 'plans/active/STRESS-001'))], [])
  })

  it('a foreign `>>` appender racing planledger: foreign lines lost (target 0)', async () => {
    const appends = 200
    const appender = new Promise<void>((resolve, reject) => {
      const script = `for i in $(seq 1 ${appends}); do echo "foreign line $i" >> ${FIX_PLAN}; sleep 0.01; done`
      const shell = spawn('sh', ['-c', script], {cwd: root, stdio: 'ignore'})
      shell.on('error', reject)
      shell.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`appender exited ${code}`))))
    })
    let appenderDone = false
    void appender.then(() => (appenderDone = true), () => (appenderDone = true))
    // Two planledger writers at a time, for as long as the appender runs.
    const results: CliResult[] = []
    const writer = async (lane: number): Promise<void> => {
      for (let n = 0; !appenderDone; n++) results.push(await runPlanledger(['attempt', itemId(2), '--body', `racing ${lane}.${n}.`, '--yes'], root))
    }
    await Promise.all([appender, writer(1), writer(2)])
    const text = readFileSync(join(root, FIX_PLAN), 'utf8')
    const foreign = new Set(text.split('\n').filter((line) => line.startsWith('foreign line ')))
    const lost = appends - foreign.size
    const written = results.filter((r) => r.exitCode === 0).length
    const entries = text.split('\n').filter((line) => line.includes('— racing ')).length
    console.log(`      stress: foreign >> appender, ${appends} appends racing ${results.length} planledger writes (${exitSummary(results)}) → ${lost} foreign lines lost, ${entries} of ${written} planledger entries kept`)
    assert.equal(lost, 0)
    assert.equal(entries, written)
    assert.ok(results.every((r) => r.exitCode === 0 || /kept changing/.test(r.stderr)), results.map((r) => r.stderr).join(''))
  })
})
