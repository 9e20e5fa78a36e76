import assert from 'node:assert/strict'
import {citesInCell} from '../../src/edit/finding-mentions.js'
import {headingSlug} from '../../src/edit/heading-slug.js'
import {createDocument} from '../../src/ledger/document.js'
import {readFixPlan} from '../../src/ledger/fix-plan/fix-plan.js'
import {readPlan} from '../../src/ledger/plan/plan.js'
import {scanDocument} from '../../src/ledger/scan.js'
import {codeSpansOf} from '../../src/rules/support/code-spans.js'
import {doneWithoutEvidence} from '../../src/rules/done-without-evidence.js'
import {evidencePathOf, expandBraces} from '../../src/rules/support/evidence-paths.js'
import {comparableStatus as comparable} from '../../src/ledger/fix-plan/status-word.js'
import {markdownLinksOf} from '../../src/rules/support/markdown-links.js'
import {contextFrom} from './rule-context.js'

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

describe('long runs of one character', () => {
  const RUN = 100_000

  it('an index line whose title holds a long run of blanks keeps the title up to its separator', () => {
    const title = `T${' '.repeat(RUN)}x`
    const ledger = readFixPlan(createDocument('docs/fix_plan.md', `# Fix Plan\n\n- [A-1] ${title} — Priority: High, Status: done\n\n## [A-1] T\n- Status: done\n`))
    assert.deepEqual(
      ledger.index.map((entry) => [entry.id, entry.title, entry.status]),
      [['A-1', title, 'done']],
    )
  })

  it('a long run of blanks before a pipe reads as a short one does', () => {
    const read = (blanks: string) => scanDocument(createDocument('x.md', `| A | B |\n${blanks}| - x\n| 1 | 2 |\n`))
    const long = read(' '.repeat(RUN))
    const short = read('  ')
    assert.deepEqual([long.kinds, long.tables.length], [short.kinds, short.tables.length])
  })

  it('a phase heading with a long run of blanks still ends in its status', () => {
    const plan = readPlan(createDocument('plan.md', `# Plan\n### Phase A1 —${' \t'.repeat(RUN / 2)}x ✅ COMPLETE\n`))
    assert.deepEqual(
      plan.phases.map((phase) => [phase.id, phase.status]),
      [['A1', '✅ COMPLETE']],
    )
  })

  it('a status value with many unclosed links compares as its leading word', () => {
    assert.equal(comparable(`Done ${'[a]('.repeat(RUN / 4)}`), 'done')
    assert.equal(comparable('[Done](#d)'), 'done')
  })

  it('a done row whose guidance is a long run of underscores still names no evidence', () => {
    const plan = `# Plan\n| ID | Task | State | Guidance |\n| --- | --- | --- | --- |\n| A1 | t | [x] | x${'_'.repeat(RUN)}y |\n`
    const reports = doneWithoutEvidence.check(contextFrom({plans: {'plans/active/X/implementation.md': plan}}))
    assert.deepEqual(
      reports.map((report) => report.line),
      [4],
    )
  })

  it('a heading with a long run of unclosed brackets or tags still has its slug', () => {
    assert.equal(headingSlug(`Plan ${'['.repeat(RUN)}x`), 'plan-x')
    assert.equal(headingSlug(`Plan ${'<'.repeat(RUN)}x <b>y</b>`), 'plan-x-y')
  })

  it('a guidance cell with many unclosed links still finds the link citing a finding', () => {
    assert.equal(citesInCell(`${'[a]('.repeat(RUN / 4)} [F-001](docs/findings.md#f-001)`, 'F-001'), true)
  })

  it('a line suffix is dropped from a cited path however long it is, and a colon run is no path', () => {
    assert.equal(evidencePathOf(`src/a.py${':1-2'.repeat(RUN / 4)}`)?.path, 'src/a.py')
    assert.equal(evidencePathOf(`a/${'0:'.repeat(RUN / 2)}x.md`), undefined)
  })

  it('a status word with a long run of underscores inside compares without the trailing ones', () => {
    assert.equal(comparable(`in-progress${'_'.repeat(RUN)}x__`), `in_progress${'_'.repeat(RUN)}x`)
  })
})
