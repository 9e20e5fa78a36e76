import assert from 'node:assert/strict'
import {planArchive, type ArchiveRequest} from '../../src/edit/archive-items.js'
import type {ArchiveSelection} from '../../src/edit/archive-selection.js'
import {applyEdits} from '../../src/edit/text-edit.js'
import {UserError} from '../../src/errors.js'
import {createDocument} from '../../src/ledger/document.js'
import {readFixPlan} from '../../src/ledger/fix-plan/fix-plan.js'

const DATE = '2026-11-29'
const DONE: ArchiveSelection = {by: 'status', status: 'done'}

/** Runs the planner on a fix plan (and an archive, when given) and applies both files' edits. */
function archive(fixPlan: string, options: {archive?: string; selection?: ArchiveSelection; date?: string} = {}) {
  const ledger = readFixPlan(createDocument('docs/fix_plan.md', fixPlan))
  const doc = options.archive === undefined ? undefined : createDocument('docs/fix_plan_archive.md', options.archive)
  const request: ArchiveRequest = {selection: options.selection ?? DONE, date: options.date ?? DATE, link: 'fix_plan_archive.md'}
  const plan = planArchive(ledger, {path: 'docs/fix_plan_archive.md', doc}, request)
  return {plan, fixPlan: applyEdits(fixPlan, plan.fixPlanEdits), archive: applyEdits(options.archive ?? '', plan.archiveEdits)}
}

const lines = (...text: string[]) => text.join('\n') + '\n'

const see = (anchor: string) => `- Status: archived ${DATE} — see [fix_plan_archive.md#${anchor}](fix_plan_archive.md#${anchor})`

const TWO_ITEMS = lines(
  '# Fix Plan',
  '',
  '## [A-1] First thing',
  '- Status: done',
  '- Attempts History:',
  '  * [2025-10-17] Attempt #1 — Shipped it. Tests green.',
  '',
  '---',
  '',
  '## [B-2] Second thing',
  '- Status: in_progress',
)

describe('planArchive', () => {
  describe('moving an item', () => {
    it('moves the item verbatim under a dated heading in a new archive and leaves the stub and the layout after it', () => {
      const result = archive(TWO_ITEMS)
      assert.equal(
        result.archive,
        lines(
          '# Fix Plan Archive',
          '',
          `## Archived ${DATE}`,
          '',
          '## [A-1] First thing',
          '- Status: done',
          '- Attempts History:',
          '  * [2025-10-17] Attempt #1 — Shipped it. Tests green.',
        ),
      )
      assert.equal(
        result.fixPlan,
        lines('# Fix Plan', '', '## [A-1] First thing', see('a-1-first-thing'), '- Summary: Shipped it.', '', '---', '', '## [B-2] Second thing', '- Status: in_progress'),
      )
      assert.deepEqual(result.plan.items, [
        {id: 'A-1', title: 'First thing', line: 3, lines: 4, archiveLine: 5, anchor: 'a-1-first-thing', summary: 'Shipped it.'},
      ])
      assert.equal(result.plan.newHeading, true)
    })

    it('moves a `---` that underlines a paragraph (a setext heading) with the item; a rule after a list stays', () => {
      const text = lines('## [A-1] One', '- Status: done', '', 'Closing words', '---', '## [B-2] Two', '- Status: done', '***', '', '## [C-3] Three')
      const result = archive(text)
      assert.deepEqual(result.plan.items.map((item) => [item.id, item.lines]), [['A-1', 5], ['B-2', 2]])
      assert.equal(result.fixPlan, lines('## [A-1] One', see('a-1-one'), '## [B-2] Two', see('b-2-two'), '***', '', '## [C-3] Three'))
    })

    it('moves several items in file order, separated by one blank line', () => {
      const text = lines('## [A-1] One', '- Status: done', '', '## [B-2] Two', '- Status: open', '## [C-3] Three', '- Status: done', '  - detail')
      const result = archive(text)
      assert.equal(result.archive, lines('# Fix Plan Archive', '', `## Archived ${DATE}`, '', '## [A-1] One', '- Status: done', '', '## [C-3] Three', '- Status: done', '  - detail'))
      assert.deepEqual(result.plan.items.map((item) => [item.id, item.archiveLine]), [['A-1', 5], ['C-3', 8]])
      assert.equal(result.fixPlan, lines('## [A-1] One', see('a-1-one'), '', '## [B-2] Two', '- Status: open', '## [C-3] Three', see('c-3-three')))
    })

    it('keeps CRLF line endings, a BOM and a last line without a newline', () => {
      const text = '\uFEFF# Plan\r\n\r\n## [A-1] One\r\n- Status: done\r\n- Notes: kept short.'
      const result = archive(text)
      assert.equal(result.fixPlan, `\uFEFF# Plan\r\n\r\n## [A-1] One\r\n${see('a-1-one')}\r\n- Summary: kept short.`)
      assert.equal(result.archive, `# Fix Plan Archive\r\n\r\n## Archived ${DATE}\r\n\r\n## [A-1] One\r\n- Status: done\r\n- Notes: kept short.\r\n`)
    })

    it('writes the stub in the item\u2019s own field markup and keeps an item heading\u2019s level', () => {
      const text = lines('## Done', '', '### [A-1] One', '  - **Status:** done', '  - **Summary:** the parser handles `--flag=`.')
      const result = archive(text)
      assert.equal(
        result.fixPlan,
        lines('## Done', '', '### [A-1] One', '  - **Status:** archived 2026-11-29 — see [fix_plan_archive.md#a-1-one](fix_plan_archive.md#a-1-one)', '  - **Summary:** the parser handles `--flag=`.'),
      )
      assert.ok(result.archive.includes('\n### [A-1] One\n  - **Status:** done\n'))
    })

    it('encodes spaces and parentheses in the link target only', () => {
      const ledger = readFixPlan(createDocument('f.md', lines('## [A-1] One', '- Status: done')))
      const plan = planArchive(ledger, {path: 'old items (2025).md'}, {selection: DONE, date: DATE, link: '../old items (2025).md'})
      assert.equal(
        applyEdits(ledger.doc.text, plan.fixPlanEdits),
        lines('## [A-1] One', `- Status: archived ${DATE} — see [../old items (2025).md#a-1-one](../old%20items%20%282025%29.md#a-1-one)`),
      )
    })
  })

  describe('appending to an existing archive', () => {
    const ITEM = lines('## [A-1] One', '- Status: done')

    it('adds a newline and a blank line before a new dated heading', () => {
      const before = '# Fix Plan Archive\n\n## Archived 2026-11-01\n\n## [Z-9] Old\n- Status: done'
      const result = archive(ITEM, {archive: before})
      assert.equal(result.archive, `${before}\n\n## Archived ${DATE}\n\n## [A-1] One\n- Status: done\n`)
      assert.equal(result.plan.items[0].archiveLine, 10)
    })

    it('appends under today\u2019s heading when the archive already ends under it', () => {
      const before = lines('# Fix Plan Archive', '', `## Archived ${DATE}`, '', '## [Z-9] Old', '- Status: done', '### Notes', '')
      const result = archive(ITEM, {archive: before})
      assert.equal(result.archive, before + lines('## [A-1] One', '- Status: done'))
      assert.equal(result.plan.newHeading, false)
    })

    it('starts a new heading when another section follows today\u2019s', () => {
      const before = lines(`## Archived ${DATE}`, '', '## [Z-9] Old', '', '## Notes', 'text')
      const result = archive(ITEM, {archive: before})
      assert.equal(result.archive, before + lines('', `## Archived ${DATE}`, '', '## [A-1] One', '- Status: done'))
    })

    it('uses the archive\u2019s line ending for the lines it adds', () => {
      const result = archive(ITEM, {archive: '# Archive\r\n'})
      assert.equal(result.archive, `# Archive\r\n\r\n## Archived ${DATE}\r\n\r\n## [A-1] One\n- Status: done\r\n`)
    })

    it('numbers the anchor as GitHub does when the archive already has that heading', () => {
      const before = lines('## [A-1] One', 'an older copy', '### a-1-one')
      const result = archive(ITEM, {archive: before})
      assert.equal(result.plan.items[0].anchor, 'a-1-one-2')
      assert.ok(result.fixPlan.includes('(fix_plan_archive.md#a-1-one-2)'))
    })

    it('refuses when an unclosed code fence would swallow the moved items', () => {
      assert.throws(
        () => archive(ITEM, {archive: lines('# Archive', '```', 'code')}),
        (error: unknown) => error instanceof UserError && /^\[A-1\] would not be a heading at the end of docs\/fix_plan_archive\.md/.test(error.message),
      )
    })
  })

  describe('choosing items by status', () => {
    const STATUSES = ['done', '**DONE** 2025-10-20', 'Completed — shipped', '✅ complete', '`done`', 'in_progress', 'Phase F COMPLETE (see plan)', 'archived 2025-10-01 — see x', 'pending']
    const text = STATUSES.map((status, at) => lines(`## [S-${at}] Item ${at}`, `- Status: ${status}`)).join('')

    it('takes done, complete and completed as the first word, whatever the markup and case', () => {
      assert.deepEqual(archive(text).plan.items.map((item) => item.id), ['S-0', 'S-1', 'S-2', 'S-3', 'S-4'])
    })

    it('takes exactly the first word for another --status', () => {
      assert.deepEqual(archive(text, {selection: {by: 'status', status: 'pending'}}).plan.items.map((item) => item.id), ['S-8'])
      assert.deepEqual(archive(text, {selection: {by: 'status', status: 'phase'}}).plan.items.map((item) => item.id), ['S-6'])
    })

    it('refuses --status archived', () => {
      assert.throws(() => archive(text, {selection: {by: 'status', status: 'archived'}}), /`--status archived` would move stubs that are already archived/)
    })

    it('plans nothing when no item matches', () => {
      const result = archive(lines('## [A-1] One', '- Status: open'))
      assert.deepEqual(result.plan, {items: [], skipped: [], fixPlanEdits: [], archiveEdits: [], index: [], newHeading: false})
    })
  })

  describe('choosing items by --ids', () => {
    const text = lines('## [A-1] One', '- Status: in_progress', '## [B-2] Two', '- Status: done', '## [C-3] Three', `- Status: archived 2026-01-01 — see x`)

    it('moves named items whatever their status, in file order', () => {
      const result = archive(text, {selection: {by: 'ids', ids: ['B-2', '[A-1]']}})
      assert.deepEqual(result.plan.items.map((item) => item.id), ['A-1', 'B-2'])
    })

    it('skips an item that is a stub already', () => {
      const result = archive(text, {selection: {by: 'ids', ids: ['C-3']}})
      assert.deepEqual(result.plan.items, [])
      assert.deepEqual(result.plan.skipped, [{id: 'C-3', reason: 'already archived (line 5)'}])
    })

    it('refuses an unknown ID with a did-you-mean hint', () => {
      assert.throws(
        () => archive(text, {selection: {by: 'ids', ids: ['B-3']}}),
        (error: unknown) => error instanceof UserError && error.message === 'Unknown fix-plan item `B-3` in docs/fix_plan.md' && error.hint === 'did you mean B-2 or C-3?',
      )
    })
  })

  describe('--max-lines', () => {
    // Lines: header 2, then items of 5, 4, 6 and 3 lines; the stubs are 3 lines (each has a dated attempt).
    const item = (id: string, date: string | undefined, extra: number, status = 'done') =>
      lines(`## [${id}] Item`, `- Status: ${status}`, '- Attempts History:', date ? `  * [${date}] Attempt #1 — Did ${id}.` : '  * (none yet)', ...Array.from({length: extra}, (_, at) => `    note ${at}`))
    const text = lines('# Plan', '') + item('NEW', '2026-02-01', 1) + item('OLD', '2025-01-01', 0) + item('MID', '2025-06-01T120000Z', 2) + item('OPEN', '2024-01-01', 0, 'open')
    const total = 2 + 5 + 4 + 6 + 4

    it('moves nothing when the file already fits', () => {
      assert.deepEqual(archive(text, {selection: {by: 'max-lines', status: 'done', maxLines: total}}).plan.items, [])
    })

    it('moves the oldest done items first until the file fits', () => {
      // OLD saves 4 - 3 = 1 line, MID saves 3: total - 4 fits after both; NEW (newest) stays.
      const result = archive(text, {selection: {by: 'max-lines', status: 'done', maxLines: total - 4}})
      assert.deepEqual(result.plan.items.map((moved) => moved.id), ['OLD', 'MID'])
      assert.equal(result.fixPlan.split('\n').length - 1, total - 4)
    })

    it('takes one more item only when needed', () => {
      const result = archive(text, {selection: {by: 'max-lines', status: 'done', maxLines: total - 1}})
      assert.deepEqual(result.plan.items.map((moved) => moved.id), ['OLD'])
    })

    it('refuses when moving every done item is not enough, saying how far it gets', () => {
      assert.throws(
        () => archive(text, {selection: {by: 'max-lines', status: 'done', maxLines: 10}}),
        (error: unknown) =>
          error instanceof UserError &&
          error.message === `docs/fix_plan.md cannot get to 10 lines by archiving its 3 matching items: ${total} lines now, ${total - 6} after archiving all of them` &&
          error.hint === 'raise --max-lines, or finish (and mark done) more items first',
      )
    })

    it('takes undated items after dated ones, and passes over items whose stub is not shorter', () => {
      // 2 + 7 + 5 + 2 = 16 lines. UU (undated, no summary) saves 7 - 2 = 5, DD saves 5 - 3 = 2, TINY (2 lines, 2-line stub) 0.
      const undated = lines('# Plan', '') + item('UU', undefined, 3) + item('DD', '2026-01-01', 1) + lines('## [TINY] Item', '- Status: done')
      const pick = (maxLines: number) => archive(undated, {selection: {by: 'max-lines', status: 'done', maxLines}}).plan.items.map((moved) => moved.id)
      assert.deepEqual(pick(14), ['DD'])
      assert.deepEqual(pick(9), ['UU', 'DD'])
      assert.throws(() => pick(8), /cannot get to 8 lines by archiving its 3 matching items: 16 lines now, 9 after archiving all of them/)
    })
  })

  describe('the index', () => {
    it('sets a table row\u2019s Status cell to archived and keeps the row', () => {
      const text = lines('| ID | Title | Status |', '| --- | --- | --- |', '| [A-1](#a-1-one) | One | done |', '| B-2 | Two | |', '', '## [A-1] One', '- Status: done', '## [B-2] Two', '- Status: done')
      const result = archive(text)
      assert.ok(result.fixPlan.startsWith(lines('| ID | Title | Status |', '| --- | --- | --- |', '| [A-1](#a-1-one) | One | archived |', '| B-2 | Two | archived |')))
      assert.deepEqual(result.plan.index, [
        {id: 'A-1', line: 3, from: 'done', to: 'archived'},
        {id: 'B-2', line: 4, from: '', to: 'archived'},
      ])
    })

    it('sets the Status value of a list entry, leaving the rest of the line', () => {
      const text = lines('- [A-1] One — Priority: High, Status: done (plan: x.md)', '', '## [A-1] One', '- Status: done')
      assert.ok(archive(text).fixPlan.startsWith('- [A-1] One — Priority: High, Status: archived (plan: x.md)\n'))
    })
  })
})
