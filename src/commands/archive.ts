import * as Flags from '@oclif/core/flags'
import type {ApplyOutcome} from '../app/apply-change.js'
import type {ArchiveOutcome} from '../app/archive.js'
import {BaseCommand} from './base-command.js'
import {editFlags, outcomeLine, previewAndApplyPlan, today} from './edit-support.js'

type ArchivedItemJson = Omit<ArchiveOutcome['items'][number], 'summary'> & {summary: string | null}
type ArchiveJson = Omit<ArchiveOutcome, 'changes' | 'items'> & {outcome: ApplyOutcome; date: string; items: ArchivedItemJson[]; diff: string}

export default class Archive extends BaseCommand {
  static override summary = 'Move done fix-plan items to the archive, leaving a linked stub and the index saying archived'
  static override examples = [
    '<%= config.bin %> archive --dry-run',
    '<%= config.bin %> archive --ids INTEGRATE-PYTORCH-001 --yes',
    '<%= config.bin %> archive --max-lines 1000 --yes',
  ]

  static override flags = {
    ...editFlags,
    ids: Flags.string({description: 'items to move whatever their status: A,B (repeatable)', multiple: true}),
    status: Flags.string({description: 'move items whose Status starts with this word (default: done, which also takes complete/completed)'}),
    'max-lines': Flags.integer({description: 'move the oldest such items until the fix plan has at most N lines', helpValue: 'N'}),
    date: Flags.string({description: 'date for the archive heading and the stubs, YYYY-MM-DD (default: today)'}),
    file: Flags.string({description: 'a fix plan other than the configured one', helpValue: 'PATH'}),
  }

  async run(): Promise<ArchiveJson> {
    const {flags} = await this.parse(Archive)
    const {planArchiveChanges} = await import('../app/archive.js')
    const date = flags.date ?? today()
    const project = await this.loadProject()
    const plan = () => planArchiveChanges(project, {file: flags.file, ids: flags.ids ?? [], status: flags.status, maxLines: flags['max-lines'], date})
    const first = await plan()
    for (const skipped of first.skipped) this.logToStderr(`${skipped.id}: ${skipped.reason}, not moved again`)
    const {planned: {changes, ...planned}, result} = await previewAndApplyPlan(first, {replan: plan, changesOf: (p) => p.changes}, flags, this.jsonEnabled())
    this.log(outcomeLine(result))
    const items = planned.items.map((item) => ({...item, summary: item.summary ?? null}))
    return {outcome: result.outcome, date, ...planned, items, diff: result.diff}
  }
}
