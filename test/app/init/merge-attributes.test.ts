import assert from 'node:assert/strict'
import fc from 'fast-check'
import {addMergeAttributes, ATTRIBUTES_COMMENT, attributePattern} from '../../../src/app/init/merge-attributes.js'
import {fixedPart, mergeLedgerPatterns} from '../../../src/app/init/merge-ledgers.js'

describe('attributePattern', () => {
  it('anchors a root file, escapes wildcards in literal paths, quotes whitespace', () => {
    assert.equal(attributePattern('fix_plan.md', 'literal'), '/fix_plan.md')
    assert.equal(attributePattern('./docs/fix_plan.md', 'literal'), 'docs/fix_plan.md')
    assert.equal(attributePattern('docs/[draft]*.md', 'literal'), 'docs/\\[draft]\\*.md')
    assert.equal(attributePattern('plans/active/**/*.md', 'glob'), 'plans/active/**/*.md')
    assert.equal(attributePattern('my docs/fix plan.md', 'literal'), '"my docs/fix plan.md"')
  })
})

describe('addMergeAttributes', () => {
  it('adds a comment and the lines to an empty file', () => {
    assert.deepEqual(addMergeAttributes('', ['docs/fix_plan.md']), {after: `${ATTRIBUTES_COMMENT}\ndocs/fix_plan.md merge=planledger\n`, added: ['docs/fix_plan.md']})
  })

  it('registers again a pattern a later line sends to another driver (later lines win in git)', () => {
    const text = 'docs/fix_plan.md merge=planledger\ndocs/fix_plan.md merge=union\n'
    assert.deepEqual(addMergeAttributes(text, ['docs/fix_plan.md']).added, ['docs/fix_plan.md'])
    assert.deepEqual(addMergeAttributes('docs/fix_plan.md merge=union\ndocs/fix_plan.md text merge=planledger\n', ['docs/fix_plan.md']).added, [])
  })

  it('reads quoted patterns', () => {
    assert.deepEqual(addMergeAttributes('"my docs/a b.md" merge=planledger\n', ['"my docs/a b.md"']).added, [])
  })

  it('keeps any text as a prefix, and a second run changes nothing', () => {
    const line = fc.stringMatching(/^[ -~\t]{0,30}$/)
    const text = fc.tuple(fc.array(line, {maxLength: 6}), fc.constantFrom('\n', '\r\n'), fc.boolean()).map(([lines, eol, final]) => lines.join(eol) + (final && lines.length > 0 ? eol : ''))
    const patterns = fc.array(fc.constantFrom('docs/fix_plan.md', '/galph_memory.md', 'plans/active/**/*.md', 'docs/findings.md'), {maxLength: 4})
    fc.assert(
      fc.property(text, patterns, (before, wanted) => {
        const once = addMergeAttributes(before, wanted)
        assert.ok(once.after.startsWith(before))
        assert.deepEqual(addMergeAttributes(once.after, wanted), {after: once.after, added: []})
      }),
    )
  })
})

describe('mergeLedgerPatterns', () => {
  it('registers configured paths always, defaults only when they exist', async () => {
    const present = new Set(['fix_plan.md', 'plans/active', 'galph_memory.md'])
    const exists = async (path: string) => present.has(path)
    assert.deepEqual(await mergeLedgerPatterns({}, exists), ['/fix_plan.md', 'plans/active/**/*.md', '/galph_memory.md'])
    assert.deepEqual(await mergeLedgerPatterns({findings: 'notes/findings.md', plans: ['work/**/*.md'], journals: ['log.md']}, exists), [
      '/fix_plan.md',
      'notes/findings.md',
      'work/**/*.md',
      '/log.md',
    ])
  })

  it('finds the fixed folder of a glob', () => {
    assert.equal(fixedPart('plans/active/**/*.md'), 'plans/active')
    assert.equal(fixedPart('*.md'), '.')
    assert.equal(fixedPart('docs/plan.md'), 'docs')
  })
})
