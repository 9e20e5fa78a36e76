import * as Args from '@oclif/core/args'
import * as Flags from '@oclif/core/flags'
import type {ApplyOutcome} from '../app/apply-change.js'
import type {PlannedFix} from '../app/check/check-fix.js'
import type {CheckJson} from '../app/check/check-json.js'
import type {CheckOptions, CheckResult} from '../app/check/check.js'
import {UserError} from '../errors.js'
import {BaseCommand} from './base-command.js'
import {editFlags, outcomeLine, planAndApply} from './edit-support.js'
import {printErr, printJson, printOut} from './output.js'

/** `check --fix --json`: what remains after the repairs, and the repairs themselves (docs/check-json.md). */
type CheckFixJson = CheckJson & {fix: {outcome: ApplyOutcome; diff: string; fixes: PlannedFix[]}}

type OutputFlags = {format: string; quiet: boolean}

type RuleListJson = {rules: Array<{id: string; description: string; defaultSeverity: string; dialects: string[]}>}

export default class Check extends BaseCommand {
  static override strict = false
  static override summary = 'Check the ledgers for conflicts, duplicates, index drift, unknown states and more'
  static override description = 'Exit 0 when there is no error (warnings allowed), 1 when there are errors, 2 when the check could not run. With --fix, the mechanical problems are repaired first (shown as a diff, written like every edit) and the exit code is for what remains.'
  static override examples = [
    '<%= config.bin %> check',
    '<%= config.bin %> check --staged --quiet',
    '<%= config.bin %> check docs/fix_plan.md --format github',
    '<%= config.bin %> check --since origin/main --json',
    '<%= config.bin %> check --fix --dry-run',
  ]

  static override args = {
    paths: Args.string({description: 'ledger files to report on (default: every configured ledger)'}),
  }

  static override flags = {
    format: Flags.string({description: 'output format', options: ['text', 'json', 'github'], default: 'text'}),
    quiet: Flags.boolean({char: 'q', description: 'print errors only (text and github formats)'}),
    strict: Flags.boolean({description: 'treat the warnings some rules give (missing artifacts) as errors'}),
    staged: Flags.boolean({description: 'check the staged versions; problems already at HEAD are warnings'}),
    since: Flags.string({description: 'check the work tree; problems already at REV are warnings', helpValue: 'REV'}),
    'list-rules': Flags.boolean({description: 'list the rules and exit'}),
    fix: Flags.boolean({description: 'repair the mechanical problems (index status, Last Updated, a repeated newest attempt number), shown as a diff'}),
    ...editFlags,
  }

  async run(): Promise<CheckJson | CheckFixJson | RuleListJson> {
    const {argv, flags} = await this.parse(Check)
    if (flags['list-rules']) return this.listRules()
    if (flags.staged && flags.since !== undefined) throw new UserError('--staged and --since cannot be used together', {hint: '--staged compares with HEAD; --since compares the work tree with REV'})
    const options: CheckOptions = {paths: argv as string[], staged: flags.staged, since: flags.since, strict: flags.strict}
    if (flags.fix) return this.fix(options, flags)
    if (flags.yes || flags['dry-run']) throw new UserError(`--${flags.yes ? 'yes' : 'dry-run'} applies only with --fix`, {hint: 'planledger check --fix --dry-run shows the repairs; --fix --yes writes them'})
    const {runCheck} = await import('../app/check/check.js')
    const result = await runCheck(await this.loadProject(), options)
    return this.report(result, flags, {})
  }

  /**
   * `--fix`: plan the repairs, preview and write them like every edit, then check again and report
   * what remains. The exit code is check's for the files as they are at the end: a dry run or a
   * declined prompt leaves every problem in place.
   */
  private async fix(options: CheckOptions, flags: OutputFlags & {yes: boolean; 'dry-run': boolean}): Promise<CheckFixJson> {
    if (options.staged) throw new UserError('--fix cannot be used with --staged', {hint: '--fix repairs the work tree, --staged checks the git index: run planledger check --fix, then git add the files'})
    const [{planCheckFix}, {runCheck}, {renderFixList}] = await Promise.all([import('../app/check/check-fix.js'), import('../app/check/check.js'), import('../render/check-fix-text.js')])
    const project = await this.loadProject()
    const json = this.jsonEnabled() || flags.format === 'json'
    const {planned, result} = await planAndApply(() => planCheckFix(project, options), (plan) => plan.changes, flags, json, (first) => {
      if (!json) printOut(renderFixList(first.fixes))
    })
    // A hook running `check --fix --yes --quiet` on every commit hears only of what was written.
    if (!json && !(flags.quiet && planned.fixes.length === 0)) printOut(`${planned.fixes.length === 0 ? 'Nothing to fix.' : outcomeLine(result)}\n`)
    const after = result.outcome === 'written' ? await runCheck(project, options) : planned.check
    return this.report(after, flags, {fix: {outcome: result.outcome, diff: result.diff, fixes: planned.fixes}}) as Promise<CheckFixJson>
  }

  /** Prints the result in the format asked for and sets the exit code; returns the JSON document with `extra` keys. */
  private async report<T extends object>(result: CheckResult, flags: OutputFlags, extra: T): Promise<CheckJson & T> {
    const [{checkJson}, {shouldUseColor}, text, {renderCheckGithub}] = await Promise.all([
      import('../app/check/check-json.js'),
      import('../render/color.js'),
      import('../render/check-text.js'),
      import('../render/check-github.js'),
    ])
    const json = {...checkJson(result), ...extra}
    if (result.summary.errors > 0) process.exitCode = 1
    if (this.jsonEnabled()) return json
    if (!flags.quiet && flags.format !== 'json') printErr(text.skippedNote(result))
    if (flags.format === 'json') printJson(json)
    else if (flags.format === 'github') printOut(renderCheckGithub(result, {quiet: flags.quiet}))
    else {
      const color = shouldUseColor(process.stdout, process.env)
      printOut(text.renderCheckText(result, {quiet: flags.quiet, color}), {color})
    }
    return json
  }

  private async listRules(): Promise<RuleListJson> {
    const [{RULES}, {renderRuleList}, {DIALECTS}] = await Promise.all([import('../rules/index.js'), import('../render/check-text.js'), import('../ledger/model.js')])
    const rules = RULES.map(({id, description, defaultSeverity, dialects}) => ({id, description, defaultSeverity, dialects: [...(dialects ?? DIALECTS)]}))
    if (!this.jsonEnabled()) printOut(renderRuleList(rules, DIALECTS))
    return {rules}
  }
}
