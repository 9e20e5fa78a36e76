import {readFields} from '../fix-plan/fix-plan-fields.js'
import {lineSpan, type LedgerLines} from '../fix-plan/fix-plan-lines.js'
import {boxState, classifyState} from '../item-state.js'
import type {FixPlanItem} from '../model.js'
import {idPatternOf, parseLeadingId, plainTitle} from './item-id.js'
import {boxTasks} from './item-tasks.js'
import {listItemEnd} from './list-extent.js'
import type {FixPlanReadOptions} from './reader-options.js'
import {SectionCursor} from './sections.js'
import {findStatusLine} from './status-line.js'

// Boxes under these headings are checks run after the work (`## Verification Checklist`), not work items.
const CHECK_SECTION = /\b(?:verification|acceptance|success criteria|definition of done)\b/i

/**
 * Items written as top-level checkboxes (`- [ ] **T-300**: title`, `- [x] CR-01: title`,
 * `- [ ] plain text`). Nested bullets, boxes and wrapped lines belong to the item; nested boxes
 * are its tasks. The state is the box's, unless a `Status:` line under the item says otherwise.
 */
export function readChecklistItems(lines: LedgerLines, options: FixPlanReadOptions): FixPlanItem[] {
  const pattern = idPatternOf(options.idPattern)
  const sections = new SectionCursor(lines.scan.headings)
  const items: FixPlanItem[] = []
  for (const listItem of lines.scan.listItems) {
    const section = sections.at(listItem.line)?.text
    if (!listItem.checkbox || listItem.indent > 1 || (section !== undefined && CHECK_SECTION.test(section))) continue
    const at = listItem.line
    const endLine = listItemEnd(lines, at, listItem.indent)
    const leading = parseLeadingId(listItem.text, false, pattern)
    const id = leading && !leading.group ? leading.id : null
    const {checkbox} = listItem
    const statusLine = endLine > at ? findStatusLine(lines, at + 1, endLine) : undefined
    items.push({
      id,
      kind: 'checklist',
      title: plainTitle(id === null ? listItem.text : listItem.text.slice(leading!.titleStart)),
      line: at + 1,
      level: 0,
      ...(statusLine
        ? {state: classifyState(statusLine.value, options.vocabulary), status: statusLine.value, statusSource: 'field' as const, statusSpan: statusLine.span}
        : {state: boxState(checkbox.marker, options.vocabulary), status: checkbox.marker, statusSource: 'box' as const, statusSpan: {start: checkbox.start + 1, end: checkbox.end - 1}}),
      tasks: boxTasks(lines, at + 1, endLine, options.vocabulary),
      ...(section !== undefined && {section}),
      span: lineSpan(lines, at, endLine),
      endLine: endLine + 1,
      fields: endLine > at ? readFields(lines, at + 1, endLine, () => false).fields : [],
    })
  }
  return items
}
