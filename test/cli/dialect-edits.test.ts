import assert from 'node:assert/strict'
import {copyFileSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {makeOwnScenario, removeScenario, runCli} from './run-cli.js'

const FIXTURES = fileURLToPath(new URL('../fixtures/dialects', import.meta.url))

/** set, attempt and next on fix plans without `[ID]` items, in a fresh copy of the own scenario (no corpus needed). */
describe('editing commands on the item dialects', () => {
  let root: string
  beforeEach(() => {
    root = makeOwnScenario()
  })
  afterEach(() => removeScenario(root))

  function useFixPlan(name: string): {path: string; before: string} {
    const path = join(root, 'docs/fix_plan.md')
    copyFileSync(join(FIXTURES, name), path)
    return {path, before: readFileSync(path, 'utf8')}
  }

  it('set flips a checklist box in a CRLF file, and attempt adds a dated nested bullet', async () => {
    const {path, before} = useFixPlan('checklist-crlf.md')
    const set = await runCli(['set', 'T-2', 'Status=done', '--no-touch', '--yes', '--json'], {cwd: root})
    assert.equal(set.exitCode, 0, set.stderr)
    assert.deepEqual(JSON.parse(set.stdout).changes, [{key: 'Status', line: 6, from: '[ ]', to: '[x]', index: null, target: 'box'}])
    const attempt = await runCli(['attempt', 'T-2', '--body', 'schema checked', '--date', '2026-12-03', '--yes'], {cwd: root})
    assert.equal(attempt.exitCode, 0, attempt.stderr)
    const expected = before.replace('- [ ] **T-2**', '- [x] **T-2**').replace('  - note: needs the spec\r\n', '  - note: needs the spec\r\n  - 2026-12-03: schema checked\r\n')
    assert.equal(readFileSync(path, 'utf8'), expected)
  })

  it('set Status=done moves a queue entry to the Completed log, dated by --date, spaced like the queue, and says so in JSON', async () => {
    const path = join(root, 'docs/fix_plan.md')
    writeFileSync(path, ['# Plan', '', '## Queue', '', '1. Ship search', '   - Verify: `make`', '', '2. Ship login', '', '## Completed', '', '- 2026-01-02: Old thing', ''].join('\n'))
    const set = await runCli(['set', 'Ship search', 'Status=done', '--date', '2026-12-03', '--yes', '--json'], {cwd: root})
    assert.equal(set.exitCode, 0, set.stderr)
    assert.deepEqual(JSON.parse(set.stdout).changes, [{key: 'Status', line: 11, from: 'open', to: 'done', index: null, target: 'log'}])
    assert.equal(readFileSync(path, 'utf8'), ['# Plan', '', '## Queue', '', '2. Ship login', '', '## Completed', '', '- 2026-01-02: Old thing', '', '- 2026-12-03: Ship search', '  - Verify: `make`', ''].join('\n'))
  })

  it('refuses a state the checklist has no marker for, leaving the file alone', async () => {
    const {path, before} = useFixPlan('checklist-crlf.md')
    const result = await runCli(['set', 'T-2', 'Status=blocked', '--yes'], {cwd: root})
    assert.equal(result.exitCode, 2)
    assert.match(result.stderr, /No checkbox marker for `blocked` in docs\/fix_plan\.md: it uses \[x\] \[ \]\nhint: /)
    assert.equal(readFileSync(path, 'utf8'), before)
  })

  it('set marks a heading item done with the file own marker and keeps the summary table in step', async () => {
    const {path, before} = useFixPlan('id-headings.md')
    const result = await runCli(['set', 'W2', 'Status=done', '--no-touch', '--yes'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    assert.equal(readFileSync(path, 'utf8'), before.replace('### W2: Slow load', '### W2: Slow load ✅ FIXED').replace('| W2 | Slow load | OPEN |', '| W2 | Slow load | FIXED |'))
  })

  it('next answers with the next open item when there is no working plan', async () => {
    useFixPlan('checklist-crlf.md')
    const result = await runCli(['next', '--json'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    const answer = JSON.parse(result.stdout)
    assert.equal(answer.answer, 'fix-plan-item')
    assert.deepEqual(answer.fixPlanItem, {path: 'docs/fix_plan.md', id: 'T-2', title: 'Validate the schema', line: 6, state: 'open', status: ' '})
  })

  it('next says a finished checklist has no open items, with the count per state (exit 0)', async () => {
    const {path, before} = useFixPlan('checklist-crlf.md')
    writeFileSync(path, before.replace(/- \[ \]/g, '- [x]'))
    const text = await runCli(['next'], {cwd: root})
    assert.equal(text.exitCode, 0, text.stderr)
    assert.match(text.stdout, /^no open items in the fix plan \(\d+ done\)\n$/)
    const answer = JSON.parse((await runCli(['next', '--json'], {cwd: root})).stdout)
    assert.deepEqual([answer.answer, answer.item, answer.fixPlanItem, Object.keys(answer.itemStates)], ['fix-plan-item', null, null, ['done']])
  })
})
