import {compareDateDigits, leadingDateIn} from '../ledger/ledger-dates.js'
import {isLastUpdatedKey} from '../ledger/fix-plan/last-updated-key.js'
import {UserError} from '../errors.js'
import {headerBlock} from '../ledger/fix-plan/header-block.js'
import {opensListItem} from '../ledger/list-item-line.js'
import {normalizeKey} from '../ledger/fix-plan/item-fields.js'
import type {FixPlanLedger, HeaderField} from '../ledger/model.js'
import {didYouMean, suggestClosest} from '../ledger/suggest.js'
import {shownInput} from '../shown-input.js'
import {textLines} from './field-block.js'
import type {TextEdit} from './text-edit.js'

/** One header to write: its new text, one line or a first line and the block under it. */
export interface HeaderAssignment {
  key: string
  text: string
  /** Given from a file (`--set-file`): its lines may replace a block under the header line. */
  block: boolean
}

export interface HeaderChange {
  key: string
  line: number
  from: string
  to: string
}

export interface HeaderPlan {
  edits: TextEdit[]
  changes: HeaderChange[]
  warnings: string[]
}

export interface HeaderOptions {
  /** Today (UTC) as YYYY-MM-DD: a Last Updated after it is warned about. */
  today: string
  /** Lets Last Updated go back in time. */
  force: boolean
}

/** Plans `planledger header`: each header's value (and the block under it, from a file) replaced in place. */
export function planHeaderFields(ledger: FixPlanLedger, assignments: readonly HeaderAssignment[], options: HeaderOptions): HeaderPlan {
  const plan: HeaderPlan = {edits: [], changes: [], warnings: []}
  for (const assignment of assignments) {
    const header = headerOrFail(ledger, assignment.key)
    const lines = textLines(assignment.text)
    if (lines.length === 0) throw new UserError(`The new value of \`${header.key}\` is empty`, {hint: `give it a value, e.g. "${header.key}=…"`})
    if (isLastUpdated(header.key)) checkDateMove(ledger, header, lines[0], options, plan.warnings)
    const block = headerBlock(ledger.doc, header, ledger.header)
    if (block && !assignment.block) {
      throw new UserError(`\`${header.key}\` (line ${header.line}) has ${linesCount(block)} under it; a one-line value would leave them or drop them`, {
        path: ledger.doc.path,
        line: header.line,
        hint: `give the header line and its block from a file: planledger header --set-file "${header.key}=FILE" (- reads stdin)`,
      })
    }
    const from = blockText(ledger, header, block)
    // A text that opens with a list is all block: the header line keeps only its key.
    const value = assignment.block && opensListItem(lines[0]) ? '' : lines[0]
    const valueEdit = headerValueEdit(ledger, header, value)
    if (valueEdit) plan.edits.push(valueEdit)
    const below = lines.slice(value === '' ? 0 : 1).join(ledger.doc.eol)
    const lineEnd = ledger.doc.lines[header.line - 1].end
    if (block) {
      const end = ledger.doc.lines[block.last].end
      const replacement = below === '' ? '' : ledger.doc.eol + below
      if (ledger.doc.text.slice(lineEnd, end) !== replacement) plan.edits.push({start: lineEnd, end, text: replacement})
    } else if (below !== '') {
      plan.edits.push({start: lineEnd, end: lineEnd, text: ledger.doc.eol + below})
    }
    plan.changes.push({key: header.key, line: header.line, from, to: value === '' ? ['', ...lines].join('\n') : lines.join('\n')})
  }
  return plan
}

function headerValueEdit(ledger: FixPlanLedger, header: HeaderField, value: string): TextEdit | undefined {
  if (value === header.value) return undefined
  const {text} = ledger.doc
  if (value === '') {
    // Drop the blanks before the old value too, so the line ends at its key.
    let start = header.valueSpan.start
    while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--
    return {start, end: header.valueSpan.end, text: ''}
  }
  const space = header.value === '' && text[header.valueSpan.start - 1] !== ' ' ? ' ' : ''
  return {start: header.valueSpan.start, end: header.valueSpan.end, text: space + value}
}

function headerOrFail(ledger: FixPlanLedger, key: string): HeaderField {
  const wanted = normalizeKey(key)
  const header = ledger.header.find((field) => normalizeKey(field.key) === wanted)
  if (header) return header
  const keys = ledger.header.map((field) => field.key)
  throw new UserError(`${ledger.doc.path} has no header \`${shownInput(key)}\``, {
    path: ledger.doc.path,
    hint: didYouMean(suggestClosest(key, keys)) ?? (keys.length > 0 ? `its headers: ${keys.join(', ')}` : 'the file has no **Key:** value header lines before its first item'),
  })
}

function linesCount(block: {first: number; last: number}): string {
  const count = block.last - block.first + 1
  return `${count} line${count === 1 ? '' : 's'}`
}

export function isLastUpdated(key: string): boolean {
  return isLastUpdatedKey(key)
}

/** The header's text as `show` would give it: the value, then the block's lines. */
function blockText(ledger: FixPlanLedger, header: HeaderField, block: {first: number; last: number} | undefined): string {
  const below = block ? ledger.doc.lines.slice(block.first, block.last + 1).map((line) => line.text) : []
  return [header.value, ...below].join('\n')
}

/** A Last Updated must start with a date, may not go back without --force, and is warned about when in the future. */
function checkDateMove(ledger: FixPlanLedger, header: HeaderField, value: string, options: HeaderOptions, warnings: string[]): void {
  const next = leadingDateIn(value)
  if (!next) throw new UserError(`\`${header.key}\` must start with a date: \`${shownInput(value)}\``, {hint: 'e.g. 2026-12-02, or use --touch for today'})
  const current = leadingDateIn(header.value)
  if (current && compareDateDigits(next.digits, current.digits) < 0 && !options.force) {
    throw new UserError(`\`${header.key}\` would go back from ${current.written} to ${next.written} (line ${header.line} of ${ledger.doc.path})`, {
      path: ledger.doc.path,
      line: header.line,
      hint: 'a ledger\u2019s Last Updated only moves forward; pass --force if the current date is wrong',
    })
  }
  if (compareDateDigits(next.digits, options.today.replace(/\D/g, '')) > 0) warnings.push(`${header.key} ${next.written} is later than today (${options.today}, UTC)`)
}
