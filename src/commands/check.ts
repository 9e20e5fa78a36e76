import * as Args from '@oclif/core/args'
import * as Flags from '@oclif/core/flags'
import type {CheckJson} from '../app/check/check-json.js'
import {UserError} from '../errors.js'
import {BaseCommand} from './base-command.js'
import {printErr, printJson, printOut} from './output.js'

type RuleListJson = {rules: Array<{id: string; description: string; defaultSeverity: string; dialects: string[]}>}

export default class Check extends BaseCommand {
  static override strict = false
  static override summary = 'Check the ledgers for conflicts, duplicates, index drift, unknown states and more'
  static override description = 'Exit 0 when there is no error (warnings allowed), 1 when there are errors, 2 when the check could not run.'
  static override examples = [
    '<%= config.bin %> check',
    '<%= config.bin %> check --staged --quiet',
    '<%= config.bin %> check docs/fix_plan.md --format github',
    '<%= config.bin %> check --since origin/main --json',
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
  }

  async run(): Promise<CheckJson | RuleListJson> {
    const {argv, flags} = await this.parse(Check)
    if (flags['list-rules']) return this.listRules()
    if (flags.staged && flags.since !== undefined) throw new UserError('--staged and --since cannot be used together', {hint: '--staged compares with HEAD; --since compares the work tree with REV'})
    const [{runCheck}, {checkJson}, {shouldUseColor}, text, {renderCheckGithub}] = await Promise.all([
      import('../app/check/check.js'),
      import('../app/check/check-json.js'),
      import('../render/color.js'),
      import('../render/check-text.js'),
      import('../render/check-github.js'),
    ])
    const result = await runCheck(await this.loadProject(), {paths: argv as string[], staged: flags.staged, since: flags.since, strict: flags.strict})
    const json = checkJson(result)
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
