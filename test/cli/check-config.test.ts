import assert from 'node:assert/strict'
import {chmodSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {makeScenario, removeScenario, runCli} from './run-cli.js'
import {describeWithCorpus} from '../support/corpus.js'

// check "could not run" (exit 2) when its configuration cannot be read: one line, no report.
describeWithCorpus('check with a configuration it cannot use', () => {
  let root: string
  beforeEach(() => {
    root = makeScenario()
  })
  afterEach(() => removeScenario(root))

  it('an unreadable .planledger.json: exit 2, one line and a hint, nothing on stdout', async () => {
    writeFileSync(join(root, '.planledger.json'), '{}\n')
    chmodSync(join(root, '.planledger.json'), 0o000)
    // Root reads anything: run as nobody, with a HOME it cannot write to and no coverage output.
    const asNobody = process.getuid?.() === 0 ? {uid: 65534, gid: 65534, env: {HOME: '/nonexistent', NODE_V8_COVERAGE: undefined}} : {}
    chmodSync(root, 0o755) // nobody must reach the file, so that the error is about the file itself
    const result = await runCli(['check'], {cwd: root, ...asNobody})
    assert.deepEqual([result.exitCode, result.stdout], [2, ''])
    assert.equal(result.stderr, "planledger: cannot read .planledger.json: permission denied\nhint: check the file's permissions (ls -l)\n")
  })

  it('malformed JSON: exit 2 with line and column, as a JSON error under --json', async () => {
    writeFileSync(join(root, '.planledger.json'), '{\n  "lineBudget": 10,\n}\n')
    const text = await runCli(['check'], {cwd: root})
    assert.equal(text.exitCode, 2)
    assert.match(text.stderr.split('\n')[0], /^planledger: \.planledger\.json:3:1: invalid JSON: /)
    const json = await runCli(['check', '--json'], {cwd: root})
    assert.equal(json.exitCode, 2)
    assert.equal(JSON.parse(json.stdout).error.exitCode, 2)
  })
})
