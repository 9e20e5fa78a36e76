import assert from 'node:assert/strict'
import {describeWithCorpus} from '../support/corpus.js'
import {checkFiles, corpusText, editLine, reportsOf} from '../support/check-injected.js'

// Recall of attempt-numbering on real fix plans: a repeated number (error), a gap (missing numbers)
// and two entries swapped (one number appears later, out of order; the next goes down), each injected
// into the last entries of a real Attempts History and reported at the entry's line.
//
// Only the seed scenario numbers its attempts; the ptychopinn fix plans write `### <timestamp> — …`
// entries, so their copies are numbered first (1, 2, 3, … in file order, which must check clean).

interface Entry {
  line: number
  number: number
}

interface NumberedHistory {
  text: string
  entries: Entry[]
}

const NUMBER = /Attempt #(\d+)/

/** The seed's `[TEST-PYTORCH-001]` history, numbered as written (#0, #1, #6, #7). */
function seedHistory(): NumberedHistory {
  const text = corpusText('seed-scenario/docs/fix_plan.md')
  const lines = text.split('\n')
  const start = lines.findIndex((line) => line.startsWith('## [TEST-PYTORCH-001]'))
  const end = lines.findIndex((line, at) => at > start && line.startsWith('## '))
  const entries = lines.flatMap((line, at) => (at > start && at < end && /^\s*\* \[/.test(line) && NUMBER.test(line) ? [{line: at + 1, number: Number(NUMBER.exec(line)![1])}] : []))
  return {text, entries}
}

/** A file-level `## Attempts History` of `### <timestamp> — …` entries, numbered 1, 2, 3, … in file order. */
function numberedCopy(path: string): NumberedHistory {
  const lines = corpusText(path).split('\n')
  const start = lines.findIndex((line) => /^## Attempts History\s*$/.test(line))
  assert.ok(start >= 0, `no Attempts History in ${path}`)
  const entries: Entry[] = []
  for (let at = start + 1; at < lines.length && !/^## /.test(lines[at]); at++) {
    const heading = /^(### \S+) — /.exec(lines[at])
    if (!heading) continue
    entries.push({line: at + 1, number: entries.length + 1})
    lines[at] = `${heading[1]} Attempt #${entries.length} — ${lines[at].slice(heading[0].length)}`
  }
  return {text: lines.join('\n'), entries}
}

const withNumber = (text: string, line: number, number: number) => editLine(text, line, (old) => old.replace(NUMBER, `Attempt #${number}`))

async function numberingReports(text: string) {
  return reportsOf(await checkFiles({'docs/fix_plan.md': text}, {plans: []}), 'attempt-numbering')
}

const HISTORIES: Array<[string, () => NumberedHistory]> = [
  ['seed-scenario/docs/fix_plan.md', seedHistory],
  ['ptychopinn/dose_experiments/docs/fix_plan.md', () => numberedCopy('ptychopinn/dose_experiments/docs/fix_plan.md')],
  ['ptychopinn/history/dose_experiments-docs-fix_plan/030-bd52c4acd4.md', () => numberedCopy('ptychopinn/history/dose_experiments-docs-fix_plan/030-bd52c4acd4.md')],
]

describeWithCorpus('recall: attempt-numbering on real fix plans', () => {
  for (const [path, historyOf] of HISTORIES) {
    it(`reports a repeated number, a gap, and two swapped entries at their lines: ${path}`, async () => {
      const {text, entries} = historyOf()
      assert.ok(entries.length >= 3, `too few numbered entries in ${path}`)
      const [first] = entries
      const [before, last] = entries.slice(-2)
      assert.equal(last.number, before.number + 1, 'the last two entries are consecutive')
      const clean = await numberingReports(text)
      assert.deepEqual(clean.filter((report) => report.line === last.line || report.line === before.line).map((report) => report.message).filter((message) => /later|already|go down/.test(message)), [])
      assert.equal(clean.filter((report) => report.line === last.line).length, 0)

      const repeated = (await numberingReports(withNumber(text, last.line, first.number))).filter((report) => report.line === last.line)
      assert.deepEqual(repeated.map((report) => [report.severity, report.message.replace(/ in .*/, '')]), [['error', `\`Attempt #${first.number}\` is already used`]])
      assert.match(repeated[0].hint ?? '', new RegExp(`the first is at line ${first.line}; the next free number is #${before.number + 1}$`))

      const gap = (await numberingReports(withNumber(text, last.line, last.number + 3))).filter((report) => report.line === last.line)
      assert.deepEqual(gap.map((report) => [report.severity, report.message.replace(/^.*: /, '')]), [['warning', `#${last.number}–#${last.number + 2} are missing`]])

      const swapped = withNumber(withNumber(text, before.line, last.number), last.line, before.number)
      const reports = await numberingReports(swapped)
      const atBefore = reports.filter((report) => report.line === before.line)
      assert.equal(atBefore.length, 1)
      assert.match(atBefore[0].message, new RegExp(`#${before.number} appears later, out of order$`))
      assert.doesNotMatch(atBefore[0].message, new RegExp(`#${before.number}\\b[^;]*missing`))
      assert.deepEqual(reports.filter((report) => report.line === last.line).map((report) => report.message.replace(/ in .*: /, ': ')), [`\`Attempt #${before.number}\` follows \`#${last.number}\`: numbers go down`])
    })
  }
})
