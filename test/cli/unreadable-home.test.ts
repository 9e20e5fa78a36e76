import assert from 'node:assert/strict'
import {chmodSync, mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

import {BIN, makeOwnScenario, removeScenario, spawnCli} from './run-cli.js'

// oclif used to look for user plugins under $HOME (~/.local/share/planledger/package.json) and
// printed a warning on every run when it could not read there. bin/run.js is what sets this up,
// so these tests run it whatever runner the other CLI tests use.
describe('with $HOME unreadable', () => {
  let root: string
  let home: string
  before(() => {
    root = makeOwnScenario()
    home = mkdtempSync(join(tmpdir(), 'planledger-home-'))
    chmodSync(home, 0o000)
  })
  after(() => {
    if (root) removeScenario(root)
    if (home) rmSync(home, {recursive: true, force: true})
  })

  // Root reads any folder, so as root the CLI runs as `nobody` (and writes no coverage data).
  const asNobody = () =>
    process.getuid?.() === 0 ? {cwd: root, uid: 65534, gid: 65534, env: {HOME: home, NODE_V8_COVERAGE: undefined}} : {cwd: root, env: {HOME: home}}

  it('list prints its table and nothing on stderr', async () => {
    const result = await spawnCli(['list'], asNobody(), BIN)
    assert.deepEqual([result.exitCode, result.stderr], [0, ''])
    assert.match(result.stdout, /^ID +STATUS/)
  })

  it('an error is only its own two lines', async () => {
    const result = await spawnCli(['show', 'D1.X'], asNobody(), BIN)
    assert.deepEqual([result.exitCode, result.stderr], [2, 'planledger: Unknown ID `D1.X`\nhint: did you mean D1.A, D1.B or D1.C?\n'])
  })

  it('an unknown command is only its own two lines', async () => {
    const result = await spawnCli(['chek'], asNobody(), BIN)
    assert.deepEqual([result.exitCode, result.stderr], [2, 'planledger: unknown command `chek`\nhint: did you mean check?\n'])
  })
})
