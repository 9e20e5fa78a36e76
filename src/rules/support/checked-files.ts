import type {LedgerDocument} from '../../ledger/document.js'
import {scanDocument, type ScanResult} from '../../ledger/scan.js'
import {contextMemo} from './context-memo.js'
import type {RuleContext} from '../rule.js'

const scans = contextMemo<LedgerDocument, ScanResult>()

/** The scan the runner already made of `doc` (scanned afresh only when the document was not checked). */
export function scanOf(context: RuleContext, doc: LedgerDocument): ScanResult {
  return scans(context, doc, () => findScan(context, doc))
}

function findScan(context: RuleContext, doc: LedgerDocument): ScanResult {
  const file = context.files.find((candidate) => candidate.doc === doc) ?? context.files.find((candidate) => candidate.doc.path === doc.path)
  return file?.scan ?? scanDocument(doc)
}
