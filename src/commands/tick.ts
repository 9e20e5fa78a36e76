import * as Args from '@oclif/core/args'
import * as Flags from '@oclif/core/flags'
import type {ApplyOutcome} from '../app/apply-change.js'
import type {TickFileResult} from '../app/tick.js'
import {BaseCommand} from './base-command.js'
import {editFlags, outcomeLine, planAndApply, today} from './edit-support.js'

export default class Tick extends BaseCommand {
  static override strict = false
  static override summary = 'Set plan rows\u2019 state and record evidence in their guidance cell'
  static override examples = [
    '<%= config.bin %> tick TEST-PYTORCH-001 D1.A-C --artifact reports/runtime_profile.md --note "Runtime profile complete" --yes',
    '<%= config.bin %> tick plans/active/X/implementation.md A1,A3 --state partial --dry-run',
    '<%= config.bin %> tick plans/backlog.md --match "retry the flaky upload" --yes',
  ]

  static override args = {
    plan: Args.string({description: 'plan file, or initiative ID (plans/active/<ID>/ or plans/active/<ID>.md)', required: true}),
    ids: Args.string({description: 'row IDs: D1.A, D1.A,D1.B, D1.A-C, A1..A3 (or use --match)'}),
  }

  static override flags = {
    ...editFlags,
    state: Flags.string({description: 'done, partial, open, blocked, skipped, or a marker like [D]', default: 'done'}),
    artifact: Flags.string({description: 'evidence path (repeatable)', multiple: true, default: []}),
    note: Flags.string({description: 'what was done, appended to the guidance cell'}),
    date: Flags.string({description: 'date written with the evidence: YYYY-MM-DD or an ISO 8601 timestamp (default: today)'}),
    match: Flags.string({description: 'tick the one item whose text contains TEXT (backlogs without IDs)', helpValue: 'TEXT'}),
    strict: Flags.boolean({description: 'a missing artifact path is an error, not a warning'}),
  }

  async run(): Promise<{outcome: ApplyOutcome; files: TickFileResult[]; warnings: string[]; diff: string}> {
    const {args, argv, flags} = await this.parse(Tick)
    const {planTickChanges} = await import('../app/tick.js')
    const ids = (argv as string[]).slice(1)
    const project = await this.loadProject()
    const request = {plan: args.plan, ids, match: flags.match, state: flags.state, artifacts: flags.artifact, note: flags.note, date: flags.date ?? today(), strict: flags.strict}
    const plan = () => planTickChanges(project, request)
    const {planned, result} = await planAndApply(plan, (p) => p.changes, flags, this.jsonEnabled(), (first) => {
      for (const file of first.files) if (file.unchanged.length > 0) this.logToStderr(`${file.unchanged.join(', ')}: already ${flags.state}, nothing to add`)
    })
    this.log(outcomeLine(result))
    return {outcome: result.outcome, files: planned.files, warnings: planned.warnings, diff: result.diff}
  }
}
