import assert from 'node:assert/strict'
import fc from 'fast-check'
import {compareDateDigits, compareDateMoments, leadingDateDigits, leadingDateIn, writtenDateDigits} from '../../src/ledger/ledger-dates.js'

describe('leadingDateIn', () => {
  it('gives the date as written and its span, markup before it and a note after it outside', () => {
    assert.deepEqual(leadingDateIn('`2026-11-01` (Phase C)'), {start: 1, end: 11, written: '2026-11-01', digits: '20261101'})
    assert.deepEqual(leadingDateIn('**2026-01-22T02:40Z** — kickoff'), {start: 2, end: 19, written: '2026-01-22T02:40Z', digits: '202601220240'})
    assert.deepEqual(leadingDateIn('2025-10-19 19:34'), {start: 0, end: 16, written: '2025-10-19 19:34', digits: '202510191934'})
  })

  it('gives nothing for a text that starts with no possible date', () => {
    assert.equal(leadingDateIn('see 2025-10-19'), undefined)
    assert.equal(leadingDateIn('`2025-13-01`'), undefined)
  })
})

describe('ledger dates: reading', () => {
  it('reads the date styles ledgers write, and refuses impossible ones', () => {
    assert.equal(leadingDateDigits('2026-01-13T202358Z'), '20260113202358')
    assert.equal(leadingDateDigits('2025-10-16T23:05:39Z'), '20251016230539')
    assert.equal(leadingDateDigits('**2025-10-19** (Phase D)'), '20251019')
    assert.equal(leadingDateDigits('2025-10-19 19:34'), '202510191934')
    assert.equal(leadingDateDigits('2025-02-30x'), '20250230')
    assert.equal(leadingDateDigits('2025-00-10'), undefined)
    assert.equal(leadingDateDigits('2025-10-19T25:00Z'), undefined)
    assert.equal(leadingDateDigits('2025-10-199'), undefined)
    assert.equal(leadingDateDigits('2025-10-19: loop 4'), '20251019')
    assert.equal(compareDateDigits('20251019', '2025101923'), 0)
    assert.equal(compareDateDigits('2025101922', '2025101923'), -1)
  })

  it('finds the first date anywhere in a line as written, a typo too, for ordering', () => {
    assert.equal(writtenDateDigits('**Last Updated:** 2025-10-19T23:05Z (loop 4), was 2025-10-18'), '202510192305')
    assert.equal(writtenDateDigits('- *2025-11-32:* Attempt #2'), '20251132')
    assert.equal(writtenDateDigits('Last Updated: 12025-10-19'), undefined)
    assert.equal(writtenDateDigits('no date here'), undefined)
  })

  it('orders moments with a time left out as the day\'s start, where the as-far-as-both-go order ties', () => {
    assert.equal(compareDateMoments('20251019', '2025101923'), -1)
    assert.equal(compareDateMoments('20251019', '202510190000'), 0)
    assert.equal(compareDateMoments('20251020', '2025101923'), 1)
  })
})

describe('ledger dates: order', () => {
  const styles = [
    (iso: string) => iso.slice(0, 10),
    (iso: string) => `${iso.slice(0, 19)}Z`,
    (iso: string) => `${iso.slice(0, 10)}T${iso.slice(11, 19).replace(/:/g, '')}Z`,
    (iso: string) => `${iso.slice(0, 16)}Z`,
    (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)}`,
  ]
  it('orders two instants written in any two styles as the instants, as far as both styles are precise', () => {
    const instant = fc.date({min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true})
    const style = fc.integer({min: 0, max: styles.length - 1})
    fc.assert(
      fc.property(instant, instant, style, style, (a, b, sa, sb) => {
        const [x, y] = [styles[sa](a.toISOString()), styles[sb](b.toISOString())]
        const [dx, dy] = [leadingDateDigits(x)!, leadingDateDigits(y)!]
        const common = Math.min(dx.length, dy.length)
        // Compared at the coarser precision, the instants truncated there order the same way.
        const truncated = (date: Date) => date.toISOString().replace(/\D/g, '').slice(0, common)
        const expected = Math.sign(truncated(a).localeCompare(truncated(b)))
        assert.equal(compareDateDigits(dx, dy), expected, `${x} vs ${y}`)
      }),
    )
  })
})
