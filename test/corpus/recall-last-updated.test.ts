import assert from 'node:assert/strict'
import {describeWithCorpus} from '../support/corpus.js'
import {corpusText, insertAfter, lineWith, problemsOf, replaceLine, type RecallCase} from '../support/recall-copy.js'

// Real fix plans with dated attempt entries; each gets a Last Updated header behind its newest entry,
// and one in the future, and must be reported at the header's line (and nowhere in the untouched copy).
const HISTORY = 'ptychopinn/history/dose_experiments-docs-fix_plan'
const FILES: Array<{source: string; header: (text: string) => {text: (value: string) => string; line: number}}> = [
  {
    source: 'seed-scenario/docs/fix_plan.md',
    header: (text) => {
      const line = lineWith(text, '**Last Updated:**')
      return {line, text: (value) => replaceLine(text, line, `**Last Updated:** ${value}`)}
    },
  },
  // A file-level `## Attempts History` of `### <timestamp>` entries, and no header yet: one is added under the title.
  ...['030-bd52c4acd4.md', '050-b18c364369.md'].map((name) => ({
    source: `${HISTORY}/${name}`,
    header: (text: string) => ({line: 2, text: (value: string) => insertAfter(text, 1, `**Last Updated:** ${value}`)}),
  })),
]

describeWithCorpus('recall: last-updated on real fix plans', () => {
  for (const {source, header} of FILES) {
    const copy = (value?: string): RecallCase => {
      const text = corpusText(source)
      return {source, into: 'docs/fix_plan.md', ...(value !== undefined && {inject: () => header(text).text(value)})}
    }
    const line = header(corpusText(source)).line

    it(`${source}: a header older than the newest entry, and one in the future, at line ${line}`, async () => {
      const stale = await problemsOf('last-updated', copy('2025-01-01'))
      assert.deepEqual(stale.map((problem) => [problem.line, problem.severity]), [[line, 'warning']], JSON.stringify(stale))
      assert.match(stale[0].message, /^Last Updated `2025-01-01` is older than the newest attempt entry/)
      const future = await problemsOf('last-updated', copy('2999-01-01'))
      assert.deepEqual(future.map((problem) => [problem.line, problem.message.replace(/\(.*\)/, '(…)')]), [[line, 'Last Updated `2999-01-01` is later than today (…)']])
    })

    it(`${source}: nothing in the untouched copy, nor with a header dated the newest entry's day`, async () => {
      assert.deepEqual(await problemsOf('last-updated', copy()), [])
      const days = [...corpusText(source).matchAll(/^\s*(?:[*-] \[|###? )(\d{4}-\d{2}-\d{2})/gm)].map((match) => match[1]).sort()
      assert.deepEqual(await problemsOf('last-updated', copy(days[days.length - 1])), [])
    })
  }
})
