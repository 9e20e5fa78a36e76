import type {Rule, RuleReport} from './rule.js'
import {ANY_DIALECT} from './support/dialect-scopes.js'

/** Every git conflict-marker line in every checked ledger: a half-done merge must not be committed. */
export const conflictMarkers: Rule = {
  id: 'conflict-markers',
  description: 'Git conflict markers (<<<<<<<, =======, >>>>>>>) left in a ledger',
  defaultSeverity: 'error',
  dialects: ANY_DIALECT,
  check(context) {
    const reports: RuleReport[] = []
    for (const {doc, scan} of context.files) {
      for (const at of scan.conflictMarkers) {
        const marker = doc.lines[at].text.slice(0, 7)
        reports.push({
          path: doc.path,
          line: at + 1,
          message: `Unexpected git conflict marker \`${marker}\`, resolve the merge first`,
          hint: 'keep the side you want, delete the marker lines, then check again',
        })
      }
    }
    return reports
  },
}
