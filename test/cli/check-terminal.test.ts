import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {CLI_ENTRY, makeOwnScenario, removeScenario, runCli} from './run-cli.js'

// The command wiring of color, not only the renderer: `check` on a real pseudo-terminal (util-linux
// `script`) colors its report; NO_COLOR, and a pipe, do not.
const ESCAPE = '\u001b['

describe('planledger check on a terminal', () => {
  let root: string
  beforeEach(() => {
    root = makeOwnScenario()
    // A done row that cites no evidence: a warning, so there is a report to color.
    const plan = join(root, 'plans/active/TEST-PYTORCH-001/implementation.md')
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('| D2 | Document the test | [ ] |', '| D2 | Document the test | [x] |'))
  })
  afterEach(() => removeScenario(root))

  /** `check` under `script`: its output as the terminal got it (`\r\n` endings). */
  function onTerminal(env: NodeJS.ProcessEnv): string {
    const command = `'${process.execPath}' '${CLI_ENTRY}' check`
    const run = spawnSync('script', ['-q', '-e', '-c', command, '/dev/null'], {cwd: root, encoding: 'utf8', env: {...process.env, ...env}})
    assert.equal(run.error, undefined, 'util-linux `script` runs the command on a pseudo-terminal')
    assert.equal(run.status, 0, run.stdout)
    return run.stdout
  }

  it('colors the report on a terminal, and its text is the piped report', async () => {
    const colored = onTerminal({NO_COLOR: ''})
    assert.ok(colored.includes(ESCAPE), colored)
    const piped = await runCli(['check'], {cwd: root})
    assert.equal(colored.replace(/\u001b\[[0-9;]*m/g, '').replace(/\r\n/g, '\n'), piped.stdout + piped.stderr)
  })

  it('honours NO_COLOR on a terminal', () => {
    assert.ok(!onTerminal({NO_COLOR: '1'}).includes(ESCAPE))
  })
})
