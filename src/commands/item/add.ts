import * as Args from '@oclif/core/args'
import * as Flags from '@oclif/core/flags'
import type {ApplyOutcome} from '../../app/apply-change.js'
import type {ItemAddOutcome} from '../../app/item-add.js'
import {BaseCommand} from '../base-command.js'
import {editFlags, outcomeLine, planAndApply} from '../edit-support.js'

type ItemAddJson = Omit<ItemAddOutcome, 'change'> & {outcome: ApplyOutcome; diff: string}

export default class ItemAdd extends BaseCommand {
  static override summary = 'Add a fix-plan item in the file\u2019s own style (heading and fields, checklist line, table row or queue entry), with its index entry'
  static override examples = [
    '<%= config.bin %> item add TEST-PYTORCH-002 --title "Profile the CPU runtime" --priority High --depends-on TEST-PYTORCH-001 --yes',
    '<%= config.bin %> item add CR-33 --title "Validate board names" --after CR-12 --dry-run',
    '<%= config.bin %> item add --title "Build a dedicated search page" --after "Build a homepage" --yes',
  ]

  static override args = {
    id: Args.string({description: 'new item ID, shaped like the file\u2019s others (TEST-PYTORCH-002, CR-33, W7); left out in a checklist or queue of items without IDs', required: false}),
  }

  static override flags = {
    ...editFlags,
    title: Flags.string({description: 'the item\u2019s title, one line (required)'}),
    priority: Flags.string({description: 'Priority field'}),
    status: Flags.string({description: 'Status (default: the word the file\u2019s open items use, else pending)'}),
    'working-plan': Flags.string({description: 'Working Plan field (a path)', helpValue: 'PATH'}),
    'depends-on': Flags.string({description: 'an item this one depends on (repeatable)', multiple: true, helpValue: 'ID'}),
    after: Flags.string({description: 'place the new item after this one: ID, title or @LINE (default: after the last active item)', helpValue: 'ITEM', exclusive: ['before']}),
    before: Flags.string({description: 'place the new item before this one instead (a numbered list: it takes that number)', helpValue: 'ITEM'}),
    file: Flags.string({description: 'a fix plan other than the configured one', helpValue: 'PATH'}),
  }

  async run(): Promise<ItemAddJson> {
    const {args, flags} = await this.parse(ItemAdd)
    const {planItemAdd} = await import('../../app/item-add.js')
    const project = await this.loadProject()
    const request = {
      id: args.id,
      title: flags.title ?? '',
      priority: flags.priority,
      status: flags.status,
      workingPlan: flags['working-plan'],
      dependsOn: (flags['depends-on'] ?? []).flatMap((value) => value.split(',')).map((value) => value.trim()).filter((value) => value !== ''),
      after: flags.after,
      before: flags.before,
      file: flags.file,
    }
    const plan = () => planItemAdd(project, request)
    const {planned, result} = await planAndApply(plan, (p) => [p.change], flags, this.jsonEnabled())
    this.log(outcomeLine(result))
    const {change, ...shown} = planned
    return {outcome: result.outcome, ...shown, diff: result.diff}
  }
}
