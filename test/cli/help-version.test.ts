import assert from 'node:assert/strict'
import {existsSync} from 'node:fs'
import {BIN, makeOwnScenario, removeScenario, runCli, spawnCli} from './run-cli.js'

const BUNDLE = BIN.replace(/bin\/run\.js$/, 'dist/cli/planledger.cjs')
const VERSION_LINE = /^planledger\/\d+\.\d+\.\d+ \S+ node-v\d+\.\d+\.\d+\n$/

describe('help and version, every way people ask', () => {
  let root: string
  before(() => {
    root = makeOwnScenario()
  })
  after(() => removeScenario(root))

  for (const args of [['help'], ['-h'], ['--help'], []]) {
    it(`\`planledger ${args.join(' ')}\` lists the commands, exit 0`, async () => {
      const result = await runCli(args, {cwd: root})
      assert.equal(result.exitCode, 0, result.stderr)
      assert.match(result.stdout, /^USAGE\n {2}\$ planledger \[COMMAND\]$/m)
      assert.match(result.stdout, /^ {2}tick +Set plan rows/m)
      assert.equal(result.stderr, '')
    })
  }

  for (const args of [['help', 'list'], ['list', '-h'], ['list', '--help']]) {
    it(`\`planledger ${args.join(' ')}\` shows that command's usage, exit 0`, async () => {
      const result = await runCli(args, {cwd: root})
      assert.equal(result.exitCode, 0, result.stderr)
      assert.match(result.stdout, /^USAGE\n {2}\$ planledger list /m)
    })
  }

  // oclif's help of a two-word command renames it in the loaded configuration (`finding:add` becomes
  // `finding add`), which a CLI process never notices but later in-process runs would: a process each.
  for (const args of [['help', 'finding', 'add'], ['finding', 'add', '-h']]) {
    it(`\`planledger ${args.join(' ')}\` shows the two-word command's usage, exit 0`, async function () {
      if (!existsSync(BUNDLE)) this.skip()
      const result = await spawnCli(args, {cwd: root}, BIN)
      assert.equal(result.exitCode, 0, result.stderr)
      assert.match(result.stdout, /^USAGE\n {2}\$ planledger finding add ID /m)
    })
  }

  for (const args of [['version'], ['-v'], ['--version']]) {
    it(`\`planledger ${args.join(' ')}\` prints the version line, exit 0`, async () => {
      const result = await runCli(args, {cwd: root})
      assert.equal(result.exitCode, 0, result.stderr)
      assert.match(result.stdout, VERSION_LINE)
    })
  }

  it('`help` of an unknown command is a usage error with a did-you-mean', async () => {
    const result = await runCli(['help', 'lst'], {cwd: root})
    assert.equal(result.exitCode, 2)
    assert.equal(result.stderr, 'planledger: unknown command `lst`\nhint: did you mean list?\n')
    assert.equal(result.stdout, '')
  })

  it('works the same through the built binary', async function () {
    if (!existsSync(BUNDLE)) this.skip()
    const help = await spawnCli(['help', 'tick'], {cwd: root}, BIN)
    assert.equal(help.exitCode, 0, help.stderr)
    assert.match(help.stdout, /^USAGE\n {2}\$ planledger tick /m)
    const version = await spawnCli(['-v'], {cwd: root}, BIN)
    assert.deepEqual([version.exitCode, VERSION_LINE.test(version.stdout)], [0, true])
  })
})
