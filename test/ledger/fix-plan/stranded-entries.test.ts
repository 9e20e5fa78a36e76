import assert from 'node:assert/strict'
import {createDocument} from '../../../src/ledger/document.js'
import {readFixPlan} from '../../../src/ledger/fix-plan/fix-plan.js'

const read = (...lines: string[]) => readFixPlan(createDocument('docs/fix_plan.md', ['## [A-1] Item', '- Status: pending', ...lines, ''].join('\n')))
const numbers = (ledger: ReturnType<typeof read>) => ledger.items[0].attempts?.entries.map((entry) => entry.number)

describe('attempt entries below a field inserted after `- Attempts History:`', () => {
  it('join the history, past one-line fields, with a warning naming the field', () => {
    const ledger = read('- Attempts History:', '- Owner: me', '- Latest: C1 next', '  * [2026-01-01] Attempt #1 — a', '  * [2026-01-02] Attempt #2 — b')
    assert.deepEqual(numbers(ledger), [1, 2])
    assert.deepEqual(
      ledger.warnings.map((warning) => [warning.line, warning.message]),
      [[5, '2 attempt entries under `Latest:` follow the Attempts History (line 3); read as part of it']],
    )
  })

  it('follow the entries already nested under the history', () => {
    assert.deepEqual(numbers(read('- Attempts History:', '  * [2026-01-01] Attempt #1 — a', '- Note: x', '  * [2026-01-02] Attempt #2 — b')), [1, 2])
  })

  it('are not taken from a field whose nested bullets are not all entries, nor from beyond it', () => {
    const ledger = read('- Attempts History:', '- Next Actions:', '  - do X', '  * [2026-01-01] Attempt #1 — a', '- Later:', '  * [2026-01-02] Attempt #2 — b')
    assert.deepEqual(numbers(ledger), [])
    assert.deepEqual(ledger.warnings, [])
  })

  it('leave an item without such a field as it was', () => {
    const ledger = read('- Attempts History:', '  * [2026-01-01] Attempt #1 — a', '- Exit Criteria:', '  - all green')
    assert.deepEqual(numbers(ledger), [1])
    assert.deepEqual(ledger.warnings, [])
  })
})
