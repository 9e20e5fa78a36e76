import assert from 'node:assert/strict'
import {createDocument} from '../../../src/ledger/document.js'
import {readFixPlan} from '../../../src/ledger/fix-plan/fix-plan.js'
import {historiesOf} from '../../../src/ledger/fix-plan/fix-plan-histories.js'

describe('historiesOf', () => {
  it('gives each item history in file order, then the file-level one, and skips items without one', () => {
    const text = [
      '# Fix Plan',
      '',
      '## [A-1] First',
      '- Status: done',
      '- Attempts History:',
      '  * [2026-01-01] Attempt #1 — a',
      '',
      '## [B-2] No history',
      '- Status: pending',
      '',
      '## [C-3] Third',
      '- Status: in_progress',
      '- Attempts History:',
      '  * [2026-01-02] Attempt #1 — c',
      '',
      '## Attempts History',
      '',
      '### 2026-01-03T10:00Z — file-level',
      'text',
      '',
    ].join('\n')
    const histories = historiesOf(readFixPlan(createDocument('fix_plan.md', text)))
    assert.deepEqual(
      histories.map(({history, item}) => [item?.id ?? null, history.entries.map((entry) => entry.line)]),
      [['A-1', [6]], ['C-3', [14]], [null, [18]]],
    )
  })
})
