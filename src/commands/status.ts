import type {StatusResult} from '../app/status/status.js'
import {BaseCommand} from './base-command.js'
import {printOut} from './output.js'
import {terminalWidth} from './terminal-width.js'

export default class Status extends BaseCommand {
  static override summary = 'The board at a glance: plan progress per initiative, fix-plan items by state, stuck items, newest journal entry'
  static override examples = ['<%= config.bin %> status', '<%= config.bin %> status --json']

  async run(): Promise<StatusResult> {
    await this.parse(Status)
    const [{projectStatus}, {renderStatus}, {shouldUseColor}] = await Promise.all([
      import('../app/status/status.js'),
      import('../render/status-text.js'),
      import('../render/color.js'),
    ])
    const result = await projectStatus(await this.loadProject())
    if (!this.jsonEnabled()) {
      const color = shouldUseColor(process.stdout, process.env)
      printOut(renderStatus(result, {width: terminalWidth(), color}), {color})
    }
    return result
  }
}
