import type {LedgerDocument} from '../ledger/document.js'
import type {Span} from '../ledger/model.js'
import {trimCharacters} from '../ledger/trim-characters.js'
import {scanOf} from './support/checked-files.js'
import {citedStringsIn} from './support/cited-strings.js'
import {evidencePathOf} from './support/evidence-paths.js'
import {evidenceSpanOf, isDone, rowName} from './support/row-evidence.js'
import {namesReportStamp} from './support/report-stamp.js'
import type {Rule, RuleContext, RuleReport} from './rule.js'
import {positionOf} from './support/text-position.js'
import {ANY_DIALECT} from './support/dialect-scopes.js'

/** A row marked done should say where the proof is: a link, a path to a report, log or file, or a commit. */
export const doneWithoutEvidence: Rule = {
  id: 'done-without-evidence',
  description: 'A row marked done cites no artifact path, link or commit in its guidance cell (checklists: its text)',
  defaultSeverity: 'warning',
  dialects: ANY_DIALECT,
  check(context) {
    const reports: RuleReport[] = []
    for (const plan of context.plans) {
      const unproven = plan.rows.filter((row) => {
        const span = isDone(row) ? evidenceSpanOf(plan, row) : undefined
        return span !== undefined && !citesEvidence(context, plan.doc, span)
      })
      if (!citesEvidenceAsARule(plan.rows.filter(isDone).length, unproven.length)) continue
      for (const row of unproven) {
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
 * Evidence is a convention a plan keeps or does not: a plan with at least 3 done rows of which most
 * cite nothing (how-to guidance, example plans) does not keep it, and a report per row would be
 * noise. Smaller plans cannot show a convention, so there every unproven done row is reported.
 */
function citesEvidenceAsARule(doneRows: number, unproven: number): boolean {
  return doneRows < 3 || unproven * 2 <= doneRows
}

// A commit: 7–40 hex digits with at least one digit and one letter (not a number, not a word such as `defaced`).
const COMMIT = /\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}\b/i

/**
 * Evidence is anything that says where the proof is: a link of any kind, a file path, template or
 * glob (`reports/<STAMP>/x.md`, `reports/…/audit.md` name the report even with a placeholder), a
 * backticked file name (`env.json`), a commit hash, or a report folder's stamp. Paths written
 * without backticks count too, to keep the warning for rows that truly name nothing.
 */
function citesEvidence(context: RuleContext, doc: LedgerDocument, span: Span): boolean {
  for (const cited of citedStringsIn(doc, scanOf(context, doc), span.start, span.end)) {
    if (cited.via === 'link' && cited.text.trim() !== '') return true
    if (evidencePathOf(cited.text) !== undefined) return true
  }
  const text = doc.text.slice(span.start, span.end)
  if (COMMIT.test(text) || namesReportStamp(text)) return true
  // `**path/x.md**:` → `path/x.md`.
  return text.split(/[\s,;()]+/).some((word) => evidencePathOf(trimCharacters(word, '*_`', '*_.:`')) !== undefined)
}
