import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import {appendFileSync, chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {makeScenario, removeScenario, runCli} from './run-cli.js'
import {describeWithCorpus} from '../support/corpus.js'
import {RULES} from '../../src/rules/index.js'

const SUB_PLAN = 'plans/active/TEST-PYTORCH-001/reports/2025-10-19T193425Z/phase_d_hardening/plan.md'
const MY_RULES = ['conflict-markers', 'duplicate-id', 'index-mismatch', 'unknown-state', 'history-rewritten', 'line-budget']
/** The seed's DATA-LOADER-002 item, appended again: a duplicated item. */
const DUPLICATE_ITEM = '\n## [DATA-LOADER-002] Legacy NPZ transpose guard, again\n- Priority: Medium\n- Status: pending\n'
const ATTEMPT_6 = '  * [2025-10-19] Attempt #6 — Phase C2 GREEN'

function git(root: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'core.autocrlf=false', ...args], {cwd: root, stdio: 'ignore'})
}

function commitAll(root: string): void {
  git(root, 'add', '-A')
  git(root, 'commit', '-q', '-m', 'seed')
}

function edit(root: string, path: string, change: (text: string) => string): void {
  const file = join(root, path)
  const before = readFileSync(file, 'utf8')
  const after = change(before)
  assert.notEqual(after, before, `the edit of ${path} changed nothing`)
  writeFileSync(file, after)
}

/** 1-based line of the first line containing `needle`. */
function lineOf(root: string, path: string, needle: string, from = 1): number {
  const index = readFileSync(join(root, path), 'utf8').split('\n').findIndex((line, at) => at + 1 >= from && line.includes(needle))
  assert.ok(index >= 0, `${needle} not in ${path}`)
  return index + 1
}

/** Output lines that name one of this file's rules. */
const myLines = (stdout: string) => stdout.split('\n').filter((line) => MY_RULES.some((rule) => line.endsWith(`  ${rule}`)))

describeWithCorpus('planledger check', () => {
  let root: string
  beforeEach(() => {
    root = makeScenario()
  })
  afterEach(() => removeScenario(root))

  it('passes the clean seed scenario: exit 0, nothing from the consistency rules', async () => {
    const result = await runCli(['check'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stdout + result.stderr)
    assert.deepEqual(myLines(result.stdout), [])
    assert.doesNotMatch(result.stdout, / {2}error {2}/)
    assert.equal(result.stderr, '')
  })

  it('fails on a duplicated item with the exact line, grouped output and a summary', async () => {
    appendFileSync(join(root, 'docs/fix_plan.md'), DUPLICATE_ITEM)
    const duplicate = lineOf(root, 'docs/fix_plan.md', 'transpose guard, again')
    const result = await runCli(['check'], {cwd: root})
    assert.equal(result.exitCode, 1, result.stderr)
    const lines = result.stdout.split('\n')
    assert.ok(lines.includes(`docs/fix_plan.md:${duplicate}:4  error  Duplicate fix-plan item [DATA-LOADER-002], first at line 44  duplicate-id`), result.stdout)
    assert.match(lines.at(-2) ?? '', /^1 error, \d+ warnings? in \d+ files?$/)
    assert.equal(lines.at(-3), '')
    // Grouped by file: once a file's lines end, its path does not come back.
    const paths = lines.filter((line) => line.includes(':') && !line.startsWith('    hint: ')).map((line) => line.slice(0, line.indexOf(':')))
    assert.deepEqual(paths, [...paths].sort())
  })

  it('prints GitHub workflow annotations', async () => {
    appendFileSync(join(root, 'docs/fix_plan.md'), DUPLICATE_ITEM)
    const duplicate = lineOf(root, 'docs/fix_plan.md', 'transpose guard, again')
    const result = await runCli(['check', '--format', 'github'], {cwd: root})
    assert.equal(result.exitCode, 1, result.stderr)
    const lines = result.stdout.trimEnd().split('\n')
    assert.ok(lines.includes(`::error file=docs/fix_plan.md,line=${duplicate},col=4,title=duplicate-id::Duplicate fix-plan item [DATA-LOADER-002], first at line 44%0Ahint: give one of them a new ID, or merge them`), result.stdout)
    for (const line of lines) assert.match(line, /^::(error|warning) file=[^,]+,line=\d+,col=\d+,title=[a-z-]+::/)
  })

  it('prints one JSON document with --json and with --format json, still exiting 1', async () => {
    appendFileSync(join(root, 'docs/fix_plan.md'), DUPLICATE_ITEM)
    const duplicate = lineOf(root, 'docs/fix_plan.md', 'transpose guard, again')
    const json = await runCli(['check', '--json'], {cwd: root})
    const format = await runCli(['check', '--format', 'json'], {cwd: root})
    assert.equal(json.exitCode, 1)
    assert.equal(format.exitCode, 1)
    const document = JSON.parse(json.stdout)
    assert.deepEqual(JSON.parse(format.stdout), document)
    assert.deepEqual(Object.keys(document), ['ok', 'mode', 'baseline', 'files', 'summary', 'problems', 'skipped', 'notes'])
    assert.equal(document.ok, false)
    assert.equal(document.mode, 'work-tree')
    assert.equal(document.baseline, null)
    assert.deepEqual(document.files, ['docs/fix_plan.md', 'docs/findings.md', 'plans/active/TEST-PYTORCH-001/implementation.md', SUB_PLAN])
    assert.equal(document.summary.errors, 1)
    assert.equal(document.summary.errors + document.summary.warnings, document.problems.length)
    assert.deepEqual(
      document.problems.find((problem: {rule: string}) => problem.rule === 'duplicate-id'),
      {
        path: 'docs/fix_plan.md',
        line: duplicate,
        column: 4,
        severity: 'error',
        rule: 'duplicate-id',
        message: 'Duplicate fix-plan item [DATA-LOADER-002], first at line 44',
        hint: 'give one of them a new ID, or merge them',
        preexisting: false,
      },
    )
    assert.deepEqual(document.skipped, [])
  })

  it('prints only error lines with --quiet', async () => {
    appendFileSync(join(root, 'docs/fix_plan.md'), DUPLICATE_ITEM)
    const result = await runCli(['check', '--quiet'], {cwd: root})
    assert.equal(result.exitCode, 1)
    const lines = result.stdout.trimEnd().split('\n')
    assert.equal(lines.length, 2)
    assert.match(lines[0], /^docs\/fix_plan\.md:\d+:4 {2}error {2}Duplicate fix-plan item \[DATA-LOADER-002\], first at line 44 {2}duplicate-id$/)
    assert.equal(lines[1], '    hint: give one of them a new ID, or merge them')
  })

  it('reports only problems in the given files, still reading the findings ledger and fix plan', async () => {
    appendFileSync(join(root, 'docs/fix_plan.md'), DUPLICATE_ITEM)
    edit(root, SUB_PLAN, (text) => text.replace('| D1.A | Aggregate runtime evidence | [ ] |', '| D1.A | Aggregate runtime evidence | [Q] |'))
    const result = await runCli(['check', SUB_PLAN, '--json'], {cwd: root})
    assert.equal(result.exitCode, 1)
    const document = JSON.parse(result.stdout)
    assert.deepEqual(document.files, [SUB_PLAN])
    assert.deepEqual(new Set(document.problems.map((problem: {path: string}) => problem.path)), new Set([SUB_PLAN]))
    assert.ok(document.problems.some((problem: {rule: string; line: number}) => problem.rule === 'unknown-state' && problem.line === 29))
  })

  it('reads a ledger with conflict markers (other commands refuse it) and reports each marker', async () => {
    appendFileSync(join(root, 'docs/findings.md'), '<<<<<<< HEAD\nours\n=======\ntheirs\n>>>>>>> branch\n')
    const first = lineOf(root, 'docs/findings.md', '<<<<<<< HEAD')
    const result = await runCli(['check', '--quiet'], {cwd: root})
    assert.equal(result.exitCode, 1, result.stderr)
    assert.deepEqual(myLines(result.stdout), [
      `docs/findings.md:${first}:1  error  Unexpected git conflict marker \`<<<<<<<\`, resolve the merge first  conflict-markers`,
      `docs/findings.md:${first + 2}:1  error  Unexpected git conflict marker \`=======\`, resolve the merge first  conflict-markers`,
      `docs/findings.md:${first + 4}:1  error  Unexpected git conflict marker \`>>>>>>>\`, resolve the merge first  conflict-markers`,
    ])
  })

  it('exits 2 with one line and a did-you-mean for an unknown rule in the config', async () => {
    writeFileSync(join(root, '.planledger.json'), '{"rules": {"no-such-rule": "off", "duplicate-ids": "warning"}}\n')
    const result = await runCli(['check'], {cwd: root})
    assert.equal(result.exitCode, 2)
    assert.equal(result.stdout, '')
    assert.equal(result.stderr, 'planledger: .planledger.json: unknown rule `no-such-rule` in `rules`\nhint: see `planledger check --list-rules`\n')
    writeFileSync(join(root, '.planledger.json'), '{"rules": {"duplicate-ids": "warning"}}\n')
    const typo = await runCli(['check'], {cwd: root})
    assert.equal(typo.exitCode, 2)
    assert.equal(typo.stderr, 'planledger: .planledger.json: unknown rule `duplicate-ids` in `rules`\nhint: did you mean duplicate-id?\n')
  })

  it('applies configured severities: a rule set to warning no longer fails the check', async () => {
    appendFileSync(join(root, 'docs/fix_plan.md'), DUPLICATE_ITEM)
    writeFileSync(join(root, '.planledger.json'), '{"rules": {"duplicate-id": "warning", "index-mismatch": "off"}}\n')
    const result = await runCli(['check'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stdout)
    assert.match(result.stdout, /:4 {2}warning {2}Duplicate fix-plan item \[DATA-LOADER-002\], first at line 44 {2}duplicate-id$/m)
  })

  it('exits 2 for a directory, a missing file or an unreadable file given as PATH', async () => {
    const folder = await runCli(['check', 'docs'], {cwd: root})
    assert.equal(folder.exitCode, 2)
    assert.equal(folder.stderr.split('\n')[0], 'planledger: cannot read docs: it is a directory')
    const missing = await runCli(['check', 'docs/nope.md'], {cwd: root})
    assert.equal(missing.exitCode, 2)
    assert.equal(missing.stderr.split('\n')[0], 'planledger: cannot read docs/nope.md: no such file')
    chmodSync(join(root, 'docs/fix_plan.md'), 0o000)
    // Root reads anything: run as nobody, with a HOME it cannot write to and no coverage output.
    const asNobody = process.getuid?.() === 0 ? {uid: 65534, gid: 65534, env: {HOME: '/nonexistent', NODE_V8_COVERAGE: undefined}} : {}
    const unreadable = await runCli(['check', 'docs/fix_plan.md'], {cwd: root, ...asNobody})
    assert.equal(unreadable.exitCode, 2, unreadable.stderr)
    assert.equal(unreadable.stderr.split('\n')[0], 'planledger: cannot read docs/fix_plan.md: permission denied')
  })

  it('says once that rules needing the findings ledger were skipped, and runs the others', async () => {
    rmSync(join(root, 'docs/findings.md'))
    appendFileSync(join(root, 'docs/fix_plan.md'), DUPLICATE_ITEM)
    const result = await runCli(['check'], {cwd: root})
    assert.equal(result.exitCode, 1)
    const notes = result.stderr.split('\n').filter((line) => line !== '')
    assert.equal(notes.length, 1, result.stderr)
    assert.match(notes[0], /^planledger: note: no findings ledger: docs\/findings\.md not found; skipped [a-z-]+(, [a-z-]+)*$/)
    assert.match(result.stdout, /duplicate-id$/m)
    const json = JSON.parse((await runCli(['check', '--json'], {cwd: root})).stdout)
    assert.ok(json.skipped.length >= 1)
    for (const skip of json.skipped) assert.equal(skip.reason, 'no findings ledger: docs/findings.md not found')
  })

  it('lists the rules', async () => {
    const result = await runCli(['check', '--list-rules'], {cwd: root})
    assert.equal(result.exitCode, 0)
    const ids = result.stdout.trimEnd().split('\n').map((line) => line.split(/\s+/)[0])
    // Every registered rule, in report order (the registry grows; a fixed count would only go stale).
    assert.deepEqual(ids, RULES.map((rule) => rule.id))
    for (const rule of MY_RULES) assert.ok(ids.includes(rule), rule)
    assert.match(result.stdout, /^duplicate-id +error +Two fix-plan items, two rows in one plan, or two findings share an ID$/m)
  })

  describe('--staged', () => {
    beforeEach(() => commitAll(root))

    it('reports an edited old attempt entry as history-rewritten', async () => {
      edit(root, 'docs/fix_plan.md', (text) => text.replace(`${ATTEMPT_6}:`, `${ATTEMPT_6} (rewritten):`))
      git(root, 'add', 'docs/fix_plan.md')
      const line = lineOf(root, 'docs/fix_plan.md', ATTEMPT_6)
      const result = await runCli(['check', '--staged'], {cwd: root})
      assert.equal(result.exitCode, 1)
      assert.deepEqual(myLines(result.stdout), [`docs/fix_plan.md:${line}:3  error  Attempt #6 of [TEST-PYTORCH-001] was edited; the Attempts History is append-only  history-rewritten`])
    })

    it('accepts a newly appended entry', async () => {
      const attempt7 = lineOf(root, 'docs/fix_plan.md', 'Attempt #7')
      edit(root, 'docs/fix_plan.md', (text) => {
        const lines = text.split('\n')
        lines.splice(attempt7 + 1, 0, '  * [2025-10-20] Attempt #8 — Phase D1 runtime profile drafted. Findings applied: POLICY-001.')
        return lines.join('\n')
      })
      git(root, 'add', 'docs/fix_plan.md')
      const result = await runCli(['check', '--staged'], {cwd: root})
      assert.equal(result.exitCode, 0, result.stdout)
      assert.deepEqual(myLines(result.stdout), [])
    })

    it('checks what is staged, not the work tree', async () => {
      edit(root, 'docs/fix_plan.md', (text) => text.replace(`${ATTEMPT_6}:`, `${ATTEMPT_6} (not staged):`))
      const staged = await runCli(['check', '--staged'], {cwd: root})
      assert.equal(staged.exitCode, 0, staged.stderr)
      assert.deepEqual(myLines(staged.stdout), [])
      const since = await runCli(['check', '--since', 'HEAD', '--quiet'], {cwd: root})
      assert.equal(since.exitCode, 1)
      assert.match(since.stdout, /Attempt #6 of \[TEST-PYTORCH-001\] was edited; the Attempts History is append-only {2}history-rewritten$/m)
    })

    it('shows a problem already at HEAD as a warning, and a new one as an error', async () => {
      const marked = (marker: string, row: string) => (text: string) => text.replace(new RegExp(`(\\| ${row.replace('.', '\\.')} \\| [^|]+\\| )\\[ \\]`), `$1[${marker}]`)
      edit(root, SUB_PLAN, marked('Q', 'D1.A'))
      commitAll(root)
      edit(root, SUB_PLAN, marked('Z', 'D1.B'))
      git(root, 'add', SUB_PLAN)
      const result = await runCli(['check', '--staged', '--json'], {cwd: root})
      assert.equal(result.exitCode, 1)
      const document = JSON.parse(result.stdout)
      assert.equal(document.mode, 'staged')
      assert.equal(document.baseline, 'HEAD')
      const states = document.problems.filter((problem: {rule: string}) => problem.rule === 'unknown-state')
      assert.deepEqual(
        states.map((problem: {line: number; severity: string; preexisting: boolean; message: string}) => [problem.line, problem.severity, problem.preexisting, problem.message.slice(0, 39)]),
        [
          [29, 'warning', true, 'Unexpected `[Q]` in State cell of D1.A,'],
          [30, 'error', false, 'Unexpected `[Z]` in State cell of D1.B,'],
        ],
      )
    })

    it('treats everything as new before the first commit', async () => {
      rmSync(join(root, '.git'), {recursive: true, force: true})
      git(root, 'init', '-q')
      appendFileSync(join(root, 'docs/fix_plan.md'), DUPLICATE_ITEM)
      git(root, 'add', '-A')
      const result = await runCli(['check', '--staged', '--quiet'], {cwd: root})
      assert.equal(result.exitCode, 1)
      assert.match(result.stdout, /error {2}Duplicate fix-plan item \[DATA-LOADER-002\], first at line 44 {2}duplicate-id$/m)
    })

    it('exits 2 outside a git repository', async () => {
      rmSync(join(root, '.git'), {recursive: true, force: true})
      mkdirSync(join(root, '.git'))
      const staged = await runCli(['check', '--staged'], {cwd: root})
      assert.equal(staged.exitCode, 2)
      assert.match(staged.stderr, /^planledger: .* is not inside a git repository\n/)
    })

    it('exits 2 for --staged with --since', async () => {
      const result = await runCli(['check', '--staged', '--since', 'HEAD'], {cwd: root})
      assert.equal(result.exitCode, 2)
      assert.equal(result.stderr.split('\n')[0], 'planledger: --staged and --since cannot be used together')
    })

    it('exits 2 for an unknown revision', async () => {
      const result = await runCli(['check', '--since', 'no-such-rev'], {cwd: root})
      assert.equal(result.exitCode, 2)
      assert.equal(result.stderr.split('\n')[0], 'planledger: unknown revision `no-such-rev`')
    })
  })
})
