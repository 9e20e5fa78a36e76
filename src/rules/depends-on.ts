import {normalizeKey} from '../ledger/fix-plan/item-fields.js'
import {isSettled} from '../ledger/fix-plan/settled-item.js'
import {textFieldsOf} from '../ledger/fix-plan/text-fields.js'
import {itemLabel} from '../ledger/item-label.js'
import type {Field, FixPlanItem, FixPlanLedger} from '../ledger/model.js'
import {didYouMean} from '../ledger/suggest.js'
import {oneEditIndex} from './support/one-edit-index.js'
import {firstById} from './support/first-by-id.js'
import {ANY_DIALECT} from './support/dialect-scopes.js'
import {columnAt} from './support/text-position.js'
import {scanOf} from './support/checked-files.js'
import type {Rule, RuleReport} from './rule.js'

/** The field names a dependency is written under (compared as normalizeKey does, `-` as a space). */
export const DEPENDS_ON_KEYS: readonly string[] = ['depends on', 'depends', 'dependencies', 'dependency', 'blocked by']

// A word that could be an item ID: letters, digits, `-`, `_`, `.`; brackets, bold and backticks around it are dropped.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}._-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu

/**
 * An item at work (in_progress or partial: warning, since starting beside an unfinished dependency is
 * sometimes deliberate) or done (error: the ledger contradicts itself, either the dependency is
 * finished and its Status is stale, or the item was closed too early) whose `Depends on:` field names
 * an item that is not done. Done means the item's state reads as done, or its Status says archived
 * or skipped. A word one typo away from an item's ID is reported as unknown; other unknown words are
 * left alone (prose, or items archived out of the file).
 */
export const dependsOn: Rule = {
  id: 'depends-on',
  description: 'An in_progress (warning) or done (error) item depends on an item that is not done, or on an ID no item has (warning)',
  defaultSeverity: 'error',
  dialects: ANY_DIALECT,
  needs: ['fix-plan'],
  check(context) {
    const fixPlan = context.fixPlan
    if (!fixPlan) return []
    const items = firstById(fixPlan.items)
    // Built once: looked up per word of every field.
    const byLowerId = new Map([...items].map(([id, other]) => [lowerId(id), other]))
    let typoOf: ((word: string) => string | undefined) | undefined
    const idPattern = context.config.idPattern
    const lookup: Lookup = {items, byLowerId, typoOf: (word) => (typoOf ??= oneEditIndex(items.keys()))(word), ...(idPattern !== undefined && {ids: idsAnywhere(idPattern)})}
    const scan = scanOf(context, fixPlan.doc)
    const reports: RuleReport[] = []
    for (const item of fixPlan.items) {
      const working = item.state === 'in_progress' || item.state === 'partial'
      if (!working && item.state !== 'done') continue
      // Bullets (`- Depends on:`) and lines of their own (`**Depends On:** W1`), in line order.
      const fields = [...item.fields, ...textFieldsOf(fixPlan.doc, scan, item)].sort((a, b) => a.line - b.line)
      for (const field of fields) {
        if (DEPENDS_ON_KEYS.includes(normalizeKey(field.key).replace(/-/g, ' '))) reports.push(...fieldReports(fixPlan, lookup, item, field, working))
      }
    }
    return reports
  },
}

/** The file's items by ID, by ID in lookup form, and the ID one typo from a word (the index built on first use). */
interface Lookup {
  items: Map<string, FixPlanItem>
  byLowerId: Map<string, FixPlanItem>
  typoOf(word: string): string | undefined
  /** The configured `idPattern`, finding IDs anywhere in a value; absent: the built-in ID words. */
  ids?: RegExp
}

/** `idPattern` matched anywhere, but not inside a longer word (`XBUG#12` or `BUG#123` hold no `BUG#12`). */
function idsAnywhere(source: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'gu')
}

function fieldReports(fixPlan: FixPlanLedger, {items, byLowerId, typoOf, ids}: Lookup, item: FixPlanItem, field: Field, working: boolean): RuleReport[] {
  const reports: RuleReport[] = []
  const label = (other: FixPlanItem) => itemLabel(other, fixPlan.dialect)
  const seen = new Set<string>()
  for (const {word, index} of ids ? patternReferencesIn(field.value, ids) : referencesIn(field.value, byLowerId)) {
    if (seen.has(word.toLowerCase()) || word.toLowerCase() === item.id?.toLowerCase()) continue
    seen.add(word.toLowerCase())
    const at = {path: fixPlan.doc.path, line: field.line, column: columnAt(fixPlan.doc, field.line, field.valueSpan.start + index)}
    const dependency = items.get(word) ?? byLowerId.get(lowerId(word))
    if (!dependency) {
      const typo = looksLikeId(word) ? typoOf(word) : undefined
      if (typo !== undefined) reports.push({...at, severity: 'warning', message: `${label(item)} depends on \`${word}\`, which no item of this file has`, hint: didYouMean([typo])})
      continue
    }
    // A dependency whose state cannot be read may well be done: only a known unfinished state is reported.
    if (isSettled(dependency) || dependency.state === 'unknown') continue
    const written = dependency.status?.replace(/[`*]/g, '').trim() ?? ''
    // The state alone where the status adds nothing: a blank box, or the state's own word.
    const status = written === '' || written.toLowerCase().replace(/[- ]/g, '_') === dependency.state ? dependency.state : `${dependency.state}: \`${shortened(written)}\``
    reports.push({
      ...at,
      ...(working && {severity: 'warning' as const}),
      message: `${label(item)} is ${item.state} but depends on ${label(dependency)}, which is not done (${status}, line ${dependency.line})`,
      hint: working ? `finish ${label(dependency)} first, or drop the dependency` : `update ${label(dependency)}'s Status if it is done, else reopen ${label(item)}`,
    })
  }
  return reports
}

/** The IDs the configured pattern reads in a field value (link targets blanked), with their offsets. */
function patternReferencesIn(value: string, ids: RegExp): Array<{word: string; index: number}> {
  const text = value.replace(/\]\([^()]*\)/g, (target) => ' '.repeat(target.length))
  return [...text.matchAll(ids)].filter((match) => match[0] !== '').map((match) => ({word: match[0], index: match.index}))
}

/**
 * The words of a field value that may name items, with their offsets (the built-in ID reading). IDs with spaces in them
 * (`Phase 1`, `Шаг 1.1`) are matched as runs of up to four words, longest first, by lookup (linear in
 * the value). Link targets (`[A-1](#a-1)`) are blanked, not removed, so offsets hold. A bare number
 * right after a word (`Python 3`) is part of that phrase, not an item `3`.
 */
function referencesIn(value: string, byLowerId: Map<string, FixPlanItem>): Array<{word: string; index: number}> {
  const text = value.replace(/\]\([^()]*\)/g, (target) => ' '.repeat(target.length))
  const words = [...text.matchAll(WORD)].map((match) => ({word: match[0], index: match.index}))
  const found: Array<{word: string; index: number}> = []
  for (let at = 0; at < words.length; at++) {
    const run = longestSpacedId(text, words, at, byLowerId)
    if (run > 1) {
      const last = words[at + run - 1]
      found.push({word: text.slice(words[at].index, last.index + last.word.length), index: words[at].index})
      at += run - 1
      continue
    }
    const {word, index} = words[at]
    const before = text.slice(0, index)
    if (/^[\d.]+$/.test(word) && /\p{L}\s+$/u.test(before) && !/\b(?:and|or)\s+$/i.test(before)) continue
    found.push(words[at])
  }
  return found
}

/** How many words from `at` (2 to 4, only blanks between them) spell an item ID; 0 for none. */
function longestSpacedId(text: string, words: Array<{word: string; index: number}>, at: number, byLowerId: Map<string, FixPlanItem>): number {
  for (let run = Math.min(4, words.length - at); run > 1; run--) {
    const parts = words.slice(at, at + run)
    const gapsBlank = parts.every((part, index) => index === 0 || /^[ \t]+$/.test(text.slice(parts[index - 1].index + parts[index - 1].word.length, part.index)))
    if (gapsBlank && byLowerId.has(parts.map((part) => part.word.toLowerCase()).join(' '))) return run
  }
  return 0
}

/** The form IDs are looked up in: lowercased, blanks as one space. */
function lowerId(id: string): string {
  return id.toLowerCase().replace(/\s+/g, ' ')
}

/** An ID has a digit or a dash joining capitals (`TEST-PYTORCH-001`, `W1`, `P0-1`); plain words (`None`, `Phase`) do not. */
function looksLikeId(word: string): boolean {
  return /\d/.test(word) || /^[\p{Lu}\d]+(?:[-_.][\p{Lu}\d]+)+$/u.test(word)
}

function shortened(text: string): string {
  const plain = text.replace(/`/g, '').trim()
  return plain.length > 30 ? `${plain.slice(0, 30)}…` : plain
}
