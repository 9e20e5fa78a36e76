import assert from 'node:assert/strict'
import {MIN_ITEMS_FOR_VOCABULARY, statusVocabulary} from '../../src/rules/status-vocabulary.js'
import {contextFrom} from './rule-context.js'
import type {PlanledgerConfig} from '../../src/config/config.js'

/** A `## [ID]` fix plan with one item per status (IDs T-1, T-2, …; item n's Status on line 3n + 1). */
function fixPlanWith(...statuses: string[]): string {
  return ['# Fix Plan', '', ...statuses.flatMap((status, at) => [`## [T-${at + 1}] Task`, `- Status: ${status}`, ''])].join('\n')
}

function check(text: string, config?: PlanledgerConfig) {
  return statusVocabulary.check(contextFrom({fixPlan: text, config}))
}

describe('status-vocabulary', () => {
  describe('with the file’s own vocabulary (words used at least twice)', () => {
    it('reports a once-used word meaning what a frequent word says, at the status, with the frequent word suggested', () => {
      const reports = check(fixPlanWith('done', 'done', 'open', 'open', 'completed — 2026-01-02'))
      assert.deepEqual(reports, [
        {
          path: 'docs/fix_plan.md',
          line: 16,
          column: 11,
          message: 'Status `completed` of [T-5] is outside the status vocabulary',
          hint: 'did you mean done? (the file\'s other statuses use done, open; or set "statusVocabulary" in .planledger.json)',
        },
      ])
    })

    it('reports a once-used misspelling of a frequent word, suggesting it', () => {
      const reports = check(fixPlanWith('pending', 'pending', 'done', 'done', 'pendng'))
      assert.equal(reports.length, 1)
      assert.equal(reports[0].message, 'Status `pendng` of [T-5] is outside the status vocabulary')
      assert.match(reports[0].hint!, /^did you mean pending\?/)
    })

    it('tells in-progress from in_progress (both read as in_progress)', () => {
      const reports = check(fixPlanWith('in_progress', 'in_progress', 'done', 'done', 'in-progress'))
      assert.equal(reports.length, 1)
      assert.match(reports[0].hint!, /^did you mean in_progress\?/)
    })

    it('accepts a once-used word with no frequent word like it: a state of its own (the first blocked item, a deferred one)', () => {
      assert.deepEqual(check(fixPlanWith('done', 'done', 'open', 'open', 'blocked on T-2')), [])
      assert.deepEqual(check(fixPlanWith('FIXED', 'FIXED', 'FIXED', 'FIXED', 'DEFERRED')), [])
      assert.deepEqual(check(fixPlanWith('pending', 'pending', 'done', 'done', 'superseded by T-9')), [])
    })

    it(`needs ${MIN_ITEMS_FOR_VOCABULARY} worded statuses and one word used twice before it judges`, () => {
      assert.deepEqual(check(fixPlanWith('done', 'done', 'open', 'completed')), [])
      assert.equal(check(fixPlanWith('done', 'done', 'open', 'open', 'completed')).length, 1)
      // Five words, none used twice: no vocabulary to hold them to.
      assert.deepEqual(check(fixPlanWith('done', 'completed', 'pending', 'blocked', 'finished')), [])
    })

    it('compares leading words case-insensitively, markup and trailing notes aside', () => {
      assert.deepEqual(check(fixPlanWith('Done', '**done** (2026-01-01)', '`open`', 'open', 'OPEN — next')), [])
    })
  })

  describe('with statusVocabulary configured', () => {
    it('reports every status whose leading word it does not list, however few items there are', () => {
      const reports = check(fixPlanWith('done', 'finished'), {statusVocabulary: ['open', 'in_progress', 'done']})
      assert.deepEqual(
        reports.map((report) => [report.line, report.message, report.hint]),
        [[7, 'Status `finished` of [T-2] is outside the status vocabulary', 'did you mean done? ("statusVocabulary" in .planledger.json allows open, in_progress, done)']],
      )
    })

    it('reads a configured phrase by its leading word, as statuses are read', () => {
      assert.deepEqual(check(fixPlanWith('In progress', 'done'), {statusVocabulary: ['in progress', 'done']}), [])
    })
  })

  it('never judges statuses written as boxes or section headings', () => {
    const checklist = ['# Fix Plan', '', '- [x] **T-1** a', '- [x] **T-2** b', '- [ ] **T-3** c', '- [ ] **T-4** d', '- [~] **T-5** e', ''].join('\n')
    assert.deepEqual(check(checklist), [])
    assert.deepEqual(check(checklist, {statusVocabulary: ['zzz']}), [])
    assert.ok(!statusVocabulary.dialects!.includes('checklist'))
  })

  it('judges a table ledger’s status cells', () => {
    const rows = ['Fixed', 'Fixed', 'Open', 'Open', 'Resolved'].map((status, at) => `| T-${at + 1} | title | ${status} |`)
    const table = ['# Fix Plan', '', '| ID | Title | Status |', '| --- | --- | --- |', ...rows, ''].join('\n')
    const reports = check(table)
    assert.deepEqual(
      reports.map((report) => [report.line, report.message]),
      [[9, 'Status `resolved` of T-5 is outside the status vocabulary']],
    )
  })
})
