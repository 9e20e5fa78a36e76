import {renderDiff} from '../../src/render/diff-preview.js'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {applyChanges, type ApplyPorts} from '../../src/app/apply-change.js'
import {planArchiveChanges, type ArchiveInput, type ArchiveOutcome} from '../../src/app/archive.js'
import {runCheck} from '../../src/app/check/check.js'
import {headingSlug} from '../../src/edit/heading-slug.js'
import {UserError} from '../../src/errors.js'
import {loadProjectConfig} from '../../src/io/find-config.js'
import {createDocument} from '../../src/ledger/document.js'
import {readFixPlan} from '../../src/ledger/fix-plan/fix-plan.js'
import {scanDocument} from '../../src/ledger/scan.js'
import {corpusPath, itWithCorpus} from '../support/corpus.js'

const DATE = '2026-11-29'
const PORTS: ApplyPorts = {interactive: false, color: false, renderDiff, showPreview: () => undefined, confirm: async () => false}
const DONE_STATUSES = new Set(['done', '**Done** — 2026-01-23', 'completed'])
const STATUSES = ['done', 'in_progress', '**Done** — 2026-01-23', 'pending', 'completed']

interface BuiltItem {
  id: string
  status: string
  date: string
}

/**
 * The corpus holds no fix plan with several done `[ID]` items, so one is built from real text: each
 * of the 50 `### <timestamp> — label` entries of the dose_experiments fix plan (code blocks, tables,
 * lines of thousands of characters, verbatim) becomes the body of an item, with a cycle of statuses,
 * an index table, a group heading, and blank lines or `---` rules between items.
 */
function corpusFixPlan(eol: string): {text: string; items: BuiltItem[]} {
  const dose = createDocument('dose.md', fs.readFileSync(corpusPath('ptychopinn/dose_experiments/docs/fix_plan.md'), 'utf8'))
  const headings = scanDocument(dose).headings
  const entries = headings.flatMap((heading, at) => {
    const match = /^(\d{4}-\d{2}-\d{2}T[\d:]+Z) — (.*)$/.exec(heading.text)
    if (heading.level !== 3 || !match) return []
    const next = headings.slice(at + 1).find((other) => other.level <= 3)
    const end = next ? next.line : dose.lines.length
    return [{timestamp: match[1], label: match[2], body: dose.lines.slice(heading.line, end).map((line) => line.text)}]
  })
  assert.equal(entries.length, 50)
  const items: BuiltItem[] = []
  const index = ['| ID | Title | Priority | Status |', '| --- | --- | --- | --- |']
  const body: string[] = ['## Active / Pending Initiatives', '']
  entries.forEach((entry, at) => {
    const id = `DOSE-${String(at + 1).padStart(3, '0')}`
    const status = STATUSES[at % STATUSES.length]
    items.push({id, status, date: entry.timestamp})
    index.push(`| [${id}](#${headingSlug(`[${id}] ${entry.label}`)}) | ${entry.label} | High | ${status} |`)
    if (at === 25) body.push('## Completed Initiatives', '')
    body.push(`## [${id}] ${entry.label}`, '- Priority: High', `- Status: ${status}`, '- Attempts History:', `  * [${entry.timestamp}] Attempt #${at + 1} — ${entry.label}.`, ...entry.body)
    body.push(...[['', '---', ''], [''], ['', '']][at % 3])
  })
  const lines = ['# Fix Plan Ledger', '', '**Last Updated:** 2026-01-23', '', '## Index', '', ...index, '', ...body]
  return {text: lines.join(eol) + eol, items}
}

/** A temporary repository holding `docs/fix_plan.md`; commands run in it, as the CLI would. */
function useRepository(): {readonly root: string; write(text: string): void; read(name: string): string} {
  const startDir = process.cwd()
  const state = {root: ''}
  beforeEach(() => {
    state.root = fs.mkdtempSync(path.join(os.tmpdir(), 'planledger-archive-'))
    fs.mkdirSync(path.join(state.root, '.git'))
    fs.mkdirSync(path.join(state.root, 'docs'))
    process.chdir(state.root)
  })
  afterEach(() => {
    process.chdir(startDir)
    fs.rmSync(state.root, {recursive: true, force: true})
  })
  return {
    get root() {
      return state.root
    },
    write: (text) => fs.writeFileSync(path.join(state.root, 'docs/fix_plan.md'), text),
    read: (name) => fs.readFileSync(path.join(state.root, 'docs', name), 'utf8'),
  }
}

async function runArchive(root: string, input: Partial<ArchiveInput> = {}): Promise<ArchiveOutcome> {
  const planned = await planArchiveChanges(await loadProjectConfig(root), {ids: [], date: DATE, ...input})
  await applyChanges(planned.changes, {yes: true, dryRun: false}, PORTS)
  return planned
}

/** Line count as the reader counts it (a final newline does not start another line). */
const lineCount = (text: string) => createDocument('x', text).lines.length

describe('archive on a fix plan built from the dose_experiments corpus', () => {
  const repo = useRepository()

  for (const eol of ['\n', '\r\n']) {
    itWithCorpus(`moves every done item verbatim and keeps every other byte (${JSON.stringify(eol)})`, async () => {
      const {text: before, items: built} = corpusFixPlan(eol)
      repo.write(before)
      const outcome = await runArchive(repo.root)
      const fixPlan = repo.read('fix_plan.md')
      const archive = repo.read('fix_plan_archive.md')
      const doneIds = built.filter((item) => DONE_STATUSES.has(item.status)).map((item) => item.id)
      assert.deepEqual(outcome.items.map((item) => item.id), doneIds)
      assert.equal(doneIds.length, 30)
      assert.equal(outcome.created, true)

      const original = createDocument('before', before)
      const archiveLines = archive.split(eol)
      let expected = before
      for (const item of [...outcome.items].reverse()) {
        const first = original.lines[item.line - 1]
        const last = original.lines[item.line - 1 + item.lines - 1]
        const moved = before.slice(first.start, last.end)
        // Verbatim, at the line the plan reports, and only layout (blank lines, `---`) left between it and the next heading.
        assert.equal(archiveLines.slice(item.archiveLine - 1, item.archiveLine - 1 + item.lines).join(eol), moved)
        assert.notEqual(last.text.trim(), '')
        const rest = original.lines.slice(item.line - 1 + item.lines)
        const nextHeading = rest.findIndex((line) => line.text.startsWith('## '))
        assert.ok(rest.slice(0, nextHeading === -1 ? rest.length : nextHeading).every((line) => line.text === '' || line.text === '---'), item.id)
        assert.equal(item.anchor, headingSlug(first.text.replace(/^## /, '')))
        const link = `fix_plan_archive.md#${item.anchor}`
        const stub = [first.text, `- Status: archived ${DATE} — see [${link}](${link})`, `- Summary: ${item.summary}`].join(eol)
        expected = expected.slice(0, first.start) + stub + expected.slice(last.end)
      }
      for (const id of doneIds) {
        const status = built.find((item) => item.id === id)!.status
        expected = expected.replace(new RegExp(`(\\[${id}\\]\\(#[^)]*\\) \\|[^|]*\\| High \\| )${status.replace(/\*/g, '\\*')}( \\|)`), `$1archived$2`)
      }
      assert.equal(fixPlan, expected)
      assert.deepEqual(outcome.index.map((update) => update.id), doneIds)

      // Lines are conserved but for the stubs (3 lines each) and what the archive adds: title, blank, heading, blank, one blank between items.
      const moved = outcome.items.reduce((sum, item) => sum + item.lines, 0)
      assert.equal(lineCount(fixPlan), lineCount(before) - moved + 3 * doneIds.length)
      assert.equal(lineCount(archive), 4 + moved + (doneIds.length - 1))
      assert.deepEqual(outcome.lines, {before: lineCount(before), after: lineCount(fixPlan)})

      const reread = readFixPlan(createDocument('after', fixPlan))
      assert.deepEqual(reread.items.map((item) => item.id), built.map((item) => item.id))
      for (const item of reread.items) {
        const status = item.fields.find((field) => field.key === 'Status')!.value
        assert.equal(status.startsWith(`archived ${DATE} — see `), doneIds.includes(item.id!), item.id!)
      }

      // The result passes `check`: index in step (archived = archived), no duplicate or broken structure.
      const checked = await runCheck(await loadProjectConfig(repo.root), {paths: [], staged: false, strict: false})
      assert.deepEqual(checked.files, ['docs/fix_plan.md'])
      assert.deepEqual(checked.problems.filter((problem) => problem.severity === 'error'), [])

      const again = await planArchiveChanges(await loadProjectConfig(repo.root), {ids: [], date: DATE})
      assert.deepEqual([again.changes, again.items], [[], []])
    })
  }

  itWithCorpus('--max-lines moves the oldest done items, no more than needed, and appends under today\u2019s heading next time', async () => {
    const {text: before, items: built} = corpusFixPlan('\n')
    repo.write(before)
    const target = lineCount(before) - 400
    const outcome = await runArchive(repo.root, {maxLines: target})
    assert.ok(outcome.lines.after <= target)
    const gain = (item: ArchiveOutcome['items'][number]) => item.lines - 3
    const dateOf = (id: string) => built.find((item) => item.id === id)!.date.replace(/\D/g, '')
    // The last one taken: the newest date, the later in file order on a tie.
    const newest = outcome.items.reduce((a, b) => (dateOf(a.id) > dateOf(b.id) ? a : b))
    assert.ok(outcome.lines.after + gain(newest) > target, `one item fewer would not have been enough: ${outcome.lines.after} + ${gain(newest)} vs ${target}`)
    const movedIds = new Set(outcome.items.map((item) => item.id))
    const leftDone = built.filter((item) => DONE_STATUSES.has(item.status) && !movedIds.has(item.id))
    assert.ok(leftDone.length > 0)
    for (const item of leftDone) assert.ok(dateOf(item.id) >= dateOf(newest.id), `${item.id} is older than ${newest.id}`)

    const archiveBefore = repo.read('fix_plan_archive.md')
    const second = await runArchive(repo.root)
    assert.equal(second.created, false)
    assert.equal(repo.read('fix_plan_archive.md').slice(0, archiveBefore.length), archiveBefore)
    assert.equal(repo.read('fix_plan_archive.md').match(/^## Archived /gm)!.length, 1)
  })
})

describe('archive on the real corpus fix plans (no `[ID]` items marked done)', () => {
  const repo = useRepository()
  for (const file of ['ptychopinn/dose_experiments/docs/fix_plan.md', 'ptychopinn/dose_experiments/fix_plan.md']) {
    itWithCorpus(`has nothing to change in ${file}`, async () => {
      const text = fs.readFileSync(corpusPath(file), 'utf8')
      repo.write(text)
      const outcome = await runArchive(repo.root)
      assert.deepEqual([outcome.changes, outcome.items, outcome.index], [[], [], []])
      assert.equal(repo.read('fix_plan.md'), text)
      assert.equal(fs.existsSync(path.join(repo.root, 'docs/fix_plan_archive.md')), false)
    })
  }
})

describe('archive: where the archive goes', () => {
  const repo = useRepository()
  const PLAN = '## [A-1] One\n- Status: done\n'

  it('follows the `archive` config key and links the stub relative to the fix plan\u2019s folder', async () => {
    repo.write(PLAN)
    fs.mkdirSync(path.join(repo.root, 'archive'))
    fs.writeFileSync(path.join(repo.root, '.planledger.json'), '{"archive": "archive/2026_fix_plan_archive.md"}')
    const outcome = await runArchive(repo.root)
    assert.equal(outcome.archive, 'archive/2026_fix_plan_archive.md')
    assert.equal(repo.read('fix_plan.md'), `## [A-1] One\n- Status: archived ${DATE} — see [../archive/2026_fix_plan_archive.md#a-1-one](../archive/2026_fix_plan_archive.md#a-1-one)\n`)
    assert.ok(fs.readFileSync(path.join(repo.root, 'archive/2026_fix_plan_archive.md'), 'utf8').endsWith('\n## [A-1] One\n- Status: done\n'))
  })

  const refusals: Array<[string, () => void, RegExp]> = [
    ['the archive path is a directory', () => fs.mkdirSync(path.join(repo.root, 'docs/fix_plan_archive.md')), /^The archive docs\/fix_plan_archive\.md is a directory, expected a Markdown file$/],
    ['the archive\u2019s folder does not exist', () => fs.writeFileSync(path.join(repo.root, '.planledger.json'), '{"archive": "old/archive.md"}'), /^cannot create the archive old\/archive\.md: its folder old\/ does not exist$/],
    ['the archive is the fix plan', () => fs.writeFileSync(path.join(repo.root, '.planledger.json'), '{"archive": "docs/fix_plan.md"}'), /^The archive docs\/fix_plan\.md is the fix plan itself$/],
  ]
  for (const [name, arrange, message] of refusals) {
    it(`refuses when ${name}`, async () => {
      repo.write(PLAN)
      arrange()
      await assert.rejects(planArchiveChanges(await loadProjectConfig(repo.root), {ids: [], date: DATE}), (error: unknown) => error instanceof UserError && message.test(error.message))
      assert.equal(repo.read('fix_plan.md'), PLAN)
    })
  }

  it('refuses a --date that is not YYYY-MM-DD and --max-lines below 1', async () => {
    repo.write(PLAN)
    const project = await loadProjectConfig(repo.root)
    await assert.rejects(planArchiveChanges(project, {ids: [], date: '29/11/2026'}), /^UserError: Unexpected --date `29\/11\/2026`, expected YYYY-MM-DD$/)
    await assert.rejects(planArchiveChanges(project, {ids: [], date: DATE, maxLines: 0}), /^UserError: Unexpected --max-lines 0, expected a positive number of lines$/)
  })
})
