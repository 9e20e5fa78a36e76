import type {LedgerDocument} from '../ledger/document.js'
import type {Span} from '../ledger/model.js'
import {trimCharacters} from '../ledger/trim-characters.js'
import {scanOf} from './support/checked-files.js'
import {citedStringsIn} from './support/cited-strings.js'
import {evidencePathOf} from './support/evidence-paths.js'
import {evidenceSpanOf, isDone, rowName} from './support/row-evidence.js'
import type {Rule, RuleContext, RuleReport} from './rule.js'
import {positionOf} from './support/text-position.js'
import {ANY_DIALECT} from './support/dialect-scopes.js'

/** A row marked done should say where the proof is: a link, or a path to a report, log or file. */
export const doneWithoutEvidence: Rule = {
  id: 'done-without-evidence',
  description: 'A row marked done cites no artifact path or link in its guidance cell (checklists: its text)',
  defaultSeverity: 'warning',
  dialects: ANY_DIALECT,
  check(context) {
    const reports: RuleReport[] = []
    for (const plan of context.plans) {
      for (const row of plan.rows) {
        const span = isDone(row) ? evidenceSpanOf(plan, row) : undefined
        if (!span || citesEvidence(context, plan.doc, span)) continue
        const where = row.kind === 'checklist' ? 'its text' : 'its guidance cell'
        reports.push({
          path: plan.doc.path,
          ...positionOf(plan.doc, row.state?.span.start ?? row.span.start),
          message: `Done row ${rowName(row)} cites no evidence: no artifact path or link in ${where}`,
          hint: 'cite the report, log or file that shows it done, in backticks or as a link',
        })
      }
    }
    return reports
  },
}

/**
 * A link of any kind, or a path or glob; a template (`reports/<TS>/x.md`) names no file yet. Paths
 * written without backticks count here too, to keep the warning for rows that truly name nothing.
 */
function citesEvidence(context: RuleContext, doc: LedgerDocument, span: Span): boolean {
  for (const cited of citedStringsIn(doc, scanOf(context, doc), span.start, span.end)) {
    if (cited.via === 'link' && cited.text.trim() !== '') return true
    const evidence = evidencePathOf(cited.text)
    if (evidence && evidence.kind !== 'template') return true
  }
  const plainWords = doc.text.slice(span.start, span.end).split(/[\s,;()]+/)
  return plainWords.some((word) => {
    // `**path/x.md**:` → `path/x.md`.
    const evidence = evidencePathOf(trimCharacters(word, '*_', '*_.:'))
    return evidence !== undefined && evidence.kind !== 'template'
  })
}
