import assert from 'node:assert/strict'
import {isStuck} from '../../../src/app/status/item-board.js'
import {initiativeOf} from '../../../src/app/status/plan-progress.js'
import {projectStatus} from '../../../src/app/status/status.js'
import {rejectedUserError} from '../../support/assertions.js'
import {statusFixture} from './support.js'

const counts = (done: number, partial: number, open: number, blocked: number, unknown = 0, skipped = 0) => ({total: done + partial + open + blocked + skipped + unknown, done, partial, open, blocked, skipped, unknown})

describe('status use-case', () => {
  it('groups plans by initiative (folder or flat file), the initiative plan first, with per-phase row counts', async () => {
    const {initiatives} = await projectStatus(statusFixture('headings'))
    assert.deepEqual(initiatives.map((initiative) => [initiative.id, initiative.plans.map((plan) => plan.path), initiative.filesWithoutRows]), [
      ['ALPHA', ['plans/active/ALPHA/implementation.md', 'plans/active/ALPHA/reports/r1/plan.md'], 1],
      ['BETA', ['plans/active/BETA.md'], 0],
    ])
    const [alpha, beta] = initiatives
    assert.deepEqual(alpha.plans[0].phases, [
      {id: 'A', title: 'Pin the toolchain', line: 6, counts: counts(2, 0, 0, 0)},
      {id: 'B', title: 'Strip nondeterminism', line: 12, counts: counts(1, 1, 1, 1)},
    ])
    assert.deepEqual(alpha.counts, counts(4, 1, 2, 1))
    // Rows under no phase heading still count, as one phase of their own.
    assert.deepEqual(beta.plans[0].phases, [{id: null, title: '(no phase)', line: 4, counts: counts(0, 0, 2, 0)}])
  })

  it('counts bracketed-heading items by state, lists in_progress and blocked, and finds the stuck one', async () => {
    const {fixPlan, stuckAfter} = await projectStatus(statusFixture('headings'))
    assert.equal(stuckAfter, 5)
    assert.ok(fixPlan)
    assert.equal(fixPlan.dialect, 'bracketed-headings')
    assert.deepEqual(fixPlan.counts, {in_progress: 1, partial: 0, blocked: 1, open: 1, done: 1, skipped: 0, unknown: 0})
    assert.deepEqual(fixPlan.inProgress.map((item) => item.id), ['LOOP-001'])
    assert.deepEqual(fixPlan.blocked.map((item) => [item.id, item.status]), [['LOOP-002', 'blocked (waiting on the vendor\'s release)']])
    // LOOP-003 has as many attempts but is done; LOOP-004 is open with none.
    assert.deepEqual(fixPlan.stuck, [
      {id: 'LOOP-001', title: 'Make the nightly build reproducible', line: 5, state: 'in_progress', status: 'in_progress', attempts: 6, lastAttemptDate: '2026-11-25'},
    ])
  })

  it('takes the stuck threshold from the configuration', async () => {
    const more = await projectStatus(statusFixture('headings', {stuckAfter: 7}))
    assert.deepEqual(more.fixPlan?.stuck, [])
    const fewer = await projectStatus(statusFixture('headings', {stuckAfter: 1}))
    assert.deepEqual(fewer.fixPlan?.stuck.map((item) => item.id), ['LOOP-001'])
  })

  it('reads states of checklist and ID-heading fix plans through the dialect layer', async () => {
    const checklist = (await projectStatus(statusFixture('checklist'))).fixPlan!
    assert.equal(checklist.dialect, 'checklist')
    assert.deepEqual([checklist.total, checklist.counts.in_progress, checklist.counts.blocked, checklist.counts.open, checklist.counts.done], [4, 1, 1, 1, 1])
    assert.deepEqual(checklist.blocked.map((item) => item.id), ['T-302'])
    const headings = (await projectStatus(statusFixture('idheadings'))).fixPlan!
    assert.equal(headings.dialect, 'id-headings')
    assert.deepEqual(headings.inProgress.map((item) => item.id), ['W2'])
    assert.deepEqual(headings.blocked.map((item) => item.id), ['W3'])
    assert.deepEqual([headings.counts.done, headings.counts.unknown], [1, 1])
  })

  it('reads galph_memory.md at the root by default, and the configured journals instead', async () => {
    const byDefault = await projectStatus(statusFixture('headings'))
    assert.deepEqual(byDefault.journals, [
      {path: 'galph_memory.md', entries: 3, newest: {timestamp: '2026-11-26T101500Z', label: 'driver check', line: 7, firstLine: 'focus=LOOP-002 state=blocked'}},
    ])
    const configured = await projectStatus(statusFixture('checklist', {journals: ['notes/journal.md']}))
    assert.deepEqual(configured.journals.map((journal) => [journal.path, journal.entries, journal.newest?.timestamp]), [['notes/journal.md', 2, '2026-11-21 10:00']])
  })

  it('is fine with no plans, no journal and no fix plan', async () => {
    // A folder holding only a note: nothing the board shows.
    const result = await projectStatus(statusFixture('checklist/notes'))
    assert.deepEqual(result, {initiatives: [], fixPlan: null, stuckAfter: 5, journals: []})
  })

  it('refuses a configured journal that does not exist', async () => {
    const error = await rejectedUserError(projectStatus(statusFixture('headings', {journals: ['notes/missing.md']})))
    assert.equal(error.message, 'journal notes/missing.md not found (named in "journals" in .planledger.json)')
    assert.equal(error.hint, 'fix the path, or take it out of "journals"')
    assert.equal(error.exitCode, 2)
  })
})

describe('initiativeOf', () => {
  it('is the first folder after the glob’s fixed part, or a flat file without .md', () => {
    assert.equal(initiativeOf('plans/active/X-1/implementation.md', ['plans/active/**/*.md']), 'X-1')
    assert.equal(initiativeOf('plans/active/X-1/reports/a/plan.md', ['plans/active/**/*.md']), 'X-1')
    assert.equal(initiativeOf('plans/active/FLAT.md', ['plans/active/**/*.md']), 'FLAT')
  })

  it('tries each glob, and falls back to the folder for a path under none', () => {
    assert.equal(initiativeOf('work/W/plan.md', ['plans/active/**/*.md', 'work/*/plan.md']), 'W')
    assert.equal(initiativeOf('a/b/c.md', ['**/*.md']), 'a')
    assert.equal(initiativeOf('elsewhere/deep/plan.md', ['plans/*.md']), 'elsewhere/deep')
  })
})

describe('isStuck', () => {
  it('counts only open, in_progress and partial items with at least the threshold of attempts', () => {
    for (const state of ['open', 'in_progress', 'partial'] as const) {
      assert.equal(isStuck({state, attempts: 5}, 5), true)
      assert.equal(isStuck({state, attempts: 4}, 5), false)
    }
    for (const state of ['done', 'blocked', 'skipped', 'unknown'] as const) assert.equal(isStuck({state, attempts: 50}, 5), false)
  })
})
