import type {Finding} from '../ledger/model.js'
import type {Heading} from '../ledger/scan.js'
import {headingAnchors} from './heading-slug.js'

/**
 * The fragment a link to `finding` uses: the lowercased ID for a table row (`#policy-001`, the
 * convention ledgers already cite), GitHub's anchor of the heading for a `## ID - Title` section
 * (`#probe-mask-default-001---title`, numbered when an earlier heading has the same slug).
 */
export function findingAnchor(finding: Finding, headings: readonly Heading[]): string {
  const index = finding.source === 'heading' ? headings.findIndex((heading) => heading.line === finding.line - 1) : -1
  if (index === -1) return finding.id.toLowerCase()
  return headingAnchors(headings.slice(0, index + 1).map((heading) => heading.text))[index]
}
