import {UserError} from '../errors.js'
import type {LedgerDocument} from '../ledger/document.js'
import {readFieldBlock, type FieldEntry} from '../ledger/fix-plan/field-entries.js'
import type {Field} from '../ledger/model.js'
import {shownInput} from '../shown-input.js'
import {isDone, learnDoneStyle, markDone} from './done-mark.js'
import type {BlockEdit} from './field-block.js'

/** Which entry `--done` names: its 1-based position, or text it contains. */
export type EntryChoice = {position: number} | {match: string}

export interface DonePlan extends BlockEdit {
  entry: {position: number; line: number}
  /** True when the entry already read as done: nothing changes. */
  already: boolean
}

/** Marks one entry of the field's block done in the block's own style (see done-mark.ts). */
export function planBlockDone(doc: LedgerDocument, field: Field, choice: EntryChoice, attempt: number | undefined): DonePlan {
  const {entries} = readFieldBlock(doc, field)
  if (entries.length === 0) {
    throw new UserError(`\`${field.key}\` (line ${field.line}) has no list entries to mark done`, {path: doc.path, line: field.line, hint: 'add entries first with --add, or replace the block with --set'})
  }
  const entry = 'position' in choice ? entryAt(field, entries, choice.position) : entryMatching(field, entries, choice.match)
  const where = {position: entry.position, line: entry.line}
  if (isDone(entry)) return {edits: [], entry: where, already: true}
  return {edits: [markDone(entry, learnDoneStyle(entries), attempt)], entry: where, already: false}
}

function entryAt(field: Field, entries: readonly FieldEntry[], position: number): FieldEntry {
  const entry = entries[position - 1]
  if (!Number.isInteger(position) || entry === undefined) {
    throw new UserError(`\`${field.key}\` has entries 1 to ${entries.length}; there is no entry ${position}`, {hint: `give a number from 1 to ${entries.length}, or --done-match TEXT`})
  }
  return entry
}

function entryMatching(field: Field, entries: readonly FieldEntry[], typed: string): FieldEntry {
  const wanted = typed.trim().toLowerCase()
  if (wanted === '') throw new UserError('--done-match is empty', {hint: 'give text the entry contains, or --done N'})
  const found = entries.filter((entry) => entry.text.toLowerCase().includes(wanted))
  // Text that is a whole entry picks it even when it also sits inside another one.
  const exact = found.filter((entry) => entry.text.trim().toLowerCase() === wanted)
  if (found.length === 1 || exact.length === 1) return exact[0] ?? found[0]
  if (found.length === 0) {
    const open = entries.filter((entry) => !isDone(entry)).map((entry) => entry.position)
    throw new UserError(`No entry of \`${field.key}\` contains \`${shownInput(typed)}\``, {hint: open.length > 0 ? `open entries: ${open.join(', ')}; or use --done N` : 'every entry is already done'})
  }
  const positions = found.map((entry) => entry.position)
  throw new UserError(`\`${shownInput(typed)}\` is in ${found.length} entries of \`${field.key}\` (${positions.join(', ')})`, {hint: `use --done ${positions[0]} (or another number), or give longer text`})
}
