import assert from 'node:assert/strict'
import {codeSpansOf} from '../../../src/rules/support/code-spans.js'
import {isRelativeLinkTarget, linkTargetPath, markdownLinksOf} from '../../../src/rules/support/markdown-links.js'

const contents = (text: string) => codeSpansOf(text).map((span) => text.slice(span.contentStart, span.contentEnd))
const targets = (text: string) => markdownLinksOf(text, codeSpansOf(text)).map((link) => [link.target, text.slice(link.targetStart, link.targetEnd), link.start])

describe('codeSpansOf', () => {
  it('pairs backtick runs of equal length, stripping one space each side', () => {
    assert.deepEqual(contents('Run `pytest -q` then ``a ` b`` and ` padded `.'), ['pytest -q', 'a ` b', 'padded'])
  })

  it('leaves an unclosed run and an escaped backtick as text', () => {
    assert.deepEqual(contents('\\`not code\\` and `real`'), ['real'])
    // Inside a code span a backslash is literal, so it cannot stop the span from closing.
    assert.deepEqual(contents('`a\\` b`'), ['a\\'])
    assert.deepEqual(contents('``only one pair of doubles`'), [])
  })

  it('reads a table cell with an escaped pipe inside code', () => {
    assert.deepEqual(contents('| A1 | [x] | `a\\|b` and `reports/x.md` |'), ['a\\|b', 'reports/x.md'])
  })
})

describe('markdownLinksOf', () => {
  it('finds inline links and images with their target positions', () => {
    const text = 'See [the plan](plans/a.md "Plan") and ![chart](img/c.png), [nested [x]](b.md#top).'
    assert.deepEqual(targets(text), [
      ['plans/a.md', 'plans/a.md', text.indexOf('[the plan]')],
      ['img/c.png', 'img/c.png', text.indexOf('![chart]')],
      ['b.md#top', 'b.md#top', text.indexOf('[nested')],
    ])
  })

  it('reads angle-bracket targets and balanced parentheses', () => {
    assert.deepEqual(targets('[a](<my file.md>) [b](docs/x_(old).md)').map(([target]) => target), ['my file.md', 'docs/x_(old).md'])
  })

  it('skips links inside code spans, and brackets that are not links', () => {
    assert.deepEqual(targets('`[code](nope.md)` [x] (y) [z] and [ok](yes.md)').map(([target]) => target), ['yes.md'])
    assert.deepEqual(targets('[a](b c d)'), [])
  })
})

describe('link targets', () => {
  it('tells repository paths from URLs, mail and same-page anchors', () => {
    assert.equal(isRelativeLinkTarget('../docs/findings.md#POLICY-001'), true)
    assert.equal(isRelativeLinkTarget('/docs/x.md'), true)
    assert.equal(isRelativeLinkTarget('https://example.com/x.md'), false)
    assert.equal(isRelativeLinkTarget('mailto:a@example.com'), false)
    assert.equal(isRelativeLinkTarget('#test-pytorch-001'), false)
    assert.equal(isRelativeLinkTarget('//cdn.example.com/x.js'), false)
  })

  it('drops the anchor and query and undoes escapes', () => {
    assert.equal(linkTargetPath('debugging/QUICK_REFERENCE_PARAMS.md#⚠️-the-golden-rule'), 'debugging/QUICK_REFERENCE_PARAMS.md')
    assert.equal(linkTargetPath('my%20notes.md?plain=1'), 'my notes.md')
    assert.equal(linkTargetPath('a\\_b.md'), 'a_b.md')
  })
})
