import assert from 'node:assert/strict'
import {makeOwnScenario, removeScenario, runCli} from './run-cli.js'

// The in-process runner borrows the test process's cwd, environment, streams and exit code: each
// run must give them back, and runs started together must not mix their output.
describe('runCli in this process', () => {
  let root: string
  before(() => {
    root = makeOwnScenario()
  })
  after(() => removeScenario(root))

  it('gives back the cwd, the environment, the streams and the exit code after a failing run', async () => {
    const before = {cwd: process.cwd(), noColor: process.env.NO_COLOR, write: process.stdout.write, exitCode: process.exitCode, stdin: process.stdin}
    const result = await runCli(['tick', 'TEST-PYTORCH-001', 'D1.Q', '--dry-run'], {cwd: root})
    assert.equal(result.exitCode, 2)
    assert.deepEqual({cwd: process.cwd(), noColor: process.env.NO_COLOR, write: process.stdout.write, exitCode: process.exitCode, stdin: process.stdin}, before)
  })

  it('rejects a missing folder and leaves the streams alone', async () => {
    const write = process.stdout.write
    await assert.rejects(runCli(['list'], {cwd: `${root}/no-such-folder`}), /ENOENT/)
    assert.equal(process.stdout.write, write)
  })

  it('runs calls made together one after the other, each with its own output', async () => {
    const [list, chek, show] = await Promise.all([
      runCli(['list', '--json'], {cwd: root}),
      runCli(['chek'], {cwd: root}),
      runCli(['show', 'D1.B'], {cwd: root}),
    ])
    assert.equal(JSON.parse(list.stdout).items.length, 3)
    assert.deepEqual([chek.stdout, chek.exitCode], ['', 2])
    assert.match(chek.stderr, /^planledger: unknown command `chek`\n/)
    assert.match(show.stdout, /^plans\/active\/TEST-PYTORCH-001\/reports\/2026-11-20\/phase_d\/plan\.md:13: D1\.B /)
  })
})
