import type {LedgerDocument} from './document.js'
import {firstNonWhitespace} from './whitespace.js'

/** HTML blocks as CommonMark opens and ends them: the scanner reads nothing inside one. */
const HTML_COMMENT_OPEN = /^ {0,3}<!--/
const HTML_RAW_OPEN = /^ {0,3}<(script|pre|style|textarea)(?:[\s>]|$)/i
// A line holding only one complete open or closing tag (CommonMark's seventh kind of HTML block).
// Attributes are separated by required whitespace, so the repetition cannot split a run two ways.
const HTML_LONE_TAG =
  /^ {0,3}(?:<[A-Za-z][A-Za-z0-9-]*(?:[ \t]+[A-Za-z_:][\w.:-]*(?:[ \t]*=[ \t]*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*[ \t]*\/?>|<\/[A-Za-z][A-Za-z0-9-]*[ \t]*>)[ \t]*$/
// The block-level tag names CommonMark lists for its sixth kind of HTML block (open until a blank line).
const HTML_BLOCK_OPEN =
  /^ {0,3}<\/?(address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[\s/>]|$)/i

/**
 * Last line of an HTML block starting at `start`, or -1 when the line does not open one. A lone tag
 * opens one only when `mayOpenLoneTag` (no paragraph is open): inside a paragraph it is inline HTML.
 */
export function htmlBlockEnd(doc: LedgerDocument, start: number, mayOpenLoneTag: boolean): number {
  const {lines} = doc
  const text = lines[start].text
  // Every HTML opener is `<` after at most three spaces; most lines are rejected here without a regex.
  const firstAngle = text.indexOf('<')
  if (firstAngle === -1 || firstAngle > 3) return -1
  if (HTML_COMMENT_OPEN.test(text)) return findLine(doc, start, (line) => line.includes('-->'), text.indexOf('<!--') + 4)
  const raw = HTML_RAW_OPEN.exec(text)
  if (raw) {
    const closer = `</${raw[1].toLowerCase()}>`
    return findLine(doc, start, (line) => line.toLowerCase().includes(closer), text.indexOf('<') + 1)
  }
  if (HTML_BLOCK_OPEN.test(text) || (mayOpenLoneTag && HTML_LONE_TAG.test(text))) {
    let at = start
    while (at + 1 < lines.length && !isBlankLine(lines[at + 1].text)) at++
    return at
  }
  return -1
}

/** The first line from `start` satisfying `ends` (checking the first line only after `skip`). */
function findLine(doc: LedgerDocument, start: number, ends: (text: string) => boolean, skip: number): number {
  if (ends(doc.lines[start].text.slice(skip))) return start
  for (let at = start + 1; at < doc.lines.length; at++) if (ends(doc.lines[at].text)) return at
  return doc.lines.length - 1
}

/** Whether a line holds only whitespace (as `trim` sees it). */
function isBlankLine(text: string): boolean {
  return firstNonWhitespace(text) === -1
}
