import assert from 'node:assert/strict'
import {readLines} from './read.js'

// The readers run on every command and commit: a reader that rescans the file per item would take
// minutes here (tens of thousands of items), so finishing within the timeout shows they stay linear.
describe('dialect readers on large fix plans', function () {
  this.timeout(30_000)
  const COUNT = 20_000

  it(`reads ${COUNT} ID headings with a summary table, markers and tasks`, () => {
    const lines = ['# Plan', '']
    for (let at = 1; at <= COUNT; at++) lines.push(`### W${at}: item ${at}${at % 3 === 0 ? ' ✅' : ''}`, 'Prose.', '- [ ] check', '#### Step 1', '')
    lines.push('## Summary', '', '| ID | Status |', '| --- | --- |')
    for (let at = 1; at <= COUNT; at++) lines.push(`| W${at} | ${at % 2 === 0 ? 'Fixed' : 'Open'} |`)
    const ledger = readLines(lines)
    assert.equal(ledger.dialect, 'id-headings')
    assert.equal(ledger.items.length, COUNT)
    assert.deepEqual(ledger.items.slice(0, 3).map((item) => [item.state, item.statusSource, item.tasks.length]), [['open', 'index', 2], ['done', 'index', 2], ['done', 'heading-marker', 2]])
  })

  it(`reads ${COUNT} checklist items with nested boxes, and ${COUNT} log entries`, () => {
    const lines = ['# Plan', '', '## Work']
    for (let at = 1; at <= COUNT; at++) lines.push(`- [${at % 2 === 0 ? 'x' : ' '}] T-${at}: item`, '  - [ ] sub', '  - note')
    const ledger = readLines(lines)
    assert.equal(ledger.items.length, COUNT)
    assert.equal(ledger.items[1].state, 'done')
    const log = ['# Plan', '', '## Completed']
    for (let at = 1; at <= COUNT; at++) log.push(`- 2026-01-01: entry ${at}`, '  - Verify: ok')
    assert.equal(readLines(log).items.length, COUNT)
  })
})
