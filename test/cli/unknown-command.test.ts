import assert from 'node:assert/strict'
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {runCli} from './run-cli.js'

describe('an unknown command', () => {
  let cwd: string
  before(() => {
    cwd = mkdtempSync(join(tmpdir(), 'planledger-unknown-'))
  })
  after(() => rmSync(cwd, {recursive: true, force: true}))

  it('is one line with a did-you-mean and exit 2, like every usage error', async () => {
    const result = await runCli(['chek'], {cwd})
    assert.deepEqual([result.exitCode, result.stderr, result.stdout], [2, 'planledger: unknown command `chek`\nhint: did you mean check?\n', ''])
    const topic = await runCli(['finding', 'ad'], {cwd})
    assert.equal(topic.stderr, 'planledger: unknown command `finding ad`\nhint: did you mean finding add?\n')
  })

  it('lists the commands when nothing is close, and answers --json with the error object', async () => {
    const result = await runCli(['frobnicate', '--json'], {cwd})
    assert.equal(result.exitCode, 2)
    const {error} = JSON.parse(result.stdout)
    assert.equal(error.message, 'unknown command `frobnicate`')
    assert.match(error.hint, /^commands: archive, attempt, check, field, finding add, header, help, init, item add, link, list, merge-driver, next, plan add-row, plan close, plan new, set, show, status, tick, version$/)
  })
})
