import {relative, resolve} from 'node:path'
import {appendAll} from '../ledger/unbounded-arrays.js'
import {isTemplateOrGlob} from './support/evidence-paths.js'
import {folderOf, toPosix} from '../ledger/repository-paths.js'
import {isInsideRoot, rootRelativePath} from './support/context-paths.js'
import {lineMarkupOf} from './support/line-markup.js'
import {linesMatching} from './support/lines-matching.js'
import {isRelativeLinkTarget, linkTargetPath, withoutLineReference} from './support/markdown-links.js'
import type {CheckedFile, Rule, RuleContext, RuleReport} from './rule.js'
import {planAliases, planFieldsOf} from './support/plan-fields.js'
import {ANY_DIALECT} from './support/dialect-scopes.js'

/**
 * Relative Markdown links must resolve from the linking file's folder. Plan fields (Working Plan and
 * its aliases) are plan-reference's: a plan written as a link there is not checked again here.
 */
export const brokenLink: Rule = {
  id: 'broken-link',
  description: 'A relative Markdown link points to a missing file or leaves the repository (warning)',
  defaultSeverity: 'warning',
  dialects: ANY_DIALECT,
  check(context) {
    const reports: RuleReport[] = []
    const planFieldLines = new Set(context.fixPlan?.items.flatMap((item) => planFieldsOf(item, planAliases(context)).map((planField) => planField.field.line)))
    for (const file of context.files) appendAll(reports, linkReports(context, file, file.role === 'fix-plan' ? planFieldLines : new Set()))
    return reports
  },
}

// An inline link's `](`: lines without one have no link to check.
const LINK_OPENER = /\]\(/g

function linkReports(context: RuleContext, file: CheckedFile, skippedLines: Set<number>): RuleReport[] {
  const {doc, scan} = file
  const folder = folderOf(rootRelativePath(context, doc.path))
  const reports: RuleReport[] = []
  for (const index of linesMatching(doc, LINK_OPENER)) {
    if (scan.kinds[index] === 'code' || scan.kinds[index] === 'fence' || skippedLines.has(index + 1)) continue
    const line = doc.lines[index]
    for (const link of lineMarkupOf(line.text).links) {
      if (!isRelativeLinkTarget(link.target)) continue
      const written = linkTargetPath(link.target)
      if (written === '' || isTemplateOrGlob(written)) continue
      // `/docs/x.md` is a repository-root link, as forges render it.
      const resolved = (path: string) => (path.startsWith('/') ? resolve(context.root, `.${path}`) : resolve(context.root, folder, path))
      const target = resolved(written)
      // A file named `x.py:65` is rarer than a line reference to `x.py`: the file is looked for only when the name is not there.
      const path = context.pathExists(target) ? written : withoutLineReference(written)
      const at = {path: doc.path, line: index + 1, column: link.targetStart + 1, severity: 'warning' as const}
      if (!isInsideRoot(context, target)) {
        reports.push({...at, message: `Link \`${link.target}\` escapes the repository`})
      } else if (!context.pathExists(resolved(path))) {
        // The message names the target as written (line reference kept), as it always has.
        const shown = toPosix(relative(context.root, target))
        reports.push({...at, message: `Link \`${link.target}\` points to a missing \`${shown}\``, hint: rootRelativeHint(context, folder, path)})
      }
    }
  }
  return reports
}

/** When the target exists from the root, the author likely wrote a root-relative path: say how to link it. */
function rootRelativeHint(context: RuleContext, folder: string, path: string): string {
  const fromRoot = resolve(context.root, path)
  if (path.startsWith('/') || !isInsideRoot(context, fromRoot) || !context.pathExists(fromRoot)) {
    return `links resolve from the linking file's folder${folder === '' ? '' : ` \`${folder}/\``}`
  }
  const fixed = toPosix(relative(resolve(context.root, folder), fromRoot))
  return `\`${path}\` exists from the repository root; from \`${folder}/\` link \`${fixed}\``
}
