import assert from 'node:assert/strict'
import {resolve} from 'node:path'
import {candidateInside, resolveCitedPath} from '../../../src/rules/support/evidence-bases.js'
import {isInsideRoot} from '../../../src/rules/support/context-paths.js'
import type {RuleContext} from '../../../src/rules/rule.js'
import {contextFrom} from '../rule-context.js'

/** What candidateInside must equal: path.resolve, then the inside-the-root test. */
function reference(context: RuleContext, base: string, path: string): string | undefined {
  const candidate = resolve(context.root, base, path)
  return isInsideRoot(context, candidate) ? candidate : undefined
}

describe('candidateInside', () => {
  const bases = ['', 'docs', 'plans/active/X-001', '..', '../..', '../repo', '../repo/docs', '../shared/corpus', '../../elsewhere', '.', 'docs/../plans', '/abs']
  const paths = [
    'a.md',
    'reports/2025/x.log',
    '..x/y.md',
    '..',
    '../a.md',
    './a.md',
    'a/./b.md',
    'a//b.md',
    'a/b/',
    '/etc/passwd',
    'repo/a.md',
    'a\\b.md',
    '...',
    '.hidden/x',
  ]

  it('keeps a folder named `..x` inside the root, and `..` outside (literals, not the reference)', () => {
    const context = contextFrom({})
    assert.equal(candidateInside(context, '', '..x/y.md'), '/repo/..x/y.md')
    assert.equal(candidateInside(context, '..x', 'y.md'), '/repo/..x/y.md')
    assert.equal(candidateInside(context, 'docs', '../..x/y.md'), '/repo/..x/y.md')
    assert.equal(candidateInside(context, '..', 'x.md'), undefined)
    assert.equal(candidateInside(context, '', '../x.md'), undefined)
    assert.equal(candidateInside(context, '..', 'repo/a.md'), '/repo/a.md')
    assert.equal(candidateInside(context, 'docs', 'a.md'), '/repo/docs/a.md')
  })

  for (const root of ['/repo', '/', '/work/main']) {
    it(`resolves like path.resolve under ${root}, inside the root or not`, () => {
      const context = {...contextFrom({}), root}
      for (const base of bases) {
        for (const path of paths) assert.equal(candidateInside(context, base, path), reference(context, base, path), `base ${JSON.stringify(base)}, path ${JSON.stringify(path)}`)
      }
    })
  }
})

describe('resolveCitedPath', () => {
  it('tries each base inside the root and stops at the first that exists', () => {
    const context = contextFrom({existing: ['plans/active/X-001/reports/a.md']})
    assert.deepEqual(resolveCitedPath(context, ['docs', 'plans/active/X-001', ''], 'reports/a.md'), {exists: true, outside: false, tried: ['docs', 'plans/active/X-001']})
    assert.deepEqual(resolveCitedPath(context, ['../elsewhere', ''], 'reports/b.md'), {exists: false, outside: false, tried: ['']})
    assert.deepEqual(resolveCitedPath(context, ['../elsewhere'], 'b.md'), {exists: false, outside: true, tried: []})
  })

  it('gives the same answer when asked again', () => {
    const context = contextFrom({existing: ['docs/a.md']})
    const first = resolveCitedPath(context, ['docs', ''], 'a.md')
    assert.equal(resolveCitedPath(context, ['docs', ''], 'a.md'), first)
    assert.deepEqual(first, {exists: true, outside: false, tried: ['docs']})
  })
})
