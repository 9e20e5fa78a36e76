import {UserError} from '../../errors.js'
import type {FindingsLedger} from '../../ledger/model.js'
import {didYouMean, suggestClosest} from '../../ledger/suggest.js'
import {shownInput} from '../../shown-input.js'

/** Refuses the first ID the findings ledger does not have, suggesting the closest one. */
export function requireKnownFindings(findings: FindingsLedger, ids: readonly string[]): void {
  const known = findings.findings.map((finding) => finding.id)
  for (const id of ids) {
    if (known.includes(id)) continue
    throw new UserError(`Unknown finding \`${shownInput(id)}\` (not in ${findings.doc.path})`, {
      hint: didYouMean(suggestClosest(id, known)) ?? 'add it first with `planledger finding add`',
    })
  }
}
