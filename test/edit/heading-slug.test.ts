import assert from 'node:assert/strict'
import {headingAnchors, headingSlug} from '../../src/edit/heading-slug.js'

describe('headingSlug', () => {
  const cases: Array<[string, string]> = [
    ['[TEST-PYTORCH-001] Author PyTorch integration workflow regression', 'test-pytorch-001-author-pytorch-integration-workflow-regression'],
    ['[INTEGRATE-PYTORCH-001] PyTorch backend integration', 'integrate-pytorch-001-pytorch-backend-integration'],
    ['Archived 2026-11-29', 'archived-2026-11-29'],
    ['[A-1] Fix `fix_plan.md` parsing (CRLF) — part 2', 'a-1-fix-fix_planmd-parsing-crlf--part-2'],
    ['[B] See [the guide](docs/guide.md) & **notes**', 'b-see-the-guide--notes'],
    ['Café ✅ Über  two spaces', 'café--über--two-spaces'],
  ]
  for (const [text, slug] of cases) {
    it(`${JSON.stringify(text)} → ${slug}`, () => assert.equal(headingSlug(text), slug))
  }
})

describe('headingAnchors', () => {
  it('numbers repeated slugs in document order, skipping anchors already taken', () => {
    assert.deepEqual(headingAnchors(['A', 'a', 'A-1', 'A', 'B']), ['a', 'a-1', 'a-1-1', 'a-2', 'b'])
  })
})
