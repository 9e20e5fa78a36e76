import * as Args from '@oclif/core/args'
import * as Flags from '@oclif/core/flags'
import type {ApplyOutcome} from '../../app/apply-change.js'
import type {PlanNewOutcome} from '../../app/plan-new.js'
import {BaseCommand} from '../base-command.js'
import {editFlags, outcomeLine, previewAndApplyPlan, today} from '../edit-support.js'

export default class PlanNew extends BaseCommand {
  static override summary = 'Create an initiative\u2019s plan under plans/active/ (from the repository\u2019s template, else one like its other plans) and point the fix-plan item at it'
  static override examples = ['<%= config.bin %> plan new DATA-LOADER-002 --title "Stream batches from disk" --yes', '<%= config.bin %> plan new FIX-042 --from plans/templates/bugfix.md --dry-run']

  static override args = {id: Args.string({description: 'initiative ID, e.g. DATA-LOADER-002 (usually a fix-plan item\u2019s ID)', required: true})}

  static override flags = {
    ...editFlags,
    title: Flags.string({description: 'plan title (default: the fix-plan item\u2019s title, else the ID)'}),
    from: Flags.string({description: 'template: a Markdown file, or a name in plans/templates/', helpValue: 'TEMPLATE'}),
    date: Flags.string({description: 'YYYY-MM-DD for the plan\u2019s Created line (default: today)'}),
  }

  async run(): Promise<{outcome: ApplyOutcome; file: string; layout: PlanNewOutcome['layout']; template: string | null; fixPlan: PlanNewOutcome['fixPlan']; diff: string}> {
    const {args, flags} = await this.parse(PlanNew)
    const {planPlanNew} = await import('../../app/plan-new.js')
    const project = await this.loadProject()
    const request = {id: args.id, title: flags.title, from: flags.from, date: flags.date ?? today()}
    const plan = () => planPlanNew(project, request)
    const {planned, result} = await previewAndApplyPlan(await plan(), {replan: plan, changesOf: (p) => p.changes}, flags, this.jsonEnabled())
    this.log(outcomeLine(result))
    return {outcome: result.outcome, file: planned.path, layout: planned.layout, template: planned.template, fixPlan: planned.fixPlan, diff: result.diff}
  }
}
