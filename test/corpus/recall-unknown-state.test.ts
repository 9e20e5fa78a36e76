import assert from 'node:assert/strict'
import {describeWithCorpus} from '../support/corpus.js'
import {checkFiles, corpusText, editLine, linesMatching, reportsOf} from '../support/check-injected.js'

// Recall of unknown-state: a marker outside the vocabulary, injected into real plans (table State
// cells, backticked or not, and checklist boxes), is reported at its line and column; the skip
// markers injected the same way are not.
const PLANS = [
  'ptychopinn/main/plans/examples/2025-07-registration-refactor/phase_1_checklist.md',
  'ptychopinn/main/plans/examples/2025-08-simulation-workflow-unification/phase_2_checklist.md',
  'ptychopinn/dose_experiments/plans/active/DEBUG-SIM-LINES-DOSE-001/implementation.md',
  'seed-scenario/plans/active/TEST-PYTORCH-001/implementation.md',
]
const AT = 'plans/active/R-1/implementation.md'

// A state marker in a table cell (`| [x] |`, `` | `[D]` | ``) or a checklist box (`- [ ] `).
const CELL_MARKER = /\|\s*`?\[[ xXDP]\]`?\s*\|/
const BOX_MARKER = /^\s*[-*] \[[ xX]\] /

/** The first, middle and last lines holding a marker. */
function markerLines(text: string): number[] {
  const lines = linesMatching(text, new RegExp(`${CELL_MARKER.source}|${BOX_MARKER.source}`))
  return [...new Set([lines[0], lines[Math.floor(lines.length / 2)], lines[lines.length - 1]])]
}

/** The line with its (first) marker replaced by `[marker]`, and the 1-based column of its `[`. */
function withMarker(line: string, marker: string): {line: string; column: number} {
  const box = BOX_MARKER.exec(line)
  const at = box ? line.indexOf('[') : line.search(/\[[ xXDP]\]/)
  return {line: `${line.slice(0, at)}[${marker}]${line.slice(at + 3)}`, column: at + 1}
}

describeWithCorpus('recall: unknown-state on real plans', () => {
  for (const path of PLANS) {
    it(`reports an injected unknown marker at its line and column, and not the skip markers: ${path}`, async () => {
      const text = corpusText(path)
      const lines = markerLines(text)
      assert.ok(lines.length >= 2, `too few markers in ${path}`)
      const clean = reportsOf(await checkFiles({[AT]: text}), 'unknown-state')
      for (const [index, line] of lines.entries()) {
        assert.equal(clean.filter((report) => report.line === line).length, 0, `${path}:${line} reported before injection`)
        const marker = ['Q', '?', '~'][index % 3]
        let column = 0
        const injected = editLine(text, line, (old) => {
          const edited = withMarker(old, marker)
          column = edited.column
          return edited.line
        })
        const reports = reportsOf(await checkFiles({[AT]: injected}), 'unknown-state').filter((report) => report.line === line)
        assert.equal(reports.length, 1, `${path}:${line} [${marker}] not reported`)
        assert.equal(reports[0].column, column)
        assert.equal(reports[0].severity, 'error')
        assert.match(reports[0].message, new RegExp(`^Unexpected \`\\[${marker === '?' ? '\\?' : marker}\\]\` in (?:State cell|checkbox)`))
        for (const skip of ['S', '-', 'SKIP']) {
          const skipped = editLine(text, line, (old) => withMarker(old, skip).line)
          assert.deepEqual(reportsOf(await checkFiles({[AT]: skipped}), 'unknown-state').filter((report) => report.line === line), [], `${path}:${line} [${skip}]`)
        }
      }
    })
  }
})
