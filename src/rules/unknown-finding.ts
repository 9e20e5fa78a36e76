import {basename, resolve} from 'node:path'
import {ACTIVE_PLANS} from '../ledger/initiative-folders.js'
import type {FindingsLedger} from '../ledger/model.js'
import {didYouMean, suggestClosest} from '../ledger/suggest.js'
import {findingCitationsIn, type FindingCitation} from './support/finding-references.js'
import type {Rule, RuleContext, RuleReport} from './rule.js'
import {positionOf} from './support/text-position.js'
import {ANY_DIALECT} from './support/dialect-scopes.js'

/**
 * Findings cited by link or under a `Findings:` label must exist in the findings ledger (error). A
 * bare token shaped like the ledger's own IDs (a prefix it uses, e.g. `POLICY-` + three digits) that
 * names no finding, fix-plan item or initiative is a warning: likely a typo, possibly another kind of ID.
 */
export const unknownFinding: Rule = {
  id: 'unknown-finding',
  description: 'A finding cited by link or under a Findings label is not in the findings ledger; a finding-shaped ID matches nothing',
  defaultSeverity: 'error',
  dialects: ANY_DIALECT,
  needs: ['findings'],
  check(context) {
    const findings = context.findings
    if (!findings) return []
    const known = knownIds(context, findings)
    const findingsFileName = basename(findings.doc.path)
    const reports: RuleReport[] = []
    for (const file of context.files) {
      const own = file.role === 'findings'
      for (const citation of findingCitationsIn(file.doc, file.scan, {findingsFileName, labelsAndBare: !own})) {
        const message = problemWith(citation, known, findings.doc.path)
        if (message === undefined) continue
        reports.push({
          ...(citation.kind === 'bare' && {severity: 'warning' as const}),
          path: file.doc.path,
          ...positionOf(file.doc, citation.offset),
          message,
          ...optionalHint(didYouMean(suggestClosest(citation.id, known.findingIds))),
        })
      }
    }
    return reports
  },
}

interface KnownIds {
  findingIds: string[]
  /** Upper-cased finding IDs (anchors are often lower-cased slugs). */
  findings: Set<string>
  /** `POLICY` → digit counts the ledger uses after it (`3`). */
  shapes: Map<string, Set<number>>
  /** Fix-plan items and initiatives: IDs that are not findings but are fine to mention. */
  others(id: string): boolean
}

function knownIds(context: RuleContext, findings: FindingsLedger): KnownIds {
  const findingIds = findings.findings.map((finding) => finding.id)
  const shapes = new Map<string, Set<number>>()
  for (const id of findingIds) {
    const number = /-(\d+)$/.exec(id)
    if (!number) continue
    const prefix = id.slice(0, number.index)
    shapes.set(prefix, (shapes.get(prefix) ?? new Set()).add(number[1].length))
  }
  const items = new Set(context.fixPlan?.items.flatMap((item) => (item.id === null ? [] : [item.id])) ?? [])
  const planPaths = context.plans.map((plan) => resolve(context.cwd, plan.doc.path))
  return {
    findingIds,
    findings: new Set(findingIds.map((id) => id.toUpperCase())),
    shapes,
    others: (id) =>
      items.has(id) ||
      planPaths.some((path) => path.includes(`/${id}/`)) ||
      context.pathExists(resolve(context.root, ACTIVE_PLANS, id)) ||
      context.pathExists(resolve(context.root, ACTIVE_PLANS, `${id}.md`)),
  }
}

/** The report message for a citation naming no finding, or undefined when it is fine. */
function problemWith(citation: FindingCitation, known: KnownIds, findingsPath: string): string | undefined {
  const {id} = citation
  if (known.findings.has(id.toUpperCase())) return undefined
  const ledger = `the findings ledger \`${findingsPath}\``
  switch (citation.kind) {
    case 'link':
      // `findings.md#key-lessons-1` is a section link, not a finding: only ID-shaped anchors count.
      if (!isFindingShaped(id.toUpperCase(), known) && !/-\d{3,}$/.test(id)) return undefined
      return `Finding \`${id}\` cited by link \`${citation.via}\` is not in ${ledger}`
    case 'label':
      return `Finding \`${id}\` under \`${citation.via}\` is not in ${ledger}`
    case 'bare':
      if (!isFindingShaped(id, known) || known.others(id)) return undefined
      return `\`${id}\` looks like a finding ID but is not in ${ledger}, nor a fix-plan item or initiative`
  }
}

function optionalHint(hint: string | undefined): {hint?: string} {
  return hint === undefined ? {} : {hint}
}

function isFindingShaped(id: string, known: KnownIds): boolean {
  const number = /-(\d+)$/.exec(id)
  return number !== null && known.shapes.get(id.slice(0, number.index))?.has(number[1].length) === true
}
