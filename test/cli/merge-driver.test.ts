import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {BIN, makeOwnScenario, removeScenario, runCli} from './run-cli.js'

const FIX_PLAN = 'docs/fix_plan.md'
const LAST_ATTEMPT = /^ {2}\* \[2026-11-19\] Attempt #2 — .*\n(?: {4}.*\n)*/m

/** The scenario's fix plan with an attempt appended to TEST-PYTORCH-001 and, optionally, its Status set. */
function edited(text: string, change: {attempt?: string; status?: string}): string {
  let result = text
  if (change.attempt !== undefined) result = result.replace(LAST_ATTEMPT, (line) => `${line}  * ${change.attempt}\n`)
  if (change.status !== undefined) {
    result = result.replace(/(## \[TEST-PYTORCH-001\][^]*?- Status: )in_progress/, `$1${change.status}`)
    result = result.replace(/(\| High \| )in_progress( \|)/, `$1${change.status}$2`)
  }
  assert.notEqual(result, text)
  return result
}

describe('planledger merge-driver', () => {
  let root: string
  let original: string
  beforeEach(() => {
    root = makeOwnScenario()
    original = readFileSync(join(root, FIX_PLAN), 'utf8')
    mkdirSync(join(root, 'm'))
  })
  afterEach(() => removeScenario(root))

  const write = (name: string, text: string) => writeFileSync(join(root, 'm', name), text)
  const read = (name: string) => readFileSync(join(root, 'm', name), 'utf8')
  const run = (...args: string[]) => runCli(['merge-driver', 'm/base', 'm/ours', 'm/theirs', ...args], {cwd: root})

  it('writes the merge into OURS and exits 0 when clean', async () => {
    write('base', original)
    write('ours', edited(original, {status: 'done'}))
    write('theirs', edited(original, {attempt: '[2026-11-20] Attempt #3 — theirs.'}))
    const result = await run('--path', FIX_PLAN)
    assert.equal(result.exitCode, 0, result.stderr)
    assert.equal(result.stdout, '')
    assert.equal(read('ours'), edited(original, {status: 'done', attempt: '[2026-11-20] Attempt #3 — theirs.'}))
  })

  it('exits 1 with markers of the given size around the one conflicting field, and says where on stderr', async () => {
    write('base', original)
    write('ours', edited(original, {status: 'done'}))
    write('theirs', edited(original, {status: 'blocked', attempt: '[2026-11-20] Attempt #3 — theirs.'}))
    const result = await run('--path', FIX_PLAN, '--marker-size', '10')
    assert.equal(result.exitCode, 1)
    const merged = read('ours')
    assert.ok(merged.includes('<<<<<<<<<< ours\n- Status: done\n==========\n- Status: blocked\n>>>>>>>>>> theirs\n'), merged)
    assert.ok(merged.includes('Attempt #3 — theirs.'))
    assert.match(result.stderr, /docs\/fix_plan\.md: conflict: item TEST-PYTORCH-001 › field status/)
    assert.match(result.stderr, /conflict\(s\) left with markers/)
  })

  it('--json prints a summary object and nothing on stderr', async () => {
    write('base', original)
    write('ours', edited(original, {attempt: '[2026-11-20] Attempt #3 — ours.'}))
    write('theirs', edited(original, {attempt: '[2026-11-20] Attempt #3 — theirs.'}))
    const result = await run('--path', FIX_PLAN, '--json')
    assert.equal(result.exitCode, 0)
    assert.equal(result.stderr, '')
    const json = JSON.parse(result.stdout)
    assert.deepEqual(Object.keys(json).sort(), ['conflicts', 'notes', 'path', 'role', 'written'])
    assert.equal(json.role, 'fix-plan')
    assert.equal(json.conflicts, 0)
    assert.equal(json.written, true)
    assert.match(json.notes[0], /renumbered: .*#3 was taken on both sides, now #4/)
  })

  it('refuses a missing input with exit 2, writing nothing', async () => {
    write('ours', original)
    write('theirs', original)
    const result = await run()
    assert.equal(result.exitCode, 2)
    assert.match(result.stderr, /m\/base/)
    assert.equal(read('ours'), original)
  })

  it('in a real git merge, resolves what plain git cannot, and check passes afterwards', async function () {
    this.timeout(60_000)
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']})
    git('add', '-A')
    git('commit', '-qm', 'base')
    git('checkout', '-qb', 'theirs')
    writeFileSync(join(root, FIX_PLAN), edited(original, {attempt: '[2026-11-20] Attempt #3 — theirs: rerun on GPU.'}))
    git('commit', '-qam', 'theirs')
    git('checkout', '-q', '-')
    writeFileSync(join(root, FIX_PLAN), edited(original, {status: 'done', attempt: '[2026-11-21] Attempt #3 — ours: closing.'}))
    git('commit', '-qam', 'ours')
    writeFileSync(join(root, '.gitattributes'), `${FIX_PLAN} merge=planledger\n`)
    git('config', 'merge.planledger.driver', `"${process.execPath}" "${BIN}" merge-driver %O %A %B --path %P --marker-size %L`)
    git('merge', '-q', '--no-edit', 'theirs')
    const merged = readFileSync(join(root, FIX_PLAN), 'utf8')
    assert.doesNotMatch(merged, /^<{7}/m)
    assert.ok(merged.indexOf('Attempt #3 — theirs: rerun on GPU.') < merged.indexOf('Attempt #4 — ours: closing.'), merged)
    assert.match(merged, /- Status: done/)
    const check = await runCli(['check'], {cwd: root})
    assert.equal(check.exitCode, 0, check.stdout + check.stderr)
  })
})
