import assert from 'node:assert/strict'
import {reproduceHistory, type PairOutcome} from '../support/history-reproduction.js'
import {corpusPath, describeWithCorpus} from '../support/corpus.js'

describeWithCorpus('attempt reproduces the real history of a fix plan', function () {
  this.timeout(60_000)
  const results = reproduceHistory(corpusPath('ptychopinn/history/dose_experiments-docs-fix_plan'))
  const count = (outcome: PairOutcome) => results.filter((result) => result.outcome === outcome).length
  const appends = results.filter((result) => result.outcome !== 'not-an-append')

  it('finds the consecutive versions that append one entry', () => {
    assert.equal(results.length, 54)
    assert.ok(appends.length >= 40, `only ${appends.length} appends found`)
  })

  it('writes every appended entry byte for byte (prefix, blank lines, body)', () => {
    assert.deepEqual(results.filter((result) => result.outcome === 'content-differs'), [])
  })

  it('reproduces the next version exactly whenever the agent appended after the last entry', () => {
    const placed = count('exact') + count('exact-with-hand-edits')
    assert.ok(count('exact') > 0)
    // The rest put the entry before later entries or after an interrupting section: a placement choice, not a text difference.
    for (const result of results.filter((candidate) => candidate.outcome === 'placed-elsewhere')) assert.match(result.detail, /before \d+ later entries|interrupts the history/)
    assert.ok(placed / appends.length >= 0.85, `${placed}/${appends.length}`)
  })
})
