import {classifyState, leadingStatusWord} from '../ledger/item-state.js'
import {itemLabel} from '../ledger/item-label.js'
import type {FixPlanItem, ItemState, StatusSource} from '../ledger/model.js'
import {didYouMean, suggestClosest} from '../ledger/suggest.js'
import {stateVocabularyOf} from '../ledger/plan/state-marker.js'
import {positionOf} from './support/text-position.js'
import type {Rule, RuleReport} from './rule.js'

/** Below this many worded statuses, "the words the file uses twice" is no vocabulary yet. */
export const MIN_ITEMS_FOR_VOCABULARY = 5

/**
 * A Status whose leading word is outside the vocabulary: the configured `statusVocabulary`, else
 * the words the file itself uses at least twice. Unconfigured, a word used once is reported only
 * when a frequent word says the same (`completed` among `done`s, `in-progress` among
 * `in_progress`) or is spelt almost alike (`pendng`): a once-used word with no such neighbour
 * (`DEFERRED`, the first `blocked`) is a state of its own, not a stray spelling. Statuses written
 * as boxes have no words.
 */
export const statusVocabulary: Rule = {
  id: 'status-vocabulary',
  description: `A fix-plan Status whose leading word is outside \`statusVocabulary\`, else outside the words the file uses twice (from ${MIN_ITEMS_FOR_VOCABULARY} worded statuses; warning)`,
  defaultSeverity: 'warning',
  dialects: ['bracketed-headings', 'id-headings', 'table', 'queue-log'],
  needs: ['fix-plan'],
  check(context) {
    const fixPlan = context.fixPlan
    if (!fixPlan) return []
    const worded = wordedStatuses(fixPlan.items)
    const vocabulary = stateVocabularyOf(context.config.states)
    const stateOf = (word: string) => classifyState(word, vocabulary)
    const configured = context.config.statusVocabulary
    const reports: RuleReport[] = []
    const report = (status: WordedStatus, hint: string) => {
      const {line, column} = positionOf(fixPlan.doc, status.offset)
      reports.push({path: fixPlan.doc.path, line, column, message: `Status \`${status.word}\` of ${itemLabel(status.item, fixPlan.dialect)} is outside the status vocabulary`, hint})
    }
    if (configured) {
      const allowed = configured.map((word) => leadingStatusWord(word) ?? word.toLowerCase())
      for (const status of worded) {
        if (allowed.includes(status.word)) continue
        report(status, withSuggestion(suggestionFor(status.word, allowed, stateOf), `"statusVocabulary" in .planledger.json allows ${allowed.join(', ')}`))
      }
      return reports
    }
    if (worded.length < MIN_ITEMS_FOR_VOCABULARY) return reports
    const counts = new Map<string, number>()
    for (const status of worded) counts.set(status.word, (counts.get(status.word) ?? 0) + 1)
    const frequent = [...counts].filter(([, count]) => count >= 2).map(([word]) => word)
    if (frequent.length === 0) return reports
    for (const status of worded) {
      if (counts.get(status.word)! >= 2) continue
      // Only a word with a frequent word to offer instead: one of another spelling, or a typo of one.
      const suggestion = suggestionFor(status.word, frequent, stateOf)
      if (suggestion) report(status, `${suggestion} (the file's other statuses use ${frequent.join(', ')}; or set "statusVocabulary" in .planledger.json)`)
    }
    return reports
  },
}

interface WordedStatus {
  item: FixPlanItem
  word: string
  /** Document offset of the status text. */
  offset: number
}

// Boxes and section headings (`## Completed`) are no status words; an index row is when it is all the item has.
const WORDED_SOURCES: readonly StatusSource[] = ['field', 'cell', 'heading-marker', 'index']

/** Items whose status is written in words (a field, a cell, a heading marker, its index row), with the leading word. */
function wordedStatuses(items: readonly FixPlanItem[]): WordedStatus[] {
  const worded: WordedStatus[] = []
  for (const item of items) {
    if (item.status === null || !item.statusSpan) continue
    if (!WORDED_SOURCES.includes(item.statusSource)) continue
    const word = leadingStatusWord(item.status)
    // Words, not markers: `[x]` or `✅` alone has no word to hold to a vocabulary.
    if (word === undefined || !/\p{L}/u.test(word)) continue
    worded.push({item, word, offset: item.statusSpan.start})
  }
  return worded
}

/** The vocabulary word meaning the same state, else the closest spelling; undefined for neither. */
function suggestionFor(word: string, words: readonly string[], stateOf: (word: string) => ItemState): string | undefined {
  const state = stateOf(word)
  const sameState = state === 'unknown' ? [] : words.filter((candidate) => stateOf(candidate) === state)
  return didYouMean(sameState.length > 0 ? sameState.slice(0, 3) : suggestClosest(word, words))
}

function withSuggestion(suggestion: string | undefined, otherwise: string): string {
  return suggestion ? `${suggestion} (${otherwise})` : otherwise
}
