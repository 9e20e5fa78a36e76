import * as Args from '@oclif/core/args'
import type {ApplyOutcome} from '../../app/apply-change.js'
import type {PlanCloseOutcome} from '../../app/plan-close.js'
import {BaseCommand} from '../base-command.js'
import {editFlags, outcomeLine, planAndApply} from '../edit-support.js'

export default class PlanClose extends BaseCommand {
  static override summary = 'Move an initiative\u2019s plan from plans/active/ to plans/archive/ and rewrite every path to it, all or nothing'
  static override examples = ['<%= config.bin %> plan close TEST-PYTORCH-001 --dry-run', '<%= config.bin %> plan close TEST-PYTORCH-001 --yes']

  static override args = {id: Args.string({description: 'initiative ID: plans/active/<ID>/ or plans/active/<ID>.md', required: true})}

  static override flags = {...editFlags}

  async run(): Promise<{outcome: ApplyOutcome; from: string; to: string; layout: PlanCloseOutcome['layout']; rewritten: PlanCloseOutcome['rewritten']; warnings: string[]; diff: string}> {
    const {args, flags} = await this.parse(PlanClose)
    const {planPlanClose} = await import('../../app/plan-close.js')
    const project = await this.loadProject()
    const plan = () => planPlanClose(project, args.id)
    const {planned, result} = await planAndApply(plan, (p) => p.changes, flags, this.jsonEnabled())
    this.log(outcomeLine(result))
    return {outcome: result.outcome, from: planned.from, to: planned.to, layout: planned.layout, rewritten: planned.rewritten, warnings: planned.warnings, diff: result.diff}
  }
}
