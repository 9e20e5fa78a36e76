import assert from 'node:assert/strict'
import {mergeLedgerTexts} from '../../../src/edit/merge/merge-ledger-texts.js'

/** Lines joined into a file with a final line ending. */
const text = (...lines: string[]) => lines.join('\n') + '\n'

// A fix plan whose queue is a numbered list, as the numbered-list dialect writes it.
const HEAD = ['# fix_plan.md', '', 'The queue the loop works from.', '', '## Queue', '']
const DONE = ['## Completed', '', '- Set up the repository']
const alpha = ['1. Alpha task', '   - Verify: `make a`']
const beta = (number: number) => [`${number}. Beta task`, '   - Verify: `make b`']
const gamma = (number: number) => [`${number}. Gamma task`, '   - Verify: `make c`']

function mergeFixPlan(base: string, ours: string, theirs: string) {
  return mergeLedgerTexts({base, ours, theirs, path: 'fix_plan.md'})
}

function mergeText(base: string, ours: string, theirs: string) {
  return mergeLedgerTexts({base, ours, theirs, path: 'notes.md'})
}

describe('mergeLedgerTexts: lists after the merge', () => {
  const base = text(...HEAD, ...alpha, '', ...beta(2), '', ...DONE)
  // OURS put a new item between the two; THEIRS moved both to Completed and marked the queue empty.
  const ours = text(...HEAD, ...alpha, '', ...gamma(2), '', ...beta(3), '', ...DONE)
  const emptied = text(...HEAD, '1. (empty)', '', ...DONE, '- 2026-01-02: Alpha finished', '- 2026-01-03: Beta finished')

  describe('a placeholder saying the list is empty', () => {
    it('one side wrote is dropped where the merged list still holds the other side’s items, and said', () => {
      const result = mergeFixPlan(base, ours, emptied)
      assert.equal(result.conflicts, 0)
      assert.equal(result.text, text(...HEAD, ...gamma(1), '', ...DONE, '- 2026-01-02: Alpha finished', '- 2026-01-03: Beta finished'))
      assert.ok(result.notes.some((note) => note.startsWith('dropped: placeholder "1. (empty)" in the list under "Queue"')), result.notes.join('\n'))
    })

    it('goes with CRLF line endings kept, and a BOM', () => {
      const crlf = (lf: string) => '\uFEFF' + lf.replace(/\n/g, '\r\n')
      const result = mergeFixPlan(crlf(base), crlf(ours), crlf(emptied))
      assert.equal(result.text, crlf(text(...HEAD, ...gamma(1), '', ...DONE, '- 2026-01-02: Alpha finished', '- 2026-01-03: Beta finished')))
    })

    it('stays when it is the only item left', () => {
      // OURS only rewords the introduction: THEIRS's queue, placeholder and all, is the merged queue.
      const result = mergeFixPlan(base, base.replace('The queue', 'The one queue'), emptied)
      assert.equal(result.text, emptied.replace('The queue', 'The one queue'))
      assert.ok(!result.notes.some((note) => note.includes('placeholder')))
    })

    it('is dropped in prose merged line by line too, in any of its usual spellings, with the blank line it leaves closed', () => {
      for (const placeholder of ['none', '(None)', '_nothing_', '**TBD**', 'n/a', '—', '*(none yet)*']) {
        const before = text('# Notes', '', 'Blockers:', '', '- Disk quota', '', 'Next steps follow.')
        const oursAdds = text('# Notes', '', 'Blockers:', '', '- Disk quota', '', '- CI is flaky', '', 'Next steps follow.')
        const theirsClears = text('# Notes', '', 'Blockers:', '', `- ${placeholder}`, '', 'Next steps follow.')
        const result = mergeText(before, oursAdds, theirsClears)
        assert.equal(result.text, text('# Notes', '', 'Blockers:', '', '- CI is flaky', '', 'Next steps follow.'), placeholder)
      }
    })

    it('that a side kept beside its items stays, and an item that only mentions emptiness is no placeholder', () => {
      const before = text('Blockers:', '- none', '', 'Plan:', '- empty the cache', '', 'End.')
      const oursAdds = text('Blockers:', '- none', '- CI is flaky', '', 'Plan:', '- empty the cache', '', 'End.')
      const theirsAdds = text('Blockers:', '- none', '', 'Plan:', '- empty the cache', '- none of the above', '', 'The end.')
      const result = mergeText(before, oursAdds, theirsAdds)
      assert.equal(result.text, text('Blockers:', '- none', '- CI is flaky', '', 'Plan:', '- empty the cache', '- none of the above', '', 'The end.'))
    })

    it('that a side wrote beside its own items stays: that list is the side’s own', () => {
      const before = text('Blockers:', '- Disk quota', '', 'End.')
      const result = mergeText(before, text('Blockers:', '- none', '- CI is flaky', '', 'End.'), text('Blockers:', '- Disk quota', '', 'The end.'))
      assert.equal(result.text, text('Blockers:', '- none', '- CI is flaky', '', 'The end.'))
    })
  })

  describe('numbering', () => {
    it('renumbers a list the merge took items from, from where OURS’s list starts', () => {
      const result = mergeFixPlan(base, ours, emptied)
      assert.match(result.text, /^1\. Gamma task$/m)
      assert.ok(result.notes.some((note) => note.startsWith('renumbered: the numbered list under "Queue" (line 7): 2→1')), result.notes.join('\n'))
    })

    it('renumbers items both sides appended, changing only the wrong number tokens (delimiter and spacing kept)', () => {
      const before = text('Steps:', '', '1)  Build', '2)  Test', '', 'Done.')
      const oursAdds = text('Steps:', '', '1)  Build', '2)  Test', '3)  Package', '', 'Done.')
      const theirsAdds = text('Steps:', '', '1)  Build', '2)  Test', '3)  Deploy', '', 'Done.')
      const result = mergeText(before, oursAdds, theirsAdds)
      assert.equal(result.conflicts, 0)
      assert.equal(result.text, text('Steps:', '', '1)  Build', '2)  Test', '3)  Package', '4)  Deploy', '', 'Done.'))
      assert.ok(result.notes.some((note) => /^renumbered: the numbered list at line 3: 3→4/.test(note)), result.notes.join('\n'))
    })

    it('keeps a zero-padded number as wide as it was', () => {
      const before = text('Steps:', '', '01. Build', '02. Test', '', 'Done.')
      const result = mergeText(before, text('Steps:', '', '01. Build', '02. Test', '03. Package', '', 'Done.'), text('Steps:', '', '01. Build', '02. Test', '03. Deploy', '', 'Done.'))
      assert.equal(result.text, text('Steps:', '', '01. Build', '02. Test', '03. Package', '04. Deploy', '', 'Done.'))
    })

    it('treats a nested list as a list of its own', () => {
      const nested = (...steps: string[]) => text('1. Release', ...steps.map((step, at) => `   ${at + 1}. ${step}`), '2. Announce', '', 'End.')
      const before = nested('Tag', 'Build')
      const oursAdds = nested('Tag', 'Build', 'Sign')
      const theirsAdds = nested('Tag', 'Build', 'Upload').replace('2. Announce', '2. Announce it')
      const result = mergeText(before, oursAdds, theirsAdds)
      assert.equal(result.text, text('1. Release', '   1. Tag', '   2. Build', '   3. Sign', '   4. Upload', '2. Announce it', '', 'End.'))
    })

    it('leaves a list neither side reshaped as it was, odd numbers and all', () => {
      const odd = (intro: string, outro: string) => text(intro, '', '1. One', '3. Three', '', outro)
      const result = mergeText(odd('Intro.', 'Outro.'), odd('Intro, edited.', 'Outro.'), odd('Intro.', 'Outro, edited.'))
      assert.equal(result.text, odd('Intro, edited.', 'Outro, edited.'))
      assert.ok(!result.notes.some((note) => note.startsWith('renumbered')))
    })

    it('keeps numbers one side wrote for the list the merge took from it', () => {
      const before = text('Intro.', '', '1. One', '2. Two', '3. Three', '', 'Outro.')
      const oursDrops = text('Intro.', '', '1. One', '3. Three', '', 'Outro.')
      const theirsEdits = text('Intro.', '', '1. One', '2. Two', '3. Three', '', 'Outro, edited.')
      assert.equal(mergeText(before, oursDrops, theirsEdits).text, text('Intro.', '', '1. One', '3. Three', '', 'Outro, edited.'))
    })

    it('leaves a list numbered `1.` throughout as Markdown numbers it', () => {
      const before = text('Steps:', '1. Build', '1. Test', '', 'Done.')
      const result = mergeText(before, text('Steps:', '1. Build', '1. Test', '1. Package', '', 'Done.'), text('Steps:', '1. Build', '1. Test', '1. Deploy', '', 'Done.'))
      assert.equal(result.text, text('Steps:', '1. Build', '1. Test', '1. Package', '1. Deploy', '', 'Done.'))
    })

    it('leaves lists inside a conflict block as each side wrote them', () => {
      const before = text('Steps:', '1. Build', '2. Test', '', 'Done.')
      const result = mergeText(before, text('Steps:', '1. Build', '2. Lint', '', 'Done.'), text('Steps:', '1. Build', '3. Check', '', 'Done.'))
      assert.equal(result.conflicts, 1)
      assert.match(result.text, /^<{7} ours\n2\. Lint\n={7}\n3\. Check\n>{7} theirs$/m)
    })

    it('leaves a list a conflict block cuts off as the sides wrote it: which items it holds is not settled', () => {
      const before = text('Steps:', '', '1. Build', '2. Test', '3. Package', '4. Ship', '', 'Done.')
      const oursEdits = text('Steps:', '', '1. Build', '2. Test the unit', '3. Package', '4. Ship', '', 'Done.')
      const theirsEdits = text('Steps:', '', '1. Build', '2. Test it all', '3. Package', '4. Ship', '5. Announce', '', 'Done.')
      const result = mergeText(before, oursEdits, theirsEdits)
      assert.equal(result.conflicts, 1)
      assert.match(result.text, />{7} theirs\n3\. Package\n4\. Ship\n5\. Announce\n/)
      assert.ok(!result.notes.some((note) => note.startsWith('renumbered')), result.notes.join('\n'))
    })

    it('finds the conflict block by the marker size the merge was asked for (git’s %L)', () => {
      const before = text('Steps:', '', '1. Build', '2. Test', '3. Package', '4. Ship', '', 'Done.')
      const oursEdits = text('Steps:', '', '1. Build', '2. Test the unit', '3. Package', '4. Ship', '', 'Done.')
      const theirsEdits = text('Steps:', '', '1. Build', '2. Test it all', '3. Package', '4. Ship', '5. Announce', '', 'Done.')
      const result = mergeLedgerTexts({base: before, ours: oursEdits, theirs: theirsEdits, path: 'notes.md', markerSize: 10})
      assert.equal(result.conflicts, 1)
      assert.match(result.text, /^<{10} ours\n2\. Test the unit\n={10}\n2\. Test it all\n>{10} theirs\n3\. Package\n4\. Ship\n5\. Announce\n/m)
      assert.ok(!result.notes.some((note) => note.startsWith('renumbered')), result.notes.join('\n'))
    })
  })

  describe('blank lines where a unit was dropped', () => {
    it('are no more than the file had on either side of it', () => {
      // THEIRS moved the queue's items away, leaving the heading; OURS had put one between them.
      const cleared = text(...HEAD, ...DONE, '- 2026-01-02: Alpha finished', '- 2026-01-03: Beta finished')
      const result = mergeFixPlan(base, ours, cleared)
      assert.equal(result.conflicts, 0)
      assert.equal(result.text, text(...HEAD, ...gamma(1), '', ...DONE, '- 2026-01-02: Alpha finished', '- 2026-01-03: Beta finished'))
    })
  })
})
