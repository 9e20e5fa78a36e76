import assert from 'node:assert/strict'
import {planAttempt} from '../../src/edit/append-attempt.js'
import {applyEdits} from '../../src/edit/text-edit.js'
import {UserError} from '../../src/errors.js'
import {createDocument} from '../../src/ledger/document.js'
import {readFixPlan} from '../../src/ledger/fix-plan/fix-plan.js'

const NOW = new Date('2026-11-29T19:45:07Z')

function amend(text: string, itemId: string | undefined, body: string) {
  const ledger = readFixPlan(createDocument('fix_plan.md', text))
  const item = itemId === undefined ? undefined : ledger.items.find((candidate) => candidate.id === itemId)
  return applyEdits(text, planAttempt(ledger, item, {now: NOW, artifacts: [], findings: [], body, amend: true}).edits)
}

const item = (history: string[]) => ['## [A-1] Title', '- Status: in_progress', '- Attempts History:', ...history, '- Exit Criteria: done', ''].join('\n')

describe('planAttempt with amend', () => {
  const cases: Array<[string, string, string]> = [
    ['bracket-date-number', '  * [2025-10-17] Attempt #1 — one', '    '],
    ['italic-timestamp', '  - *2026-01-13T202358Z:* one', '    '],
    ['italic-timestamp-label', '- *2026-01-26T00:00:00Z (kickoff):* one', '  '],
    ['timestamp-dash', '* 2025-12-04T120500Z — one', '  '],
    ['number-paren-date', '  - Attempt #1 (2025-09-29): one', '    '],
  ]
  for (const [style, first, column] of cases) {
    it(`${style}: lines after the newest entry's last line (nested bullets included), at its continuation column`, () => {
      const older = first.replace('one', 'zero').replace('#1', '#0')
      const newest = [first, `${column}- nested detail`]
      const text = item([older, ...newest])
      assert.equal(amend(text, 'A-1', 'final: 0.93\nsecond line'), item([older, ...newest, `${column}final: 0.93`, `${column}second line`]))
    })
  }

  it('keeps CRLF line endings', () => {
    const text = item(['  * [2025-10-17] Attempt #1 — one']).replace(/\n/g, '\r\n')
    assert.equal(amend(text, 'A-1', 'more'), item(['  * [2025-10-17] Attempt #1 — one', '    more']).replace(/\n/g, '\r\n'))
  })

  it('heading entries: right under the body when the heading has no blank line after it', () => {
    const text = '# P\n\n## Attempts History\n### 2026-01-22T02:40Z — a\nbody\n### 2026-01-23T02:40Z — b\nbody b\n'
    assert.equal(amend(text, undefined, 'final'), text + 'final\n')
  })

  it('refuses an item without entries', () => {
    assert.throws(() => amend(item(['  * (none yet)']), 'A-1', 'x'), (error: unknown) => error instanceof UserError && /no Attempts History entry to amend/.test(error.message))
  })
})
