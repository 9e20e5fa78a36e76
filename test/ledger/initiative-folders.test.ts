import assert from 'node:assert/strict'
import {closedInitiativePath} from '../../src/ledger/initiative-folders.js'

describe('closedInitiativePath', () => {
  it('maps a path into plans/active/<ID> to plans/archive/<ID>, from the root or below a relative prefix', () => {
    assert.equal(closedInitiativePath('plans/active/X/reports/a.log'), 'plans/archive/X/reports/a.log')
    assert.equal(closedInitiativePath('../plans/active/X.md'), '../plans/archive/X.md')
  })

  it('leaves other paths alone', () => {
    for (const path of ['plans/archive/X/a.md', 'myplans/active/X/a.md', 'plans/active/', 'reports/a.log']) assert.equal(closedInitiativePath(path), undefined, path)
  })
})
