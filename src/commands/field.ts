import * as Args from '@oclif/core/args'
import * as Flags from '@oclif/core/flags'
import type {ApplyOutcome} from '../app/apply-change.js'
import type {FieldAction, FieldOutcome} from '../app/field.js'
import {UserError} from '../errors.js'
import {BaseCommand} from './base-command.js'
import {editFlags, outcomeLine, previewAndApplyPlan, today} from './edit-support.js'

type FieldJson = Omit<FieldOutcome, 'change' | 'notes'> & {outcome: ApplyOutcome; diff: string}

const ACTIONS = ['set', 'set-file', 'add', 'done', 'done-match']

export default class FieldBlock extends BaseCommand {
  static override summary = 'Edit a multi-line field of a fix-plan item (Next Actions, Exit Criteria, …): replace it, add an entry, mark one done'
  static override examples = [
    '<%= config.bin %> field TEST-PYTORCH-001 "Next Actions" --add "Profile D2 on CPU" --yes',
    '<%= config.bin %> field TEST-PYTORCH-001 "Next Actions" --done 2 --dry-run',
    '<%= config.bin %> field TEST-PYTORCH-001 "Exit Criteria" --set-file criteria.md --yes',
  ]

  static override args = {
    item: Args.string({description: 'fix-plan item ID, e.g. TEST-PYTORCH-001', required: true}),
    key: Args.string({description: 'the field key, e.g. "Next Actions" (any case)', required: true}),
  }

  static override flags = {
    ...editFlags,
    set: Flags.string({description: 'replace the field\u2019s text (lines re-indented to the block)', helpValue: 'TEXT', exclusive: ACTIONS.filter((a) => a !== 'set')}),
    'set-file': Flags.string({description: 'replace the field\u2019s text with a file\u2019s, or - for stdin', helpValue: 'FILE', exclusive: ACTIONS.filter((a) => a !== 'set-file')}),
    add: Flags.string({description: 'append an entry in the block\u2019s own style (numbering continues)', helpValue: 'TEXT', exclusive: ACTIONS.filter((a) => a !== 'add')}),
    done: Flags.integer({description: 'mark entry N (1-based) done in the block\u2019s style (default ✅)', helpValue: 'N', exclusive: ACTIONS.filter((a) => a !== 'done')}),
    'done-match': Flags.string({description: 'mark the one entry containing TEXT done', helpValue: 'TEXT', exclusive: ACTIONS.filter((a) => a !== 'done-match')}),
    attempt: Flags.integer({description: 'number for an `(Attempt #N)` done mark (default: the item\u2019s highest attempt)', min: 0}),
    file: Flags.string({description: 'a fix plan other than the configured one', helpValue: 'PATH'}),
    date: Flags.string({description: 'date written into **Last Updated:** (default: today)', helpValue: 'DATE'}),
    touch: Flags.boolean({description: 'update **Last Updated:** when the field changes', allowNo: true, default: true}),
  }

  async run(): Promise<FieldJson> {
    const {args, flags} = await this.parse(FieldBlock)
    if (flags.date !== undefined && !flags.touch) throw new UserError('--date and --no-touch cannot be used together', {hint: '--date is the date written into **Last Updated:**'})
    const action = await actionOf(flags)
    const {planFieldChange} = await import('../app/field.js')
    const project = await this.loadProject()
    const request = {item: args.item, key: args.key, action, file: flags.file, attempt: flags.attempt, lastUpdated: flags.touch ? (flags.date ?? today()) : undefined}
    const plan = () => planFieldChange(project, request)
    const first = await plan()
    for (const note of first.notes) this.logToStderr(note)
    const {planned, result} = await previewAndApplyPlan(first, {replan: plan, changesOf: (p) => [p.change]}, flags, this.jsonEnabled())
    this.log(outcomeLine(result))
    const {change, notes, ...shown} = planned
    return {outcome: result.outcome, ...shown, diff: result.diff}
  }
}

async function actionOf(flags: {set?: string; 'set-file'?: string; add?: string; done?: number; 'done-match'?: string}): Promise<FieldAction> {
  if (flags.set !== undefined) return {kind: 'set', text: flags.set}
  if (flags['set-file'] !== undefined) {
    const {readTextInput} = await import('../io/read-text-input.js')
    return {kind: 'set', text: readTextInput(flags['set-file'], 'the field text')}
  }
  if (flags.add !== undefined) return {kind: 'add', text: flags.add}
  if (flags.done !== undefined) return {kind: 'done', position: flags.done}
  if (flags['done-match'] !== undefined) return {kind: 'done', match: flags['done-match']}
  throw new UserError('No change given', {hint: 'pass one of --set TEXT, --set-file FILE, --add TEXT, --done N, --done-match TEXT'})
}
