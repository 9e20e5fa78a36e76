import assert from 'node:assert/strict'
import {corpusPath, describeWithCorpus} from '../support/corpus.js'
import {replayOperations, type OpResult} from '../support/ops-replay.js'

// Measured with `npm run ops-replay`. Floors, not lists: each history must keep at least this many
// operations of the kind found, and at least this many reproduced byte for byte.
const FLOORS: Array<{history: string[]; found: Record<string, number>; reproduced: number}> = [
  {history: ['ptychopinn', 'history', 'dose_experiments-docs-fix_plan'], found: {amend: 1, 'outside-items': 30}, reproduced: 0},
  {history: ['wild', 'Caleb-T-Owens+lore', 'history'], found: {'new-item': 15, 'outside-items': 38}, reproduced: 16},
  {history: ['wild', 'jnyross+second-brain', 'history'], found: {header: 1, 'new-item': 7}, reproduced: 1},
  {history: ['wild', 'SecBear+neuron', 'history'], found: {'new-item': 30}, reproduced: 12},
]

const describe = (results: OpResult[]) => results.map((result) => `${result.to} ${result.operation.kind} ${result.outcome} ${result.detail.slice(0, 200)}`).join('\n')

describeWithCorpus('header, field, amend and status edits of real histories replayed with the commands', function () {
  this.timeout(60_000)
  for (const {history, found, reproduced} of FLOORS) {
    it(`${history.join('/')}: the operations are found and replayed`, () => {
      const results = replayOperations(corpusPath(...history))
      for (const [kind, floor] of Object.entries(found)) {
        const count = results.filter((result) => result.operation.kind === kind).length
        assert.ok(count >= floor, `${count} ${kind} operations, expected at least ${floor}\n${describe(results)}`)
      }
      const expressible = results.filter((result) => result.outcome !== 'not-expressible')
      assert.ok(expressible.filter((result) => result.outcome === 'reproduced').length >= reproduced, describe(expressible))
      // Only lines outside items and new log entries have no command; every other edit is replayed (new items with or without an ID).
      const noCommand = (result: (typeof results)[number]) => result.operation.kind === 'outside-items' || /^a log entry/.test(result.detail)
      assert.ok(results.every((result) => noCommand(result) === (result.outcome === 'not-expressible')), describe(results))
    })
  }
})
