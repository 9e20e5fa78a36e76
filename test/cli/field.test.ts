import assert from 'node:assert/strict'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {execFileSync} from 'node:child_process'
import {CLI_ENTRY, makeOwnScenario, removeScenario, runCli, snapshotFiles} from './run-cli.js'

const FIX_PLAN = 'docs/fix_plan.md'
const EXIT_CRITERIA = '- Exit Criteria:\n  - The test passes on a CPU-only runner in under a minute.\n'
const NEXT_ACTIONS = '- Next Actions:\n  1. ✅ COMPLETE (Attempt #1) — Write the failing test\n  2. Profile D1 on CPU\n  3. Align the ledger\n'

describe('planledger field', () => {
  let root: string
  let original: string
  beforeEach(() => {
    root = makeOwnScenario()
    // The own scenario with a numbered Next Actions block before TEST-PYTORCH-001's Exit Criteria.
    original = read(FIX_PLAN).replace(EXIT_CRITERIA, NEXT_ACTIONS + EXIT_CRITERIA)
    writeFileSync(join(root, FIX_PLAN), original)
  })
  afterEach(() => removeScenario(root))

  const read = (path: string) => readFileSync(join(root, path), 'utf8')
  const run = (...args: string[]) => runCli(args, {cwd: root})
  const field = (...args: string[]) => run('field', 'TEST-PYTORCH-001', 'Next Actions', ...args)
  const checkPasses = async () => {
    const check = await run('check')
    assert.equal(check.exitCode, 0, check.stdout + check.stderr)
  }

  it('--add continues the numbering: one line added, Last Updated moved, check passes', async () => {
    const result = await field('--add', 'Write the runtime table', '--yes', '--date', '2026-12-01')
    assert.equal(result.exitCode, 0, result.stderr)
    assert.match(result.stdout, /^ {3}3\. Align the ledger\n\+ {2}4\. Write the runtime table\n/m)
    assert.equal(read(FIX_PLAN), original.replace('**Last Updated:** 2026-11-20', '**Last Updated:** 2026-12-01').replace('  3. Align the ledger\n', '  3. Align the ledger\n  4. Write the runtime table\n'))
    await checkPasses()
  })

  it('--done N marks the entry in the block\u2019s own style with the item\u2019s last attempt number', async () => {
    const result = await field('--done', '2', '--yes', '--no-touch')
    assert.equal(result.exitCode, 0, result.stderr)
    assert.match(result.stdout, /^- {2}2\. Profile D1 on CPU\n\+ {2}2\. ✅ COMPLETE \(Attempt #2\) — Profile D1 on CPU$/m)
    assert.equal(read(FIX_PLAN), original.replace('  2. Profile D1 on CPU', '  2. ✅ COMPLETE (Attempt #2) — Profile D1 on CPU'))
    await checkPasses()
  })

  it('--done-match --json reports the entry and the block before and after', async () => {
    const result = await field('--done-match', 'ledger', '--attempt', '7', '--yes', '--no-touch', '--json')
    assert.equal(result.exitCode, 0, result.stderr)
    const json = JSON.parse(result.stdout)
    assert.deepEqual({...json, diff: undefined}, {
      outcome: 'written', path: FIX_PLAN, item: 'TEST-PYTORCH-001', key: 'Next Actions', line: 24, action: 'done',
      entry: {position: 3, line: 27}, lastUpdated: null, diff: undefined,
      from: '1. ✅ COMPLETE (Attempt #1) — Write the failing test\n2. Profile D1 on CPU\n3. Align the ledger',
      to: '1. ✅ COMPLETE (Attempt #1) — Write the failing test\n2. Profile D1 on CPU\n3. ✅ COMPLETE (Attempt #7) — Align the ledger',
    })
    assert.match(json.diff, /^\+ {2}3\. ✅ COMPLETE \(Attempt #7\) — Align the ledger$/m)
  })

  it('--set-file replaces the block, re-indented to its column; check passes', async () => {
    writeFileSync(join(root, 'next.md'), '- Profile D2\n    - on CPU\n- Close the item\n')
    const result = await run('field', 'TEST-PYTORCH-001', 'exit criteria', '--set-file', 'next.md', '--yes', '--no-touch')
    assert.equal(result.exitCode, 0, result.stderr)
    assert.equal(read(FIX_PLAN), original.replace(EXIT_CRITERIA, '- Exit Criteria:\n  - Profile D2\n      - on CPU\n  - Close the item\n'))
    await checkPasses()
  })

  it('--set-file - reads the text from stdin (a process of its own: stdin is under test)', () => {
    const args = [CLI_ENTRY, 'field', 'TEST-PYTORCH-001', 'Next Actions', '--set-file', '-', '--yes', '--no-touch']
    execFileSync(process.execPath, args, {cwd: root, input: '1. Profile D2\n2. Close the item\n', env: {...process.env, NO_COLOR: '1'}, stdio: ['pipe', 'pipe', 'pipe']})
    assert.equal(read(FIX_PLAN), original.replace(NEXT_ACTIONS, '- Next Actions:\n  1. Profile D2\n  2. Close the item\n'))
  })

  it('--dry-run shows the diff and writes nothing', async () => {
    const before = snapshotFiles(root)
    const result = await field('--set', 'one line', '--dry-run')
    assert.equal(result.exitCode, 0, result.stderr)
    assert.match(result.stdout, /^-  1\. ✅ COMPLETE \(Attempt #1\) — Write the failing test\n-  2\. Profile D1 on CPU\n-  3\. Align the ledger\n\+  one line\n/m)
    assert.deepEqual(snapshotFiles(root), before)
  })

  it('an entry already done is a no-op that says so', async () => {
    const before = snapshotFiles(root)
    const result = await field('--done', '1', '--yes')
    assert.equal(result.exitCode, 0, result.stderr)
    assert.equal(result.stderr, 'entry 1 of Next Actions (line 25) is already done; nothing to change\n')
    assert.deepEqual(snapshotFiles(root), before)
  })

  const refusals: Array<[string, string[], RegExp, RegExp]> = [
    ['an unknown key', ['field', 'TEST-PYTORCH-001', 'Next Actoins', '--add', 'x'], /has no field `Next Actoins`/, /did you mean Next Actions\?/],
    ['an unknown item', ['field', 'TEST-PYTORCH-01', 'Next Actions', '--add', 'x'], /Unknown fix-plan item/, /did you mean TEST-PYTORCH-001\?/],
    ['N out of range', ['field', 'TEST-PYTORCH-001', 'Next Actions', '--done', '4'], /entries 1 to 3; there is no entry 4/, /from 1 to 3/],
    ['an ambiguous match', ['field', 'TEST-PYTORCH-001', 'Next Actions', '--done-match', 'e'], /is in 3 entries/, /use --done 1/],
    ['no action', ['field', 'TEST-PYTORCH-001', 'Next Actions'], /No change given/, /--add TEXT/],
    ['two actions', ['field', 'TEST-PYTORCH-001', 'Next Actions', '--add', 'x', '--done', '1'], /cannot also be provided|cannot be used with/, /./],
    ['the Attempts History', ['field', 'TEST-PYTORCH-001', 'Attempts History', '--add', 'x'], /not edited with planledger field/, /planledger attempt/],
    ['set on a multi-line field', ['set', 'TEST-PYTORCH-001', 'Exit Criteria=done'], /`Exit Criteria` of TEST-PYTORCH-001 \(line 28\) has 1 line under it/, /planledger field TEST-PYTORCH-001 "Exit Criteria" --set/],
  ]
  for (const [what, args, message, hint] of refusals) {
    it(`refuses ${what} with one line, a hint and exit 2, writing nothing`, async () => {
      const before = snapshotFiles(root)
      const result = await run(...args, '--yes')
      assert.equal(result.exitCode, 2, result.stderr)
      const [first, second, ...rest] = result.stderr.split('\n')
      assert.match(first, message)
      assert.match(second, hint)
      assert.deepEqual(rest, [''])
      assert.deepEqual(snapshotFiles(root), before)
    })
  }

  it('a key two fields share is refused; @LINE names one of them', async () => {
    writeFileSync(join(root, FIX_PLAN), original.replace(EXIT_CRITERIA, EXIT_CRITERIA + '- Exit Criteria:\n  - a second list\n'))
    const refused = await run('field', 'TEST-PYTORCH-001', 'Exit Criteria', '--add', 'x', '--yes')
    assert.equal(refused.exitCode, 2)
    assert.match(refused.stderr, /has 2 fields `Exit Criteria` \(lines 28, 30\)\nhint: name one by its line instead of its key: @28 or @30\n$/)
    const result = await run('field', 'TEST-PYTORCH-001', '@30', '--add', 'x', '--yes', '--no-touch')
    assert.equal(result.exitCode, 0, result.stderr)
    assert.match(read(FIX_PLAN), /  - a second list\n  - x\n/)
  })

  it('keeps a BOM and CRLF line endings, changing only the lines it means to', async () => {
    const crlf = '\uFEFF' + original.replace(/\n/g, '\r\n')
    writeFileSync(join(root, FIX_PLAN), crlf)
    const result = await field('--add', 'Write the runtime table', '--yes', '--date', '2026-12-01')
    assert.equal(result.exitCode, 0, result.stderr)
    const expected = crlf.replace('**Last Updated:** 2026-11-20', '**Last Updated:** 2026-12-01').replace('  3. Align the ledger\r\n', '  3. Align the ledger\r\n  4. Write the runtime table\r\n')
    assert.equal(read(FIX_PLAN), expected)
    await checkPasses()
  })

  it('set still writes a one-line field', async () => {
    const result = await run('set', 'TEST-PYTORCH-001', 'Priority=Medium', '--yes', '--no-touch')
    assert.equal(result.exitCode, 0, result.stderr)
  })
})
