import assert from 'node:assert/strict'
import {createDocument} from '../../src/ledger/document.js'
import {isEmptyListPlaceholder} from '../../src/ledger/empty-list-placeholder.js'
import {itemNumber, listBlocks} from '../../src/ledger/list-blocks.js'
import {scanDocument} from '../../src/ledger/scan.js'

function lists(...lines: string[]) {
  const doc = createDocument('x.md', lines.join('\n') + '\n')
  return listBlocks(doc, scanDocument(doc)).map((list) => ({
    heading: list.heading,
    indent: list.indent,
    numbered: list.numbered,
    items: list.items.map(({item, lastLine}) => `${item.line}-${lastLine}:${item.text}`),
  }))
}

describe('listBlocks', () => {
  it('reads a loose numbered list with continuation lines, its nested list apart, under its heading', () => {
    assert.deepEqual(lists('## Queue', '', '1. Alpha', '   - Verify: a', '   - Done when:', '', '2. Beta', '   text', '', 'After.'), [
      {heading: 'Queue', indent: 0, numbered: true, items: ['2-4:Alpha', '6-7:Beta']},
      {heading: 'Queue', indent: 3, numbered: false, items: ['3-3:Verify: a', '4-4:Done when:']},
    ])
  })

  it('ends a list at a heading, at a line as shallow as its items, and where bullets turn to numbers', () => {
    assert.deepEqual(
      lists('- a', '- b', '1. one', '', 'Prose.', '1. again', '# H', '2. after'),
      [
        {heading: '', indent: 0, numbered: false, items: ['0-0:a', '1-1:b']},
        {heading: '', indent: 0, numbered: true, items: ['2-2:one']},
        {heading: '', indent: 0, numbered: true, items: ['5-5:again']},
        {heading: 'H', indent: 0, numbered: true, items: ['7-7:after']},
      ],
    )
  })

  it('keeps a line of text right under an item in it (a lazy continuation) and a fence indented in an item', () => {
    assert.deepEqual(lists('1. a', 'lazy text', '   ```', 'code at column 0', '   ```', '2. b'), [{heading: '', indent: 0, numbered: true, items: ['0-4:a', '5-5:b']}])
  })

  it('gives the number a numbered item carries', () => {
    const doc = createDocument('x.md', '12) twelve\n- bullet\n')
    assert.deepEqual(scanDocument(doc).listItems.map(itemNumber), [12, undefined])
  })
})

describe('isEmptyListPlaceholder', () => {
  it('knows the words that say a list is empty, in any case, emphasis or brackets', () => {
    for (const text of ['(empty)', 'Empty', 'none', '(None)', '_nothing_', '**TBD**', 'n/a', 'N/A.', '—', '*(none yet)*', '[none]']) assert.ok(isEmptyListPlaceholder(text), text)
  })

  it('takes no item that says more', () => {
    for (const text of ['None of the above fails', 'empty the cache', 'TBD: pick a name', 'nothing to see (done)', '']) assert.ok(!isEmptyListPlaceholder(text), text)
  })
})
