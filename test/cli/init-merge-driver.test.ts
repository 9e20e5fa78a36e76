import assert from 'node:assert/strict'
import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {delimiter, join} from 'node:path'
import {BIN, makeOwnScenario, removeScenario, runCli} from './run-cli.js'

/** Git without the machine's own configuration, and planledger not on PATH (the driver then names this checkout). */
const PATH = (process.env.PATH ?? '').split(delimiter).filter((folder) => folder !== '' && !existsSync(join(folder, 'planledger'))).join(delimiter)
const GIT_ENV = {GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_CEILING_DIRECTORIES: tmpdir(), PATH}
const ARGS = 'merge-driver %O %A %B --path %P --marker-size %L'
const COLLABORATORS = `  git config is not committed: collaborators run git config merge.planledger.driver "planledger ${ARGS}"`

const init = (args: string[], cwd: string) => runCli(['init', ...args], {cwd, env: GIT_ENV})
const git = (cwd: string, ...args: string[]) => spawnSync('git', args, {cwd, env: {...process.env, ...GIT_ENV}, encoding: 'utf8'})
const driverSetting = (root: string) => git(root, 'config', '--local', '--get', 'merge.planledger.driver')

describe('planledger init registers the merge driver', () => {
  let root: string
  beforeEach(() => {
    root = makeOwnScenario()
    writeFileSync(join(root, 'galph_memory.md'), '# Memory\n\n## 2026-11-20T10:00Z\nStarted.\n')
  })
  afterEach(() => removeScenario(root))

  it('writes .gitattributes lines git applies to the ledgers, sets the local driver, and a second run changes nothing', async () => {
    const first = await init(['--yes'], root)
    assert.equal(first.exitCode, 0, first.stderr)
    assert.equal(
      readFileSync(join(root, '.gitattributes'), 'utf8'),
      [
        '# Ledgers merged by planledger merge-driver (planledger init; git config merge.planledger.driver must be set)',
        'docs/fix_plan.md merge=planledger',
        'docs/findings.md merge=planledger',
        'plans/active/**/*.md merge=planledger',
        '/galph_memory.md merge=planledger',
        '',
      ].join('\n'),
    )
    // git itself reads the patterns as meant: the ledgers and the plan files, not other Markdown or logs.
    const attributes = git(root, 'check-attr', 'merge', '--', 'docs/fix_plan.md', 'docs/findings.md', 'galph_memory.md', 'plans/active/TEST-PYTORCH-001/reports/2026-11-20/phase_d/plan.md', 'docs/notes.md', 'plans/active/TEST-PYTORCH-001/reports/2026-11-19/timings.log', 'sub/galph_memory.md').stdout
    assert.equal(
      attributes,
      [
        'docs/fix_plan.md: merge: planledger',
        'docs/findings.md: merge: planledger',
        'galph_memory.md: merge: planledger',
        'plans/active/TEST-PYTORCH-001/reports/2026-11-20/phase_d/plan.md: merge: planledger',
        'docs/notes.md: merge: unspecified',
        'plans/active/TEST-PYTORCH-001/reports/2026-11-19/timings.log: merge: unspecified',
        'sub/galph_memory.md: merge: unspecified',
        '',
      ].join('\n'),
    )
    assert.equal(driverSetting(root).stdout, `'${process.execPath}' '${BIN}' ${ARGS}\n`)
    assert.equal(git(root, 'config', '--local', '--get', 'merge.planledger.name').stdout, 'planledger: merge the ledgers by item, row and entry\n')
    assert.match(first.stdout, /^\.gitattributes: created — merge=planledger for docs\/fix_plan\.md, docs\/findings\.md, plans\/active\/\*\*\/\*\.md, \/galph_memory\.md$/m)
    assert.match(first.stdout, /^\.git\/config: updated — sets merge\.planledger\.driver: /m)
    assert.ok(first.stdout.includes(`${COLLABORATORS}\n`), first.stdout)
    assert.match(first.stdout, /^\+\[merge "planledger"\]$/m, 'the git config change is previewed as a diff')

    const attributesBefore = readFileSync(join(root, '.gitattributes'))
    const configBefore = readFileSync(join(root, '.git/config'))
    const second = await init(['--yes'], root)
    assert.equal(second.exitCode, 0, second.stderr)
    assert.match(second.stdout, /^\.gitattributes: skipped — the ledgers already merge with planledger: /m)
    assert.match(second.stdout, /^\.git\/config: skipped — merge\.planledger\.driver is already set$/m)
    assert.match(second.stdout, /^Everything is already set up\.$/m)
    assert.deepEqual(readFileSync(join(root, '.gitattributes')), attributesBefore)
    assert.deepEqual(readFileSync(join(root, '.git/config')), configBefore)
  })

  it('keeps an existing .gitattributes byte for byte and appends in its line ending', async () => {
    const existing = '\uFEFF*.png  binary \r\n# docs\r\ndocs/fix_plan.md merge=planledger\r\n*.sh text eol=lf'
    writeFileSync(join(root, '.gitattributes'), existing)
    const result = await init(['--yes'], root)
    assert.equal(result.exitCode, 0, result.stderr)
    const after = readFileSync(join(root, '.gitattributes'), 'utf8')
    assert.equal(after, `${existing}\r\ndocs/findings.md merge=planledger\r\nplans/active/**/*.md merge=planledger\r\n/galph_memory.md merge=planledger\r\n`)
    assert.match(result.stdout, /^\.gitattributes: updated — merge=planledger for docs\/findings\.md, plans\/active\/\*\*\/\*\.md, \/galph_memory\.md$/m)
    assert.match(result.stdout, /^-\*\.sh text eol=lf$/m, 'the last line gains its line ending in the diff')
  })

  it('--no-merge-driver writes no .gitattributes and sets no git config', async () => {
    const result = await init(['--yes', '--no-merge-driver'], root)
    assert.equal(result.exitCode, 0, result.stderr)
    assert.equal(existsSync(join(root, '.gitattributes')), false)
    assert.equal(driverSetting(root).status, 1, 'merge.planledger.driver is not set')
    assert.doesNotMatch(result.stdout, /gitattributes|merge\.planledger|collaborators/)
    assert.ok(existsSync(join(root, '.planledger.json')), 'the other steps still run')
  })

  it('--dry-run previews the git config change and sets nothing', async () => {
    const config = readFileSync(join(root, '.git/config'))
    const result = await init(['--dry-run'], root)
    assert.equal(result.exitCode, 0, result.stderr)
    assert.match(result.stdout, /^\+\+\+ b\/\.git\/config$/m)
    assert.match(result.stdout, /^\+\tdriver = .* merge-driver %O %A %B --path %P --marker-size %L$/m)
    assert.match(result.stdout, /^\.gitattributes: would be created — /m)
    assert.match(result.stdout, /^\.git\/config: would be updated — /m)
    assert.deepEqual(readFileSync(join(root, '.git/config')), config)
    assert.equal(existsSync(join(root, '.gitattributes')), false)
  })

  it("leaves a driver someone configured alone, and --json names the collaborators' command", async () => {
    execFileSync('git', ['config', 'merge.planledger.driver', 'my-merger %O %A %B'], {cwd: root, env: {...process.env, ...GIT_ENV}})
    const result = await init(['--yes', '--json'], root)
    assert.equal(result.exitCode, 0, result.stderr)
    const step = JSON.parse(result.stdout).steps.find((s: {name: string}) => s.name === 'merge-driver')
    assert.deepEqual(step, {
      name: 'merge-driver',
      path: '.git/config',
      status: 'skipped',
      reason: 'merge.planledger.driver is already set (to my-merger %O %A %B); left as it is',
      lineToAdd: null,
      command: `git config merge.planledger.driver "planledger ${ARGS}"`,
    })
    assert.equal(driverSetting(root).stdout, 'my-merger %O %A %B\n')
  })

  it('registers the ledgers an existing .planledger.json names', async () => {
    writeFileSync(join(root, '.planledger.json'), '{"fixPlan": "docs/fix_plan.md", "plans": ["plans/**/plan.md"], "journals": ["logs/journal.md"]}\n')
    const result = await init(['--yes'], root)
    assert.equal(result.exitCode, 0, result.stderr)
    const lines = readFileSync(join(root, '.gitattributes'), 'utf8').split('\n').slice(1, -1)
    assert.deepEqual(lines, ['docs/fix_plan.md merge=planledger', 'docs/findings.md merge=planledger', 'plans/**/plan.md merge=planledger', 'logs/journal.md merge=planledger'])
  })
})
