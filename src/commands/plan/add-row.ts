import * as Args from '@oclif/core/args'
import * as Flags from '@oclif/core/flags'
import type {ApplyOutcome} from '../../app/apply-change.js'
import {BaseCommand} from '../base-command.js'
import {editFlags, outcomeLine, previewAndApplyPlan} from '../edit-support.js'

export default class PlanAddRow extends BaseCommand {
  static override summary = 'Add an open row to a plan\u2019s task table (or checklist), in its column order and style'
  static override examples = [
    '<%= config.bin %> plan add-row TEST-PYTORCH-001 D3 --task "Guard the test in CI" --yes',
    '<%= config.bin %> plan add-row plans/active/X/implementation.md A2 --task "Reproduce on CPU" --after A1 --dry-run',
  ]

  static override args = {
    plan: Args.string({description: 'plan file, or initiative ID (plans/active/<ID>/ or plans/active/<ID>.md)', required: true}),
    id: Args.string({description: 'the new row\u2019s ID, e.g. D1.D', required: true}),
  }

  static override flags = {
    ...editFlags,
    task: Flags.string({description: 'what the row is for, one line (required)'}),
    after: Flags.string({description: 'insert right after this row', helpValue: 'ROW'}),
    phase: Flags.string({description: 'append to this phase\u2019s table (its ID or title; default: the last phase with one)', helpValue: 'P'}),
  }

  async run(): Promise<{outcome: ApplyOutcome; file: string; id: string; line: number; text: string; phase: string | null; diff: string}> {
    const {args, flags} = await this.parse(PlanAddRow)
    const {planPlanAddRow} = await import('../../app/plan-add-row.js')
    const project = await this.loadProject()
    const request = {plan: args.plan, id: args.id, task: flags.task, after: flags.after, phase: flags.phase}
    const plan = () => planPlanAddRow(project, request)
    const {planned, result} = await previewAndApplyPlan(await plan(), {replan: plan, changesOf: (p) => [p.change]}, flags, this.jsonEnabled())
    this.log(outcomeLine(result))
    return {outcome: result.outcome, file: planned.path, id: planned.id, line: planned.line, text: planned.text, phase: planned.phase ?? null, diff: result.diff}
  }
}
