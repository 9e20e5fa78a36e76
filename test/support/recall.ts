import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import {appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {runCli} from '../cli/run-cli.js'
import {corpusPath} from './corpus.js'

// Recall tests (test/corpus/recall-*.test.ts): a defect injected into a copy of a real ledger must be
// reported by its rule at the line it was put on, and the untouched copy must not be reported there.

export interface Problem {
  path: string
  line: number
  column: number
  severity: string
  rule: string
  message: string
}

/** A temporary git repository holding copies of corpus files: repository path → corpus path (under corpus/). */
export function repoFromCorpus(files: Record<string, string>, extra: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'planledger-recall-'))
  try {
    git(root, 'init', '-q')
    for (const [path, from] of Object.entries(files)) writeIn(root, path, readFileSync(corpusPath(from), 'utf8'))
    for (const [path, text] of Object.entries(extra)) writeIn(root, path, text)
  } catch (error) {
    // A corpus file that is not there: no temporary folder left behind.
    rmSync(root, {recursive: true, force: true})
    throw error
  }
  sources.set(root, files)
  return root
}

/** Per temporary repository: its files' corpus sources, and the problems of its first (untouched) check. */
const sources = new Map<string, Record<string, string>>()
const firstRun = new Map<string, Set<string>>()

/**
 * With RECALL_LOG=FILE, the problems a check finds that the repository's first check did not (the
 * injected defects) are appended to FILE as JSON lines, named by corpus file: docs/precision/ lists them.
 */
function logInjected(root: string, problems: Problem[]): void {
  const log = process.env.RECALL_LOG
  if (!log) return
  const key = (problem: Problem) => `${problem.rule}|${problem.path}|${problem.line}|${problem.message}`
  const first = firstRun.get(root)
  if (first === undefined) {
    firstRun.set(root, new Set(problems.map(key)))
    return
  }
  for (const problem of problems) {
    if (first.has(key(problem))) continue
    const from = sources.get(root)?.[problem.path] ?? problem.path
    appendFileSync(log, JSON.stringify({from, ...problem}) + '\n')
  }
}

export function writeIn(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), {recursive: true})
  writeFileSync(join(root, path), text)
}

export function readIn(root: string, path: string): string {
  return readFileSync(join(root, path), 'utf8')
}

export function removeRepo(root: string): void {
  sources.delete(root)
  firstRun.delete(root)
  rmSync(root, {recursive: true, force: true})
}

export function git(root: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'core.autocrlf=false', ...args], {cwd: root, encoding: 'utf8'})
}

export function commitAll(root: string): void {
  git(root, 'add', '-A')
  git(root, 'commit', '-q', '-m', 'baseline')
}

/** `check --json ARGS` in-process; only the rule's problems. */
export async function problemsOf(root: string, rule: string, args: string[] = []): Promise<Problem[]> {
  const result = await runCli(['check', '--json', ...args], {cwd: root})
  if (result.exitCode !== 0 && result.exitCode !== 1) throw new Error(`check exited ${result.exitCode}: ${result.stderr}`)
  const problems = (JSON.parse(result.stdout).problems as Problem[]).filter((problem) => problem.rule === rule)
  logInjected(root, problems)
  return problems
}

/** The problems at `path:line`. */
export function at(problems: Problem[], path: string, line: number): Problem[] {
  return problems.filter((problem) => problem.path === path && problem.line === line)
}

/** The line ending the text uses (CRLF files stay CRLF when lines are injected). */
export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n'
}

/** `text` with `lines` inserted before 1-based line `before` (one past the last line appends). */
export function insertLines(text: string, before: number, lines: string[]): string {
  const eol = eolOf(text)
  const all = text.split(eol)
  all.splice(before - 1, 0, ...lines)
  return all.join(eol)
}

/** `text` with 1-based line `line` replaced by `by` (a function of the old line). */
export function replaceLine(text: string, line: number, by: (old: string) => string): string {
  const eol = eolOf(text)
  const all = text.split(eol)
  all[line - 1] = by(all[line - 1])
  return all.join(eol)
}

/** 1-based number of the first line matching `pattern` at or after line `from`; throws when none does. */
export function lineMatching(text: string, pattern: RegExp, from = 1): number {
  const all = text.split(eolOf(text))
  for (let index = from - 1; index < all.length; index++) if (pattern.test(all[index])) return index + 1
  throw new Error(`no line matches ${pattern}`)
}

/** 1-based number of the last line matching `pattern`; throws when none does. */
export function lastLineMatching(text: string, pattern: RegExp): number {
  const all = text.split(eolOf(text))
  for (let index = all.length - 1; index >= 0; index--) if (pattern.test(all[index])) return index + 1
  throw new Error(`no line matches ${pattern}`)
}

export type EntryDefect = 'edited' | 'deleted' | 'moved'

/**
 * An append-only list (attempts, journal entries) with its second entry edited (first line reworded),
 * deleted, or moved below the third; entries start at lines matching `entry`, and the newest is never
 * touched. Gives the text and the 1-based line the entry (or, deleted, its successor) now starts at.
 */
export function injectEntryDefect(text: string, entry: RegExp, defect: EntryDefect): {text: string; line: number} {
  const eol = eolOf(text)
  const lines = text.split(eol)
  const starts = lines.flatMap((line, index) => (entry.test(line) ? [index] : []))
  assert.ok(starts.length >= 4, 'needs four entries')
  const [first, second, third] = [starts[1], starts[2], starts[3]]
  const own = lines.slice(first, second)
  const next = lines.slice(second, third)
  const out = [...lines]
  switch (defect) {
    case 'edited':
      out[first] = `${out[first]} (reworded later)`
      return {text: out.join(eol), line: first + 1}
    case 'deleted':
      out.splice(first, own.length)
      return {text: out.join(eol), line: first + 1}
    case 'moved':
      out.splice(first, own.length + next.length, ...next, ...own)
      return {text: out.join(eol), line: first + next.length + 1}
  }
}
