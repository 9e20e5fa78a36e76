import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {runCli} from '../cli/run-cli.js'
import {corpusPath} from './corpus.js'

export interface ReportedProblem {
  rule: string
  severity: string
  line: number
  message: string
}

/** A real ledger (corpus-relative) copied into a fresh repository as `into`, through `inject`, with other files the tree needs. */
export interface RecallCase {
  source: string
  into: string
  inject?: (text: string) => string
  /** Root-relative files to create (empty) beside it, so what the original tree has resolves. */
  alsoExisting?: string[]
}

/** Runs `check --json <into>` in-process on a temp copy; returns the problems `rule` reports. The copy is removed. */
export async function problemsOf(rule: string, recall: RecallCase): Promise<ReportedProblem[]> {
  const root = mkdtempSync(join(tmpdir(), 'planledger-recall-'))
  try {
    writeFileSync(join(root, '.planledger.json'), JSON.stringify({fixPlan: recall.into}))
    const original = readFileSync(corpusPath(recall.source), 'utf8')
    write(root, recall.into, recall.inject ? recall.inject(original) : original)
    for (const path of recall.alsoExisting ?? []) write(root, path, '# Plan\n')
    const result = await runCli(['check', '--json', recall.into], {cwd: root})
    if (result.exitCode === 2 || result.exitCode === 3) throw new Error(`check failed: ${result.stderr}`)
    return (JSON.parse(result.stdout).problems as ReportedProblem[]).filter((problem) => problem.rule === rule)
  } finally {
    rmSync(root, {recursive: true, force: true})
  }
}

function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), {recursive: true})
  writeFileSync(join(root, path), text)
}

/** `text` with `line` (1-based) replaced by `replacement` (which may hold several lines). */
export function replaceLine(text: string, line: number, replacement: string): string {
  const lines = text.split('\n')
  lines[line - 1] = replacement
  return lines.join('\n')
}

/** `text` with `inserted` as new lines after 1-based `line`. */
export function insertAfter(text: string, line: number, inserted: string): string {
  const lines = text.split('\n')
  lines.splice(line, 0, inserted)
  return lines.join('\n')
}

/** 1-based line of the first line containing `needle`; throws when the corpus file changed. */
export function lineWith(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle))
  if (index === -1) throw new Error(`corpus file changed: no line with \`${needle}\``)
  return index + 1
}

export function corpusText(source: string): string {
  return readFileSync(corpusPath(source), 'utf8')
}
