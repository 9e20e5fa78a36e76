import assert from 'node:assert/strict'
import {findingAnchor} from '../../src/edit/finding-anchor.js'
import {readFindings} from '../../src/ledger/findings/findings.js'
import {scanDocument} from '../../src/ledger/scan.js'
import {fixtureDocument} from '../ledger/helpers/ledger-files.js'

describe('findingAnchor', () => {
  const doc = fixtureDocument('link/findings-variants.md')
  const ledger = readFindings(doc)
  const {headings} = scanDocument(doc)
  const anchor = (id: string) => findingAnchor(ledger.findings.find((finding) => finding.id === id)!, headings)

  it('is the lowercased ID for a table finding', () => {
    assert.equal(anchor('DATA-001'), 'data-001')
    assert.equal(anchor('LATER-001'), 'later-001')
  })

  it('is GitHub\u2019s heading slug for a heading finding: punctuation dropped, each space a hyphen, repeats numbered', () => {
    assert.equal(anchor('PROBE-MASK-DEFAULT-001'), 'probe-mask-default-001---probe-mask-defaults-to-none')
    // An earlier heading has the slug already, so GitHub numbers this one.
    assert.equal(anchor('DATA-002'), 'data-002-bracketed-heading-finding-1')
  })
})
