import assert from 'node:assert/strict'
import fc from 'fast-check'
import {renumberNewestAttempt} from '../../src/edit/renumber-attempt.js'
import {applyEdits} from '../../src/edit/text-edit.js'
import {createDocument} from '../../src/ledger/document.js'
import {readFixPlan} from '../../src/ledger/fix-plan/fix-plan.js'

function item(entries: string[], eol = '\n'): string {
  return ['# Fix Plan', '', '## [A-1] First', '- Status: in_progress', '- Attempts History:', ...entries, '- Exit Criteria: green', ''].join(eol)
}

/** The text with the newest entry renumbered, and what the planner said; the text itself when it declines. */
function renumbered(text: string) {
  const ledger = readFixPlan(createDocument('fix_plan.md', text))
  const plan = renumberNewestAttempt(ledger.doc, ledger.items[0].attempts!)
  return {plan, after: plan ? applyEdits(text, [plan.edit]) : text}
}

describe('renumberNewestAttempt', () => {
  it('gives a newest entry that repeats an earlier number the next free one, changing only its digits', () => {
    const text = item(['  * [2026-11-18] Attempt #1 — a', '  * [2026-11-19] Attempt #2 — b', '  * [2026-11-19] Attempt #2 — c (another loop)'])
    const {plan, after} = renumbered(text)
    assert.deepEqual(plan && {line: plan.line, from: plan.from, to: plan.to}, {line: 8, from: 2, to: 3})
    assert.equal(after, text.replace('Attempt #2 — c', 'Attempt #3 — c'))
  })

  it('takes the number after the highest, not after the repeated one', () => {
    const text = item(['  * [2026-11-18] Attempt #4 — a', '  * [2026-11-19] Attempt #9 — b', '  * [2026-11-20] Attempt #4 — c'])
    assert.equal(renumbered(text).after, text.replace('Attempt #4 — c', 'Attempt #10 — c'))
  })

  it('never touches an older entry: a repeat that is not the newest stays', () => {
    const text = item(['  * [2026-11-18] Attempt #1 — a', '  * [2026-11-19] Attempt #1 — b', '  * [2026-11-20] Attempt #2 — c'])
    assert.equal(renumbered(text).plan, undefined)
  })

  it('declines a newest entry whose number is new, or that has none', () => {
    assert.equal(renumbered(item(['  * [2026-11-18] Attempt #1 — a', '  * [2026-11-19] Attempt #2 — b'])).plan, undefined)
    assert.equal(renumbered(item(['  * [2026-11-18] Attempt #1 — a', '  * [2026-11-19] notes without a number'])).plan, undefined)
  })

  it('renumbers the number-first style and keeps CRLF', () => {
    const text = item(['- Attempt #1 (2026-11-18): a', '- Attempt #1 (2026-11-19): b'].map((line) => `  ${line}`), '\r\n')
    assert.equal(renumbered(text).after, text.replace('Attempt #1 (2026-11-19)', 'Attempt #2 (2026-11-19)'))
  })

  it('property: the edit changes exactly the newest entry\u2019s first line, to the next free number', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({min: 0, max: 60}), {minLength: 1, maxLength: 8}), fc.nat(), (numbers, pick) => {
        const repeated = numbers[pick % numbers.length]
        const entries = [...numbers, repeated].map((number, index) => `  * [2026-11-${String(10 + index).padStart(2, '0')}] Attempt #${number} — step ${index}`)
        const text = item(entries)
        const {plan, after} = renumbered(text)
        assert.ok(plan)
        const [before, changed] = [text.split('\n'), after.split('\n')]
        const differing = before.flatMap((line, index) => (line === changed[index] ? [] : [index + 1]))
        assert.deepEqual(differing, [plan.line])
        assert.equal(plan.to, Math.max(...numbers) + 1)
        assert.equal(changed[plan.line - 1], entries.at(-1)!.replace(`#${repeated} `, `#${plan.to} `))
      }),
    )
  })
})
