import assert from 'node:assert/strict'
import {createDocument} from '../../src/ledger/document.js'
import type {FindingsLedger, FixPlanItem, FixPlanLedger, PlanLedger, PlanRow} from '../../src/ledger/model.js'
import {findById, listLedgerIds, type QueryLedgers} from '../../src/ledger/query.js'
import {didYouMean, suggestClosest} from '../../src/ledger/suggest.js'
import {userErrorOf} from '../support/assertions.js'

const SPAN = {start: 0, end: 0}

// Hand-built ledgers: the query only reads ids, lines and paths.
function fixPlan(path: string, ids: Array<[id: string, line: number]>): FixPlanLedger {
  const items = ids.map(([id, line]): FixPlanItem => ({id, kind: 'heading', title: `${id} title`, line, level: 2, state: 'unknown', status: null, statusSource: 'none', tasks: [], span: SPAN, endLine: line, fields: []}))
  return {doc: createDocument(path, ''), dialect: 'bracketed-headings', header: [], index: [], items, warnings: []}
}

function plan(path: string, ids: Array<[id: string | undefined, line: number]>): PlanLedger {
  const rows: PlanRow[] = ids.map(([id, line]) => ({kind: 'table', id, line, span: SPAN, cells: []}))
  return {doc: createDocument(path, ''), phases: [], rows, tables: [], warnings: []}
}

function findings(path: string, ids: Array<[id: string, line: number]>): FindingsLedger {
  const list = ids.map(([id, line]) => ({id, line, span: SPAN, source: 'table' as const, columns: {'Finding ID': id}}))
  return {doc: createDocument(path, ''), tables: [], findings: list, warnings: []}
}

const LEDGERS: QueryLedgers = {
  fixPlan: fixPlan('docs/fix_plan.md', [['TEST-PYTORCH-001', 16], ['DATA-LOADER-002', 48]]),
  plans: [
    plan('plans/a/implementation.md', [['A1', 20], ['D1', 40], [undefined, 41]]),
    plan('plans/a/reports/plan.md', [['D1.A', 24], ['D1.B', 25], ['D1.C', 26], ['D2.A', 40]]),
  ],
  findings: findings('docs/findings.md', [['POLICY-001', 11], ['FORMAT-001', 12]]),
}

describe('listLedgerIds', () => {
  it('lists items, rows with an ID and findings, in ledger and file order', () => {
    const ids = listLedgerIds(LEDGERS).map((hit) => `${hit.kind}:${hit.id}`)
    assert.deepEqual(ids, [
      'fix-plan-item:TEST-PYTORCH-001',
      'fix-plan-item:DATA-LOADER-002',
      'plan-row:A1',
      'plan-row:D1',
      'plan-row:D1.A',
      'plan-row:D1.B',
      'plan-row:D1.C',
      'plan-row:D2.A',
      'finding:POLICY-001',
      'finding:FORMAT-001',
    ])
  })
})

describe('findById', () => {
  it('finds a fix-plan item, a plan row and a finding with their place', () => {
    const item = findById(LEDGERS, 'TEST-PYTORCH-001')
    assert.deepEqual([item.kind, item.path, item.line], ['fix-plan-item', 'docs/fix_plan.md', 16])
    const row = findById(LEDGERS, 'D1.A')
    assert.deepEqual([row.kind, row.path, row.line], ['plan-row', 'plans/a/reports/plan.md', 24])
    const finding = findById(LEDGERS, 'POLICY-001')
    assert.deepEqual([finding.kind, finding.path, finding.line], ['finding', 'docs/findings.md', 11])
  })

  it('prefers an exact-case match, then accepts any case', () => {
    const ledgers: QueryLedgers = {plans: [plan('p1.md', [['a1', 3]]), plan('p2.md', [['A1', 5]])]}
    assert.equal(findById(ledgers, 'A1').path, 'p2.md')
    assert.equal(findById(LEDGERS, 'd1.b').id, 'D1.B')
  })

  it('takes the first occurrence when an ID repeats within one file', () => {
    const ledgers: QueryLedgers = {plans: [plan('p.md', [['A1', 3], ['A1', 9]])]}
    assert.equal(findById(ledgers, 'A1').line, 3)
  })

  it('rejects an unknown ID with the closest IDs as a hint', () => {
    const error = userErrorOf(() => findById(LEDGERS, 'D1.X'))
    assert.equal(error.message, 'Unknown ID `D1.X`')
    assert.equal(error.hint, 'did you mean D1.A, D1.B or D1.C?')
    assert.equal(error.exitCode, 2)
    assert.equal(userErrorOf(() => findById(LEDGERS, 'POLICY-01')).hint, 'did you mean POLICY-001?')
  })

  it('gives no hint when nothing is close', () => {
    assert.equal(userErrorOf(() => findById(LEDGERS, 'ZZZ-999')).hint, undefined)
  })

  it('rejects an ID found in two files, naming both places', () => {
    const ledgers: QueryLedgers = {plans: [plan('plans/x/plan.md', [['A1', 12]]), plan('plans/y/plan.md', [['A1', 7]])]}
    const error = userErrorOf(() => findById(ledgers, 'A1'))
    assert.equal(error.message, 'ID `A1` is ambiguous: found in plans/x/plan.md:12, plans/y/plan.md:7')
    assert.equal(error.hint, 'narrow with --file')
    assert.equal(error.exitCode, 2)
  })
})

describe('suggestClosest', () => {
  it('orders by distance, keeps input order on ties, and caps the count', () => {
    assert.deepEqual(suggestClosest('D1.X', ['D2.A', 'D1.C', 'D1.A', 'D1.B', 'D1.D']), ['D1.C', 'D1.A', 'D1.B'])
    assert.deepEqual(suggestClosest('D1.X', ['D1.A', 'D1.B'], {max: 1}), ['D1.A'])
  })

  it('ignores case when measuring and drops far candidates', () => {
    assert.deepEqual(suggestClosest('policy-001', ['POLICY-001', 'FORMAT-001']), ['POLICY-001'])
    assert.deepEqual(suggestClosest('A1', ['TEST-PYTORCH-001']), [])
  })

  it('never suggests the input itself or a duplicate', () => {
    assert.deepEqual(suggestClosest('A1', ['A1', 'A2', 'A2']), ['A2'])
  })
})

describe('didYouMean', () => {
  it('joins one, two or three suggestions', () => {
    assert.equal(didYouMean([]), undefined)
    assert.equal(didYouMean(['A']), 'did you mean A?')
    assert.equal(didYouMean(['A', 'B']), 'did you mean A or B?')
    assert.equal(didYouMean(['A', 'B', 'C']), 'did you mean A, B or C?')
  })
})
