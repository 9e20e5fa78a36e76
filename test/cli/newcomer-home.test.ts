import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import {chmodSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {removeScenario, runCli} from './run-cli.js'
import {copyWritable} from '../support/writable-copy.js'

/** test/fixtures/newcomer: the home dialect as a newcomer writes it (odd statuses, plan-field aliases, an inserted field). */
const NEWCOMER = fileURLToPath(new URL('../fixtures/newcomer', import.meta.url))

function newcomerRepository(): string {
  const root = mkdtempSync(join(tmpdir(), 'planledger-newcomer-'))
  chmodSync(root, 0o755)
  copyWritable(NEWCOMER, root)
  execFileSync('git', ['init', '-q'], {cwd: root})
  return root
}

describe('home dialect, as a newcomer writes it', () => {
  let root: string
  beforeEach(() => {
    root = newcomerRepository()
  })
  afterEach(() => removeScenario(root))

  const json = async (args: string[]) => {
    const result = await runCli([...args, '--json'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    return JSON.parse(result.stdout)
  }
  const ids = (list: {items: Array<{id: string}>}) => list.items.map((item) => item.id)

  describe('list --status / --priority match the leading word', () => {
    it('takes `blocked (profiling halted)` as blocked', async () => {
      assert.deepEqual(ids(await json(['list', '--status', 'blocked'])), ['LOADER-002'])
    })
    it('takes complete and completed as done', async () => {
      assert.deepEqual(ids(await json(['list', '--status', 'done'])), ['CLEANUP-004'])
      assert.deepEqual(ids(await json(['list', '--status', 'Completed'])), ['CLEANUP-004'])
    })
    it('matches a priority by its first word, not a prefix of it', async () => {
      assert.deepEqual(ids(await json(['list', '--priority', 'medium'])), ['LOADER-002'])
      assert.deepEqual(ids(await json(['list', '--priority', 'med'])), [])
    })
  })

  describe('entries after a field inserted below `- Attempts History:`', () => {
    it('are still the item\'s attempts', async () => {
      const item = await json(['show', 'EXPORT-003'])
      assert.deepEqual(item.attempts.map((attempt: {number: number}) => attempt.number), [1, 2])
      assert.deepEqual(item.workingPlans, ['plans/active/EXPORT-003/empty.md', 'plans/active/EXPORT-003/implementation.md'])
      const listed = (await json(['list'])).items.find((entry: {id: string}) => entry.id === 'EXPORT-003')
      assert.equal(listed.attempts, 2)
    })
    it('make the next attempt #3, written after them', async () => {
      const result = await runCli(['attempt', 'EXPORT-003', '--body', 'Phase C traced.', '--date', '2026-11-21', '--yes'], {cwd: root})
      assert.equal(result.exitCode, 0, result.stderr)
      const lines = readFileSync(join(root, 'docs/fix_plan.md'), 'utf8').split('\n')
      const at = lines.indexOf('  * [2026-11-19] Attempt #2 — Phase B started.')
      assert.equal(lines[at + 1], '  * [2026-11-21] Attempt #3 — Phase C traced.')
    })
  })

  describe('next', () => {
    const PLAN = 'plans/active/EXPORT-003/implementation.md'
    it('passes over an in_progress item without a working plan, and says so', async () => {
      const result = await runCli(['next'], {cwd: root})
      assert.equal(result.exitCode, 0, result.stderr)
      assert.equal(
        result.stdout,
        `C2 [ ] open — Load the export in the serving image\n  ${PLAN}:14 (phase C, working plan of [EXPORT-003])\n` +
          'note: [PROFILE-001] is in_progress but has no working plan; passed over\n',
      )
      const next = await json(['next'])
      assert.deepEqual([next.plan, next.item, next.row.id], [PLAN, 'EXPORT-003', 'C2'])
      assert.deepEqual(next.skipped, [{item: 'PROFILE-001', label: '[PROFILE-001]', line: 5, reason: 'no working plan'}])
    })
    it('says "no rows" for a plan without rows, not "all rows done"', async () => {
      const result = await runCli(['next', '--plan', 'plans/active/EXPORT-003/empty.md'], {cwd: root})
      assert.equal(result.exitCode, 0, result.stderr)
      assert.equal(result.stdout, 'no rows in plans/active/EXPORT-003/empty.md\n')
      const next = await json(['next', '--plan', 'plans/active/EXPORT-003/empty.md'])
      assert.deepEqual([next.row, next.rowCount, next.skipped], [null, 0, []])
    })
    it('answers with the in_progress item itself when no in_progress item has a working plan', async () => {
      const path = join(root, 'docs/fix_plan.md')
      writeFileSync(path, readFileSync(path, 'utf8').replace('- Status: in_progress\n- Plan References', '- Status: pending\n- Plan References'))
      const result = await runCli(['next'], {cwd: root})
      assert.equal(result.exitCode, 0, result.stderr)
      assert.match(result.stdout, /^PROFILE-001 — .*\n {2}docs\/fix_plan\.md:\d+ \(next fix-plan item: no working plan\)\n$/)
      const next = await json(['next'])
      assert.deepEqual([next.answer, next.item, next.fixPlanItem.state, next.skipped], ['fix-plan-item', 'PROFILE-001', 'in_progress', []])
    })
  })

  describe('working-plan field aliases', () => {
    it('reads Plan Reference(s) as the working plan, keeping every plan named', async () => {
      const items = (await json(['list'])).items
      const plans = Object.fromEntries(items.map((item: {id: string; workingPlans: string[]}) => [item.id, item.workingPlans]))
      assert.deepEqual(plans, {
        'PROFILE-001': [], // `Plan: profile first, then decide` names no path
        'LOADER-002': ['plans/active/LOADER-002/implementation.md'],
        'EXPORT-003': ['plans/active/EXPORT-003/empty.md', 'plans/active/EXPORT-003/implementation.md'],
        'CLEANUP-004': ['plans/active/CLEANUP-004/implementation.md'],
      })
      assert.equal(items[2].workingPlan, 'plans/active/EXPORT-003/empty.md')
    })
    it('checks an aliased plan that does not exist (plan-reference)', async () => {
      const path = join(root, 'docs/fix_plan.md')
      writeFileSync(path, readFileSync(path, 'utf8').replace('`plans/active/EXPORT-003/empty.md`', '`plans/active/EXPORT-003/gone.md`'))
      const result = await runCli(['check', '--json'], {cwd: root})
      const problems = JSON.parse(result.stdout).problems.filter((problem: {rule: string}) => problem.rule === 'plan-reference')
      assert.deepEqual(problems.map((problem: {message: string}) => problem.message), ['Working Plan `plans/active/EXPORT-003/gone.md` of `[EXPORT-003]` does not exist'])
    })
    it('takes its aliases from .planledger.json fieldAliases', async () => {
      writeFileSync(join(root, '.planledger.json'), JSON.stringify({fieldAliases: {'Working Plan': ['Roadmap']}}))
      const path = join(root, 'docs/fix_plan.md')
      writeFileSync(path, readFileSync(path, 'utf8').replace('- Plan References:', '- Roadmap:'))
      const items = (await json(['list'])).items
      assert.deepEqual(items.map((item: {workingPlan: string | null}) => item.workingPlan), [
        null,
        null, // `Plan Reference` is no alias any more
        'plans/active/EXPORT-003/empty.md',
        'plans/active/CLEANUP-004/implementation.md',
      ])
    })
    it('refuses a fieldAliases entry for a field it does not know', async () => {
      writeFileSync(join(root, '.planledger.json'), JSON.stringify({fieldAliases: {'Working Plans': ['Roadmap']}}))
      const result = await runCli(['list'], {cwd: root})
      assert.equal(result.exitCode, 2)
      assert.match(result.stderr, /unknown field `Working Plans` in `fieldAliases`\nhint: did you mean Working Plan\?/)
    })
  })

  describe('show', () => {
    it('gives whole multi-line field bodies, in text and JSON', async () => {
      const item = await json(['show', 'EXPORT-003'])
      const body = (key: string) => item.fields.find((field: {key: string}) => field.key === key).body
      assert.equal(body('Next Actions'), '- Finish phase C (C1, C2).\n- Write the export report.')
      assert.equal(body('Exit Criteria'), 'The exported model loads in the serving image\nand matches the trained one on the toy set.')
      assert.equal(body('Priority'), 'High')
      const text = await runCli(['show', 'EXPORT-003'], {cwd: root})
      assert.match(text.stdout, /^ {2}Next Actions:\n {4}- Finish phase C \(C1, C2\)\.\n {4}- Write the export report\.\n {2}Exit Criteria:\n {4}The exported/m)
    })
    it('shows the file-level Attempts History when no ID is given', async () => {
      const history = await json(['show'])
      assert.equal(history.kind, 'fix-plan-history')
      assert.equal(history.line, 38)
      assert.deepEqual(history.attempts.map((attempt: {date: string; label: string}) => [attempt.date, attempt.label]), [['2026-11-20T10:00Z', 'ledger kickoff']])
      const text = await runCli(['show'], {cwd: root})
      assert.equal(text.stdout, 'docs/fix_plan.md:38: Attempts History\nattempts (1):\n  [2026-11-20T10:00Z] (ledger kickoff) (line 40)\n')
    })
    it('says so when the fix plan has no file-level history', async () => {
      const path = join(root, 'docs/fix_plan.md')
      const text = readFileSync(path, 'utf8')
      writeFileSync(path, text.slice(0, text.indexOf('## Attempts History')))
      const result = await runCli(['show'], {cwd: root})
      assert.deepEqual([result.exitCode, result.stdout], [0, 'no file-level Attempts History in docs/fix_plan.md\n'])
    })
    it('shows PLAN:ROW, the plan an initiative ID or a path', async () => {
      const ambiguous = await runCli(['show', 'A1'], {cwd: root})
      assert.equal(ambiguous.exitCode, 2)
      const byInitiative = await json(['show', 'LOADER-002:A1'])
      assert.deepEqual([byInitiative.path, byInitiative.line, byInitiative.text], ['plans/active/LOADER-002/implementation.md', 7, 'Read one shard lazily'])
      const byPath = await json(['show', 'plans/active/EXPORT-003/implementation.md:A1'])
      assert.deepEqual([byPath.kind, byPath.state, byPath.text], ['plan-row', 'done', 'Save a checkpoint'])
    })
    it('refuses a PLAN:ROW whose row is unknown or a range, with a hint', async () => {
      const unknown = await runCli(['show', 'LOADER-002:A3'], {cwd: root})
      assert.equal(unknown.exitCode, 2)
      assert.equal(unknown.stderr, 'planledger: Unknown row `A3`\nhint: did you mean A1 or A2?\n')
      const range = await runCli(['show', 'LOADER-002:A1-A2'], {cwd: root})
      assert.equal(range.exitCode, 2)
      assert.match(range.stderr, /names 2 rows \(A1, A2\); show one row at a time/)
    })
  })

  describe('list text fits the terminal', () => {
    const widest = (text: string) => Math.max(...text.trimEnd().split('\n').map((line) => [...line].length))
    it('fits COLUMNS, cutting long cells with … and showing the working plan', async () => {
      const result = await runCli(['list'], {cwd: root, env: {COLUMNS: '100'}})
      assert.equal(result.exitCode, 0, result.stderr)
      assert.ok(widest(result.stdout) <= 100, result.stdout)
      const lines = result.stdout.split('\n')
      assert.match(lines[0], /^ID +STATUS +PRIORITY +ATTEMPTS +LAST ATTEMPT +PLAN +TITLE$/)
      // The folders every plan shares (plans/active/) are left out; the JSON keeps whole paths.
      assert.match(lines[3], /^EXPORT-003 +in_progress +High +2 +2026-11-19 +EXPORT-003\/empty\.m… +Export the trained…$/)
    })
    it('takes 80 columns off a terminal without COLUMNS, leaving out the last-attempt date first', async () => {
      const result = await runCli(['list'], {cwd: root, env: {COLUMNS: undefined}})
      assert.ok(widest(result.stdout) <= 80, result.stdout)
      assert.match(result.stdout.split('\n')[0], /^ID +STATUS +PRIORITY +ATTEMPTS +PLAN +TITLE$/)
    })
    it('shows every cell whole when the terminal is wide enough', async () => {
      const result = await runCli(['list'], {cwd: root, env: {COLUMNS: '250'}})
      assert.doesNotMatch(result.stdout, /…/)
      assert.match(result.stdout, /blocked \(profiling halted\) +Medium \(after PROFILE-001\) +0 +- +LOADER-002\/implementation\.md +Stream batches from disk\n/)
    })
  })

  describe('other fix-plan homes', () => {
    const moveFixPlan = (to: string) => {
      mkdirSync(dirname(join(root, to)), {recursive: true})
      renameSync(join(root, 'docs/fix_plan.md'), join(root, to))
    }
    for (const home of ['@fix_plan.md', 'fix_plan.md', '.agent/fix_plan.md']) {
      it(`init finds ${home} and writes it into .planledger.json`, async () => {
        moveFixPlan(home)
        const env = {GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_CEILING_DIRECTORIES: tmpdir()}
        const result = await runCli(['init', '--yes'], {cwd: root, env})
        assert.equal(result.exitCode, 0, result.stderr)
        assert.equal(JSON.parse(readFileSync(join(root, '.planledger.json'), 'utf8')).fixPlan, home)
      })
    }
    it('is read without a .planledger.json from .agent/fix_plan.md', async () => {
      moveFixPlan('.agent/fix_plan.md')
      assert.equal((await json(['list'])).path, '.agent/fix_plan.md')
    })
    it('names every default place when there is none', async () => {
      rmSync(join(root, 'docs/fix_plan.md'))
      const result = await runCli(['list'], {cwd: root})
      assert.equal(result.exitCode, 2)
      assert.match(result.stderr, /no fix plan found: looked for docs\/fix_plan\.md, fix_plan\.md, @fix_plan\.md and \.agent\/fix_plan\.md\n/)
    })
  })
})
