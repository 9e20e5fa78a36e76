import assert from 'node:assert/strict'
import {firstSentence, itemSummary, SUMMARY_MAX_CHARS} from '../../src/edit/item-summary.js'
import {createDocument} from '../../src/ledger/document.js'
import {readFixPlan} from '../../src/ledger/fix-plan/fix-plan.js'

function summaryOf(...body: string[]): string | undefined {
  const ledger = readFixPlan(createDocument('f.md', ['## [A-1] Item', '- Status: done', ...body].join('\n') + '\n'))
  return itemSummary(ledger.items[0])
}

describe('itemSummary', () => {
  it('prefers a Summary field', () => {
    assert.equal(summaryOf('- Summary: Parser hardened.', '- Attempts History:', '  * [2025-10-17] Attempt #1 — Other text.'), 'Parser hardened.')
  })

  it('else takes the first sentence of the last entry in file order', () => {
    const body = ['- Notes: a note', '- Attempts History:', '  * [2025-10-18] Attempt #2 — Later. More.', '  * [2025-10-17] Attempt #1 — Appended last; ran 35.98s. Done.']
    assert.equal(summaryOf(...body), 'Appended last; ran 35.98s.')
  })

  it('else the Notes field, else nothing', () => {
    assert.equal(summaryOf('- Notes: Track the heuristic.', '- Attempts History:', '  * (none yet)'), 'Track the heuristic.')
    assert.equal(summaryOf('- Priority: High'), undefined)
  })

  it('clips a long sentence at a word with an ellipsis, never leaving a code span open', () => {
    const long = `Reran ${'the selector '.repeat(8)}with \`${'x'.repeat(40)} y\` and more words after it`
    const summary = summaryOf('- Attempts History:', `  * [2025-10-17] Attempt #1 — ${long}`)!
    assert.ok(summary.length <= SUMMARY_MAX_CHARS, `${summary.length} chars`)
    assert.ok(summary.endsWith('…'))
    assert.equal((summary.match(/`/g) ?? []).length % 2, 0)
    assert.ok(long.startsWith(summary.slice(0, -1).trimEnd()))
  })
})

describe('firstSentence', () => {
  it('ends at . ! or ? followed by a space, not inside 35.98s or fix_plan.md', () => {
    assert.equal(firstSentence('Ran in 35.98s. See fix_plan.md.'), 'Ran in 35.98s.')
    assert.equal(firstSentence('Edited fix_plan.md'), 'Edited fix_plan.md')
    assert.equal(firstSentence('Green! Next'), 'Green!')
  })
})
