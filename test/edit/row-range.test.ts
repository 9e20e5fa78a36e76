import assert from 'node:assert/strict'
import {expandRowIds, type AddressableRow} from '../../src/edit/row-range.js'
import {UserError} from '../../src/errors.js'

function rows(groups: string[][]): AddressableRow[] {
  let line = 10
  return groups.flatMap((ids, group) => ids.map((id) => ({id, group, line: line++})))
}

const phaseD = rows([
  ['D1.A', 'D1.B', 'D1.C'],
  ['D2.A', 'D2.B', 'D2.C'],
])
const mixed = rows([['A1', 'A2', 'A3', 'EB2.A1', 'EB2.A2', 'EB2.A3', 'DEBUG-SIM-001.C1']])

describe('expandRowIds', () => {
  const cases: Array<[string, AddressableRow[], string[]]> = [
    ['D1.A', phaseD, ['D1.A']],
    ['D1.A,D1.C', phaseD, ['D1.A', 'D1.C']],
    ['D1.A-C', phaseD, ['D1.A', 'D1.B', 'D1.C']],
    ['D1.A–C', phaseD, ['D1.A', 'D1.B', 'D1.C']],
    ['D1.A..D1.C', phaseD, ['D1.A', 'D1.B', 'D1.C']],
    ['D1.A-D1.B', phaseD, ['D1.A', 'D1.B']],
    ['A1-A3', mixed, ['A1', 'A2', 'A3']],
    ['EB2.A1-A3', mixed, ['EB2.A1', 'EB2.A2', 'EB2.A3']],
    ['DEBUG-SIM-001.C1', mixed, ['DEBUG-SIM-001.C1']],
    ['D1.B, D1.A-B', phaseD, ['D1.B', 'D1.A']],
  ]
  for (const [spec, table, expected] of cases) {
    it(`expands ${spec}`, () => assert.deepEqual(expandRowIds([spec], table), expected))
  }

  it('takes several arguments', () => {
    assert.deepEqual(expandRowIds(['D1.A', 'D2.B-C'], phaseD), ['D1.A', 'D2.B', 'D2.C'])
  })

  it('runs only over rows that exist, in table order', () => {
    const gappy = rows([['A1', 'A3', 'A2', 'A5']])
    assert.deepEqual(expandRowIds(['A1-A2'], gappy), ['A1', 'A3', 'A2'])
  })

  it('names an unknown row with a suggestion', () => {
    assert.throws(() => expandRowIds(['D1.X'], phaseD), (error: UserError) => error.message === 'Unknown row `D1.X`' && error.hint === 'did you mean D1.A, D1.B or D1.C?')
  })

  it('refuses a range whose end does not exist', () => {
    assert.throws(() => expandRowIds(['D1.A-F'], phaseD), (error: UserError) => error.message === 'Unknown row `D1.F` (end of range `D1.A-F`)')
  })

  it('refuses a range whose start does not exist', () => {
    assert.throws(() => expandRowIds(['D1.Z-C'], phaseD), /Unknown row `D1.Z` \(start of range `D1.Z-C`\)/)
  })

  it('reads hyphenated IDs as IDs when a row has that ID, even when they also parse as a range', () => {
    const hyphenated = rows([['C', 'C-01', '01', 'P0', 'P0-1', '1', 'T-300']])
    assert.deepEqual(expandRowIds(['C-01', 'P0-1', 'T-300'], hyphenated), ['C-01', 'P0-1', 'T-300'])
    assert.deepEqual(expandRowIds(['C..01'], hyphenated), ['C', 'C-01', '01'])
  })

  it('names a missing hyphenated ID whole, not as the start of a range', () => {
    const kanban = rows([['CR-01', 'CR-02', 'CR-03']])
    assert.throws(() => expandRowIds(['CR-04'], kanban), (error: UserError) => error.message === 'Unknown row `CR-04`' && /did you mean CR-0/.test(error.hint ?? ''))
    assert.deepEqual(expandRowIds(['CR-01..CR-03'], kanban), ['CR-01', 'CR-02', 'CR-03'])
  })

  it('refuses a range over two tables', () => {
    assert.throws(
      () => expandRowIds(['D1.B..D2.A'], phaseD),
      (error: UserError) => error.message === 'Range `D1.B..D2.A` spans two tables (D1.B on line 11, D2.A on line 13)' && error.exitCode === 2,
    )
  })

  it('refuses a range whose end precedes its start', () => {
    assert.throws(() => expandRowIds(['D1.C-A'], phaseD), /Range `D1.C-A` ends before it starts: D1.A \(line 10\) comes before D1.C \(line 12\)/)
  })

  it('refuses an empty list', () => {
    assert.throws(() => expandRowIds([' , '], phaseD), /No row IDs given/)
  })
})
