import * as Flags from '@oclif/core/flags'
import type {StatusResult} from '../app/status/status.js'
import {BaseCommand} from './base-command.js'
import {printOut} from './output.js'
import {terminalWidth} from './terminal-width.js'

export default class Status extends BaseCommand {
  static override summary = 'The board at a glance: plan progress per initiative, fix-plan items by state, stuck items, newest journal entry'
  static override examples = ['<%= config.bin %> status', '<%= config.bin %> status --json', '<%= config.bin %> status --file .agent/fix_plan.md']

  static override flags = {
    file: Flags.string({description: 'a fix plan other than the configured one', helpValue: 'PATH'}),
  }

  async run(): Promise<StatusResult> {
    const {flags} = await this.parse(Status)
    const [{projectStatus}, {renderStatus}, {shouldUseColor}] = await Promise.all([
      import('../app/status/status.js'),
      import('../render/status-text.js'),
      import('../render/color.js'),
    ])
    const result = await projectStatus(await this.loadProject(), flags.file)
    if (!this.jsonEnabled()) {
      const color = shouldUseColor(process.stdout, process.env)
      printOut(renderStatus(result, {width: terminalWidth(), color}), {color})
    }
    return result
  }
}
