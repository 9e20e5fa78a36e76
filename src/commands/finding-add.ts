import * as Args from '@oclif/core/args'
import * as Flags from '@oclif/core/flags'
import type {ApplyOutcome} from '../app/apply-change.js'
import {BaseCommand} from './base-command.js'
import {editFlags, outcomeLine, previewAndApplyPlan, today} from './edit-support.js'

export default class FindingAdd extends BaseCommand {
  static override summary = 'Append a finding to the findings ledger\u2019s table, in its column order and style'
  static override examples = [
    '<%= config.bin %> finding add RUNTIME-001 --synopsis "Integration selector runs in ~36s on CPU" --keywords "runtime, ci" --yes',
  ]

  static override args = {id: Args.string({description: 'new finding ID, shaped like WORD-NNN (POLICY-001)', required: true})}

  static override flags = {
    ...editFlags,
    synopsis: Flags.string({description: 'what was learnt, one line (required)'}),
    keywords: Flags.string({description: 'comma-separated keywords'}),
    evidence: Flags.string({description: 'evidence pointer (a link or a path)'}),
    status: Flags.string({description: 'status cell', default: 'Active'}),
    date: Flags.string({description: 'YYYY-MM-DD (default: today)'}),
    file: Flags.string({description: 'a findings ledger other than the configured one', helpValue: 'PATH'}),
  }

  async run(): Promise<{outcome: ApplyOutcome; file: string; id: string; line: number; text: string; diff: string}> {
    const {args, flags} = await this.parse(FindingAdd)
    const {planFindingAdd} = await import('../app/finding-add.js')
    const project = await this.loadProject()
    const request = {id: args.id, synopsis: flags.synopsis, keywords: flags.keywords, evidence: flags.evidence, status: flags.status, date: flags.date ?? today(), file: flags.file}
    const plan = () => planFindingAdd(project, request)
    const {planned, result} = await previewAndApplyPlan(await plan(), {replan: plan, changesOf: (p) => [p.change]}, flags, this.jsonEnabled())
    this.log(outcomeLine(result))
    return {outcome: result.outcome, file: planned.path, id: planned.id, line: planned.line, text: planned.text, diff: result.diff}
  }
}
