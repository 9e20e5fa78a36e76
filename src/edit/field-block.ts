import {UserError} from '../errors.js'
import type {LedgerDocument} from '../ledger/document.js'
import {opensListItem} from '../ledger/list-item-line.js'
import {readFieldBlock, sharedLeadingBlanks, type FieldBlock, type FieldEntry} from '../ledger/fix-plan/field-entries.js'
import type {Field} from '../ledger/model.js'
import {LINE_BREAKS} from './one-line-value.js'
import type {TextEdit} from './text-edit.js'

export interface BlockEdit {
  edits: TextEdit[]
  /** The entry added or marked, with its 1-based position and first line after the edit. */
  entry?: {position: number; line: number}
}

/** The lines of a text as given: line breaks of any kind, trailing blanks and trailing blank lines dropped. */
export function textLines(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split(LINE_BREAKS).map((line) => line.trimEnd())
  while (lines.length > 0 && lines.at(-1) === '') lines.pop()
  while (lines.length > 0 && lines[0] === '') lines.shift()
  return lines
}

/** Where continuation lines of the field sit: the indentation its body shares, else two spaces past the bullet. */
function contentIndent(doc: LedgerDocument, field: Field, block: FieldBlock): string {
  if (block.contentIndent !== undefined) return block.contentIndent
  const keyLine = doc.lines[field.line - 1].text
  return `${/^[ \t]*/.exec(keyLine)![0]}  `
}

/**
 * Replaces the field's whole text, in the shape the field has: a list goes below the key line (a
 * value on that line is dropped); other text starts on the key's line when the field has a value
 * there, else goes below it. Lines below are re-indented to the block's content column, keeping
 * their own relative indentation.
 */
export function planBlockSet(doc: LedgerDocument, field: Field, text: string): BlockEdit {
  const lines = textLines(text)
  if (lines.length === 0) throw new UserError(`The new text for \`${field.key}\` is empty`, {hint: 'give the lines the field should hold; to drop the field, edit the file'})
  const block = readFieldBlock(doc, field)
  // A list goes under the key; prose starts on the key's line where the field already has a value there.
  const list = opensListItem(lines[0])
  const onKeyLine = !list && (field.value !== '' || (block.body === undefined && lines.length === 1))
  const below = onKeyLine ? lines.slice(1) : lines
  const edits: TextEdit[] = []
  if (list && field.value !== '') edits.push({start: keyValueStart(doc, field), end: field.valueSpan.end, text: ''})
  if (onKeyLine) {
    // `- Key:` with nothing after the colon gets a space before the value.
    const space = field.value === '' && doc.text[field.valueSpan.start - 1] !== ' ' ? ' ' : ''
    edits.push({start: field.valueSpan.start, end: field.valueSpan.end, text: space + lines[0]})
  }
  const indent = contentIndent(doc, field, block)
  const shared = sharedLeadingBlanks(below.filter((line) => line !== '')).length
  const written = below.map((line) => (line === '' ? '' : indent + line.slice(shared))).join(doc.eol)
  const keyLineEnd = doc.lines[field.line - 1].end
  if (block.body) {
    const start = below.length > 0 ? doc.lines[block.body.first].start : keyLineEnd
    edits.push({start, end: doc.lines[block.body.last].end, text: written})
  } else if (below.length > 0) {
    edits.push({start: keyLineEnd, end: keyLineEnd, text: doc.eol + written})
  }
  return {edits}
}

/**
 * Appends an entry after the block's last line in the style of its last entry: a numbered list
 * continues its numbering, a bullet keeps its marker, gap and indentation, an open checkbox is
 * added when the entries have boxes. A block without entries gets a `- ` bullet.
 */
export function planBlockAdd(doc: LedgerDocument, field: Field, text: string): BlockEdit {
  const lines = textLines(text)
  if (lines.length === 0) throw new UserError(`The entry to add to \`${field.key}\` is empty`, {hint: 'give the entry text, e.g. --add "Run the full suite"'})
  const block = readFieldBlock(doc, field)
  const last = block.entries.at(-1)
  const prefix = last ? `${last.indent}${nextMarker(last)}${last.gap}${last.checkbox ? '[ ] ' : ''}` : `${contentIndent(doc, field, block)}- `
  const continuation = ' '.repeat(prefix.replace(/\[ \] $/, '').replace(/\t/g, '    ').length)
  const shared = sharedLeadingBlanks(lines.slice(1).filter((line) => line !== '')).length
  const entryText = [prefix + lines[0].trimStart(), ...lines.slice(1).map((line) => (line === '' ? '' : continuation + line.slice(shared)))].join(doc.eol)
  const after = block.body ? doc.lines[block.body.last] : doc.lines[field.line - 1]
  return {
    edits: [{start: after.end, end: after.end, text: doc.eol + entryText}],
    entry: {position: block.entries.length + 1, line: after.index + 2},
  }
}

// Where the value starts, blanks after the colon included, so dropping it leaves `- Key:`.
function keyValueStart(doc: LedgerDocument, field: Field): number {
  let start = field.valueSpan.start
  while (start > field.keySpan.end && /[ \t]/.test(doc.text[start - 1])) start--
  return start
}

function nextMarker(entry: FieldEntry): string {
  const numbered = /^(\d+)([.)])$/.exec(entry.marker)
  return numbered ? `${Number(numbered[1]) + 1}${numbered[2]}` : entry.marker
}
