import type {LedgerDocument} from '../../ledger/document.js'

// A label that opens a list of future work: `**Next Actions:**`, `- Next Steps:`, `TODO:`, `Follow-ups:`, `Planned:`.
const FUTURE_LABEL = /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?(?:next(?:[ \t]+(?:actions?|steps?|loop|up))?|todo|follow[- ]?ups?|planned|pending|open questions?)(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]*$/i
// A lead-in that says what something does, then lists it: `Created \`x.py\` CLI that:`, `… a helper which:`.
// The list names that thing's inputs and outputs (`Extracts \`bundle.tar.gz\` to a temp directory`), not files of the repository.
const BEHAVIOUR_LEAD_IN = /\b(?:that|which)[ \t]*:(?:\*\*|__)?[ \t]*$/i
const LIST_ITEM = /^([ \t]*)(?:[-*+]|\d+[.)])[ \t]/
const INDENT = /^[ \t]*/

const memo = new WeakMap<LedgerDocument, boolean[]>()

/**
 * Per line (0-based): whether it lies in a list whose paths claim nothing exists: under a future-work
 * label that ends its line (`**Next Actions:**` then bullets), or under a lead-in describing what
 * something does (`… CLI that:` then its steps). A top-level label's block runs over list items, their
 * continuation lines and blank lines, to the first other line; a label that is itself a list item
 * covers the lines indented deeper than it. One pass per document.
 */
export function unclaimedListLinesOf(doc: LedgerDocument): boolean[] {
  let known = memo.get(doc)
  if (known !== undefined) return known
  known = new Array<boolean>(doc.lines.length).fill(false)
  let labelIndent: number | undefined
  let labelIsItem = false
  doc.lines.forEach((line, index) => {
    const text = line.text
    if (FUTURE_LABEL.test(text) || BEHAVIOUR_LEAD_IN.test(text)) {
      labelIndent = INDENT.exec(text)![0].length
      labelIsItem = /^[ \t]*[-*+][ \t]/.test(text)
      return
    }
    if (labelIndent === undefined) return
    if (text.trim() === '') {
      known![index] = true
      return
    }
    const indent = INDENT.exec(text)![0].length
    const inside = labelIsItem ? indent > labelIndent : LIST_ITEM.test(text) || indent > labelIndent
    if (inside) known![index] = true
    else labelIndent = undefined
  })
  memo.set(doc, known)
  return known
}
