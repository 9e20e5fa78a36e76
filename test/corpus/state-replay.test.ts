import assert from 'node:assert/strict'
import {corpusPath, describeWithCorpus} from '../support/corpus.js'
import {replayStateHistory} from '../support/state-replay.js'

// Measured with `npm run state-replay` (lore 28/28, second-brain 16/16 pairs with flips reproduced); the floors leave a little room.
const FLOORS: Array<[string, number, number]> = [
  ['Caleb-T-Owens+lore', 25, 0.95],
  ['jnyross+second-brain', 14, 0.95],
]

describeWithCorpus('set replays the state changes of real fix-plan histories', function () {
  this.timeout(60_000)
  for (const [folder, minimumPairs, rate] of FLOORS) {
    it(`${folder}: the flips of each pair are written byte for byte on the items' lines`, () => {
      const results = replayStateHistory(corpusPath('wild', folder, 'history'))
      const withFlips = results.filter((result) => result.outcome !== 'no-flips')
      const reproduced = withFlips.filter((result) => result.outcome === 'reproduced')
      assert.ok(withFlips.length >= minimumPairs, `only ${withFlips.length} pairs change an item's state`)
      assert.ok(reproduced.length / withFlips.length >= rate, withFlips.filter((result) => result.outcome !== 'reproduced').map((result) => `${result.to}: ${result.detail}`).join('\n'))
    })
  }

  it('SecBear+neuron: finishing work moves and retitles the entry, which is no state flip to replay', () => {
    const results = replayStateHistory(corpusPath('wild', 'SecBear+neuron', 'history'))
    assert.equal(results.length, 17)
    assert.ok(results.every((result) => result.outcome === 'no-flips' || result.outcome === 'reproduced'), results.map((result) => result.outcome).join(', '))
    assert.ok(results.some((result) => result.unmatched > 0))
  })
})
