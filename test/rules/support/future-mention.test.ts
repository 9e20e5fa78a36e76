import assert from 'node:assert/strict'
import {createDocument} from '../../../src/ledger/document.js'
import {isFutureMention} from '../../../src/rules/support/future-mention.js'

/** Whether the first occurrence of `cited` in `text` reads as future work. */
function future(text: string, cited: string, instructions = true): boolean {
  const doc = createDocument('docs/fix_plan.md', text)
  const offset = text.indexOf(cited)
  assert.notEqual(offset, -1, cited)
  return isFutureMention(doc, offset, instructions)
}

describe('isFutureMention', () => {
  it('reads future words earlier in the same clause only', () => {
    assert.equal(future('Next: write `a.md`.', 'a.md'), true)
    assert.equal(future('The next loop will capture `a.md`.', 'a.md'), true)
    assert.equal(future('Draft `a.md` pending review', 'a.md'), true)
    assert.equal(future('Summary to be written to `a.md`', 'a.md'), true)
    assert.equal(future('Planned: `a.md`', 'a.md'), true)
    assert.equal(future('We will rerun it. Wrote `a.md`.', 'a.md'), false)
    assert.equal(future('Will rerun it; logs in `a.md`.', 'a.md'), false)
    assert.equal(future('Wrote `a.md`; next loop will write `b.md`', 'a.md'), false)
  })

  it('reads a clause opening with an imperative as an instruction, past tense as a claim', () => {
    assert.equal(future('- Add `tests/test_x.py` for the CLI', 'tests/'), true)
    assert.equal(future('- After the run, update `inbox/response.md`', 'inbox/'), true)
    assert.equal(future('- Added `tests/test_x.py` for the CLI', 'tests/'), false)
    assert.equal(future('- Updated `docs/TESTING_GUIDE.md`', 'docs/'), false)
    // A done row's guidance: the imperative is the task, and the task is done.
    assert.equal(future('Create `scripts/x.py` for the CLI', 'scripts/', false), false)
    assert.equal(future('Create `scripts/x.py` once the CLI will exist', 'scripts/', false), false)
    assert.equal(future('Later this will write `scripts/x.py`', 'scripts/', false), true)
  })

  it('treats the list under a future-work label as future, up to the next other line', () => {
    const text = ['**Next Actions:**', '- extend the CLI with `--flag`', '', '- rerun and save under `out/run.log`', 'Outcome: `kept.md`', '- `after.md`', ''].join('\n')
    assert.equal(future(text, 'out/run.log'), true)
    assert.equal(future(text, 'kept.md'), false)
    assert.equal(future(text, 'after.md'), false)
  })

  it('treats the lines nested under a future-work list item as future, not its siblings', () => {
    const text = ['- Artifacts: `done.md`', '- Next Steps:', '  - `later.md`', '    continued `later2.md`', '- Tests: `tests/x.py`', ''].join('\n')
    assert.equal(future(text, 'done.md'), false)
    assert.equal(future(text, 'later.md'), true)
    assert.equal(future(text, 'later2.md'), true)
    assert.equal(future(text, 'tests/x.py'), false)
  })
})
