import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import {headingEndMarkers} from '../../src/edit/heading-markers.js'
import {createDocument} from '../../src/ledger/document.js'
import {readFixPlan} from '../../src/ledger/fix-plan/fix-plan.js'
import type {FixPlanItem, FixPlanLedger} from '../../src/ledger/model.js'
import {readPlan} from '../../src/ledger/plan/plan.js'
import {runCli} from '../cli/run-cli.js'
import {corpusPath, describeWithCorpus, markdownFilesUnder} from '../support/corpus.js'
import {copyWritable} from '../support/writable-copy.js'

const DATE = '2026-12-03'

/** Every wild fix plan: `fix_plan.md` / `@fix_plan.md` wherever it sits (vikunja keeps its own in `.agent/`), histories and merges aside. */
function wildFixPlans(): string[] {
  const root = corpusPath('wild')
  return markdownFilesUnder(root)
    .filter((path) => /(?:^|\/)@?fix_plan\.md$/.test(path) && !/\/(?:history|merge-[^/]+)\//.test(path))
    .map((path) => relative(root, path))
}

const read = (path: string, text: string): FixPlanLedger => readFixPlan(createDocument(path, text))

/** What changed between two texts: the 1-based lines of `before` replaced, and the lines put in their place. */
interface Change {
  removed: number[]
  added: string[]
  /** 1-based line in `after` of the first added line. */
  at: number
}

/** Changes line by line when the count is kept; else one inserted or replaced region (common head and tail). */
function changesOf(before: string, after: string): Change[] {
  const a = before.split(/\r?\n/)
  const b = after.split(/\r?\n/)
  if (a.length === b.length) {
    return a.flatMap((line, at) => (line === b[at] ? [] : [{removed: [at + 1], added: [b[at]], at: at + 1}]))
  }
  let head = 0
  while (head < a.length && a[head] === b[head]) head++
  let tail = 0
  while (tail < a.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++
  const removed = Array.from({length: a.length - tail - head}, (_, at) => head + at + 1)
  return [{removed, added: b.slice(head, b.length - tail), at: head + 1}]
}

describeWithCorpus('edits on every wild fix plan (in-process CLI on a copy)', function () {
  this.timeout(120_000)
  let root: string
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'planledger-wild-'))
  })
  afterEach(() => rmSync(root, {recursive: true, force: true}))

  /** A copy of the file's repository folder as a git repository; the file's path inside it. */
  function copyOf(file: string): {cwd: string; path: string; text: string} {
    const [repository] = file.split('/')
    copyWritable(corpusPath('wild', repository), root)
    execFileSync('git', ['init', '-q'], {cwd: root})
    const path = file.slice(repository.length + 1)
    return {cwd: root, path, text: readFileSync(join(root, path), 'utf8')}
  }

  const files = wildFixPlans()

  it('lists the wild fix plans', () => {
    assert.ok(files.length >= 20, files.join(', '))
    assert.ok(files.includes('go-vikunja+vikunja/.agent/fix_plan.md'))
  })

  for (const file of files) {
    const text = readFileSync(corpusPath('wild', file), 'utf8')
    const ledger = read(file, text)
    if (ledger.items.length === 0) continue
    const open = ledger.items.find((item) => item.state !== 'done')
    const target: FixPlanItem = open ?? ledger.items[0]

    describe(file, () => {
      it(`attempt @${target.line} appends one dated entry and changes no other line`, async () => {
        const copy = copyOf(file)
        const result = await runCli(['attempt', `@${target.line}`, '--file', copy.path, '--body', 'Tried the fix\nand measured it', '--date', DATE, '--yes'], {cwd: copy.cwd})
        assert.equal(result.exitCode, 0, result.stderr)
        const after = readFileSync(join(copy.cwd, copy.path), 'utf8')
        const [change, ...more] = changesOf(copy.text, after)
        assert.deepEqual(more, [])
        assert.deepEqual(change.removed, [], 'only lines added')
        const written = change.added.filter((line) => line.trim() !== '')
        assert.match(written.find((line) => line.includes(DATE)) ?? '', new RegExp(`^\\s*[-*+] .*${DATE}.*Tried the fix$`))
        assert.ok(written.every((line) => /Tried the fix|and measured it|^\s*- Attempts History:$|^## Attempts log$/.test(line)), written.join('\n'))
        const reread = read(file, after)
        assert.equal(reread.dialect, ledger.dialect)
        assert.equal(reread.items.length, ledger.items.length)
      })

      const flip = open ? 'done' : 'open'
      it(`set @${target.line} Status=${flip} writes the file's own marker on the item's lines only`, async () => {
        const copy = copyOf(file)
        const result = await runCli(['set', `@${target.line}`, `Status=${flip}`, '--file', copy.path, '--no-touch', '--yes'], {cwd: copy.cwd})
        assert.equal(result.exitCode, 0, result.stderr)
        const after = readFileSync(join(copy.cwd, copy.path), 'utf8')
        const reread = read(file, after)
        const moved = target.kind === 'queue-entry' && flip === 'done' ? reread.items.find((candidate) => candidate.kind === 'log-entry' && candidate.title === target.title) : undefined
        if (moved) {
          // A file with a log of finished work: the entry moved there, dated, with all its lines; nothing else changed.
          assert.equal(moved.state, 'done')
          assert.ok(!reread.items.some((candidate) => candidate.kind === 'queue-entry' && candidate.title === target.title))
          assert.equal(reread.items.length, ledger.items.length)
          const kept = (text: string) => text.split(/\r?\n/).filter((line) => line.trim() !== '').map((line) => line.trim().replace(/^(?:\d+[.)]|[-*+])\s+(?:\d{4}-\d{2}-\d{2}:\s+)?/, ''))
          assert.deepEqual(kept(after).sort(), kept(copy.text).sort())
          return
        }
        const item = reread.items.find((candidate) => candidate.line === target.line)!
        assert.equal(item.state, flip)
        const summary = ledger.index.find((entry) => entry.id === target.id && entry.line !== target.line)
        const allowed = new Set([target.line, ...(summary ? [summary.line] : [])])
        for (const change of changesOf(copy.text, after)) {
          if (change.removed.length === 0) {
            // A Status line added under an item that had none: after the item's first line, inside it.
            assert.ok(change.at > target.line && change.at <= target.endLine + 1, `inserted at ${change.at}`)
            assert.deepEqual(change.added.filter((line) => line.trim() !== '').map((line) => line.replace(/\*\*|__/g, '').trim()), [`- Status: ${flip}`])
            continue
          }
          assert.ok(change.removed.every((line) => allowed.has(line)), `line ${change.removed} changed`)
          const before = copy.text.split(/\r?\n/)[change.removed[0] - 1]
          const now = change.added[0]
          if (target.statusSource === 'box') assert.equal(now, before.replace(/\[[^\]]{1,2}\]/, now.match(/\[[^\]]{1,2}\]/)![0]))
          if (target.kind === 'heading' && change.removed[0] === target.line) {
            const markers = headingEndMarkers(createDocument(file, text))
            assert.ok(flip === 'open' || markers.some((marker) => now.endsWith(` ${marker}`)), now)
          }
        }
      })

      const plan = readPlan(createDocument(file, text))
      // Rows with a state marker: by ID where they have one (an open row ticked done, else a done row reopened), else by --match.
      const marked = plan.rows.filter((candidate) => candidate.state !== undefined && candidate.state.state !== 'unknown')
      const byId = marked.find((candidate) => candidate.id !== undefined && candidate.state!.state === 'open') ?? marked.find((candidate) => candidate.id !== undefined)
      const needle = (candidate: (typeof marked)[number]) => (candidate.text ?? '').slice(0, 40).toLowerCase()
      const byText = byId ? undefined : marked.find((candidate) => needle(candidate).length > 5 && marked.filter((other) => (other.text ?? '').toLowerCase().includes(needle(candidate))).length === 1)
      const row = byId ?? byText
      if (row) {
        const reopen = row.state!.state !== 'open'
        const args = [...(byId ? [row.id!] : ['--match', (row.text ?? '').slice(0, 40)]), ...(reopen ? ['--state', 'open'] : [])]
        it(`tick ${args.join(' ')} flips that row's marker and nothing else`, async () => {
          const copy = copyOf(file)
          const result = await runCli(['tick', copy.path, ...args, '--date', DATE, '--yes'], {cwd: copy.cwd})
          assert.equal(result.exitCode, 0, result.stderr)
          const after = readFileSync(join(copy.cwd, copy.path), 'utf8')
          const changes = changesOf(copy.text, after)
          assert.deepEqual(changes.map((change) => change.removed), [[row.line]])
          const before = copy.text.split(/\r?\n/)[row.line - 1]
          const marker = reopen ? /\[ \]/ : /\[[xXD✅]\]/
          assert.match(changes[0].added[0], marker)
          assert.equal(changes[0].added[0].replace(marker, `[${row.state!.marker}]`), before)
        })
      }
    })
  }
})
