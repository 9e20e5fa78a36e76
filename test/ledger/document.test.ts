import assert from 'node:assert/strict'
import {createDocument, withDocumentEol} from '../../src/ledger/document.js'

describe('createDocument', () => {
  it('records lines with offsets that slice the original text', () => {
    const text = 'a\nbb\r\n\nccc'
    const doc = createDocument('x.md', text)
    assert.deepEqual(
      doc.lines.map((line) => [line.text, text.slice(line.start, line.end), text.slice(line.end, line.endWithEol)]),
      [
        ['a', 'a', '\n'],
        ['bb', 'bb', '\r\n'],
        ['', '', '\n'],
        ['ccc', 'ccc', ''],
      ],
    )
  })

  it('keeps a BOM out of the first line but inside the text', () => {
    const doc = createDocument('x.md', '\uFEFF# Title\n')
    assert.equal(doc.hasBom, true)
    assert.equal(doc.lines[0].text, '# Title')
    assert.equal(doc.lines[0].start, 1)
    assert.equal(doc.lines.length, 1)
  })

  it('takes the dominant line ending for inserted text and converts to it', () => {
    const crlf = createDocument('x.md', 'a\r\nb\r\nc\n')
    assert.equal(crlf.eol, '\r\n')
    assert.equal(withDocumentEol(crlf, 'x\ny\n'), 'x\r\ny\r\n')
    const lf = createDocument('x.md', 'a\nb\r\nc\n')
    assert.equal(lf.eol, '\n')
    assert.equal(withDocumentEol(lf, 'x\ny'), 'x\ny')
  })

  it('has one empty line for an empty text', () => {
    assert.deepEqual(createDocument('x.md', '').lines, [{index: 0, start: 0, end: 0, endWithEol: 0, text: ''}])
  })
})
