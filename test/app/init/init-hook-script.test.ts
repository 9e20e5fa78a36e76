import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {hookLineToAdd, isPlanledgerHook, preCommitHookScript, runsPlanledgerCheck, shellQuote} from '../../../src/app/init/init-hook-script.js'

/** A stand-in planledger: records who ran it and with what, exits with $FAKE_EXIT. */
function fakePlanledger(path: string, name: string): void {
  writeFileSync(path, `#!/bin/sh\necho "${name} $*" >> "$FAKE_LOG"\nexit "\${FAKE_EXIT:-0}"\n`)
  chmodSync(path, 0o755)
}

describe('preCommitHookScript, run by sh', () => {
  let root: string
  let runnerScript: string
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "planledger hook's-"))
    runnerScript = join(root, "pl's bin", 'run.js')
    mkdirSync(join(root, "pl's bin"))
    writeFileSync(runnerScript, 'const {appendFileSync} = require("node:fs"); appendFileSync(process.env.FAKE_LOG, `runner ${process.argv.slice(2).join(" ")}\\n`); process.exit(Number(process.env.FAKE_EXIT ?? 0))\n')
    writeFileSync(join(root, 'pre-commit'), preCommitHookScript({node: process.execPath, script: runnerScript}))
  })
  afterEach(() => rmSync(root, {recursive: true, force: true}))

  /** Runs the hook from `root` (git runs hooks from the work-tree root) with only `path` as PATH. */
  const runHook = (path: string, exit = 0) => {
    const log = join(root, 'log')
    rmSync(log, {force: true})
    const run = spawnSync('/bin/sh', ['pre-commit'], {cwd: root, encoding: 'utf8', env: {PATH: path, FAKE_LOG: log, FAKE_EXIT: String(exit)}})
    return {status: run.status, stderr: run.stderr, log: readLog(log)}
  }

  it('falls back to the recorded node + run.js, passing check --staged and its exit status through', () => {
    assert.deepEqual(runHook('/nonexistent'), {status: 0, stderr: '', log: 'runner check --staged --quiet\n'})
    assert.deepEqual(runHook('/nonexistent', 1), {status: 1, stderr: '', log: 'runner check --staged --quiet\n'})
    assert.equal(runHook('/nonexistent', 2).status, 2)
  })

  it('prefers planledger on PATH to the recorded copy', () => {
    mkdirSync(join(root, 'bin'))
    fakePlanledger(join(root, 'bin/planledger'), 'path')
    assert.deepEqual(runHook(join(root, 'bin'), 1), {status: 1, stderr: '', log: 'path check --staged --quiet\n'})
  })

  it("prefers the project's node_modules/.bin/planledger to both", () => {
    mkdirSync(join(root, 'bin'))
    fakePlanledger(join(root, 'bin/planledger'), 'path')
    mkdirSync(join(root, 'node_modules/.bin'), {recursive: true})
    fakePlanledger(join(root, 'node_modules/.bin/planledger'), 'local')
    assert.deepEqual(runHook(join(root, 'bin')), {status: 0, stderr: '', log: 'local check --staged --quiet\n'})
  })

  it('blocks the commit with a message when no planledger is left', () => {
    rmSync(runnerScript)
    const run = runHook('/nonexistent')
    assert.equal(run.status, 1)
    assert.match(run.stderr, /^planledger pre-commit hook: cannot find planledger .*pl's bin\/run\.js is gone/)
    assert.equal(run.log, '')
  })
})

describe('hook recognition and the line to add', () => {
  const runner = {node: '/opt/node/bin/node', script: '/opt/planledger/bin/run.js'}

  it('knows its own hook by the marker line, not by mentioning planledger', () => {
    assert.equal(isPlanledgerHook(preCommitHookScript(runner)), true)
    assert.equal(isPlanledgerHook(preCommitHookScript(runner).replaceAll('\n', '\r\n')), true)
    assert.equal(isPlanledgerHook('#!/bin/sh\nplanledger check --staged --quiet\n'), false)
  })

  it("sees when someone else's hook already runs the check", () => {
    assert.equal(runsPlanledgerCheck('#!/bin/sh\nnpm test\nplanledger check --staged || exit $?\n'), true)
    assert.equal(runsPlanledgerCheck("#!/bin/sh\n'/n/node' '/p/bin/run.js' check --staged || exit $?\n"), true)
    assert.equal(runsPlanledgerCheck('#!/bin/sh\nnpx lint-staged\n'), false)
  })

  it('suggests the planledger a hook would find, keeping its exit status', () => {
    assert.equal(hookLineToAdd({localBin: true, onPath: true}, runner), 'node_modules/.bin/planledger check --staged --quiet || exit $?')
    assert.equal(hookLineToAdd({localBin: false, onPath: true}, runner), 'planledger check --staged --quiet || exit $?')
    assert.equal(hookLineToAdd({localBin: false, onPath: false}, runner), "'/opt/node/bin/node' '/opt/planledger/bin/run.js' check --staged --quiet || exit $?")
  })

  it('quotes for sh, single quotes included', () => {
    assert.equal(shellQuote("it's $HOME"), `'it'\\''s $HOME'`)
    const run = spawnSync('/bin/sh', ['-c', `printf %s ${shellQuote("it's $HOME `x`")}`], {encoding: 'utf8'})
    assert.equal(run.stdout, "it's $HOME `x`")
  })
})

function readLog(path: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return ''
  }
}
