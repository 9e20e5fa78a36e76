import assert from 'node:assert/strict'
import {reproduceJournal} from '../support/journal-reproduction.js'
import {corpusPath, describeWithCorpus} from '../support/corpus.js'

// Measured with bench/journal-rate.ts: 33 of the 33 pairs append one entry, all 33 reproduced byte for byte.
describeWithCorpus('attempt --file reproduces the real history of a journal (galph_memory.md)', function () {
  this.timeout(60_000)
  const results = reproduceJournal(corpusPath('ptychopinn/history/dose_experiments-galph_memory'))
  const appends = results.filter((result) => result.outcome !== 'not-an-append')

  it('finds the consecutive versions that append one entry', () => {
    assert.equal(results.length, 33)
    assert.ok(appends.length >= 33, `only ${appends.length} appends found`)
  })

  it('reproduces every appended entry byte for byte, in the journal’s own place and spacing', () => {
    const exact = results.filter((result) => result.outcome === 'exact').length
    assert.ok(exact / appends.length >= 1, `${exact}/${appends.length}; differs: ${results.filter((result) => result.outcome === 'differs').map((result) => result.to).join(', ')}`)
  })
})
