import {createDocument} from '../../../src/ledger/document.js'
import type {FixPlanReadOptions} from '../../../src/ledger/dialects/reader-options.js'
import {readFixPlan} from '../../../src/ledger/fix-plan/fix-plan.js'
import type {FixPlanLedger} from '../../../src/ledger/model.js'

/** Reads `lines` (joined with `eol`) as a fix plan. */
export function readLines(lines: string[], options: FixPlanReadOptions = {}, eol = '\n'): FixPlanLedger {
  return readFixPlan(createDocument('docs/fix_plan.md', lines.join(eol) + eol), undefined, options)
}

/** The text a span cuts. */
export function cut(ledger: FixPlanLedger, span: {start: number; end: number} | undefined): string | undefined {
  return span && ledger.doc.text.slice(span.start, span.end)
}
