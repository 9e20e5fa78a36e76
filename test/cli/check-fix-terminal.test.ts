import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {CLI_ENTRY, makeOwnScenario, removeScenario} from './run-cli.js'

// The prompt needs a real terminal (util-linux `script`): off one, `check --fix` refuses instead (check-fix.test.ts).
const FIX_PLAN = 'docs/fix_plan.md'
const ROW = '| [DATA-LOADER-002](#data-loader-002-stream-batches-from-disk) | Stream batches from disk | Medium |'

describe('planledger check --fix on a terminal', () => {
  let root: string
  let broken: string
  beforeEach(() => {
    root = makeOwnScenario()
    broken = readFileSync(join(root, FIX_PLAN), 'utf8').replace(`${ROW} pending |`, `${ROW} done |`)
    writeFileSync(join(root, FIX_PLAN), broken)
  })
  afterEach(() => removeScenario(root))

  /** `check --fix` under `script`, answering the prompt with `answer`: exit status and what the terminal showed. */
  function onTerminal(answer: string): {status: number | null; output: string} {
    const command = `'${process.execPath}' '${CLI_ENTRY}' check --fix`
    const run = spawnSync('script', ['-q', '-e', '-c', command, '/dev/null'], {cwd: root, encoding: 'utf8', input: `${answer}\n`, env: {...process.env, NO_COLOR: '1'}})
    assert.equal(run.error, undefined, 'util-linux `script` runs the command on a pseudo-terminal')
    return {status: run.status, output: run.stdout.replace(/\r\n/g, '\n')}
  }

  it('asks before writing; no leaves the file as it was and the problem reported (exit 1)', () => {
    const {status, output} = onTerminal('n')
    assert.match(output, /Apply\?/)
    assert.match(output, /Not applied\./)
    assert.match(output, /error {2}Index status `done` of DATA-LOADER-002/)
    assert.equal(status, 1)
    assert.equal(readFileSync(join(root, FIX_PLAN), 'utf8'), broken)
  })

  it('yes writes the repair, and nothing remains (exit 0)', () => {
    const {status, output} = onTerminal('y')
    assert.match(output, /Wrote docs\/fix_plan\.md\./)
    assert.equal(status, 0, output)
    assert.equal(readFileSync(join(root, FIX_PLAN), 'utf8'), broken.replace(`${ROW} done |`, `${ROW} pending |`))
  })
})
