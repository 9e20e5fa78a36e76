import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {runCli} from '../cli/run-cli.js'
import {corpusPath} from './corpus.js'
import {git, writeIn, type Problem} from './recall.js'

/** One report of `check --json`, as the recall tests read it. */
export type CheckedReport = Problem & {hint: string | null}

/** A corpus file's text (only in suites registered with describeWithCorpus). */
export function corpusText(path: string): string {
  return readFileSync(corpusPath(path), 'utf8')
}

/**
 * `check --json [PATHS]` (in-process) over a throwaway git repository holding `files` (root-relative
 * path → text) and, when given, `.planledger.json`; the folder is removed afterwards. Returns every report.
 */
export async function checkFiles(files: Record<string, string>, config?: object, paths: string[] = []): Promise<CheckedReport[]> {
  const root = mkdtempSync(join(tmpdir(), 'planledger-recall-'))
  try {
    for (const [path, text] of Object.entries(files)) writeIn(root, path, text)
    if (config) writeIn(root, '.planledger.json', JSON.stringify(config))
    git(root, 'init', '-q')
    const result = await runCli(['check', '--json', ...paths], {cwd: root})
    if (result.exitCode !== 0 && result.exitCode !== 1) throw new Error(`check exited ${result.exitCode}: ${result.stderr}`)
    return JSON.parse(result.stdout).problems as CheckedReport[]
  } finally {
    rmSync(root, {recursive: true, force: true})
  }
}

/** The reports of one rule, as `line message` strings (what the recall tests compare). */
export function reportsOf(reports: readonly CheckedReport[], rule: string, path?: string): CheckedReport[] {
  return reports.filter((report) => report.rule === rule && (path === undefined || report.path === path))
}

/** Text with its 1-based line `line` replaced by `edit(old line)`; line endings kept. */
export function editLine(text: string, line: number, edit: (old: string) => string): string {
  const lines = text.split('\n')
  const old = lines[line - 1]
  const ending = old.endsWith('\r') ? '\r' : ''
  lines[line - 1] = edit(ending ? old.slice(0, -1) : old) + ending
  return lines.join('\n')
}

/** 1-based numbers of the lines matching `pattern`. */
export function linesMatching(text: string, pattern: RegExp): number[] {
  return text.split('\n').flatMap((line, at) => (pattern.test(line) ? [at + 1] : []))
}
