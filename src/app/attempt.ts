import {UserError} from '../errors.js'
import type {ProjectConfig} from '../io/find-config.js'
import {planAttempt, type AttemptRequest} from '../edit/append-attempt.js'
import {applyEdits} from '../edit/text-edit.js'
import type {FixPlanLedger} from '../ledger/model.js'
import {didYouMean, suggestClosest} from '../ledger/suggest.js'
import type {PlannedChange} from './apply-change.js'
import {plannedChange, readEditable} from './editable-ledger.js'
import {findItemOrFail, itemId} from './find-item.js'
import {loadFindings, locateFixPlan} from './load-ledgers.js'

export interface AttemptInput extends AttemptRequest {
  /** Absent: the file-level history. */
  item?: string
  /** A fix plan other than the configured one (cwd-relative). */
  file?: string
}

export interface AttemptOutcome {
  change: PlannedChange
  path: string
  /** Absent for the file-level history. */
  item?: string
  number?: number
  style: string
  /** Where the prefix style was learnt: the item's entries, the file's other items, or the default. */
  styleSource: string
  entry: string
}

export async function planAttemptChange(project: ProjectConfig, input: AttemptInput): Promise<AttemptOutcome> {
  const path = input.file ?? (await locateFixPlan(project, {required: true}))!
  const [editable, {readFixPlan}] = await Promise.all([readEditable(project, path), import('../ledger/fix-plan.js')])
  const ledger = readFixPlan(editable.doc, editable.scan)
  const id = input.item === undefined ? undefined : itemId(input.item)
  const item = id === undefined ? undefined : findItemOrFail(ledger, id)
  // Without an ITEM the entry goes to the file's own heading-style history (ledgers without `[ID]` items).
  if (id === undefined && !ledger.attempts) throw missingFileHistory(ledger)
  if (input.findings.length > 0) await checkFindingsExist(project, input.findings)
  const plan = planAttempt(ledger, item, input)
  return {
    change: plannedChange(editable, applyEdits(editable.doc.text, plan.edits)),
    path,
    item: id,
    number: plan.number,
    style: plan.template.style,
    styleSource: plan.template.source,
    entry: plan.entry,
  }
}

function missingFileHistory(ledger: FixPlanLedger): UserError {
  const ids = ledger.items.map((item) => item.id)
  return new UserError(`${ledger.doc.path} has no file-level Attempts History; name the item to append to`, {
    hint: ids.length > 0 ? `planledger attempt ${ids[0]} …  (items: ${ids.slice(0, 6).join(', ')}${ids.length > 6 ? ', …' : ''})` : 'add a `## Attempts History` section, or an `## [ID] Title` item',
  })
}


async function checkFindingsExist(project: ProjectConfig, ids: readonly string[]): Promise<void> {
  const findings = await loadFindings(project, {required: true})
  const known = new Set(findings!.findings.map((finding) => finding.id))
  for (const id of ids) {
    if (!known.has(id)) {
      throw new UserError(`Unknown finding \`${id}\` (not in ${findings!.doc.path})`, {hint: didYouMean(suggestClosest(id, known))})
    }
  }
}
