import assert from 'node:assert/strict'
import {chmodSync, mkdirSync, readFileSync, truncateSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {makeScenario, removeScenario, runCli, snapshotFiles, type CliResult, type RunOptions} from './run-cli.js'
import {describeWithCorpus} from '../support/corpus.js'

const FIX_PLAN = 'docs/fix_plan.md'
const NOBODY = 65534

/**
 * Every refusal: exact stderr, exit code 2, nothing on stdout, and every file in the tree
 * byte-identical afterwards.
 */
describeWithCorpus('planledger on bad input', () => {
  let root: string
  beforeEach(() => {
    root = makeScenario()
  })
  afterEach(() => removeScenario(root))

  const write = (path: string, content: string | Uint8Array): void => writeFileSync(join(root, path), content)

  async function refuse(args: string[], stderr: string, options: Partial<RunOptions> = {}): Promise<CliResult> {
    const before = snapshotFiles(root)
    const result = await runCli(args, {cwd: root, ...options})
    assert.equal(result.stderr, stderr)
    assert.equal(result.exitCode, 2)
    assert.equal(result.stdout, '')
    assert.deepEqual(snapshotFiles(root), before)
    return result
  }

  it('a missing file (the configured fix plan does not exist)', async () => {
    write('.planledger.json', '{"fixPlan": "docs/missing.md"}\n')
    await refuse(['list'], 'planledger: cannot read docs/missing.md: no such file\nhint: check the path and the current folder\n')
  })

  it('a directory', async () => {
    write('.planledger.json', '{"fixPlan": "docs"}\n')
    await refuse(['list'], 'planledger: cannot read docs: it is a directory\nhint: pass the ledger file itself, e.g. PLAN.md\n')
  })

  it('an unreadable file', async function () {
    chmodSync(join(root, FIX_PLAN), 0o000)
    // Root reads any file, so as root the CLI runs as `nobody` (with a HOME it cannot write to).
    // Coverage output (NODE_V8_COVERAGE) is not writable for `nobody`, so that child runs without it.
    const asOther = process.getuid?.() === 0 ? {uid: NOBODY, gid: NOBODY, env: {HOME: '/nonexistent', NODE_V8_COVERAGE: undefined}} : {}
    await refuse(['list'], "planledger: cannot read docs/fix_plan.md: permission denied\nhint: check the file's permissions (ls -l)\n", asOther)
  })

  it('binary content', async () => {
    write(FIX_PLAN, Buffer.from('# Fix plan\n\nbinary\u0000data\n'))
    await refuse(
      ['list'],
      'planledger: docs/fix_plan.md looks binary: NUL byte on line 3\nhint: planledger reads UTF-8 text; a UTF-16 file must be re-saved as UTF-8\n',
    )
  })

  it('non-UTF-8 content', async () => {
    write(FIX_PLAN, Buffer.concat([Buffer.from('# Fix plan\ncaf'), Buffer.from([0xe9]), Buffer.from('\n')]))
    await refuse(['list'], 'planledger: docs/fix_plan.md is not valid UTF-8: first bad byte on line 2\nhint: re-save the file as UTF-8\n')
  })

  it('a 50 MB file, refused by size without reading it', async () => {
    truncateSync(join(root, FIX_PLAN), 50 * 1024 * 1024)
    const started = Date.now()
    await refuse(
      ['list'],
      'planledger: docs/fix_plan.md is too large: 52428800 bytes (the limit is 10485760 bytes, 10 MiB)\n' +
        'hint: check that this is the right file; a ledger that big should be split\n',
    )
    assert.ok(Date.now() - started < 10_000, 'the size check must not read the file')
  })

  it('an unknown ID, with did-you-mean', async () => {
    await refuse(['show', 'D1.X'], 'planledger: Unknown ID `D1.X`\nhint: did you mean D1.A, D1.B or D1.C?\n')
  })

  it('an ID found in two plan files', async () => {
    mkdirSync(join(root, 'plans/active/OTHER-001'))
    write(
      'plans/active/OTHER-001/implementation.md',
      '# Other\n\n### Phase A — Start\n\n| ID | Task | State | Guidance |\n| --- | --- | --- | --- |\n| A1 | Begin | [ ] | - |\n',
    )
    await refuse(
      ['show', 'A1'],
      'planledger: ID `A1` is ambiguous: found in plans/active/OTHER-001/implementation.md:7, ' +
        'plans/active/TEST-PYTORCH-001/implementation.md:23\nhint: narrow with --file\n',
    )
    const narrowed = await runCli(['show', 'A1', '--file', 'plans/active/OTHER-001/implementation.md', '--json'], {cwd: root})
    assert.equal(narrowed.exitCode, 0, narrowed.stderr)
    assert.equal(JSON.parse(narrowed.stdout).line, 7)
  })

  it('an unknown flag', async () => {
    await refuse(['show', 'D1.A', '--bogus'], 'planledger: Nonexistent flag: --bogus\nhint: see `planledger show --help`\n')
  })

  it('a missing argument', async () => {
    await refuse(['link'], 'planledger: Missing 1 required arg: TARGET\nhint: see `planledger link --help`\n')
  })

  it('a malformed .planledger.json', async () => {
    write('.planledger.json', '{\n  "fixPlan": "docs/fix_plan.md",\n}\n')
    await refuse(
      ['list'],
      'planledger: .planledger.json:3:1: invalid JSON: Expected double-quoted property name\n' +
        'hint: fix the JSON syntax (no comments or trailing commas)\n',
    )
  })

  it('an unknown key in .planledger.json', async () => {
    write('.planledger.json', '{"fixplan": "docs/fix_plan.md"}\n')
    await refuse(['list'], 'planledger: .planledger.json: unknown key `fixplan`\nhint: did you mean fixPlan?\n')
  })

  it('a file with git conflict markers', async () => {
    const text = readFileSync(join(root, FIX_PLAN), 'utf8').replace(
      '- Priority: High\n',
      '<<<<<<< HEAD\n- Priority: High\n=======\n- Priority: Low\n>>>>>>> feature\n',
    )
    write(FIX_PLAN, text)
    await refuse(['list'], 'planledger: docs/fix_plan.md:20: git conflict markers found; resolve the merge first\n')
  })
})
