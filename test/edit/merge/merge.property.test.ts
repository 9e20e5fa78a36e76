import assert from 'node:assert/strict'
import fc from 'fast-check'
import {mergeLedgerTexts} from '../../../src/edit/merge/merge-ledger-texts.js'

/** A fix plan as a model, rendered the one way below: the base and both sides are renderings of it. */
interface Item {
  status: string
  boxes: boolean[]
  /** `[day, tag]` of each attempt; the tag is unique text to look for in the merge. */
  attempts: Array<[number, string]>
}

const STATUSES = ['pending', 'in_progress', 'blocked', 'done']

function render(items: readonly Item[], updated = 10): string {
  const lines = ['# Fix Plan', '', `**Last Updated:** 2025-11-${updated}`, '', '| ID | Title | Status |', '| --- | --- | --- |']
  items.forEach((item, index) => lines.push(`| ITEM-${index} | Item ${index} | ${item.status} |`))
  items.forEach((item, index) => {
    lines.push('', `## [ITEM-${index}] Item ${index}`, '- Priority: High', `- Status: ${item.status}`, '- Exit Criteria:')
    item.boxes.forEach((done, box) => lines.push(`  - [${done ? 'x' : ' '}] criterion ${index}.${box}`))
    lines.push('- Attempts History:')
    if (item.attempts.length === 0) lines.push('  * (none yet)')
    item.attempts.forEach(([day, tag], n) => lines.push(`  * [2025-11-${String(day).padStart(2, '0')}] Attempt #${n + 1} — ${tag}`))
  })
  return lines.join('\n') + '\n'
}

/** One side's changes to one item: a status (or none), boxes to tick, days of attempts to append. */
const itemChange = fc.record({
  status: fc.option(fc.constantFrom(...STATUSES), {nil: undefined}),
  ticks: fc.array(fc.nat(3), {maxLength: 2}),
  appends: fc.array(fc.integer({min: 1, max: 28}), {maxLength: 2}),
})

const scenario = fc
  .array(fc.record({status: fc.constantFrom(...STATUSES), boxes: fc.array(fc.boolean(), {minLength: 1, maxLength: 4}), days: fc.array(fc.integer({min: 1, max: 9}), {maxLength: 3})}), {minLength: 1, maxLength: 4})
  .chain((base) =>
    fc.record({
      base: fc.constant(base),
      ours: fc.array(itemChange, {minLength: base.length, maxLength: base.length}),
      theirs: fc.array(itemChange, {minLength: base.length, maxLength: base.length}),
      // Days of Last Updated each side writes (10 = left as in BASE).
      updated: fc.tuple(fc.integer({min: 10, max: 28}), fc.integer({min: 10, max: 28})),
    }),
  )

type Change = {status?: string; ticks: number[]; appends: number[]}

function applySide(base: readonly Item[], changes: readonly Change[], side: string): Item[] {
  return base.map((item, index) => {
    const change = changes[index]
    const boxes = item.boxes.map((done, box) => done || change.ticks.some((tick) => tick % item.boxes.length === box))
    const attempts: Array<[number, string]> = [...item.attempts, ...change.appends.map((day, n): [number, string] => [day + 10, `${side}-${index}-${n}`])]
    return {status: change.status ?? item.status, boxes, attempts}
  })
}

describe('mergeLedgerTexts: property', () => {
  it('keeps every appended entry and every one-sided change, with markers only where both sides changed a unit differently', () => {
    fc.assert(
      fc.property(scenario, ({base: shape, ours: oursChanges, theirs: theirsChanges, updated}) => {
        const base: Item[] = shape.map((item, index) => ({status: item.status, boxes: item.boxes, attempts: item.days.map((day, n): [number, string] => [day, `base-${index}-${n}`])}))
        const ours = applySide(base, oursChanges, 'ours')
        const theirs = applySide(base, theirsChanges, 'theirs')
        const result = mergeLedgerTexts({base: render(base), ours: render(ours, updated[0]), theirs: render(theirs, updated[1]), path: 'docs/fix_plan.md'})
        // Last Updated is the later date, whichever side wrote it.
        assert.ok(result.text.includes(`**Last Updated:** 2025-11-${Math.max(...updated)}\n`))
        const sections = result.text.split(/^## /m)
        let expectedConflicts = 0
        base.forEach((item, index) => {
          const section = sections.find((text) => text.startsWith(`[ITEM-${index}]`))
          assert.ok(section !== undefined, `item ${index} kept`)
          // Every entry either side appended is there, in date order then ours first.
          const tags = [...section.matchAll(/Attempt #\d+ — (\S+)/g)].map((match) => match[1])
          const appended = (side: Item[], name: string) => side[index].attempts.slice(item.attempts.length).map(([day, tag]) => ({day, tag, side: name}))
          const both = [...appended(ours, 'ours'), ...appended(theirs, 'theirs')]
          const sorted = both.every((entry) => entry.side === 'ours') || both.every((entry) => entry.side === 'theirs') ? both : [...both].sort((a, b) => a.day - b.day)
          assert.deepEqual(tags, [...item.attempts.map(([, tag]) => tag), ...sorted.map((entry) => entry.tag)])
          const numbers = [...section.matchAll(/Attempt #(\d+)/g)].map((match) => match[1])
          assert.equal(new Set(numbers).size, numbers.length, 'attempt numbers stay unique')
          // Boxes ticked on either side are ticked.
          ours[index].boxes.forEach((done, box) => {
            const ticked = done || theirs[index].boxes[box]
            assert.ok(section.includes(`  - [${ticked ? 'x' : ' '}] criterion ${index}.${box}\n`), `box ${index}.${box}`)
          })
          // A status changed on one side only (or alike on both) is taken; changed differently, the field and its index row conflict.
          const [o, t, b] = [ours[index].status, theirs[index].status, item.status]
          if (o !== b && t !== b && o !== t) {
            expectedConflicts += 2
            assert.ok(section.includes(`<<<<<<< ours\n- Status: ${o}\n=======\n- Status: ${t}\n>>>>>>> theirs\n`))
          } else {
            const status = o !== b ? o : t
            assert.ok(section.includes(`- Status: ${status}\n`), `status ${index}`)
            assert.ok(result.text.includes(`| ITEM-${index} | Item ${index} | ${status} |\n`), `index row ${index}`)
          }
        })
        assert.equal(result.conflicts, expectedConflicts)
        assert.equal(result.text.match(/^<<<<<<< /gm)?.length ?? 0, expectedConflicts)
      }),
      {numRuns: 150},
    )
  })
})
