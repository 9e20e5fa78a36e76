import assert from 'node:assert/strict'
import {lastUpdated} from '../../src/rules/last-updated.js'
import {newestAttemptDate} from '../../src/rules/support/newest-attempt-date.js'
import {contextFrom} from './rule-context.js'
import {summarize} from './seed-context.js'

const ledger = (lastUpdatedValue: string, ...dates: string[]) => `# Fix Plan

**Last Updated:** ${lastUpdatedValue}
**Active Focus:** A-001

## [A-001] First
- Status: in_progress
- Attempts History:
${dates.map((date, index) => `  * [${date}] Attempt #${index} — work.`).join('\n')}

## [B-001] Second
- Status: pending
- Attempts History:
  * (none yet)
`

const check = (text: string, today?: string) => lastUpdated.check(contextFrom({fixPlan: text, today}))

describe('last-updated', () => {
  it('reports a header older than the newest attempt entry, at the header value', () => {
    const text = ledger('2025-10-19', '2025-10-18', '2025-10-21T09:30:00Z', '2025-10-20')
    const reports = check(text, '2025-10-22')
    assert.deepEqual(summarize(lastUpdated, reports), ['warning docs/fix_plan.md:3:19 Last Updated `2025-10-19` is older than the newest attempt entry (`2025-10-21T09:30:00Z`, line 10)'])
    assert.equal(reports[0].hint, 'planledger header "Last Updated=2025-10-21T09:30:00Z" moves it forward')
  })

  it('compares dates as far as both are precise', () => {
    assert.deepEqual(check(ledger('2025-10-21', '2025-10-21T23:59:00Z'), '2025-10-22'), [], 'a day-only header is not behind an entry later that day')
    assert.deepEqual(check(ledger('2025-10-21T10:00Z', '2025-10-21T0959Z')), [])
    assert.equal(check(ledger('2025-10-21T10:00Z', '2025-10-21T100100Z')).length, 1, 'minutes matter when both have them')
    assert.deepEqual(check(ledger('2025-10-21 (Phase D)', '2025-10-20')), [], 'a note after the date is fine')
  })

  it('reports a header later than today, and no entry dated after today counts as the newest', () => {
    const future = check(ledger('2026-01-05', '2025-12-01'), '2025-12-02')
    assert.deepEqual(summarize(lastUpdated, future), ['warning docs/fix_plan.md:3:19 Last Updated `2026-01-05` is later than today (2025-12-02, UTC)'])
    assert.deepEqual(check(ledger('2025-12-01', '2025-12-01', '2205-12-01'), '2025-12-02'), [], 'a typo in an entry\u2019s year is not the newest work')
    assert.deepEqual(check(ledger('2025-12-02T23:00Z', '2025-12-01'), '2025-12-02'), [], 'today itself is not the future')
  })

  it('does not judge what it cannot read: no header, no date in it, no dated entries', () => {
    assert.deepEqual(check(ledger('soon', '2025-10-21')), [])
    assert.deepEqual(check(ledger('2025-10-19')), [])
    assert.deepEqual(check('# Fix Plan\n\n## [A-001] x\n- Status: pending\n- Attempts History:\n  * [2025-10-21] Attempt #1 — x\n'), [])
    assert.deepEqual(check(ledger('2025-13-40', '2025-10-21')), [], 'an impossible date is no date')
  })

  it('reads the header under other spellings and the file-level history', () => {
    const text = '# Fix Plan\n\n**Last-Updated**: 2026-01-01\n\n## Attempts History\n\n### 2026-01-22T02:40Z — kickoff\nBody.\n'
    assert.deepEqual(summarize(lastUpdated, check(text, '2026-02-01')), ['warning docs/fix_plan.md:3:19 Last-Updated `2026-01-01` is older than the newest attempt entry (`2026-01-22T02:40Z`, line 7)'])
  })
})

describe('newestAttemptDate', () => {
  it('gives the newest dated entry over all histories, the more precise of equal dates, undefined without one', () => {
    const fixPlan = contextFrom({fixPlan: ledger('2025-10-01', '2025-10-18', '2025-10-21', '2025-10-21T08:00Z', '2025-10-19')}).fixPlan!
    assert.deepEqual(newestAttemptDate(fixPlan), {date: '2025-10-21T08:00Z', digits: '202510210800', line: 11})
    assert.deepEqual(newestAttemptDate(fixPlan, '2025-10-20'), {date: '2025-10-19', digits: '20251019', line: 12})
    assert.equal(newestAttemptDate(contextFrom({fixPlan: ledger('2025-10-01')}).fixPlan!), undefined)
  })
})
