import assert from 'node:assert/strict'
import {mergeLedgerTexts} from '../../../src/edit/merge/merge-ledger-texts.js'

const PATH = 'docs/fix_plan.md'

/** A small `[ID]` fix plan: header, index table, two items with fields and attempts. */
function plan(options: {updated?: string; focus?: string; indexA?: string; indexB?: string; statusA?: string; attemptsA?: string[]; attemptsB?: string[]; priorityB?: string} = {}): string {
  return [
    '# Fix Plan',
    '',
    `**Last Updated:** ${options.updated ?? '2025-10-19'}`,
    `**Active Focus:** ${options.focus ?? 'ALPHA-001'}`,
    '',
    '| ID | Title | Priority | Status |',
    '| --- | --- | --- | --- |',
    options.indexA ?? '| ALPHA-001 | Alpha | High | in_progress |',
    options.indexB ?? '| BETA-002 | Beta | Medium | pending |',
    '',
    '## [ALPHA-001] Alpha',
    '- Priority: High',
    `- Status: ${options.statusA ?? 'in_progress'}`,
    '- Attempts History:',
    ...(options.attemptsA ?? ['  * [2025-10-17] Attempt #1 — first try.', '  * [2025-10-18] Attempt #2 — second try.']),
    '',
    '## [BETA-002] Beta',
    `- Priority: ${options.priorityB ?? 'Medium'}`,
    '- Status: pending',
    '- Attempts History:',
    ...(options.attemptsB ?? ['  * (none yet)']),
    '',
  ].join('\n')
}

const baseAttempts = ['  * [2025-10-17] Attempt #1 — first try.', '  * [2025-10-18] Attempt #2 — second try.']

function merge(base: string, ours: string, theirs: string, markerSize = 7) {
  return mergeLedgerTexts({base, ours, theirs, path: PATH, markerSize})
}

describe('mergeLedgerTexts: fix plans', () => {
  it('keeps attempts appended on both sides, ordered by date then side, renumbering the later clash', () => {
    const ours = plan({attemptsA: [...baseAttempts, '  * [2025-10-20] Attempt #3 — ours, later.', '    Artifacts: `a.log`.']})
    const theirs = plan({attemptsA: [...baseAttempts, '  * [2025-10-19] Attempt #3 — theirs, earlier.']})
    const result = merge(plan(), ours, theirs)
    assert.equal(result.conflicts, 0)
    assert.equal(
      result.text,
      plan({attemptsA: [...baseAttempts, '  * [2025-10-19] Attempt #3 — theirs, earlier.', '  * [2025-10-20] Attempt #4 — ours, later.', '    Artifacts: `a.log`.']}),
    )
    assert.ok(result.notes.some((note) => /renumbered: .*#3 .*now #4/.test(note)), result.notes.join('\n'))
  })

  it('renumbers a clash in the style whose prefix carries only the date (`- *DATE:* Attempt #N — …`)', () => {
    const dated = ['- *2025-10-17:* Attempt #1 — first try.']
    const ours = plan({attemptsA: [...dated, '- *2025-10-20:* Attempt #2 — ours, later.']})
    const theirs = plan({attemptsA: [...dated, '- *2025-10-19:* Attempt #2 — theirs, earlier.']})
    const result = merge(plan({attemptsA: dated}), ours, theirs)
    assert.equal(result.conflicts, 0)
    assert.equal(result.text, plan({attemptsA: [...dated, '- *2025-10-19:* Attempt #2 — theirs, earlier.', '- *2025-10-20:* Attempt #3 — ours, later.']}))
  })

  it('keeps the first attempts both sides wrote under a `(none yet)` history', () => {
    const ours = plan({attemptsB: ['  * [2025-10-19] Attempt #1 — ours.']})
    const theirs = plan({attemptsB: ['  * [2025-10-19] Attempt #1 — theirs.']})
    const result = merge(plan(), ours, theirs)
    assert.equal(result.conflicts, 0)
    assert.equal(result.text, plan({attemptsB: ['  * [2025-10-19] Attempt #1 — ours.', '  * [2025-10-19] Attempt #2 — theirs.']}))
  })

  it('puts ours first when both sides append on the same date', () => {
    const ours = plan({attemptsA: [...baseAttempts, '  * [2025-10-19] Attempt #3 — ours.']})
    const theirs = plan({attemptsA: [...baseAttempts, '  * [2025-10-19] Attempt #3 — theirs.']})
    const result = merge(plan(), ours, theirs)
    assert.equal(result.text, plan({attemptsA: [...baseAttempts, '  * [2025-10-19] Attempt #3 — ours.', '  * [2025-10-19] Attempt #4 — theirs.']}))
  })

  it('takes a Status set on one side while the other appends an attempt, and both index rows', () => {
    const ours = plan({statusA: 'done', indexA: '| ALPHA-001 | Alpha | High | done |'})
    const theirs = plan({attemptsA: [...baseAttempts, '  * [2025-10-19] Attempt #3 — closing.'], indexB: '| BETA-002 | Beta | High | pending |', priorityB: 'High'})
    const result = merge(plan(), ours, theirs)
    assert.equal(result.conflicts, 0)
    assert.equal(
      result.text,
      plan({statusA: 'done', indexA: '| ALPHA-001 | Alpha | High | done |', attemptsA: [...baseAttempts, '  * [2025-10-19] Attempt #3 — closing.'], indexB: '| BETA-002 | Beta | High | pending |', priorityB: 'High'}),
    )
  })

  it('merges one index row cell by cell, and conflicts on that row only when a cell differs', () => {
    const clean = merge(plan(), plan({indexA: '| ALPHA-001 | Alpha | Low | in_progress |'}), plan({indexA: '| ALPHA-001 | Alpha | High | done |'}))
    assert.equal(clean.text, plan({indexA: '| ALPHA-001 | Alpha | Low | done |'}))
    const clash = merge(plan(), plan({indexA: '| ALPHA-001 | Alpha | High | blocked |'}), plan({indexA: '| ALPHA-001 | Alpha | High | done |'}))
    assert.equal(clash.conflicts, 1)
    assert.match(clash.text, /\| BETA-002 \| Beta \| Medium \| pending \|\n\n## \[ALPHA-001\]/)
    assert.match(clash.text, /<<<<<<< ours\n\| ALPHA-001 \| Alpha \| High \| blocked \|\n=======\n\| ALPHA-001 \| Alpha \| High \| done \|\n>>>>>>> theirs\n/)
  })

  it('merges a list index entry part by part', () => {
    const list = (entry: string) => `# Fix Plan\n\n## Index\n${entry}\n- [BETA-002] Beta — Priority: Low, Status: pending\n\n## [ALPHA-001] Alpha\n- Status: pending\n`
    const base = list('- [ALPHA-001] Alpha — Priority: High, Status: pending')
    const result = merge(base, list('- [ALPHA-001] Alpha — Priority: Low, Status: pending'), list('- [ALPHA-001] Alpha — Priority: High, Status: done'))
    assert.equal(result.conflicts, 0)
    assert.equal(result.text, list('- [ALPHA-001] Alpha — Priority: Low, Status: done'))
  })

  it('puts markers around the one field both changed differently, sized by markerSize', () => {
    const result = merge(plan(), plan({statusA: 'blocked'}), plan({statusA: 'done', attemptsB: ['  * [2025-10-19] Attempt #1 — start.']}), 9)
    assert.equal(result.conflicts, 1)
    assert.ok(result.text.includes('<<<<<<<<< ours\n- Status: blocked\n=========\n- Status: done\n>>>>>>>>> theirs\n'), result.text)
    assert.ok(result.text.includes('  * [2025-10-19] Attempt #1 — start.'))
    assert.equal(result.text.match(/^<{9}/gm)?.length, 1)
    assert.ok(result.notes.some((note) => note.includes('field status')), result.notes.join('\n'))
  })

  it('keeps the later Last Updated and merges header lines by key', () => {
    const result = merge(plan(), plan({updated: '2025-10-21'}), plan({updated: '2025-10-20', focus: 'BETA-002'}))
    assert.equal(result.conflicts, 0)
    assert.equal(result.text, plan({updated: '2025-10-21', focus: 'BETA-002'}))
    const reverse = merge(plan(), plan({updated: '2025-10-20'}), plan({updated: '2025-10-21T08:00Z'}))
    assert.equal(reverse.text, plan({updated: '2025-10-21T08:00Z'}))
  })

  it('reads a Last Updated without a time as the start of its day: the same day with a time is later', () => {
    for (const [ours, theirs] of [['2025-10-21', '2025-10-21T08:00Z'], ['2025-10-21T08:00Z', '2025-10-21']]) {
      const result = merge(plan(), plan({updated: ours}), plan({updated: theirs}))
      assert.equal(result.conflicts, 0, `${ours} / ${theirs}`)
      assert.equal(result.text, plan({updated: '2025-10-21T08:00Z'}), `${ours} / ${theirs}`)
    }
  })

  it('keeps a new item from each side, after the item that precedes it', () => {
    const gamma = ['## [GAMMA-003] Gamma', '- Status: pending', '']
    const delta = ['## [DELTA-004] Delta', '- Status: pending', '']
    const ours = plan() + gamma.join('\n')
    const theirs = plan() + delta.join('\n')
    const result = merge(plan(), ours, theirs)
    assert.equal(result.conflicts, 0)
    assert.equal(result.text, plan() + gamma.join('\n') + delta.join('\n'))
  })

  it('a field both sides added with different values is a conflict, not two fields', () => {
    const base = '# Fix\n\n## [A-1] A\n- Priority: High\n'
    const result = mergeLedgerTexts({base, ours: base + '- Status: open\n', theirs: base + '- Status: done\n', path: PATH})
    assert.equal(result.conflicts, 1)
    assert.equal(result.text, base + '<<<<<<< ours\n- Status: open\n=======\n- Status: done\n>>>>>>> theirs\n')
  })

  it('keeps bullets both sides added to one multi-line field, ours first', () => {
    const base = '## [A-1] A\n- Status: open\n- Exit Criteria:\n  - one\n'
    const result = mergeLedgerTexts({base, ours: base + '  - ours\n', theirs: base + '  - theirs\n', path: PATH})
    assert.equal(result.conflicts, 0)
    assert.equal(result.text, base + '  - ours\n  - theirs\n')
  })

  it('gives back OURS byte for byte when THEIRS changed nothing, CRLF and BOM included', () => {
    const crlf = (text: string) => '\uFEFF' + text.replace(/\n/g, '\r\n')
    const ours = crlf(plan({statusA: 'done'}))
    assert.equal(merge(crlf(plan()), ours, crlf(plan())).text, ours)
  })

  it('keeps CRLF line endings when merging both sides', () => {
    const crlf = (text: string) => text.replace(/\n/g, '\r\n')
    const result = merge(crlf(plan()), crlf(plan({statusA: 'done'})), crlf(plan({priorityB: 'Low'})))
    assert.equal(result.text, crlf(plan({statusA: 'done', priorityB: 'Low'})))
  })

  it('merges an ID-less checklist fix plan by item text: a tick on one side, a new item on the other', () => {
    const base = '# Fix plan\n\n## Priority 1\n- [ ] Add login\n- [ ] Fix crash on save\n'
    const ours = '# Fix plan\n\n## Priority 1\n- [x] Add login\n- [ ] Fix crash on save\n'
    const theirs = '# Fix plan\n\n## Priority 1\n- [ ] Add login\n- [ ] Fix crash on save\n- [ ] Write docs\n'
    const result = mergeLedgerTexts({base, ours, theirs, path: 'fix_plan.md'})
    assert.equal(result.text, '# Fix plan\n\n## Priority 1\n- [x] Add login\n- [ ] Fix crash on save\n- [ ] Write docs\n')
    assert.equal(result.conflicts, 0)
  })

  it('follows an item THEIRS moved to another section while OURS edited others', () => {
    const base = '# Fix plan\n\n## Todo\n- [ ] A1: one\n- [ ] A2: two\n- [ ] A3: three\n\n## Completed\n- [x] A0: zero\n'
    const ours = '# Fix plan\n\n## Todo\n- [ ] A1: one (ours)\n- [ ] A2: two\n- [ ] A3: three\n- [ ] A4: four\n\n## Completed\n- [x] A0: zero\n'
    const theirs = '# Fix plan\n\n## Todo\n- [ ] A1: one\n- [ ] A3: three\n\n## Completed\n- [x] A0: zero\n- [x] A2: two\n'
    const result = mergeLedgerTexts({base, ours, theirs, path: 'fix_plan.md'})
    assert.equal(result.conflicts, 0)
    assert.equal(result.text, '# Fix plan\n\n## Todo\n- [ ] A1: one (ours)\n- [ ] A3: three\n- [ ] A4: four\n\n## Completed\n- [x] A0: zero\n- [x] A2: two\n')
  })

  it('never drops a removed item that the other side added lines to: a conflict instead', () => {
    const withoutBeta = plan().slice(0, plan().indexOf('## [BETA-002]'))
    const theirs = plan({attemptsB: ['  * [2025-10-19] Attempt #1 — start.']})
    const result = merge(plan(), withoutBeta, theirs)
    assert.equal(result.conflicts, 1)
    assert.ok(result.text.includes('  * [2025-10-19] Attempt #1 — start.'))
  })

  it('keeps the entries of a field both sides added with the same first line (both started the history)', () => {
    const base = '# Fix\n\n### W1: A\n**Status:** open\n\n### W2: B\n**Status:** open\n'
    const field = (entry: string) => `- Attempts History:\n  - ${entry}\n`
    const ours = base.replace('### W2', `${field('2026-12-01: ours')}\n### W2`)
    const theirs = base.replace('### W2', `${field('2026-12-02: theirs')}\n### W2`)
    const result = merge(base, ours, theirs)
    assert.equal(result.conflicts, 0, result.text)
    assert.ok(result.text.includes('- Attempts History:\n  - 2026-12-01: ours\n  - 2026-12-02: theirs\n'), result.text)
  })

  it('prose one side writes above a heading leaves the text under the heading to the other side', () => {
    const base = '# Fix\n\n## Status\n\n- [ ] a\n\n## Constraints\n\n- keep it small\n\n## Next\n\n- do a\n'
    const ours = base.replace('- do a', '- do b')
    const theirs = base.replace('\n## Constraints', 'Blocker: DNS.\n\n## Constraints')
    const result = merge(base, ours, theirs)
    assert.equal(result.conflicts, 0, result.text)
    assert.equal(result.text, theirs.replace('- do a', '- do b'))
  })
})
