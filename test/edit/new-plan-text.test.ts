import assert from 'node:assert/strict'
import {builtInPlan, fillTemplate} from '../../src/edit/new-plan-text.js'
import {createDocument} from '../../src/ledger/document.js'
import {readPlan} from '../../src/ledger/plan/plan.js'

const FACTS = {id: 'DATA-002', title: 'Stream batches', date: '2026-12-01'}

describe('new plan text', () => {
  it('builds a plan with one phase whose task table has the given columns and line endings', () => {
    const text = builtInPlan(FACTS, ['ID', 'Task', 'Status', 'Notes'], '\r\n')
    assert.ok(text.endsWith('| ID | Task | Status | Notes |\r\n| --- | --- | --- | --- |\r\n'))
    assert.ok(!/[^\r]\n/.test(text))
    const plan = readPlan(createDocument('plan.md', text))
    assert.deepEqual(plan.phases.map((phase) => phase.id), ['A'])
    assert.deepEqual(plan.tables.map((table) => table.headers), [['ID', 'Task', 'Status', 'Notes']])
    assert.match(text, /^# DATA-002 — Stream batches\r\n/)
    assert.equal(builtInPlan({...FACTS, title: 'DATA-002'}, ['ID', 'State'], '\n').split('\n')[0], '# DATA-002')
  })

  it('leaves the table out for repositories whose plans use checklists', () => {
    const text = builtInPlan(FACTS, undefined, '\n')
    assert.ok(text.endsWith('### Phase A — First steps\nGoal: Stream batches\n'))
    assert.deepEqual(readPlan(createDocument('plan.md', text)).tables, [])
  })

  it('fills the placeholders a template may hold and keeps every other byte', () => {
    const template = '# {{ id }}: <Title>\r\nStarted YYYY-MM-DD ({{date}}), for <INITIATIVE-ID>. Keep <b>html</b>\t \r\n'
    assert.equal(fillTemplate(template, FACTS), '# DATA-002: Stream batches\r\nStarted 2026-12-01 (2026-12-01), for DATA-002. Keep <b>html</b>\t \r\n')
  })
})
