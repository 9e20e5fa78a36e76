import {readFileSync} from 'node:fs'
import * as Args from '@oclif/core/args'
import * as Flags from '@oclif/core/flags'
import type {ApplyOutcome} from '../app/apply-change.js'
import {UserError} from '../errors.js'
import {BaseCommand} from './base-command.js'
import {editFlags, outcomeLine, previewAndApplyPlan} from './edit-support.js'

export default class Attempt extends BaseCommand {
  static override summary = 'Append one Attempts History entry to a fix-plan item, in the item\u2019s own style'
  static override examples = [
    '<%= config.bin %> attempt TEST-PYTORCH-001 --body "Phase D1 runtime profile: 35.9s median" --finding POLICY-001 --yes',
    'echo "text" | <%= config.bin %> attempt TEST-PYTORCH-001 --body-file - --dry-run',
    '<%= config.bin %> attempt TEST-PYTORCH-001 --amend --body "final: 35.2s median" --yes   # continue the newest entry',
    '<%= config.bin %> attempt --file galph_memory.md --body "focus=seed state=planning" --yes   # a journal entry',
    '<%= config.bin %> attempt --label "seed S4 (shipped)" --body-file notes.md --yes   # file-level `### <time> — label` history',
  ]

  static override args = {item: Args.string({description: 'fix-plan item ID, e.g. TEST-PYTORCH-001; omit for the file-level history of heading-style ledgers'})}

  static override flags = {
    ...editFlags,
    body: Flags.string({description: 'the entry text (first line follows the prefix)', exclusive: ['body-file']}),
    'body-file': Flags.string({description: 'read the entry text from a file, or - for stdin', helpValue: 'FILE'}),
    date: Flags.string({description: 'YYYY-MM-DD or an ISO 8601 timestamp, written verbatim (default: now, in the file\u2019s precision)'}),
    label: Flags.string({description: 'label for (label) and heading styles'}),
    number: Flags.integer({description: 'Attempt number (default: highest in the item + 1)', min: 0}),
    result: Flags.string({description: 'adds a Result: clause', options: ['success', 'partial', 'failed']}),
    artifact: Flags.string({description: 'adds an Artifacts: clause (repeatable)', multiple: true, default: []}),
    finding: Flags.string({description: 'adds a Findings: clause; must exist in the findings ledger (repeatable)', multiple: true, default: []}),
    file: Flags.string({description: 'a fix plan other than the configured one, or a journal (galph_memory.md) to add an entry to', helpValue: 'PATH'}),
    amend: Flags.boolean({description: 'add the body as continuation lines of the newest entry instead of a new entry', exclusive: ['date', 'label', 'number']}),
  }

  async run(): Promise<{outcome: ApplyOutcome; path: string; item: string | null; number: number | null; style: string; amended: boolean; order: string | null; entry: string; diff: string}> {
    const {args, flags} = await this.parse(Attempt)
    const {planAttemptChange} = await import('../app/attempt.js')
    const body = readBody(flags.body, flags['body-file'])
    const project = await this.loadProject()
    const request = {
      item: args.item, file: flags.file, body, date: flags.date, now: new Date(), label: flags.label, number: flags.number,
      result: flags.result, amend: flags.amend, artifacts: flags.artifact, findings: flags.finding.flatMap((id) => id.split(',')).filter(Boolean),
    }
    // Planned again under the lock if the file changed meanwhile: the number is then the next free one.
    const plan = () => planAttemptChange(project, request)
    const {planned, result} = await previewAndApplyPlan(await plan(), {replan: plan, changesOf: (p) => [p.change]}, flags, this.jsonEnabled())
    this.log(outcomeLine(result))
    return {outcome: result.outcome, path: planned.path, item: planned.item ?? null, number: planned.number ?? null, style: planned.style, amended: flags.amend, order: planned.order ?? null, entry: planned.entry, diff: result.diff}
  }
}

function readBody(body: string | undefined, bodyFile: string | undefined): string {
  if (body !== undefined) return body
  if (bodyFile === undefined) throw new UserError('No attempt body given', {hint: 'pass --body TEXT, --body-file FILE, or --body-file - to read stdin'})
  try {
    // File descriptor 0 is stdin; a pipe is read to its end.
    return readFileSync(bodyFile === '-' ? 0 : bodyFile, 'utf8')
  } catch (error) {
    throw new UserError(`cannot read the attempt body from ${bodyFile === '-' ? 'stdin' : bodyFile}: ${(error as Error).message}`)
  }
}
