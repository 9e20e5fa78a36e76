import assert from 'node:assert/strict'
import fc from 'fast-check'
import {planAttempt} from '../../src/edit/append-attempt.js'
import {applyEdits} from '../../src/edit/text-edit.js'
import {createDocument} from '../../src/ledger/document.js'
import {readFixPlan} from '../../src/ledger/fix-plan/fix-plan.js'

const words = fc.array(fc.constantFrom('Phase', 'C3', 'audit;', 'rerun', '35.98s.', '`plans/x/`', '✅', 'POLICY-001,', '—', '→', 'a|b'), {minLength: 1, maxLength: 6}).map((parts) => parts.join(' '))

const entryStyle = fc.constantFrom(
  (n: number, text: string) => `  * [2025-10-${10 + n}] Attempt #${n} — ${text}`,
  (n: number, text: string) => `  - *2026-01-${10 + n}T202358Z:* ${text}`,
  (n: number, text: string) => `  - Attempt #${n} (2025-09-${10 + n}): ${text}`,
  (n: number, text: string) => `  * 2025-12-${10 + n}T120500Z — ${text}`,
)

/** Fix plans with 1–3 items, each with 1–4 entries (some with continuation lines) in one style. */
const fixPlan = fc
  .record({
    eol: fc.constantFrom('\n', '\r\n'),
    style: entryStyle,
    items: fc.array(fc.array(fc.tuple(words, fc.option(words, {nil: undefined})), {minLength: 1, maxLength: 4}), {minLength: 1, maxLength: 3}),
  })
  .map(({eol, style, items}) => {
    const lines = ['# Fix Plan', '', '**Last Updated:** 2025-10-19', '']
    items.forEach((entries, index) => {
      lines.push(`## [ITEM-00${index}] Item ${index}`, '- Priority: High', '- Status: in_progress', '- Attempts History:')
      entries.forEach(([text, continuation], n) => {
        lines.push(style(n, text))
        if (continuation !== undefined) lines.push(`    Next Actions: ${continuation}`)
      })
      lines.push('- Exit Criteria:', '  - done', '')
    })
    return {text: lines.join(eol), items: items.length}
  })

describe('single-entry edits on generated fix plans (property)', () => {
  it('replacing one entry\u2019s text changes only that span; re-reading shows it', () => {
    fc.assert(
      fc.property(fixPlan, fc.nat(), fc.nat(), words, ({text}, itemPick, entryPick, replacement) => {
        const before = readFixPlan(createDocument('f.md', text))
        const item = before.items[itemPick % before.items.length]
        const entries = item.attempts!.entries
        const entry = entries[entryPick % entries.length]
        const after = applyEdits(text, [{start: entry.textSpan.start, end: entry.textSpan.end, text: replacement}])
        assert.equal(after.slice(0, entry.textSpan.start), text.slice(0, entry.textSpan.start))
        assert.equal(after.slice(entry.textSpan.start + replacement.length), text.slice(entry.textSpan.end))
        const reread = readFixPlan(createDocument('f.md', after))
        reread.items.forEach((other, i) => {
          other.attempts!.entries.forEach((e, j) => {
            const original = before.items[i].attempts!.entries[j]
            assert.equal(e.text, other.id === item.id && e.line === entry.line ? replacement : original.text)
            assert.deepEqual([e.style, e.number, e.date, e.line, e.endLine], [original.style, original.number, original.date, original.line, original.endLine])
          })
        })
      }),
      {numRuns: 300},
    )
  })

  it('appending an entry inserts only new lines after the item\u2019s last entry; re-reading finds it last', () => {
    fc.assert(
      fc.property(fixPlan, fc.nat(), words, ({text}, itemPick, body) => {
        const before = readFixPlan(createDocument('f.md', text))
        const item = before.items[itemPick % before.items.length]
        const plan = planAttempt(before, item, {body, now: new Date('2026-01-02T03:04:05Z'), artifacts: [], findings: []})
        assert.equal(plan.edits.length, 1)
        const [edit] = plan.edits
        assert.equal(edit.start, edit.end, 'an append never replaces existing text')
        const after = applyEdits(text, plan.edits)
        const reread = readFixPlan(createDocument('f.md', after))
        const target = reread.items.find((candidate) => candidate.id === item.id)!
        assert.equal(target.attempts!.entries.length, item.attempts!.entries.length + 1)
        const added = target.attempts!.entries.at(-1)!
        assert.equal(added.text, body)
        assert.equal(added.style, item.attempts!.entries.at(-1)!.style)
        for (const other of reread.items) if (other.id !== item.id) assert.equal(other.attempts!.entries.length, before.items.find((b) => b.id === other.id)!.attempts!.entries.length)
      }),
      {numRuns: 300},
    )
  })
})
