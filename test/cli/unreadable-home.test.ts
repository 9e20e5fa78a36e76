import assert from 'node:assert/strict'
import {chmodSync, cpSync, mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'

import {BIN, makeOwnScenario, removeScenario, spawnCli} from './run-cli.js'

// oclif used to look for user plugins under $HOME (~/.local/share/planledger/package.json) and
// printed a warning on every run when it could not read there. bin/run.js is what sets this up,
// so these tests run it whatever runner the other CLI tests use.
describe('with $HOME unreadable', () => {
  let root: string
  let home: string
  let bin: string
  before(() => {
    root = makeOwnScenario()
    home = mkdtempSync(join(tmpdir(), 'planledger-home-'))
    chmodSync(home, 0o000)
    bin = installedCopy()
  })
  after(() => {
    if (root) removeScenario(root)
    if (home) rmSync(home, {recursive: true, force: true})
    if (bin) rmSync(dirname(dirname(bin)), {recursive: true, force: true})
  })

  // Root reads any folder, so as root the CLI runs as `nobody` (and writes no coverage data).
  const asNobody = () =>
    process.getuid?.() === 0 ? {cwd: root, uid: 65534, gid: 65534, env: {HOME: home, NODE_V8_COVERAGE: undefined}} : {cwd: root, env: {HOME: home}}

  it('list prints its table and nothing on stderr', async () => {
    const result = await spawnCli(['list'], asNobody(), bin)
    assert.deepEqual([result.exitCode, result.stderr], [0, ''])
    assert.match(result.stdout, /^ID +STATUS/)
  })

  it('an error is only its own two lines', async () => {
    const result = await spawnCli(['show', 'D1.X'], asNobody(), bin)
    assert.deepEqual([result.exitCode, result.stderr], [2, 'planledger: Unknown ID `D1.X`\nhint: did you mean D1.A, D1.B or D1.C?\n'])
  })

  it('an unknown command is only its own two lines', async () => {
    const result = await spawnCli(['chek'], asNobody(), bin)
    assert.deepEqual([result.exitCode, result.stderr], [2, 'planledger: unknown command `chek`\nhint: did you mean check?\n'])
  })
})

/**
 * The installed package (bin/, the bundle, package.json) in a folder anyone may read: the checkout
 * itself may sit where `nobody` cannot (a clone under a 0700 mktemp folder).
 */
function installedCopy(): string {
  const packageRoot = dirname(dirname(BIN))
  const install = mkdtempSync(join(tmpdir(), 'planledger-installed-'))
  chmodSync(install, 0o755)
  for (const part of ['bin', 'dist/cli', 'package.json']) cpSync(join(packageRoot, part), join(install, part), {recursive: true})
  return join(install, 'bin/run.js')
}
