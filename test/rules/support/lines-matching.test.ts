import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {createDocument} from '../../../src/ledger/document.js'
import {linesMatching} from '../../../src/rules/support/lines-matching.js'
import {corpusPath, itWithCorpus, markdownFilesUnder} from '../../support/corpus.js'

/** What linesMatching must equal: the lines whose own text the pattern matches. */
function eachLine(text: string, pattern: RegExp): number[] {
  const single = new RegExp(pattern.source, pattern.flags.replace('g', ''))
  return createDocument('x.md', text).lines.flatMap((line) => (single.test(line.text) ? [line.index] : []))
}

describe('linesMatching', () => {
  it('lists each matching line once, in order, whatever the line endings', () => {
    const text = '\uFEFFa](b) and ](c)\r\nnone\n](\r\nlast ]('
    assert.deepEqual(linesMatching(createDocument('x.md', text), /\]\(/g), [0, 2, 3])
    assert.deepEqual(linesMatching(createDocument('x.md', 'no match\n'), /\]\(/g), [])
    assert.deepEqual(linesMatching(createDocument('x.md', ''), /\]\(/g), [])
  })

  it('stops on a pattern that matches the empty string', () => {
    assert.deepEqual(linesMatching(createDocument('x.md', 'a\n\nb\n'), /x*/g), [0, 1, 2])
    assert.deepEqual(linesMatching(createDocument('x.md', 'a\nb'), /x*/g), [0, 1])
  })

  itWithCorpus('finds the same lines as testing each line, on every corpus file', () => {
    const files = markdownFilesUnder(corpusPath('.'))
    assert.ok(files.length > 50)
    for (const file of files) {
      const text = readFileSync(file, 'utf8')
      for (const pattern of [/\]\(/g, /findings\.md|indings|[A-Z0-9]-\d/g, /\|/g]) {
        assert.deepEqual(linesMatching(createDocument(file, text), pattern), eachLine(text, pattern), `${file} ${pattern}`)
      }
    }
  })
})
