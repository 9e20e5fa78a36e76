import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import {cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

import {BIN, spawnCli} from './run-cli.js'

const PACKAGE = fileURLToPath(new URL('../..', import.meta.url))
const HINT = 'hint: this is a bug in planledger; please report it with the command you ran and the stack below\n'

// A crash forced from outside the program: a module Node preloads (NODE_OPTIONS=--import) breaks
// something the command relies on, so production code carries no test switch.
const THROW_WHILE_PRINTING_ERRORS = `
const write = process.stdout.write.bind(process.stdout)
process.stdout.write = (chunk, ...rest) => {
  if (String(chunk).includes('  error  ')) throw new TypeError('stdout broke')
  return write(chunk, ...rest)
}
`
const REJECT_UNHANDLED_WHILE_PRINTING = `
const write = process.stdout.write.bind(process.stdout)
process.stdout.write = (chunk, ...rest) => {
  if (String(chunk).includes('  error  ')) Promise.reject(new RangeError('nobody awaited this'))
  return write(chunk, ...rest)
}
`

describe('an internal error (a bug), for real', () => {
  let root: string
  let fixPlan: string
  let preloads: string
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'planledger-crash-'))
    preloads = mkdtempSync(join(tmpdir(), 'planledger-preload-'))
    mkdirSync(join(root, 'docs'))
    // A duplicate ID: check finds an error and sets exit code 1 before it prints the report.
    fixPlan = '# Fix Plan\n\n## [A-001] First\n- Status: pending\n\n## [A-001] Again\n- Status: pending\n'
    writeFileSync(join(root, 'docs/fix_plan.md'), fixPlan)
    execFileSync('git', ['init', '-q'], {cwd: root})
    writeFileSync(join(preloads, 'throw.mjs'), THROW_WHILE_PRINTING_ERRORS)
    writeFileSync(join(preloads, 'reject.mjs'), REJECT_UNHANDLED_WHILE_PRINTING)
  })
  after(() => {
    rmSync(root, {recursive: true, force: true})
    rmSync(preloads, {recursive: true, force: true})
  })

  const withPreload = (name: string) => ({NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${join(preloads, name)}`.trim()})

  it('check, having found an error, crashes while printing: exit 3, not 1, and "internal error"', async () => {
    const plain = await spawnCli(['check'], {cwd: root})
    assert.equal(plain.exitCode, 1, 'without the crash, check reports the duplicate')
    const result = await spawnCli(['check'], {cwd: root, env: withPreload('throw.mjs')})
    assert.equal(result.exitCode, 3)
    assert.equal(result.stdout, '')
    const lines = result.stderr.split('\n')
    const head = lines.findIndex((line) => line.startsWith('planledger: internal error'))
    assert.equal(lines[head], 'planledger: internal error: TypeError: stdout broke')
    assert.equal(`${lines[head + 1]}\n`, HINT)
    assert.match(lines[head + 2], /^ {4}at /)
    assert.equal(readFileSync(join(root, 'docs/fix_plan.md'), 'utf8'), fixPlan)
  })

  it('under --json: the error object with "internal": true, exit 3', async () => {
    const throwOnJson = `${THROW_WHILE_PRINTING_ERRORS.replace("'  error  '", "'\"severity\": \"error\"'")}`
    writeFileSync(join(preloads, 'throw-json.mjs'), throwOnJson)
    const result = await spawnCli(['check', '--json'], {cwd: root, env: withPreload('throw-json.mjs')})
    assert.equal(result.exitCode, 3)
    // The check report was the write that failed, so the error object is all stdout holds.
    const {error} = JSON.parse(result.stdout)
    assert.deepEqual([error.internal, error.exitCode, error.message], [true, 3, 'internal error: TypeError: stdout broke'])
  })

  it('a promise rejected with no one to catch it: exit 3, not Node\u2019s exit 1', async () => {
    const result = await spawnCli(['check'], {cwd: root, env: withPreload('reject.mjs')}, BIN)
    assert.equal(result.exitCode, 3)
    assert.match(result.stderr, /^planledger: internal error: RangeError: nobody awaited this\n/m)
    assert.ok(result.stderr.includes(HINT))
  })

  it('a bundle that fails to load: bin/run.js reports it the same way, exit 3', async () => {
    const install = mkdtempSync(join(tmpdir(), 'planledger-broken-'))
    try {
      cpSync(join(PACKAGE, 'bin'), join(install, 'bin'), {recursive: true})
      cpSync(join(PACKAGE, 'package.json'), join(install, 'package.json'))
      mkdirSync(join(install, 'dist/cli'), {recursive: true})
      writeFileSync(join(install, 'dist/cli/planledger.cjs'), "throw new TypeError('broken bundle')\n")
      symlinkSync(join(PACKAGE, 'node_modules'), join(install, 'node_modules'))
      const result = await spawnCli(['check'], {cwd: root}, join(install, "bin/run.js"))
      assert.equal(result.exitCode, 3)
      assert.ok(result.stderr.startsWith(`planledger: internal error: TypeError: broken bundle\n${HINT}    at `), result.stderr)
      assert.equal(result.stdout, '')
    } finally {
      rmSync(install, {recursive: true, force: true})
    }
  })
})
