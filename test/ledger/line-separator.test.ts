import assert from 'node:assert/strict'
import {createDocument} from '../../src/ledger/document.js'
import {itemId} from '../../src/ledger/fix-plan/find-item.js'
import {readFindings} from '../../src/ledger/findings/findings.js'
import {readFixPlan} from '../../src/ledger/fix-plan/fix-plan.js'
import {readPlan} from '../../src/ledger/plan/plan.js'

// U+2028 (LINE SEPARATOR) and U+2029 (PARAGRAPH SEPARATOR) end a line for JavaScript's `.` and
// `m`-flag anchors, but not for Markdown or git: inside a line they are ordinary characters.
const LS = '\u2028'
const PS = '\u2029'

describe('U+2028 and U+2029 inside a line', () => {
  it('do not end a line: only \\n and \\r\\n do', () => {
    const doc = createDocument('x.md', `a${LS}b\nc${PS}d\r\ne`)
    assert.deepEqual(
      doc.lines.map((line) => line.text),
      [`a${LS}b`, `c${PS}d`, 'e'],
    )
  })

  it('an item heading with one keeps its ID, title and fields', () => {
    const text = [
      '# Fix Plan',
      `**Last Updated:** 2025-10-19${LS}(by hand)`,
      '',
      '| ID | Title | Priority | Status |',
      '| --- | --- | --- | --- |',
      `| [A-1](#a-1) | First${LS}more | High | pending |`,
      '',
      `## [A-1] First${LS}more title`,
      '- Status: pending',
      '- Attempts History:',
      '  * [2025-10-19] Attempt #1 — x',
      '',
      `## [B-2] Second${PS}`,
      '- Status: done',
      '',
    ].join('\n')
    const ledger = readFixPlan(createDocument('docs/fix_plan.md', text))
    assert.deepEqual(
      ledger.items.map((item) => [item.id, item.title, item.line, item.fields.map((field) => `${field.key}=${field.value}`), item.attempts?.entries.length ?? 0]),
      [
        ['A-1', `First${LS}more title`, 8, ['Status=pending', 'Attempts History='], 1],
        ['B-2', 'Second', 13, ['Status=done'], 0],
      ],
    )
    assert.deepEqual(
      ledger.header.map((field) => [field.key, field.value]),
      [['Last Updated', `2025-10-19${LS}(by hand)`]],
    )
    assert.deepEqual(
      ledger.index.map((entry) => [entry.id, entry.status]),
      [['A-1', 'pending']],
    )
    assert.deepEqual(ledger.warnings, [])
  })

  it('an ID typed in brackets around one is still unwrapped', () => {
    assert.equal(itemId(`[A-1${LS}]`), `A-1${LS}`)
  })

  it('a finding heading with one is a finding', () => {
    const ledger = readFindings(createDocument('docs/findings.md', `# Findings\n\n### POLICY-001 — Keep${LS}this\nBody.\n`))
    assert.deepEqual(
      ledger.findings.map((finding) => [finding.id, finding.line]),
      [['POLICY-001', 3]],
    )
  })

  it('a fence whose info string has one still opens a code block', () => {
    const text = [
      '# Plan',
      '### Phase A — Setup',
      `Goal: build${LS}and test`,
      '',
      `\`\`\`text${LS}note`,
      '| ID | Task | State | Guidance |',
      '| --- | --- | --- | --- |',
      '| Z9 | inside the fence | [ ] | not a row |',
      '```',
      '',
      '| ID | Task | State | Guidance |',
      '| --- | --- | --- | --- |',
      '| A1 | real | [x] | done |',
      '',
    ].join('\n')
    const plan = readPlan(createDocument('plan.md', text))
    assert.deepEqual(
      plan.rows.map((row) => row.id),
      ['A1'],
    )
    assert.equal(plan.phases[0].goal, `build${LS}and test`)
  })
})
