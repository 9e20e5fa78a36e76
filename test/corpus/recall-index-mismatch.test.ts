import assert from 'node:assert/strict'
import {describeWithCorpus} from '../support/corpus.js'
import {at, eolOf, insertLines, lineMatching, problemsOf, readIn, removeRepo, repoFromCorpus, replaceLine, writeIn, type Problem} from '../support/recall.js'

// Recall of index-mismatch: each defect kind injected into real fix plans that keep an index. Only
// two corpus fix plans have one (the seed's `## Index`, TradeScanner's `## Severity Summary`); the
// third case is docanalyzer, a real id-headings plan given the summary table such teams write (one
// row per `### Шаг N.M` heading, ✅ when the heading has it) before the defect goes in.

interface Case {
  from: string
  /** A row of the index naming a real item (reported there when the two disagree). */
  row: RegExp
  /** The line whose status is changed to another state (the row, or the item where the index holds the only status), and how. */
  statusLine: RegExp
  changeStatus: (line: string) => string
  /** An index row naming no item, as the file writes its rows. */
  strayRow: string
  /** The row to drop, and the heading line of its item (reported there). */
  dropRow: RegExp
  itemHeading: RegExp
  /** Bracketed headings: a missing entry is an error; other dialects' summaries warn. */
  missingSeverity: 'error' | 'warning'
  /** Extra text the case needs first (docanalyzer's summary table). */
  prepare?: (text: string) => string
}

/** A summary table of docanalyzer's step headings, appended at the end. */
function withStepSummary(text: string): string {
  const eol = eolOf(text)
  const rows = text.split(eol).flatMap((line) => {
    const step = /^### (Шаг \d+\.\d+):/.exec(line)
    return step ? [step[1]] : []
  })
  const status = (id: string) => (new RegExp(`^### ${id.replace('.', '\\.')}:.*✅`, 'm').test(text) ? '✅' : '⏳')
  const table = ['## Сводка', '', '| ID | Status |', '| --- | --- |', ...rows.map((id) => `| ${id} | ${status(id)} |`), '']
  return text.replace(/\s*$/, '') + eol + eol + table.join(eol)
}

const CASES: Case[] = [
  {
    from: 'seed-scenario/docs/fix_plan.md',
    row: /^\| \[INTEGRATE-PYTORCH-001\]/,
    statusLine: /^\| \[INTEGRATE-PYTORCH-001\]/,
    changeStatus: (row) => row.replace(/\| done \|$/, '| pending |'),
    strayRow: '| [TEST-PYTORCH-009](#test-pytorch-009) | Not an item | Low | pending |',
    dropRow: /^\| \[DATA-LOADER-002\]/,
    itemHeading: /^## \[DATA-LOADER-002\]/,
    missingSeverity: 'error',
  },
  {
    from: 'wild/Ametrin-Yink+TradeScanner/docs/fix_plan.md',
    row: /^\| W2 /,
    // Its items carry no status of their own (the table is where it lives): the heading gets one, as agents mark them.
    statusLine: /^### W2:/,
    changeStatus: (heading) => `${heading} 🚧 IN PROGRESS`,
    strayRow: '| W9  | Low      | Not an item                           | FIXED    |',
    dropRow: /^\| C3 /,
    itemHeading: /^### C3:/,
    missingSeverity: 'warning',
  },
  {
    from: 'wild/maverikod+docanalyzer/docs/fix_plan.md',
    prepare: withStepSummary,
    row: /^\| Шаг 1\.1 \|/,
    statusLine: /^\| Шаг 1\.1 \|/,
    changeStatus: (row) => row.replace('✅', 'pending'),
    strayRow: '| Шаг 9.9 | ✅ |',
    dropRow: /^\| Шаг 2\.1 \|/,
    itemHeading: /^### Шаг 2\.1:/,
    missingSeverity: 'warning',
  },
]

const PATH = 'docs/fix_plan.md'

describeWithCorpus('recall: index-mismatch on real fix plans with an index', () => {
  for (const c of CASES) {
    describe(c.from, () => {
      let root: string
      let text: string
      let clean: Problem[]
      beforeEach(async () => {
        root = repoFromCorpus({[PATH]: c.from})
        text = c.prepare ? c.prepare(readIn(root, PATH)) : readIn(root, PATH)
        writeIn(root, PATH, text)
        clean = await problemsOf(root, 'index-mismatch')
      })
      afterEach(() => removeRepo(root))

      async function reportedAt(injected: string, line: number): Promise<Problem[]> {
        assert.deepEqual(at(clean, PATH, line), [], 'the untouched file has no report there')
        writeIn(root, PATH, injected)
        return at(await problemsOf(root, 'index-mismatch'), PATH, line)
      }

      it('an index status that contradicts the item is reported at the index row', async () => {
        const line = lineMatching(text, c.row)
        const found = await reportedAt(replaceLine(text, lineMatching(text, c.statusLine), c.changeStatus), line)
        assert.equal(found.length, 1, JSON.stringify(found))
        assert.equal(found[0].severity, 'error')
        assert.match(found[0].message, /^Index status .* differs from the item's/)
      })

      it('an index row naming no item is reported at that row', async () => {
        const line = lineMatching(text, c.row) + 1
        const found = await reportedAt(insertLines(text, line, [c.strayRow]), line)
        assert.equal(found.length, 1, JSON.stringify(found))
        assert.equal(found[0].severity, 'error')
        assert.match(found[0].message, /^Index entry .* has no .* item in this file$/)
      })

      it('an item left out of the index is reported at its heading', async () => {
        const dropped = lineMatching(text, c.dropRow)
        const lines = text.split(eolOf(text))
        const injected = [...lines.slice(0, dropped - 1), ...lines.slice(dropped)].join(eolOf(text))
        const heading = lineMatching(injected, c.itemHeading)
        const found = await reportedAt(injected, heading)
        assert.equal(found.length, 1, JSON.stringify(found))
        assert.equal(found[0].severity, c.missingSeverity)
        assert.match(found[0].message, /is missing from the index$/)
      })
    })
  }
})
