import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {planAttemptChange} from '../../src/app/attempt.js'
import {runCheck} from '../../src/app/check/check.js'
import {resolveConfig} from '../../src/config/config.js'
import {listItems} from '../../src/app/list.js'
import type {ProjectConfig} from '../../src/config/project-config.js'
import {MAX_LEDGER_BYTES} from '../../src/io/read-ledger.js'
import {createDocument} from '../../src/ledger/document.js'
import {readFindings} from '../../src/ledger/findings/findings.js'
import {readPlan} from '../../src/ledger/plan/plan.js'
import {renderList} from '../../src/render/list-text.js'

// Ledgers under the size limit can hold more entries than a call's arguments can: spreading them
// (`push(...a)`, `Math.max(...a)`) overflowed the stack. Each case reads, plans or checks one
// such ledger in-process and checks the result, not the time it takes.

const ATTEMPTS = 200_000
const ITEMS = 150_000
const ROWS = 150_000

/** One item with `count` short entries; `numberAt` gives each entry's `Attempt #N`. */
function manyAttempts(count: number, numberAt: (index: number) => number): string {
  const lines = ['# Fix Plan', '', '## [BIG-1] Many attempts', '- Status: in_progress', '- Attempts History:']
  for (let index = 0; index < count; index++) lines.push(`  * [2025-10-19] Attempt #${numberAt(index)} — ok`)
  return lines.join('\n') + '\n'
}

/** `count` items, each with one field; `idAt` gives each item's ID. */
function manyItems(count: number, idAt: (index: number) => string): string {
  const lines = ['# Fix Plan', '']
  for (let index = 0; index < count; index++) lines.push(`## [${idAt(index)}] T`, '- Status: done')
  return lines.join('\n') + '\n'
}

/** One table of `count` rows under `header`, each row from `rowAt`. */
function manyRows(title: string, header: string, count: number, rowAt: (index: number) => string): string {
  const columns = header.split('|').length - 2
  const lines = [`# ${title}`, '', header, `|${' --- |'.repeat(columns)}`]
  for (let index = 0; index < count; index++) lines.push(rowAt(index))
  return lines.join('\n') + '\n'
}

function underSizeLimit(text: string): string {
  assert.ok(Buffer.byteLength(text) < MAX_LEDGER_BYTES, `fixture is ${Buffer.byteLength(text)} bytes, over the limit`)
  return text
}

describe('ledgers with hundreds of thousands of entries', function () {
  // Generous: the files are megabytes and the machine may be busy. Nothing here asserts a duration.
  this.timeout(120_000)

  let root: string
  const fixPlanPath = () => path.join(root, 'docs/fix_plan.md')
  const project = (): ProjectConfig => ({cwd: root, root, config: resolveConfig()})
  const writeFixPlan = (text: string) => fs.writeFileSync(fixPlanPath(), underSizeLimit(text))

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'planledger-large-'))
    fs.mkdirSync(path.join(root, 'docs'))
  })
  afterEach(() => fs.rmSync(root, {recursive: true, force: true}))

  it(`attempt on an item with ${ATTEMPTS} entries appends #${ATTEMPTS + 1} after the last one`, async () => {
    const text = manyAttempts(ATTEMPTS, (index) => index + 1)
    writeFixPlan(text)
    const outcome = await planAttemptChange(project(), {item: 'BIG-1', body: 'more', date: '2025-10-20', now: new Date(), findings: [], artifacts: []})
    assert.equal(outcome.number, ATTEMPTS + 1)
    assert.equal(outcome.change.before, text)
    assert.equal(outcome.change.after, `${text}  * [2025-10-20] Attempt #${ATTEMPTS + 1} — more\n`)
    assert.equal(fs.readFileSync(fixPlanPath(), 'utf8'), text)
  })

  it(`list counts ${ATTEMPTS} entries of one item`, async () => {
    writeFixPlan(manyAttempts(ATTEMPTS, (index) => index + 1))
    const result = await listItems(project(), {})
    assert.deepEqual(
      result.items.map((item) => [item.id, item.attempts, item.lastAttemptDate]),
      [['BIG-1', ATTEMPTS, '2025-10-19']],
    )
  })

  it(`list reads and renders ${ITEMS} items`, async () => {
    writeFixPlan(manyItems(ITEMS, (index) => `I-${index + 1}`))
    const result = await listItems(project(), {})
    assert.equal(result.items.length, ITEMS)
    assert.equal(result.items[ITEMS - 1].id, `I-${ITEMS}`)
    const lines = renderList(result, 80).split('\n')
    assert.equal(lines.length, ITEMS + 1)
    // Columns are as wide as the longest ID: `I-150000` is 8 characters.
    assert.equal(lines[0], 'ID        STATUS  PRIORITY  ATTEMPTS  LAST ATTEMPT  PLAN  TITLE')
    assert.equal(lines[1], 'I-1       done    -         0         -             -     T')
  })

  it(`check reports each of ${ATTEMPTS - 1} repeated attempt numbers`, async () => {
    writeFixPlan(manyAttempts(ATTEMPTS, () => 1))
    const result = await runCheck(project(), {paths: [], staged: false, strict: false})
    const repeats = result.problems.filter((problem) => problem.rule === 'attempt-numbering')
    assert.equal(repeats.length, ATTEMPTS - 1)
    assert.equal(repeats[0].message, '`Attempt #1` is already used in `[BIG-1]`')
    assert.equal(repeats[0].hint, 'the first is at line 6; the next free number is #2')
    assert.deepEqual([repeats[0].line, repeats.at(-1)!.line], [7, ATTEMPTS + 5])
  })

  it(`check reports each of ${ITEMS - 1} repeated item IDs`, async () => {
    writeFixPlan(manyItems(ITEMS, () => 'SAME-1'))
    const result = await runCheck(project(), {paths: [], staged: false, strict: false})
    const duplicates = result.problems.filter((problem) => problem.rule === 'duplicate-id')
    assert.equal(duplicates.length, ITEMS - 1)
    assert.match(duplicates[0].message, /fix-plan item \[SAME-1\]/)
  })

  it(`reads a findings table of ${ROWS} rows`, () => {
    const text = manyRows('Findings', '| Finding ID | Synopsis |', ROWS, (index) => `| F-${String(index + 1).padStart(6, '0')} | s |`)
    const ledger = readFindings(createDocument('docs/findings.md', underSizeLimit(text)))
    assert.equal(ledger.findings.length, ROWS)
    assert.equal(ledger.findings[ROWS - 1].id, `F-${String(ROWS).padStart(6, '0')}`)
  })

  it(`reads a plan table of ${ROWS} rows`, () => {
    const text = manyRows('Plan', '| ID | Task | State | Guidance |', ROWS, (index) => `| A${index + 1} | t | [ ] | g |`)
    const plan = readPlan(createDocument('plan.md', underSizeLimit(text)))
    assert.equal(plan.rows.length, ROWS)
    assert.deepEqual([plan.rows[ROWS - 1].id, plan.rows[ROWS - 1].state?.marker], [`A${ROWS}`, ' '])
  })
})
