import assert from 'node:assert/strict'
import {createDocument} from '../../../src/ledger/document.js'
import {readFixPlan} from '../../../src/ledger/fix-plan/fix-plan.js'
import {isArchivedStub, isSettled} from '../../../src/ledger/fix-plan/settled-item.js'

/** The one item of a bracketed fix plan whose Status is `status`. */
const itemWith = (status: string) => readFixPlan(createDocument('fix_plan.md', `# Fix Plan\n\n## [A-1] One\n- Status: ${status}\n`)).items[0]

describe('settled items', () => {
  it('reads done, skipped and archived stubs as settled, work still to do as not', () => {
    for (const status of ['done', 'Completed 2026-11-20', 'skipped (superseded by B-2)', "won't fix", 'archived 2026-11-20 — see [archive](archive.md#a-1)']) assert.ok(isSettled(itemWith(status)), status)
    for (const status of ['pending', 'in_progress', 'blocked', 'partially done', 'whatever this says']) assert.ok(!isSettled(itemWith(status)), status)
  })

  it('calls only an archived Status an archive stub: a done item still has its history here', () => {
    assert.ok(isArchivedStub(itemWith('**Archived** 2026-11-29 — see docs/fix_plan_archive.md')))
    assert.ok(!isArchivedStub(itemWith('done')))
    assert.ok(!isArchivedStub(itemWith('skipped')))
  })
})
