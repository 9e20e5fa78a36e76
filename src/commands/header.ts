import * as Args from '@oclif/core/args'
import * as Flags from '@oclif/core/flags'
import type {ApplyOutcome} from '../app/apply-change.js'
import type {HeaderOutcome} from '../app/header.js'
import {UserError} from '../errors.js'
import {BaseCommand} from './base-command.js'
import {editFlags, outcomeLine, planAndApply} from './edit-support.js'

type HeaderJson = Omit<HeaderOutcome, 'change'> & {outcome: ApplyOutcome; diff: string}

export default class Header extends BaseCommand {
  static override strict = false
  static override summary = 'Set the fix plan\u2019s header lines (**Last Updated:**, **Active Focus:**, …); Last Updated only moves forward'
  static override examples = [
    '<%= config.bin %> header --touch --yes',
    '<%= config.bin %> header "Active Focus=DATA-LOADER-002 — streaming [in_progress]" --touch --yes',
    '<%= config.bin %> header --set-file "Active Focus=focus.md" --dry-run',
  ]

  static override args = {assignments: Args.string({description: 'KEY=VALUE pairs: "Active Focus=…" "Last Updated=2026-12-02"'})}

  static override flags = {
    ...editFlags,
    'set-file': Flags.string({description: 'KEY=FILE: the header line and the lines under it from a file (- for stdin)', helpValue: 'KEY=FILE', multiple: true, default: []}),
    touch: Flags.boolean({description: 'set **Last Updated:** to today, in the file\u2019s date format'}),
    force: Flags.boolean({description: 'let **Last Updated:** go back in time'}),
    file: Flags.string({description: 'a fix plan other than the configured one', helpValue: 'PATH'}),
  }

  async run(): Promise<HeaderJson> {
    const {argv, flags} = await this.parse(Header)
    const blocks = await Promise.all(flags['set-file'].map(readBlock))
    const {planHeaderChange} = await import('../app/header.js')
    const project = await this.loadProject()
    const request = {assignments: argv as string[], blocks, touch: flags.touch, force: flags.force, now: new Date(), file: flags.file}
    const plan = () => planHeaderChange(project, request)
    const {planned, result} = await planAndApply(plan, (p) => [p.change], flags, this.jsonEnabled())
    this.log(outcomeLine(result))
    const {change, ...shown} = planned
    return {outcome: result.outcome, ...shown, diff: result.diff}
  }
}

async function readBlock(argument: string): Promise<{key: string; text: string}> {
  const equals = argument.indexOf('=')
  if (equals <= 0) throw new UserError(`--set-file \`${argument}\` is not KEY=FILE`, {hint: 'e.g. --set-file "Active Focus=focus.md", or "Active Focus=-" for stdin'})
  const {readTextInput} = await import('../io/read-text-input.js')
  return {key: argument.slice(0, equals).trim(), text: readTextInput(argument.slice(equals + 1), `the ${argument.slice(0, equals).trim()} text`)}
}
