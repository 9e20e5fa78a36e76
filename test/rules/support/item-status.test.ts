import assert from 'node:assert/strict'
import {createDocument} from '../../../src/ledger/document.js'
import {readFixPlan} from '../../../src/ledger/fix-plan/fix-plan.js'
import {closedStatusOf} from '../../../src/rules/support/item-status.js'

const closed = (status: string) => {
  const [item] = readFixPlan(createDocument('docs/fix_plan.md', `# Fix Plan\n\n## [A-1] Item\n- Status: ${status}\n`)).items
  return closedStatusOf(item)?.value
}

describe('closedStatusOf', () => {
  it('takes what the ledger classifier reads as done, in any of its words', () => {
    for (const status of ['done', 'Complete', '**Fixed** in 3f2a', 'resolved', '✅ done']) assert.equal(closed(status), status, status)
  })

  it('takes an archive stub', () => {
    assert.equal(closed('archived 2025-10-20 — see archive/2025.md'), 'archived 2025-10-20 — see archive/2025.md')
  })

  it('leaves open, partial, blocked and unreadable statuses alone', () => {
    for (const status of ['pending', 'in_progress', 'partially done', 'blocked on review', 'not done', 'to do']) assert.equal(closed(status), undefined, status)
  })

  it('has nothing to say about an item without a Status field', () => {
    const [item] = readFixPlan(createDocument('docs/fix_plan.md', '# Fix Plan\n\n## [A-1] Item\n- Priority: High\n')).items
    assert.equal(closedStatusOf(item), undefined)
  })
})
