import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {relative} from 'node:path'
import {createDocument, type LedgerDocument} from '../../src/ledger/document.js'
import {scanDocument} from '../../src/ledger/scan.js'
import {readPlan} from '../../src/ledger/plan/plan.js'
import {readFixPlan} from '../../src/ledger/fix-plan/fix-plan.js'
import {readFindings} from '../../src/ledger/findings/findings.js'
import {applyEdits, type TextEdit} from '../../src/edit/text-edit.js'
import {corpusPath, describeWithCorpus, markdownFilesUnder} from '../support/corpus.js'

/** Every span a later command may rewrite, replaced by its own text: must give back the same bytes. */
function selfReplacingEdits(doc: LedgerDocument): TextEdit[] {
  const scan = scanDocument(doc)
  const edits: TextEdit[] = []
  for (const table of scan.tables) {
    for (const row of [table.header, ...table.rows]) {
      for (const cell of row.cells) edits.push({start: cell.contentStart, end: cell.contentEnd, text: doc.text.slice(cell.contentStart, cell.contentEnd)})
    }
  }
  for (const item of scan.listItems) {
    if (item.checkbox) edits.push({start: item.checkbox.start, end: item.checkbox.end, text: doc.text.slice(item.checkbox.start, item.checkbox.end)})
  }
  // Item status spans (a Status value, a box marker, a heading marker, a status cell) overlap the
  // spans above, so they are replaced on their own in statusEdits.
  return edits
}

/** Every fix-plan item's status span, replaced by its own text. */
function statusEdits(doc: LedgerDocument): TextEdit[] {
  return readFixPlan(doc).items.flatMap((item) => (item.statusSpan ? [{start: item.statusSpan.start, end: item.statusSpan.end, text: doc.text.slice(item.statusSpan.start, item.statusSpan.end)}] : []))
}

function readAll(doc: LedgerDocument) {
  const scan = scanDocument(doc)
  return {plan: readPlan(doc, scan), fixPlan: readFixPlan(doc, scan), findings: readFindings(doc, scan)}
}

/** What the readers found, independent of offsets, to compare LF / CRLF / BOM variants. */
function shape(doc: LedgerDocument) {
  const {plan, fixPlan, findings} = readAll(doc)
  return {
    rows: plan.rows.map((row) => [row.id, row.state?.marker, row.line]),
    dialect: fixPlan.dialect,
    items: fixPlan.items.map((item) => [item.id, item.line, item.endLine, item.state, item.status, item.tasks.length, item.fields.length, item.attempts?.entries.map((e) => [e.number, e.date, e.line, e.endLine])]),
    fileAttempts: fixPlan.attempts?.entries.length,
    findings: findings.findings.map((finding) => [finding.id, finding.line]),
  }
}

describeWithCorpus('every corpus ledger, read losslessly', () => {
  const corpusRoot = corpusPath()
  const files = markdownFilesUnder(corpusRoot)

  it('finds the corpus (seed scenario, ptychopinn, 55 history versions)', () => {
    assert.ok(files.length >= 80, `only ${files.length} files under ${corpusRoot}`)
  })

  it('includes every wild/ ledger, hidden .agent folders and histories too', () => {
    const wild = files.filter((path) => relative(corpusRoot, path).startsWith('wild/'))
    assert.ok(wild.some((path) => path.includes('/.agent/')), 'vikunja .agent files')
    assert.ok(wild.filter((path) => path.includes('/history/')).length >= 81, 'lore, second-brain and neuron histories')
  })

  for (const path of files) {
    const name = relative(corpusRoot, path)
    it(name, () => {
      const text = readFileSync(path, 'utf8')
      const variants: Array<[string, string]> = [
        ['as is', text],
        ['CRLF', text.replace(/\r?\n/g, '\r\n')],
        ['BOM', '\uFEFF' + text],
        ['BOM + CRLF', '\uFEFF' + text.replace(/\r?\n/g, '\r\n')],
      ]
      const expectedShape = shape(createDocument(path, text))
      for (const [label, variant] of variants) {
        const doc = createDocument(path, variant)
        assert.equal(applyEdits(variant, []), variant, `${label}: empty edit list`)
        assert.equal(applyEdits(variant, selfReplacingEdits(doc)), variant, `${label}: self-replacing edits`)
        assert.equal(applyEdits(variant, statusEdits(doc)), variant, `${label}: self-replacing status edits`)
        assert.deepEqual(shape(doc), expectedShape, `${label}: readers see the same structure`)
      }
    })
  }
})
