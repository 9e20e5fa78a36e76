import * as Flags from '@oclif/core/flags'
import {join} from 'node:path'
import type {ApplyOutcome} from '../app/apply-change.js'
import type {InitStepName, InitStepStatus} from '../app/init/init.js'
import {BaseCommand} from './base-command.js'
import {editFlags, previewAndApplyPlan} from './edit-support.js'

interface InitStepJson {
  name: InitStepName
  path: string
  status: InitStepStatus
  reason: string
  lineToAdd: string | null
  command: string | null
}

export default class Init extends BaseCommand {
  static override summary = 'Set a repository up: .planledger.json with the detected ledgers, a pre-commit hook running check --staged, and the ledger merge driver'
  static override description =
    'Creates only what is missing and never overwrites: running it again changes nothing. The merge driver is registered by .gitattributes lines for the ledgers and the local git config merge.planledger.driver (printed for collaborators, as git config is not committed).'
  static override examples = ['<%= config.bin %> init --dry-run', '<%= config.bin %> init --yes --json']
  static override flags = {
    ...editFlags,
    'merge-driver': Flags.boolean({allowNo: true, default: true, description: 'register the ledger merge driver (.gitattributes lines, git config merge.planledger.driver); --no-merge-driver skips both'}),
  }

  async run(): Promise<{outcome: ApplyOutcome; steps: InitStepJson[]; config: Record<string, unknown> | null; diff: string}> {
    const {flags} = await this.parse(Init)
    const [{planInit, stepStatus}, {renderInitSteps}] = await Promise.all([import('../app/init/init.js'), import('../render/init-text.js')])
    // This installation's bin/run.js (oclif's root is the package folder): the hook's last resort.
    const runner = {node: process.execPath, script: join(this.config.root, 'bin', 'run.js')}
    const planNow = () => planInit({cwd: process.cwd(), runner, mergeDriver: flags['merge-driver']})
    const {planned: plan, result} = await previewAndApplyPlan(await planNow(), {replan: planNow, changesOf: (p) => p.changes}, flags, this.jsonEnabled())
    for (const line of renderInitSteps(plan.steps, result.outcome)) this.log(line)
    const steps = plan.steps.map((step) => ({name: step.name, path: step.path, status: stepStatus(step, result.outcome), reason: step.reason, lineToAdd: step.lineToAdd ?? null, command: step.command ?? null}))
    return {outcome: result.outcome, steps, config: plan.config === undefined ? null : {...plan.config}, diff: result.diff}
  }
}
