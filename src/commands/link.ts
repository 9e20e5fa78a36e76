import * as Args from '@oclif/core/args'
import * as Flags from '@oclif/core/flags'
import type {ApplyOutcome} from '../app/apply-change.js'
import type {LinkTarget} from '../app/link.js'
import {BaseCommand} from './base-command.js'
import {editFlags, outcomeLine, previewAndApplyPlan} from './edit-support.js'

export default class Link extends BaseCommand {
  static override summary = 'Link findings from a fix-plan item\u2019s Findings field or a plan row\u2019s guidance cell'
  static override examples = [
    '<%= config.bin %> link DATA-LOADER-002 --finding FORMAT-001 --yes',
    '<%= config.bin %> link TEST-PYTORCH-001:D2 --finding POLICY-001,FORMAT-001 --dry-run',
  ]

  static override args = {
    target: Args.string({description: 'fix-plan item ID (ITEM or [ITEM]), or a plan row as PLAN:ROW (plan file or initiative ID)', required: true}),
  }

  static override flags = {
    ...editFlags,
    finding: Flags.string({description: 'finding ID to link; must exist in the findings ledger (repeatable, or a comma list)', multiple: true, default: []}),
    file: Flags.string({description: 'a fix plan other than the configured one (item targets)', helpValue: 'PATH'}),
    'findings-file': Flags.string({description: 'a findings ledger other than the configured one', helpValue: 'PATH'}),
  }

  async run(): Promise<{outcome: ApplyOutcome; file: string; target: LinkTarget; added: string[]; present: string[]; line: number | null; text: string | null; diff: string}> {
    const {args, flags} = await this.parse(Link)
    const {planLinkChange} = await import('../app/link.js')
    const project = await this.loadProject()
    const plan = () => planLinkChange(project, {target: args.target, findings: flags.finding, file: flags.file, findingsFile: flags['findings-file']})
    const first = await plan()
    if (first.present.length > 0) this.logToStderr(`${first.present.join(', ')}: already cited, not linked again`)
    const {planned, result} = await previewAndApplyPlan(first, {replan: plan, changesOf: (p) => [p.change]}, flags, this.jsonEnabled())
    this.log(outcomeLine(result))
    return {
      outcome: result.outcome, file: planned.path, target: planned.target, added: planned.added, present: planned.present,
      line: planned.line?.number ?? null, text: planned.line?.text ?? null, diff: result.diff,
    }
  }
}
