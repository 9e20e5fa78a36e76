import * as Args from '@oclif/core/args'
import * as Flags from '@oclif/core/flags'
import type {ShowResult} from '../app/show.js'
import {BaseCommand} from './base-command.js'

export default class Show extends BaseCommand {
  static override summary = 'Show a fix-plan item, plan row or finding by its ID'
  static override description =
    'Looks the ID up in the fix plan ([ID] items), every plan file (row IDs) and the findings ledger (Finding ID). ' +
    'PLAN:ROW names a row of one plan (a plan file or an initiative ID, as in tick). Without an ID, shows the fix plan\'s file-level Attempts History.'

  static override examples = [
    '<%= config.bin %> show TEST-PYTORCH-001',
    '<%= config.bin %> show D1.A --json',
    '<%= config.bin %> show A1 --file plans/active/X/implementation.md',
    '<%= config.bin %> show TEST-PYTORCH-001:D1.A',
    '<%= config.bin %> show',
  ]

  static override args = {
    id: Args.string({description: 'item, row or finding ID (e.g. TEST-PYTORCH-001, D1.A, POLICY-001), or PLAN:ROW; omit for the file-level history'}),
  }

  static override flags = {
    file: Flags.string({description: 'look only in this ledger file', helpValue: 'PATH'}),
  }

  async run(): Promise<ShowResult> {
    const {args, flags} = await this.parse(Show)
    const [{showEntry}, {renderShow}] = await Promise.all([import('../app/show.js'), import('../render/show-text.js')])
    const result = await showEntry(await this.loadProject(), {id: args.id, file: flags.file})
    this.log(renderShow(result))
    return result
  }
}
