import assert from 'node:assert/strict'
import fc from 'fast-check'
import {comparableHeadingText} from '../support/comparable-heading-text.js'
import {KNOWN_EXCEPTIONS, knownExceptionFor} from '../support/oracle-exceptions.js'
import {OracleTally} from '../support/oracle-tally.js'
import {compareWithRemark, type Disagreement, type DisagreementKind} from '../support/scanner-oracle.js'

/** The disagreements in a text that no known exception covers. */
function unexplained(text: string): string[] {
  return new OracleTally().check('snippet', text)
}

/** Names of the known exceptions that cover some disagreement in a text. */
function exceptionsIn(text: string): string[] {
  const comparison = compareWithRemark(text)
  return KNOWN_EXCEPTIONS.filter((exception) => comparison.disagreements.some((found) => exception.covers(found, comparison))).map((exception) => exception.name)
}

const LEDGER = [
  '# Fix plan',
  '',
  '**Last Updated:** 2026-01-02',
  '',
  '## [TEST-001] **Bold** title with `code` and a [link](docs/a.md) ##',
  '- Status: in_progress',
  '- Attempts History:',
  '  * [2025-10-19] Attempt #1 — text',
  '    Metrics: continued',
  '',
  '### Phase A: Baseline ✅ COMPLETE',
  '',
  '| ID | Task | State |',
  '| --- | :---: | --- |',
  '| A1 | `a \\| b` | [ ] |',
  '| A2 | done | [x] |',
  '',
  '- [ ] S1: open',
  '- [x] S2: done',
  '  - [X] nested, upper case',
  '1. [ ] numbered step',
  '',
  '```md',
  '# not a heading',
  '- [ ] not a task',
  '| not | a row |',
  '```',
  '',
  '<!--',
  '## hidden',
  '-->',
  '',
  '<details>',
  '- [ ] hidden in HTML',
  '',
  '#### Escaped \\# hash and &amp; entity',
].join('\n')

describe('the scanner against remark (fixtures)', () => {
  it('agrees with remark on a ledger with every construct the readers use', () => {
    const {disagreements, scan, remark} = compareWithRemark(LEDGER)
    assert.deepEqual(disagreements, [])
    // Not vacuous: both sides saw the headings, tasks and rows.
    assert.equal(scan.headings.length, 4)
    assert.equal(remark.headings.length, 4)
    assert.equal(remark.listItems.filter((item) => item.checked !== null).length, 4)
    assert.equal(remark.tableRows.length, 3)
  })

  it('agrees on CRLF line endings and a byte-order mark', () => {
    assert.deepEqual(compareWithRemark(`\ufeff${LEDGER.replaceAll('\n', '\r\n')}`).disagreements, [])
  })

  it('excuses no disagreement on the plain constructs of an ordinary ledger', () => {
    // Were the scanner to miss any heading, task or row here, or report one remark does not see,
    // no known exception may explain it: the exceptions are narrow rules, not blanket excuses.
    const comparison = compareWithRemark(LEDGER)
    const lines = comparison.doc.lines
    const fabricated: Disagreement[] = [
      ...comparison.remark.headings.flatMap((found) => [disagreement('heading: remark only', found.line), disagreement('heading: scanner only', found.line)]),
      ...comparison.remark.listItems.map((found) => disagreement(found.checked === null ? 'list item: scanner only' : 'checkbox: remark only', found.line)),
      ...comparison.remark.tableRows.flatMap((found) => [disagreement('table row: remark only', found.line), disagreement('table row: scanner only', found.line)]),
    ]
    assert.ok(fabricated.length >= 15)
    for (const found of fabricated) assert.equal(knownExceptionFor(found, comparison)?.name, undefined, `${found.kind} on line ${found.line}`)

    function disagreement(kind: DisagreementKind, at: number): Disagreement {
      return {kind, line: at, source: lines[at - 1].text}
    }
  })

  it('compares heading levels and text after markup is stripped', () => {
    const {disagreements, remark} = compareWithRemark('## A *b* `c` [d](e) <br> \\* &amp; <https://x.org>\n')
    assert.deepEqual(disagreements, [])
    assert.equal(remark.headings[0].text, 'A b c d  * & https://x.org')
    // Stripping markup leaves the words: a changed word still differs.
    const raw = (text: string) => comparableHeadingText(text, 'markdown')
    assert.equal(raw('[ID-1](#id-1) **Bold** `code` \\#'), comparableHeadingText('ID-1 Bold code #', 'plain'))
    assert.notEqual(raw('[ID-1] Title'), comparableHeadingText('ID-2 Title', 'plain'))
    assert.notEqual(raw('Phase A'), comparableHeadingText('Phase A extra', 'plain'))
  })

  // One snippet for each known exception: it must produce a disagreement, and that exception (only
  // known ones) must explain it. A rule no snippet needs would be dead weight in the list.
  const SNIPPETS: Record<string, string> = {
    'table without a delimiter row': '| ID | Title |\n| F-1 | finding |\n',
    'table straight under a list item': '- item\n  more text\n| a | b |\n| - | - |\n',
    'pipe-less line under a table': '| a | b |\n| - | - |\n| 1 | 2 |\nprose straight under\n',
    'setext heading': 'Title\n=====\n',
    'ledger state in a checkbox': '- [P] partial\n- [✅] done\n',
    'checkbox with no text after it': '- [ ]\n',
    'numbered or empty item straight after prose': 'Steps:\n2. second\n',
    'marker indented four columns too deep': '- [x] Tested with:\n      - case one\n\nSteps:\n\t- tab-indented\n\n   - three\n\t- neither child nor sibling\n',
    'numbered list under indented code': 'text\n\n    code\n\n2) item\n',
    'indented code': 'text\n\n    - [ ] code\n    | a | b |\n',
    'fence bounds set by a container': '    ```\n# after\n\n- item\n  ```\n  code never closed\n- [ ] next item\n\n  ```\n# in code\n     ```\n# still code\n',
    'lazy line under a block quote': '> quoted\n    - lazy\n',
    'lone tag under a list item’s text': '- item\n<span>\n<span>\n- [ ] swallowed\n',
    'inside a block quote': '> - [ ] quoted task\n> # quoted heading\n',
    'heading inside a list item': '- # heading in a bullet\n',
  }

  it('has a snippet for every known exception', () => {
    assert.deepEqual(Object.keys(SNIPPETS).sort(), KNOWN_EXCEPTIONS.map((exception) => exception.name).sort())
  })

  for (const [name, text] of Object.entries(SNIPPETS)) {
    it(`explains only with known exceptions, among them: ${name}`, () => {
      const names = exceptionsIn(text)
      assert.ok(names.includes(name), `${name} not among ${JSON.stringify(names)}`)
      assert.deepEqual(unexplained(text), [])
    })
  }

  it('reads a line holding only a tag as an HTML block where no paragraph is open, as remark does', () => {
    const text = '## Notes\n<span>\n- [ ] inside the HTML block\n\nprose\n<span>\n\n---\n<img src="a.png">\n# inside too\n'
    const {disagreements, scan} = compareWithRemark(text)
    assert.deepEqual(disagreements, [])
    assert.deepEqual(scan.listItems, [])
    assert.deepEqual(scan.headings.map((heading) => heading.text), ['Notes'])
  })

  it('ends a GFM table at a list item or a quote, as remark does', () => {
    const text = 'a | b\n--- | ---\n1 | 2\n- [ ] x | y\n\n| a | b |\n| - | - |\n> c | d\n'
    const {disagreements, scan} = compareWithRemark(text)
    assert.deepEqual(disagreements, [])
    assert.deepEqual(scan.listItems.map((item) => item.line), [3])
  })

  it('agrees on ledger-shaped documents: blocks of every kind, apart or touching as ledgers write them', () => {
    fc.assert(
      fc.property(document, (text) => {
        assert.deepEqual(unexplained(text), [], text)
      }),
      {numRuns: 150},
    )
  })
})

const line = fc.constantFrom('prose line', 'more *prose* with `code`', 'a | b in prose', 'ID [x] text', '---')
const heading = fc.constantFrom('# Title', '## [ID-1] **Bold** `code` ##', '### Phase A: x ✅', '#### 2026-01-22T02:40Z — label', '##', '####### seven')
const listLine = fc.constantFrom('- [ ] task', '- [x] done', '* [X] Done', '+ [ ] plus', '1. [ ] step', '2) item', '- plain', '  - nested', '  - [ ] nested task', '    * [2025-10-19] Attempt #1 — text', '  continued text', '- Status: done', '-\t[x] tab', '- [P] partial', '   - three', '\t- tab-indented', '- [ ]', '10. ten')
const list = fc.tuple(listLine.filter((text) => !text.startsWith(' ')), fc.array(listLine, {maxLength: 5})).map(([first, rest]) => [first, ...rest].join('\n'))
const cell = fc.constantFrom('A1', '[ ]', '[x]', '`a \\| b`', '**bold**', '')
const row = fc.array(cell, {minLength: 2, maxLength: 2}).map((cells) => `| ${cells.join(' | ')} |`)
const table = fc.tuple(row, fc.boolean(), fc.array(row, {maxLength: 3})).map(([header, delimited, rows]) => [header, ...(delimited ? ['| --- | --- |'] : []), ...rows].join('\n'))
const fenced = fc.tuple(fc.constantFrom('```', '~~~'), fc.array(fc.oneof(line, heading, listLine, row), {maxLength: 3})).map(([fence, body]) => [fence, ...body, fence].join('\n'))
const comment = fc.array(fc.oneof(heading, listLine), {maxLength: 2}).map((body) => ['<!--', ...body, '-->'].join('\n'))
const paragraph = fc.array(line, {minLength: 1, maxLength: 3}).map((lines) => lines.join('\n'))
const block = fc.oneof(
  heading.map((text) => ({text, kind: 'heading'})),
  paragraph.map((text) => ({text, kind: 'paragraph'})),
  list.map((text) => ({text, kind: 'list'})),
  table.map((text) => ({text, kind: 'table'})),
  fenced.map((text) => ({text, kind: 'fence'})),
  comment.map((text) => ({text, kind: 'comment'})),
  fc.constantFrom('> quoted', '> - [ ] quoted task\n> # quoted heading', '<details>\n- [ ] hidden\n</details>', '<span>\n# hidden', 'Title\n---', 'Title\n===', '- item\n  ```\n  # code\n  - [ ] code\n  ```\n- [ ] after', '1. step\n\n   ```\n   | a | b |\n   ```').map((text) => ({text, kind: 'other'})),
)
/** Blocks as ledgers write them: a blank line between, or none around a heading or under a line of prose. */
const document = fc.array(fc.tuple(block, fc.boolean()), {minLength: 1, maxLength: 8}).map((blocks) =>
  blocks.map(([{text, kind}, tight], at) => {
    if (at === 0) return text
    const previous = blocks[at - 1][0].kind
    const mayTouch = kind === 'heading' || previous === 'heading' || (previous === 'paragraph' && kind !== 'paragraph')
    return `${tight && mayTouch ? '\n' : '\n\n'}${text}`
  }).join('') + '\n',
)
