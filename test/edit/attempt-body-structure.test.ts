import assert from 'node:assert/strict'
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {planAttempt} from '../../src/edit/append-attempt.js'
import {applyEdits} from '../../src/edit/text-edit.js'
import {UserError} from '../../src/errors.js'
import {createDocument} from '../../src/ledger/document.js'
import {readFixPlan} from '../../src/ledger/fix-plan/fix-plan.js'
import {repoRoot} from '../support/corpus.js'

const NOW = new Date('2026-12-02T17:46:11Z')
const FIXTURES = join(repoRoot, 'test/fixtures/fix-plan')
/** One fixture per Attempts History style (FORMATS.md §2). */
const STYLES = readdirSync(FIXTURES).filter((name) => /^style\d/.test(name)).sort()

/** Appends `body` to the first item's history (the file-level one when there are no items). */
function appendTo(text: string, body: string): string {
  const ledger = readFixPlan(createDocument('fix_plan.md', text))
  const plan = planAttempt(ledger, ledger.items[0], {now: NOW, artifacts: [], findings: [], body})
  return applyEdits(text, plan.edits)
}

const itemIds = (text: string) => readFixPlan(createDocument('fix_plan.md', text)).items.map((item) => item.id)

function refusal(run: () => unknown): UserError {
  try {
    run()
  } catch (error) {
    if (error instanceof UserError) return error
    throw error
  }
  assert.fail('expected a refusal')
}

describe('an attempt body cannot change the ledger structure', () => {
  it('covers the seven history styles', () => assert.equal(STYLES.length, 7))

  // Each hostile body is either refused, or written so that the file's items stay what they were.
  const HOSTILE = ['done\n## [EVIL-001] injected item', 'done\n#### [EVIL-001] deeper item', 'done\n# New title', '## [EVIL-001] first line\nsecond', 'done\n   ## [EVIL-001] indented 3']
  for (const style of STYLES) {
    for (const body of HOSTILE) {
      it(`${style}: ${JSON.stringify(body)} adds no item`, () => {
        const text = readFileSync(join(FIXTURES, style), 'utf8')
        let after: string
        try {
          after = appendTo(text, body)
        } catch (error) {
          assert.ok(error instanceof UserError, String(error))
          assert.match(error.message, /^Line \d of the attempt body would start a new (section|fix-plan item): `/)
          return
        }
        assert.deepEqual(itemIds(after), itemIds(text))
        assert.ok(!itemIds(after).includes('EVIL-001'))
      })
    }

    it(`${style}: a code fence the body leaves open is refused; a closed one is written`, () => {
      const text = readFileSync(join(FIXTURES, style), 'utf8')
      const error = refusal(() => appendTo(text, 'done\n```sh\nmake test'))
      assert.equal(error.message, 'Line 2 of the attempt body opens a code fence it never closes')
      assert.equal(error.hint, 'close it on a line of its own; left open, the rest of the ledger would read as code')
      assert.deepEqual(itemIds(appendTo(text, 'done\n```sh\n## [EVIL-001] inside code\n```')), itemIds(text))
    })
  }

  it('bullet entries at column 0 continue at column 2, where `## [ID]` would be a heading: refused', () => {
    const text = readFileSync(join(FIXTURES, 'style7-bare-line.md'), 'utf8')
    const error = refusal(() => appendTo(text, 'done\n## [EVIL-001] injected item'))
    assert.equal(error.message, 'Line 2 of the attempt body would start a new section: `## [EVIL-001] injected item`')
    assert.equal(error.hint, 'indent the line by 4 spaces, or drop the leading #')
  })

  it('bullet entries at column 2 continue at column 4, where `## [ID]` is text: written', () => {
    const text = readFileSync(join(FIXTURES, 'style1-bracket-date.md'), 'utf8')
    const after = appendTo(text, 'done\n## [EVIL-001] quoted')
    assert.ok(after.includes('\n    ## [EVIL-001] quoted\n'))
    assert.deepEqual(itemIds(after), itemIds(text))
  })

  it('heading entries: a deeper heading is fine, unless it reads as an [ID] item', () => {
    const text = readFileSync(join(FIXTURES, 'style6-heading.md'), 'utf8')
    assert.ok(appendTo(text, 'done\n#### Notes').includes('\n#### Notes\n'))
    const error = refusal(() => appendTo(text, 'done\n#### [EVIL-001] deeper item'))
    assert.equal(error.message, 'Line 2 of the attempt body would start a new fix-plan item: `#### [EVIL-001] deeper item`')
  })
})
