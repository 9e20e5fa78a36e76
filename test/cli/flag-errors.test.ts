import assert from 'node:assert/strict'

import {makeOwnScenario, removeScenario, runCli, snapshotFiles} from './run-cli.js'

// oclif's own command-line errors, each in planledger's format: one `planledger:` line, a hint,
// exit 2, nothing on stdout, every file as it was.
describe('command-line errors oclif finds', () => {
  let root: string
  before(() => {
    root = makeOwnScenario()
  })
  after(() => removeScenario(root))

  async function refused(args: string[], message: string, hint: string): Promise<void> {
    const before = snapshotFiles(root)
    const result = await runCli(args, {cwd: root})
    assert.deepEqual(
      {exitCode: result.exitCode, stderr: result.stderr, stdout: result.stdout},
      {exitCode: 2, stderr: `planledger: ${message}\nhint: ${hint}\n`, stdout: ''},
    )
    assert.deepEqual(snapshotFiles(root), before)
  }

  it('an unknown flag', async () => {
    await refused(['tick', 'TEST-PYTORCH-001', 'D1.A', '--bogus', '--yes'], 'Nonexistent flag: --bogus', 'see `planledger tick --help`')
  })

  it('a value that is not an integer (--number abc; oclif printed three lines)', async () => {
    await refused(['attempt', 'TEST-PYTORCH-001', '--body', 'x', '--number', 'abc', '--yes'], '--number: Expected an integer but received: abc', 'see `planledger attempt --help`')
  })

  it('an integer below the minimum', async () => {
    await refused(
      ['attempt', 'TEST-PYTORCH-001', '--body', 'x', '--number', '-5', '--yes'],
      '--number: Expected an integer greater than or equal to 0 but received: -5',
      'see `planledger attempt --help`',
    )
  })

  it('a value not among the options', async () => {
    await refused(['attempt', 'TEST-PYTORCH-001', '--body', 'x', '--result', 'maybe', '--yes'], 'Expected --result=maybe to be one of: success, partial, failed', 'see `planledger attempt --help`')
  })

  it('a flag without its value', async () => {
    await refused(['list', '--status'], 'Flag --status expects a value', 'see `planledger list --help`')
  })

  it('a flag given twice', async () => {
    await refused(['set', 'DATA-LOADER-002', 'Status=done', '--date', '2026-01-01', '--date', '2026-01-02', '--yes'], 'Flag --date can only be specified once', 'see `planledger set --help`')
  })

  it('two flags that exclude each other', async () => {
    await refused(['attempt', 'TEST-PYTORCH-001', '--body', 'x', '--body-file', 'notes.md', '--yes'], '--body-file=notes.md cannot also be provided when using --body', 'see `planledger attempt --help`')
  })

  it('a missing argument', async () => {
    await refused(['link'], 'Missing 1 required arg: TARGET', 'see `planledger link --help`')
  })

  it('a missing argument after a repeatable flag, which took it as a value: the hint says so', async () => {
    await refused(
      ['tick', '--artifact', 'reports/a.md', 'TEST-PYTORCH-001', '--yes'],
      'Missing 1 required arg: PLAN',
      '--artifact can take several values, so give the arguments before it (or after --); see `planledger tick --help`',
    )
  })

  it('unexpected arguments', async () => {
    await refused(['show', 'D1.A', 'D1.B'], 'Unexpected argument: D1.B', 'see `planledger show --help`')
  })

  it('a subcommand names itself with a space in the hint', async () => {
    await refused(['finding', 'add', 'NEW-001', '--bogus'], 'Nonexistent flag: --bogus', 'see `planledger finding add --help`')
  })

  it('terminal controls in the offending value are shown escaped', async () => {
    await refused(['attempt', 'TEST-PYTORCH-001', '--number', '\x1b[2J\u202e', '--yes'], '--number: Expected an integer but received: \\x1B[2J\\u202E', 'see `planledger attempt --help`')
  })

  it('under --json: the error object on stdout, nothing on stderr', async () => {
    const before = snapshotFiles(root)
    const result = await runCli(['attempt', 'TEST-PYTORCH-001', '--body', 'x', '--number', 'abc', '--yes', '--json'], {cwd: root})
    assert.equal(result.exitCode, 2)
    assert.equal(result.stderr, '')
    assert.deepEqual(JSON.parse(result.stdout), {
      error: {message: '--number: Expected an integer but received: abc', hint: 'see `planledger attempt --help`', path: null, line: null, exitCode: 2, internal: false},
    })
    const missingValue = await runCli(['list', '--json', '--status'], {cwd: root})
    assert.equal(JSON.parse(missingValue.stdout).error.message, 'Flag --status expects a value')
    assert.deepEqual(snapshotFiles(root), before)
  })
})
