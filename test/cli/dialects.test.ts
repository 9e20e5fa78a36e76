import assert from 'node:assert/strict'
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {removeScenario, runCli} from './run-cli.js'

const CHECKLIST = [
  '# Fix Plan',
  '',
  '## Priority 1: Core',
  '- [ ] **T-300**: Fix linting issues',
  '  - [x] imports sorted',
  '- [x] Create the loop script',
  '',
].join('\n')

/** A folder (no corpus needed) holding `docs/fix_plan.md` and, optionally, `.planledger.json`. */
function project(fixPlan: string, config?: object): string {
  const root = mkdtempSync(join(tmpdir(), 'planledger-dialects-'))
  mkdirSync(join(root, 'docs'))
  writeFileSync(join(root, 'docs/fix_plan.md'), fixPlan)
  if (config) writeFileSync(join(root, '.planledger.json'), JSON.stringify(config))
  return root
}

describe('list and show on other item dialects', () => {
  const roots: string[] = []
  const make = (fixPlan: string, config?: object) => {
    const root = project(fixPlan, config)
    roots.push(root)
    return root
  }
  after(() => roots.forEach(removeScenario))

  it('list --json names the dialect and each item’s state and raw status; an item may have no ID', async () => {
    const result = await runCli(['list', '--json'], {cwd: make(CHECKLIST)})
    assert.equal(result.exitCode, 0, result.stderr)
    const list = JSON.parse(result.stdout)
    assert.equal(list.dialect, 'checklist')
    assert.equal(list.total, 2)
    assert.deepEqual(
      list.items.map((item: {id: string | null; line: number; state: string; status: string | null; title: string}) => [item.id, item.line, item.state, item.status, item.title]),
      [
        ['T-300', 4, 'open', ' ', 'Fix linting issues'],
        [null, 6, 'done', 'x', 'Create the loop script'],
      ],
    )
  })

  it('list shows the state as a column', async () => {
    const result = await runCli(['list'], {cwd: make(CHECKLIST)})
    assert.equal(result.exitCode, 0, result.stderr)
    const [header, first, second] = result.stdout.split('\n')
    assert.match(header, /^ID +STATE +STATUS/)
    assert.match(first, /^T-300 +open /)
    assert.match(second, /^- +done /)
  })

  it('list says plainly that a prose fix plan has no items', async () => {
    const result = await runCli(['list'], {cwd: make('# Plan\n\nFix the loader, then the cache.\n')})
    assert.equal(result.exitCode, 0, result.stderr)
    assert.equal(result.stdout, 'docs/fix_plan.md has no items (no headings, checklist or table the readers recognise)\n')
  })

  it('show finds an item by ID in any case, by title, and by @LINE', async () => {
    const root = make(CHECKLIST)
    for (const name of ['t-300', '**T-300**', 'fix linting issues', '@5']) {
      const result = await runCli(['show', name, '--json'], {cwd: root})
      assert.equal(result.exitCode, 0, `${name}: ${result.stderr}`)
      const shown = JSON.parse(result.stdout)
      assert.deepEqual([shown.id, shown.line, shown.state, shown.dialect], ['T-300', 4, 'open', 'checklist'], name)
    }
    const untitled = await runCli(['show', 'Create the loop script'], {cwd: root})
    assert.equal(untitled.exitCode, 0, untitled.stderr)
    assert.match(untitled.stdout, /^docs\/fix_plan\.md:6: Create the loop script\n {2}state: done \(x\)/)
  })

  it('show refuses an unknown item with a did-you-mean over IDs and titles', async () => {
    const result = await runCli(['show', 'Fix linting isues'], {cwd: make(CHECKLIST)})
    assert.equal(result.exitCode, 2)
    assert.match(result.stderr, /Unknown ID/)
    assert.match(result.stderr, /did you mean .*Fix linting issues/)
  })

  it('reads the dialect the config names, and refuses an unknown one with a did-you-mean', async () => {
    const forced = await runCli(['list', '--json'], {cwd: make(CHECKLIST, {dialect: 'none'})})
    assert.equal(forced.exitCode, 0, forced.stderr)
    assert.equal(JSON.parse(forced.stdout).dialect, 'none')
    const wrong = await runCli(['list'], {cwd: make(CHECKLIST, {dialect: 'checklists'})})
    assert.equal(wrong.exitCode, 2)
    assert.match(wrong.stderr, /unknown dialect `checklists`/)
    assert.match(wrong.stderr, /did you mean .*checklist/)
    const badPattern = await runCli(['list'], {cwd: make(CHECKLIST, {idPattern: '(T-'})})
    assert.equal(badPattern.exitCode, 2)
    assert.match(badPattern.stderr, /`idPattern` is not a valid regular expression/)
  })
})
