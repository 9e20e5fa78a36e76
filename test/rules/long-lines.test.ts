import assert from 'node:assert/strict'
import {codeSpansOf} from '../../src/rules/code-spans.js'
import {evidencePathOf, expandBraces} from '../../src/rules/evidence-paths.js'
import {markdownLinksOf} from '../../src/rules/markdown-links.js'

// Cited lines run long (a line citing thousands of paths): the readers of one line walk it once.
const linkTargets = (text: string) => markdownLinksOf(text, codeSpansOf(text)).map((link) => link.target)

describe('one long line', () => {
  it('links between, after and inside code spans: only those outside count', () => {
    assert.deepEqual(linkTargets('`[no](a.md)` [yes](b.md) `` ` `` [also](c.md) `x` ` [last](d.md)'), ['b.md', 'c.md', 'd.md'])
  })

  it('a link after 100,000 code spans is found, one inside the last span is not', () => {
    const text = '`a/b.md` '.repeat(100_000) + '[end](e.md) `[no](n.md)`'
    assert.deepEqual(linkTargets(text), ['e.md'])
  })
})

describe('brace groups in a cited path', () => {
  it('expand while they stand for at most 256 paths', () => {
    const paths = expandBraces(`logs/${'{a,b}'.repeat(8)}.log`)
    assert.equal(paths?.length, 256)
    assert.deepEqual([paths?.[0], paths?.[255]], ['logs/aaaaaaaa.log', 'logs/bbbbbbbb.log'])
  })

  it('thirty groups (a billion paths) are not expanded, and the string is not read as a path', () => {
    const cited = `logs/${'{a,b}'.repeat(30)}.log`
    assert.equal(expandBraces(cited), undefined)
    assert.equal(evidencePathOf(cited), undefined)
  })
})
