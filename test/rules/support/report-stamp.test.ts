import assert from 'node:assert/strict'
import {namesReportStamp, reportStampsIn} from '../../../src/rules/support/report-stamp.js'

describe('report stamps', () => {
  it('finds every stamp a text names, with or without its Z, as folder names to look for', () => {
    assert.deepEqual(reportStampsIn('see reports/2025-10-19T193425Z/ and 20251019T1934, then 2025-10-19T19:34:25Z'), ['2025-10-19T193425Z', '20251019T1934', '2025-10-19T19:34:25Z'])
    assert.deepEqual(reportStampsIn('done on 2025-10-19'), [])
  })

  it('takes a stamp alone as evidence only with its Z, every time it is asked', () => {
    for (let round = 0; round < 2; round++) {
      assert.equal(namesReportStamp('verified in 2025-10-19T193425Z'), true)
      assert.equal(namesReportStamp('finished 2025-10-19T19:34'), false)
    }
  })
})
