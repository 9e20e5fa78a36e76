import type {LedgerDocument} from '../ledger/document.js'
import {scanDocument, type ScanResult} from '../ledger/scan.js'
import type {RuleContext} from './rule.js'

/** The scan the runner already made of `doc` (scanned afresh only when the document was not checked). */
export function scanOf(context: RuleContext, doc: LedgerDocument): ScanResult {
  const file = context.files.find((candidate) => candidate.doc === doc) ?? context.files.find((candidate) => candidate.doc.path === doc.path)
  return file?.scan ?? scanDocument(doc)
}
