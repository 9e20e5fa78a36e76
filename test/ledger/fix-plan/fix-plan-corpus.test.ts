import assert from 'node:assert/strict'
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {createDocument} from '../../../src/ledger/document.js'
import {readFixPlan} from '../../../src/ledger/fix-plan/fix-plan.js'
import {scanDocument} from '../../../src/ledger/scan.js'
import {corpusPath, describeWithCorpus} from '../../support/corpus.js'

describeWithCorpus('readFixPlan on the real dose_experiments fix plan (heading-style history)', () => {
  const dosePath = corpusPath('ptychopinn/dose_experiments/docs/fix_plan.md')
  const historyDir = corpusPath('ptychopinn/history/dose_experiments-docs-fix_plan')
  const doc = createDocument(dosePath, readFileSync(dosePath, 'utf8'))
  const ledger = readFixPlan(doc)
  const entries = ledger.attempts?.entries ?? []

  it('reads the file-level `## Attempts History` and all 50 entry headings', () => {
    assert.deepEqual(ledger.items, [])
    assert.equal(ledger.attempts?.kind, 'heading')
    assert.equal(ledger.attempts?.line, 39)
    assert.equal(entries.length, 50)
    assert.ok(entries.every((entry) => entry.style === 'heading' && entry.headingLevel === 3 && entry.date !== undefined))
  })

  it('reads the first entry', () => {
    const [first] = entries
    assert.deepEqual([first.line, first.date, first.label, first.separator, first.endLine], [41, '2026-01-22T02:40Z', 'seed S1–S2 (initial)', '—', 60])
    assert.equal(doc.text.slice(first.textSpan.start, first.textSpan.end), 'seed S1–S2 (initial)')
  })

  it('keeps the entries after the interrupting `## TODOs` section, with a warning there', () => {
    const todos = doc.lines.findIndex((line) => line.text === '## TODOs') + 1
    assert.equal(todos, 785)
    const before = entries.filter((entry) => entry.line < todos)
    const after = entries.filter((entry) => entry.line > todos)
    assert.equal(before.length, 27)
    assert.equal(after.length, 23)
    assert.ok(before.every((entry) => entry.endLine < todos), 'no entry swallows the TODOs section')
    assert.deepEqual([after[0].line, after[0].date], [797, '2026-01-23T08:35Z'])
    assert.equal(after.at(-1)!.endLine, doc.lines.length)
    assert.deepEqual(
      ledger.warnings.map((warning) => warning.line),
      [todos],
    )
    assert.match(ledger.warnings[0].message, /## TODOs.*interrupts the Attempts History \(line 39\).*23 dated entries from line 797/)
  })

  it('reads in well under 100 ms (a sanity bound, not a benchmark)', () => {
    const scan = scanDocument(doc)
    readFixPlan(doc, scan)
    const started = performance.now()
    readFixPlan(doc, scan)
    assert.ok(performance.now() - started < 100)
  })

  it('reads the root fix_plan.md item under a group heading', () => {
    const path = corpusPath('ptychopinn/dose_experiments/fix_plan.md')
    const root = readFixPlan(createDocument(path, readFileSync(path, 'utf8')))
    assert.deepEqual(root.header.map((field) => [field.key, field.value]), [
      ['Last Updated', '2026-01-22'],
      ['Active Focus', 'seed — inbox monitoring and response'],
    ])
    assert.deepEqual(root.items.map((item) => [item.id, item.title, item.level, item.line, item.endLine]), [['seed', 'Inbox monitoring', 3, 8, 11]])
    assert.deepEqual(root.items[0].fields.map((field) => [field.key, field.value]), [
      ['Status', 'in_progress — 2026-01-22: Triaging D0 parity response request'],
      ['Plan', '`plans/active/seed/implementation.md`'],
      ['Directive', 'Check `inbox/` and act accordingly.'],
    ])
    assert.deepEqual(root.warnings, [])
  })

  it('reads all 55 historical versions; the entry count never decreases', () => {
    const names = readdirSync(historyDir).filter((name) => name.endsWith('.md')).sort()
    assert.equal(names.length, 55)
    let previous = 0
    for (const name of names) {
      const text = readFileSync(join(historyDir, name), 'utf8')
      const count = readFixPlan(createDocument(name, text)).attempts?.entries.length ?? 0
      // Every `### ` line in these versions is an entry heading (none sit inside code blocks).
      assert.equal(count, text.split('\n').filter((line) => line.startsWith('### ')).length, name)
      assert.ok(count >= previous, `${name}: ${count} entries after ${previous}`)
      previous = count
    }
  })
})
