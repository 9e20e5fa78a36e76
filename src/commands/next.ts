import * as Flags from '@oclif/core/flags'
import type {NextResult} from '../app/next.js'
import {BaseCommand} from './base-command.js'

export default class Next extends BaseCommand {
  static override summary = 'Show the first open or partial row of the working plan'
  static override description =
    'Without --plan, reads the working plan of the first in_progress fix-plan item that has one (items without one are passed over, with a note); of several plans it names, the first with an open or partial row.'

  static override examples = [
    '<%= config.bin %> next',
    '<%= config.bin %> next --plan TEST-PYTORCH-001',
    '<%= config.bin %> next --plan plans/active/TEST-PYTORCH-001/implementation.md --json',
  ]

  static override flags = {
    plan: Flags.string({description: 'a plan file, or an initiative ID (plans/active/<ID>/ or plans/active/<ID>.md)', helpValue: 'PLAN', exclusive: ['file']}),
    file: Flags.string({description: 'a fix plan other than the configured one', helpValue: 'PATH'}),
  }

  async run(): Promise<NextResult> {
    const {flags} = await this.parse(Next)
    const [{nextRow}, {renderNext}] = await Promise.all([import('../app/next.js'), import('../render/next-text.js')])
    const result = await nextRow(await this.loadProject(), flags.plan, flags.file)
    this.log(renderNext(result))
    return result
  }
}
