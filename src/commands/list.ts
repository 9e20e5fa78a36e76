import * as Flags from '@oclif/core/flags'
import type {ListResult} from '../app/list.js'
import {BaseCommand} from './base-command.js'
import {terminalWidth} from './terminal-width.js'

export default class List extends BaseCommand {
  static override summary = 'List the fix-plan items with status, priority, attempts and working plan'
  static override examples = [
    '<%= config.bin %> list',
    '<%= config.bin %> list --status in_progress',
    '<%= config.bin %> list --priority high --json',
    '<%= config.bin %> list --file .agent/fix_plan.md',
  ]

  static override flags = {
    status: Flags.string({description: 'only items whose Status starts with this word (case-insensitive; done also takes complete, completed)', helpValue: 'STATUS'}),
    priority: Flags.string({description: 'only items whose Priority starts with this word (case-insensitive)', helpValue: 'PRIORITY'}),
    file: Flags.string({description: 'a fix plan other than the configured one', helpValue: 'PATH'}),
  }

  async run(): Promise<ListResult> {
    const {flags} = await this.parse(List)
    const [{listItems}, {renderList}] = await Promise.all([import('../app/list.js'), import('../render/list-text.js')])
    const result = await listItems(await this.loadProject(), {status: flags.status, priority: flags.priority, file: flags.file})
    this.log(renderList(result, terminalWidth()))
    return result
  }
}
