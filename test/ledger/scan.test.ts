import assert from 'node:assert/strict'
import {createDocument} from '../../src/ledger/document.js'
import {scanDocument} from '../../src/ledger/scan.js'
import {splitTableCells} from '../../src/ledger/table-cells.js'

function scan(text: string) {
  const doc = createDocument('x.md', text)
  return {doc, result: scanDocument(doc)}
}

describe('scanDocument', () => {
  it('finds headings with their title offsets', () => {
    const {doc, result} = scan('# Title\n\n### Phase A: Baseline ✅ COMPLETE ###\n#notaheading\n')
    assert.deepEqual(
      result.headings.map((h) => [h.line, h.level, h.text, doc.text.slice(h.textStart, h.textEnd)]),
      [
        [0, 1, 'Title', 'Title'],
        [2, 3, 'Phase A: Baseline ✅ COMPLETE', 'Phase A: Baseline ✅ COMPLETE'],
      ],
    )
    assert.equal(result.kinds[3], 'text')
  })

  it('ignores everything inside backtick and tilde fences', () => {
    const text = ['```md', '# not a heading', '| a | b |', '```', '~~~', '- [ ] no', '~~~~', '## Real'].join('\n')
    const {result} = scan(text)
    assert.deepEqual(result.headings.map((h) => h.text), ['Real'])
    assert.equal(result.tables.length, 0)
    assert.equal(result.listItems.length, 0)
    assert.deepEqual(result.fences.map((f) => [f.startLine, f.endLine, f.closed]), [[0, 3, true], [4, 6, true]])
  })

  it('does not close a fence with a shorter or different fence', () => {
    const {result} = scan('````\n```\n~~~\n# hidden\n````\n# shown\n')
    assert.deepEqual(result.headings.map((h) => h.text), ['shown'])
  })

  it('warns about a fence that is never closed', () => {
    const {result} = scan('intro\n```\n# hidden\n')
    assert.deepEqual(result.warnings, [{line: 1, message: 'Code fence ``` opened here is never closed; the rest of the file is read as code'}])
    assert.equal(result.headings.length, 0)
  })

  it('ignores HTML comments and HTML blocks', () => {
    const {result} = scan('<!--\n# hidden\n| a |\n-->\n<details>\n- [ ] hidden\n\n- [x] shown\n')
    assert.equal(result.headings.length, 0)
    assert.equal(result.tables.length, 0)
    assert.deepEqual(result.listItems.map((i) => i.text), ['shown'])
  })

  it('reads a table with a delimiter row', () => {
    const {result} = scan('| ID | State |\n| --- | :---: |\n| A1 | [x] |\n| A2 | [ ] |\n\nafter\n')
    const [table] = result.tables
    assert.equal(table.startLine, 0)
    assert.equal(table.endLine, 3)
    assert.equal(table.delimiterLine, 1)
    assert.deepEqual(table.header.cells.map((c) => c.text), ['ID', 'State'])
    assert.deepEqual(table.rows.map((r) => r.cells.map((c) => c.text)), [['A1', '[x]'], ['A2', '[ ]']])
  })

  it('reads a table without a delimiter row, and one-cell section rows', () => {
    const {result} = scan('| Finding ID | Synopsis |\n| X-001 | a |\n| **Section 1**\n')
    const [table] = result.tables
    assert.equal(table.delimiterLine, undefined)
    assert.deepEqual(table.rows.map((r) => r.cells.map((c) => c.text)), [['X-001', 'a'], ['**Section 1**']])
  })

  it('reads a GFM table without leading pipes', () => {
    const {result} = scan('ID | State\n--- | ---\nA1 | [x]\n')
    assert.deepEqual(result.tables[0].rows[0].cells.map((c) => c.text), ['A1', '[x]'])
  })

  it('finds list items with indentation, markers and checkboxes', () => {
    const text = '- [x] A1: done\n  * [ ] nested\n1. [P] numbered\n\t- tabbed\n- [TEST-1] Title\n---\n'
    const {doc, result} = scan(text)
    assert.deepEqual(
      result.listItems.map((i) => [i.line, i.indent, i.marker, i.checkbox?.marker, i.text, i.contentColumn]),
      [
        [0, 0, '-', 'x', 'A1: done', 2],
        [1, 2, '*', ' ', 'nested', 4],
        [2, 0, '1.', 'P', 'numbered', 3],
        [3, 4, '-', undefined, 'tabbed', 6],
        [4, 0, '-', undefined, '[TEST-1] Title', 2],
      ],
    )
    const box = result.listItems[0].checkbox!
    assert.equal(doc.text.slice(box.start, box.end), '[x]')
    assert.equal(result.kinds[5], 'text')
  })

  it('tells thematic breaks from list items', () => {
    const lines = ['---', '- - -', ' * * *', '***', '_ _ _', '-\t-\t-', '*  *  *  ', '- item', '* item', '-- not a break', '- -', '- - text', '* [ ] task', '    - - -', '  - -- -']
    const {result} = scan(lines.join('\n'))
    assert.deepEqual(
      lines.map((line, index) => [line, result.kinds[index]]),
      [
        ['---', 'text'],
        ['- - -', 'text'],
        [' * * *', 'text'],
        ['***', 'text'],
        ['_ _ _', 'text'],
        ['-\t-\t-', 'text'],
        ['*  *  *  ', 'text'],
        ['- item', 'list'],
        ['* item', 'list'],
        ['-- not a break', 'text'],
        ['- -', 'list'],
        ['- - text', 'list'],
        ['* [ ] task', 'list'],
        ['    - - -', 'list'],
        ['  - -- -', 'text'],
      ],
    )
  })

  it('reads a line holding only a tag as an HTML block, unless a paragraph is open above it', () => {
    const {result} = scan('<span class="x">\n- [ ] in HTML\n\n## H\n</div >\n# in HTML\n\nprose\n<span>\n- [ ] shown\n\n---\n<img src="a.png" />\n| in | HTML |\n')
    assert.deepEqual(result.headings.map((heading) => heading.text), ['H'])
    assert.deepEqual(result.listItems.map((item) => item.text), ['shown'])
    assert.equal(result.tables.length, 0)
    // A tag with text after it is inline HTML in a paragraph, as is a tag under a list item's line.
    assert.deepEqual(scan('<b>bold</b>\n- [ ] a\n<br>\n- [ ] b\n').result.listItems.map((item) => item.text), ['a', 'b'])
  })

  it('reads every CommonMark block tag name as an HTML block, which a blank line ends', () => {
    for (const tag of ['center', 'dd', 'iframe', 'title', 'option', 'h6']) {
      const {result} = scan(`text\n<${tag}>\n- [ ] hidden\n\n- [ ] shown\n`)
      assert.deepEqual(result.listItems.map((item) => item.text), ['shown'], tag)
    }
  })

  it('goes on with a table that has a delimiter row while lines hold a pipe, and ends it at a list item or a quote', () => {
    const {result} = scan('| ID | State |\n--- | ---\nA1 | [ ]\n| A2 | [x] |\n- [ ] item | with pipe\n\n| a | b |\n| - | - |\n> c | d\n')
    assert.deepEqual(result.tables.map((table) => [table.startLine, table.endLine, table.delimiterLine]), [[0, 3, 1], [6, 7, 7]])
    assert.deepEqual(result.listItems.map((item) => item.line), [4])
    // Without a delimiter row, only lines that start with a pipe are rows.
    assert.deepEqual(scan('| F-1 | a |\nb | c\n').result.tables.map((table) => table.endLine), [0])
  })

  it('reports git conflict markers, even inside fences', () => {
    const {result} = scan('a\n<<<<<<< HEAD\nb\n=======\n```\n>>>>>>> branch\n')
    assert.deepEqual(result.conflictMarkers, [1, 3, 5])
  })

  it('does not take a setext underline of seven `=` for a conflict marker, but does inside a conflict', () => {
    assert.deepEqual(scan('Title\n=======\n\ntext\n').result.conflictMarkers, [])
    assert.deepEqual(scan('<<<<<<< ours\na\n|||||||\nb\n=======\nc\n>>>>>>> theirs\nT\n=======\n').result.conflictMarkers, [0, 2, 4, 6])
  })

  it('keeps offsets right with CRLF endings and a BOM', () => {
    const text = '\uFEFF# T\r\n| ID | State |\r\n| --- | --- |\r\n| A1 | [x] |\r\n'
    const {doc, result} = scan(text)
    const cell = result.tables[0].rows[0].cells[1]
    assert.equal(doc.text.slice(cell.contentStart, cell.contentEnd), '[x]')
    assert.equal(result.headings[0].text, 'T')
  })
})

describe('splitTableCells', () => {
  it('does not split on escaped pipes or pipes inside code spans', () => {
    const line = '| A1 | `a|b` and a \\| pipe | ``x ` | y`` | last |'
    assert.deepEqual(splitTableCells(line, 0).map((c) => c.text), ['A1', '`a|b` and a \\| pipe', '``x ` | y``', 'last'])
  })

  it('treats an unmatched backtick as text', () => {
    assert.deepEqual(splitTableCells('| `a | b |', 0).map((c) => c.text), ['`a', 'b'])
  })

  it('gives empty cells a zero-width content span inside the cell', () => {
    const [cell] = splitTableCells('|   | x |', 10)
    assert.equal(cell.text, '')
    assert.equal(cell.contentStart, cell.contentEnd)
    assert.ok(cell.contentStart >= cell.start && cell.contentEnd <= cell.end)
  })
})

describe('splitTableCells with the header width known', () => {
  it('splits at every pipe when a lone backtick would otherwise swallow later cells', () => {
    const line = '| A1 | Handle the ` key | [ ] | Press `x` to quit |'
    assert.deepEqual(splitTableCells(line, 0, 4).map((c) => c.text), ['A1', 'Handle the ` key', '[ ]', 'Press `x` to quit'])
  })

  it('keeps code-span pipes together when that matches the header', () => {
    assert.deepEqual(splitTableCells('| A1 | `a|b` | [x] |', 0, 3).map((c) => c.text), ['A1', '`a|b`', '[x]'])
  })
})

describe('scanDocument headings, edge cases', () => {
  it('trims closing sequences only when separated by a space', () => {
    const titles = ['# Title ##', '# #', '## a#', '##   spaced   '].map((line) => scan(line).result.headings[0].text)
    assert.deepEqual(titles, ['Title', '', 'a#', 'spaced'])
  })

  it('reads a heading with a 20,000-space run in linear time', () => {
    const started = performance.now()
    const {result} = scan('# a' + ' '.repeat(20000) + 'b\n')
    assert.equal(result.headings[0].text.length, 20002)
    assert.ok(performance.now() - started < 200, 'quadratic heading parse')
  })
})
