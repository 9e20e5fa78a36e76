import {Chalk} from 'chalk'
import type {CheckResult} from '../app/check/check.js'
import {escapeUntrusted, oneLine} from './escape-untrusted.js'

export interface CheckTextOptions {
  /** Only error lines: no warnings, summary or notes. */
  quiet: boolean
  color: boolean
}

/** Under its problem, so a hint never stretches the problem's line or hides at its end. */
const HINT_INDENT = '    '

/**
 * `path:line:col  severity  message  rule-id`, one line per problem, its hint (when it has one) on
 * the next line, indented; files separated by a blank line, then `2 errors, 1 warning in 3 files`.
 * Nothing at all when there is no problem.
 */
export function renderCheckText(result: CheckResult, options: CheckTextOptions): string {
  const paint = new Chalk({level: options.color ? 1 : 0})
  const shown = options.quiet ? result.problems.filter((problem) => problem.severity === 'error') : result.problems
  const lines: string[] = []
  let previousPath: string | undefined
  for (const problem of shown) {
    if (previousPath !== undefined && problem.path !== previousPath) lines.push('')
    previousPath = problem.path
    const location = paint.bold(`${escapeUntrusted(problem.path)}:${problem.line}:${problem.column}`)
    const severity = problem.severity === 'error' ? paint.red('error') : paint.yellow('warning')
    lines.push(`${location}  ${severity}  ${oneLine(problem.message)}  ${paint.dim(problem.rule)}`)
    if (problem.hint) lines.push(paint.dim(`${HINT_INDENT}hint: ${oneLine(problem.hint)}`))
  }
  if (!options.quiet && shown.length > 0) lines.push('', summaryLine(result.summary))
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`
}

/** `2 errors, 1 warning in 3 files`; a count of zero is left out. */
export function summaryLine(summary: CheckResult['summary']): string {
  const counts = [plural(summary.errors, 'error'), plural(summary.warnings, 'warning')].filter((count) => count !== undefined)
  return `${counts.join(', ')} in ${summary.files} ${summary.files === 1 ? 'file' : 'files'}`
}

/** The notes on stderr, each said once: rules that could not run (`note: no findings ledger: …; skipped a, b`), then what rules could not check. */
export function skippedNote(result: CheckResult): string {
  // A hook that checks nothing would pass silently forever (a wrong path in the config, say): say so.
  if (result.files.length === 0) return 'planledger: note: no ledger files found to check (see "fixPlan", "findings" and "plans" in .planledger.json)\n'
  const byReason = new Map<string, string[]>()
  for (const {rule, reason} of result.skipped) byReason.set(reason, [...(byReason.get(reason) ?? []), rule])
  const skipped = [...byReason].map(([reason, rules]) => `planledger: note: ${oneLine(reason)}; skipped ${rules.join(', ')}\n`)
  return [...skipped, ...(result.notes ?? []).map((note) => `planledger: note: ${oneLine(note)}\n`)].join('')
}

function plural(count: number, noun: string): string | undefined {
  return count === 0 ? undefined : `${count} ${noun}${count === 1 ? '' : 's'}`
}

/** `--list-rules`: id, default severity and description, aligned; then the fix-plan dialects a rule judges, when not all. */
export function renderRuleList(rules: ReadonlyArray<{id: string; description: string; defaultSeverity: string; dialects?: readonly string[]}>, allDialects: readonly string[] = []): string {
  const width = Math.max(...rules.map((rule) => rule.id.length))
  return rules.map((rule) => `${rule.id.padEnd(width)}  ${rule.defaultSeverity.padEnd(7)}  ${rule.description}${dialectsNote(rule.dialects, allDialects)}\n`).join('')
}

function dialectsNote(dialects: readonly string[] | undefined, all: readonly string[]): string {
  if (dialects === undefined || all.every((dialect) => dialects.includes(dialect))) return ''
  return ` (fix plans: ${dialects.join(', ')})`
}
