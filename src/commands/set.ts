import * as Args from '@oclif/core/args'
import * as Flags from '@oclif/core/flags'
import type {ApplyOutcome} from '../app/apply-change.js'
import type {SetOutcome} from '../app/set.js'
import {UserError} from '../errors.js'
import {BaseCommand} from './base-command.js'
import {editFlags, outcomeLine, planAndApply, today} from './edit-support.js'

type SetJson = Omit<SetOutcome, 'change' | 'notes'> & {outcome: ApplyOutcome; diff: string}

export default class SetFields extends BaseCommand {
  static override strict = false
  static override summary = 'Set fields of a fix-plan item (Status, Priority, any - Key:), keeping the index and Last Updated in step'
  static override examples = [
    '<%= config.bin %> set DATA-LOADER-002 Status=done --yes',
    '<%= config.bin %> set TEST-PYTORCH-001 Priority=Medium "Owner/Date=me/2026-11-29" --dry-run',
  ]

  static override args = {
    item: Args.string({description: 'fix-plan item ID, e.g. TEST-PYTORCH-001', required: true}),
    assignments: Args.string({description: 'KEY=VALUE pairs: Status=done Priority=High'}),
  }

  static override flags = {
    ...editFlags,
    file: Flags.string({description: 'a fix plan other than the configured one', helpValue: 'PATH'}),
    date: Flags.string({description: 'date written into **Last Updated:** (and into the log entry a finished queue entry becomes): YYYY-MM-DD or an ISO 8601 timestamp (default: today)', helpValue: 'DATE'}),
    touch: Flags.boolean({description: 'update **Last Updated:** when a field changes', allowNo: true, default: true}),
  }

  async run(): Promise<SetJson> {
    const {args, argv, flags} = await this.parse(SetFields)
    if (flags.date !== undefined && !flags.touch) throw new UserError('--date and --no-touch cannot be used together', {hint: '--date is the date written into **Last Updated:**'})
    const {planSetChange} = await import('../app/set.js')
    const project = await this.loadProject()
    const request = {item: args.item, assignments: (argv as string[]).slice(1), file: flags.file, lastUpdated: flags.touch ? (flags.date ?? today()) : undefined, date: flags.date ?? today()}
    const plan = () => planSetChange(project, request)
    const {planned, result} = await planAndApply(plan, (p) => [p.change], flags, this.jsonEnabled(), (first) => {
      for (const note of first.notes) this.logToStderr(note)
    })
    this.log(outcomeLine(result))
    const {change, notes, ...shown} = planned
    return {outcome: result.outcome, ...shown, diff: result.diff}
  }
}
