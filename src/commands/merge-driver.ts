import * as Args from '@oclif/core/args'
import * as Flags from '@oclif/core/flags'
import type {MergeDriverOutcome} from '../app/merge/merge-driver.js'
import {BaseCommand} from './base-command.js'

export default class MergeDriver extends BaseCommand {
  static override summary = 'The git merge driver for ledgers: merge BASE, OURS and THEIRS by structure, into OURS'
  static override description =
    'Items by ID, fields by key, attempts by entry (both sides\u2019 kept, by date), index, plan and findings rows by ID (cell by cell), journal entries by heading, Last Updated = the later date; markers only around what both sides changed differently. Exit 0 when clean, 1 when conflicts remain. Registered by `planledger init`: git config merge.planledger.driver "planledger merge-driver %O %A %B --path %P --marker-size %L".'

  static override examples = ['<%= config.bin %> merge-driver base.md ours.md theirs.md --path docs/fix_plan.md', '<%= config.bin %> merge-driver %O %A %B --path %P --marker-size %L']

  static override args = {
    base: Args.string({description: 'the common ancestor (%O)', required: true}),
    ours: Args.string({description: 'our version (%A); the merge is written here', required: true}),
    theirs: Args.string({description: 'their version (%B)', required: true}),
  }

  static override flags = {
    path: Flags.string({description: 'the file\u2019s path in the repository (%P): says which ledger it is', helpValue: 'P'}),
    'marker-size': Flags.integer({description: 'conflict marker length (%L)', helpValue: 'N', default: 7, min: 1, max: 100}),
  }

  async run(): Promise<MergeDriverOutcome> {
    const {args, flags} = await this.parse(MergeDriver)
    const {runMergeDriver} = await import('../app/merge/merge-driver.js')
    const input = {base: args.base, ours: args.ours, theirs: args.theirs, markerSize: flags['marker-size'], ...(flags.path !== undefined && {path: flags.path})}
    const outcome = await runMergeDriver(() => this.loadProject(), input)
    for (const note of outcome.notes) this.logToStderr(`${outcome.path}: ${note}`)
    if (outcome.conflicts > 0) {
      this.logToStderr(`${outcome.path}: ${outcome.conflicts} conflict(s) left with markers`)
      process.exitCode = 1
    }
    return outcome
  }
}
