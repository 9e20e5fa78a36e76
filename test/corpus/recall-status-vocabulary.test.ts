import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {createDocument} from '../../src/ledger/document.js'
import {readFixPlan} from '../../src/ledger/fix-plan/fix-plan.js'
import {classifyState, leadingStatusWord} from '../../src/ledger/item-state.js'
import type {FixPlanItem, ItemState} from '../../src/ledger/model.js'
import {corpusPath, describeWithCorpus} from '../support/corpus.js'
import {problemsOf} from '../support/recall-check.js'

// Recall: a Status word misspelt in one item (the file's default vocabulary), and a word outside a
// configured `statusVocabulary`, injected into copies of real fix plans whose statuses are words.

const FILES = ['wild/JularDepick+Maix-Agent/docs/fix_plan.md', 'wild/queukat+advsqlinjection/docs/fix_plan.md', 'wild/Ametrin-Yink+TradeScanner/docs/fix_plan.md']

interface Worded {
  item: FixPlanItem
  /** Offsets of the status's leading word in the text. */
  start: number
  end: number
  word: string
}

/** Every item whose status (field, cell, heading marker, index row) starts with a word, and where that word sits. */
function wordedStatuses(text: string): Worded[] {
  const fixPlan = readFixPlan(createDocument('fix_plan.md', text))
  return fixPlan.items.flatMap((item) => {
    if (item.status === null || !item.statusSpan || item.statusSource === 'box') return []
    const written = text.slice(item.statusSpan.start, item.statusSpan.end)
    const match = /[\p{L}\p{N}][\p{L}\p{N}_-]*/u.exec(written)
    if (!match || leadingStatusWord(written) !== match[0].toLowerCase()) return []
    const start = item.statusSpan.start + match.index
    return [{item, start, end: start + match[0].length, word: match[0]}]
  })
}

/** Other words the ledger reads as each state (item-state.ts), to write one a file does not use. */
const SYNONYMS: Partial<Record<ItemState, string[]>> = {done: ['resolved', 'completed', 'closed'], open: ['todo', 'pending', 'planned'], in_progress: ['wip', 'active']}

function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length
}

describeWithCorpus('recall of status-vocabulary on real fix plans', function () {
  this.timeout(60_000)
  for (const file of FILES) {
    const text = readFileSync(corpusPath(file), 'utf8')

    it(`${file}: a misspelt status word among the file's frequent ones`, async () => {
      const worded = wordedStatuses(text)
      const counts = new Map<string, number>()
      for (const one of worded) counts.set(one.word.toLowerCase(), (counts.get(one.word.toLowerCase()) ?? 0) + 1)
      // The last item whose word the file uses most: a doubled last letter makes it a typo of that word.
      const target = [...worded].reverse().find((one) => counts.get(one.word.toLowerCase()) === Math.max(...counts.values()))!
      const injected = text.slice(0, target.end) + target.word.slice(-1) + text.slice(target.end)
      const line = lineAt(injected, target.start)
      const before = await problemsOf('status-vocabulary', text)
      const after = await problemsOf('status-vocabulary', injected)
      assert.ok(!before.some((problem) => problem.line === line), 'the uninjected copy reports nothing there')
      assert.deepEqual(
        after.filter((problem) => !before.some((old) => old.line === problem.line)).map((problem) => problem.line),
        [line],
      )
      const reported = after.find((problem) => problem.line === line)!
      assert.match(reported.message, new RegExp(`^Status \`${target.word.toLowerCase()}${target.word.slice(-1).toLowerCase()}\` of \\S+ is outside the status vocabulary$`))
      assert.match(reported.hint!, new RegExp(`^did you mean ${target.word.toLowerCase()}\\?`))
    })

    // The last item whose word the file uses twice and the ledger reads as a state (advsqlinjection's
    // `stale` names none: it has no other word, and gets no such test).
    const worded = wordedStatuses(text)
    const used = worded.map((one) => one.word.toLowerCase())
    const target = [...worded].reverse().find((one) => used.filter((word) => word === one.word.toLowerCase()).length >= 2 && SYNONYMS[classifyState(one.word)])
    const synonym = target && SYNONYMS[classifyState(target.word)]!.find((word) => !used.includes(word))
    if (target && synonym) {
      it(`${file}: another word (${synonym}) for the state a frequent word (${target.word}) names`, async () => {
        const injected = text.slice(0, target.start) + synonym + text.slice(target.end)
        const line = lineAt(injected, target.start)
        const before = await problemsOf('status-vocabulary', text)
        const added = (await problemsOf('status-vocabulary', injected)).filter((problem) => !before.some((old) => old.line === problem.line))
        assert.deepEqual(
          added.map((problem) => [problem.line, problem.hint?.split(' (')[0]]),
          [[line, `did you mean ${target.word.toLowerCase()}?`]],
        )
      })
    }

    it(`${file}: a status word outside the configured statusVocabulary`, async () => {
      const worded = wordedStatuses(text)
      const vocabulary = [...new Set(worded.map((one) => one.word.toLowerCase()))]
      const target = worded[0]
      const injected = text.slice(0, target.start) + 'Wontfix' + text.slice(target.end)
      const line = lineAt(injected, target.start)
      assert.deepEqual(await problemsOf('status-vocabulary', text, {statusVocabulary: vocabulary}), [])
      const after = await problemsOf('status-vocabulary', injected, {statusVocabulary: vocabulary})
      assert.deepEqual(
        after.map((problem) => [problem.line, problem.message.replace(/ of \S+ /, ' of ITEM ')]),
        [[line, 'Status `wontfix` of ITEM is outside the status vocabulary']],
      )
    })
  }
})

// The seed's fix plan writes each status once, so its default vocabulary is empty: with its words
// configured as the vocabulary, another word for one of them and a misspelt one are reported.
describeWithCorpus('recall of status-vocabulary on the seed fix plan, with its vocabulary configured', function () {
  this.timeout(60_000)
  const text = readFileSync(corpusPath('seed-scenario/docs/fix_plan.md'), 'utf8')
  const config = {statusVocabulary: ['in_progress', 'done', 'pending']}
  const done = wordedStatuses(text).find((one) => one.word === 'done')!

  for (const {kind, word} of [
    {kind: 'another word for done', word: 'completed'},
    {kind: 'done misspelt', word: 'donee'},
  ]) {
    it(`${kind} (\`${word}\`) is reported at its line, with done as the hint`, async () => {
      const injected = text.slice(0, done.start) + word + text.slice(done.end)
      const line = lineAt(injected, done.start)
      assert.deepEqual(await problemsOf('status-vocabulary', text, config), [])
      const after = await problemsOf('status-vocabulary', injected, config)
      assert.deepEqual(after.map((problem) => [problem.line, problem.message.replace(/ of \S+ /, ' of ITEM '), problem.hint?.split(' (')[0]]), [
        [line, `Status \`${word}\` of ITEM is outside the status vocabulary`, 'did you mean done?'],
      ])
    })
  }
})
