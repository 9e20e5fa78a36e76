import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {planAttempt, type AttemptRequest} from '../../src/edit/append-attempt.js'
import {applyEdits} from '../../src/edit/text-edit.js'
import {createDocument} from '../../src/ledger/document.js'
import {readFixPlan} from '../../src/ledger/fix-plan/fix-plan.js'
import {UserError} from '../../src/errors.js'
import {repoRoot} from '../support/corpus.js'
import {changedRun} from '../support/assertions.js'

const NOW = new Date('2026-11-29T19:45:07Z')

function append(text: string, itemId: string, request: Partial<AttemptRequest> & {body: string}) {
  const ledger = readFixPlan(createDocument('fix_plan.md', text))
  const item = ledger.items.find((candidate) => candidate.id === itemId)!
  const plan = planAttempt(ledger, item, {now: NOW, artifacts: [], findings: [], ...request})
  return {plan, after: applyEdits(text, plan.edits)}
}

/** The lines the edit added: the output minus the input must be exactly these, at one place. */
function insertedLines(before: string, after: string): string[] {
  const {removed, added} = changedRun(before, after)
  assert.deepEqual(removed, [], 'only insertions expected')
  return added
}

const fixture = (name: string) => readFileSync(join(repoRoot, 'test/fixtures/fix-plan', name), 'utf8')

const ITEM = [
  '## [T-1] Item',
  '- Status: in_progress',
  '- Attempts History:',
  '  * [2025-10-19] Attempt #6 — Earlier.',
  '  * [2025-10-19] Attempt #7 — Audit. Findings applied: POLICY-001.',
  '    Next Actions: D1.',
  '- Exit Criteria:',
  '  - Passes.',
  '',
].join('\n')

describe('planAttempt', () => {
  it('appends after the last entry and its continuation lines, numbered highest + 1, in the item style', () => {
    const {after, plan} = append(ITEM, 'T-1', {body: 'Profile done.\nNext Actions: D2.\n  - nested stays nested', findings: ['POLICY-001', 'FORMAT-001'], artifacts: ['r/profile.md']})
    assert.deepEqual(insertedLines(ITEM, after), [
      '  * [2026-11-29] Attempt #8 — Profile done. Findings applied: POLICY-001, FORMAT-001. Artifacts: `r/profile.md`.',
      '    Next Actions: D2.',
      '      - nested stays nested',
    ])
    assert.equal(after.indexOf('Attempt #8') > after.indexOf('    Next Actions: D1.'), true)
    assert.equal(plan.number, 8)
  })

  it('writes --date verbatim and honours --number and --result', () => {
    const {after} = append(ITEM, 'T-1', {body: 'x', date: '2025-10-20T10:00:00Z', number: 42, result: 'partial'})
    assert.deepEqual(insertedLines(ITEM, after), ['  * [2025-10-20T10:00:00Z] Attempt #42 — x Result: partial.'])
  })

  it('replaces a (none yet) placeholder, learning the style from the file\u2019s other items', () => {
    const text = ITEM + '## [T-2] Other\n- Status: pending\n- Attempts History:\n  * (none yet)\n'
    const {after, plan} = append(text, 'T-2', {body: 'First look.'})
    assert.equal(after, ITEM + '## [T-2] Other\n- Status: pending\n- Attempts History:\n  * [2026-11-29] Attempt #1 — First look.\n')
    assert.equal(plan.template.source, 'file')
  })

  it('creates the Attempts History field after the last field when absent', () => {
    const text = '## [T-3] Fresh\n- Status: pending\n- Exit Criteria:\n  - Done.\n\n## [T-4] Next\n'
    const {after, plan} = append(text, 'T-3', {body: 'Started.'})
    assert.equal(after, '## [T-3] Fresh\n- Status: pending\n- Exit Criteria:\n  - Done.\n- Attempts History:\n  * [2026-11-29] Attempt #1 — Started.\n\n## [T-4] Next\n')
    assert.equal(plan.template.source, 'default')
  })

  it('keeps CRLF line endings', () => {
    const crlf = ITEM.replace(/\n/g, '\r\n')
    const {after} = append(crlf, 'T-1', {body: 'a\nb'})
    assert.ok(after.includes('    Next Actions: D1.\r\n  * [2026-11-29] Attempt #8 — a\r\n    b\r\n- Exit Criteria:'))
  })

  it('refuses an empty body', () => {
    assert.throws(() => append(ITEM, 'T-1', {body: ' \n\n'}), (error: UserError) => error.message === 'The attempt body is empty' && error.exitCode === 2)
  })

  describe('each entry style of FORMATS.md', () => {
    const cases: Array<[string, string, Partial<AttemptRequest> & {body: string}, string[]]> = [
      ['style1-bracket-date.md', 'CONFIG-BRIDGE-002', {body: 'New.'}, []],
      ['style2-italic-timestamp.md', 'SIM-LINES-4X-001', {body: 'New.\nArtifacts: `x/`.'}, ['  - *2026-11-29T194507Z:* New.', '    Artifacts: `x/`.']],
      ['style3-italic-label.md', '', {body: 'New.', label: 'follow-up'}, []],
      ['style4-timestamp-dash.md', '', {body: 'New.'}, []],
      ['style5-number-paren-date.md', '', {body: 'New.\n- sub-point'}, []],
      ['style7-bare-line.md', '', {body: 'New.'}, []],
    ]
    for (const [name, id, request, expected] of cases) {
      it(`appends in the style of ${name}`, () => {
        const text = fixture(name)
        const ledger = readFixPlan(createDocument(name, text))
        const item = id ? ledger.items.find((candidate) => candidate.id === id)! : ledger.items.find((candidate) => (candidate.attempts?.entries.length ?? 0) > 0)!
        const last = item.attempts!.entries.at(-1)!
        const plan = planAttempt(ledger, item, {now: NOW, artifacts: [], findings: [], ...request})
        const after = applyEdits(text, plan.edits)
        const lines = insertedLines(text, after)
        if (expected.length > 0) assert.deepEqual(lines, expected)
        // Re-reading finds the new entry last, in the same style, with the caller's text.
        const reread = readFixPlan(createDocument(name, after)).items.find((candidate) => candidate.id === item.id)!
        const added = reread.attempts!.entries.at(-1)!
        assert.equal(reread.attempts!.entries.length, item.attempts!.entries.length + 1)
        assert.equal(added.style, last.style)
        assert.equal(added.bullet, last.bullet)
        assert.equal(added.indent, last.indent)
        assert.ok(added.text.startsWith('New.'), added.text)
        if (last.number !== undefined) assert.equal(added.number, Math.max(...item.attempts!.entries.map((e) => e.number ?? 0)) + 1)
        if (request.label && last.label !== undefined) assert.equal(added.label, request.label)
      })
    }

    it('appends a heading-style entry to a file-level history as its own section', () => {
      const text = fixture('style6-heading.md')
      const ledger = readFixPlan(createDocument('h.md', text))
      const before = ledger.attempts!.entries
      assert.equal(before.at(-1)!.style, 'heading')
      const plan = planAttempt(ledger, undefined, {now: NOW, artifacts: ['a.md'], findings: [], body: 'Did it.', label: 'next step'})
      const after = applyEdits(text, plan.edits)
      // The fixture's entries put the body right under the heading, so the new one does too.
      const inserted = '\n\n### 2026-11-29T19:45Z — next step\nDid it.\n\n**Artifacts:**\n- `a.md`'
      const lastLine = text.split('\n')[before.at(-1)!.endLine - 1]
      assert.equal(after.length, text.length + inserted.length)
      assert.ok(after.includes(lastLine + inserted + '\n'), 'the entry follows the last entry\u2019s last line, separated by a blank line')
      const reread = readFixPlan(createDocument('h.md', after)).attempts!.entries
      assert.equal(reread.length, before.length + 1)
      assert.deepEqual([reread.at(-1)!.date, reread.at(-1)!.label], ['2026-11-29T19:45Z', 'next step'])
    })

    it('keeps a blank line under the heading when the file\u2019s entries have one', () => {
      const text = '# Plan\n\n## Attempts History\n\n### 2026-01-01T00:00Z — first\n\nBody.\n'
      const plan = planAttempt(readFixPlan(createDocument('h.md', text)), undefined, {now: NOW, artifacts: [], findings: [], body: 'More.', date: '2026-01-02T00:00Z', label: 'second'})
      assert.equal(applyEdits(text, plan.edits), text.replace(/\n$/, '') + '\n\n### 2026-01-02T00:00Z — second\n\nMore.\n')
    })

    it('refuses a heading-style body line that would start a new section', () => {
      const ledger = readFixPlan(createDocument('h.md', fixture('style6-heading.md')))
      assert.throws(
        () => planAttempt(ledger, undefined, {now: NOW, artifacts: [], findings: [], body: 'ok\n## [X-1] Not an entry'}),
        (error: UserError) => error.message === 'Line 2 of the attempt body would start a new section: `## [X-1] Not an entry`',
      )
    })
  })
})
