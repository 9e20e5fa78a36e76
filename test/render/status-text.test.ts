import assert from 'node:assert/strict'
import fc from 'fast-check'
import type {BoardItem} from '../../src/app/status/item-board.js'
import type {RowCounts} from '../../src/app/status/row-counts.js'
import {projectStatus} from '../../src/app/status/status.js'
import type {StatusResult} from '../../src/app/status/status.js'
import {Chalk} from 'chalk'
import {countsText, progressBar} from '../../src/render/progress-bar.js'
import {renderStatus} from '../../src/render/status-text.js'
import {statusFixture} from '../app/status/support.js'

const plain = new Chalk({level: 0})
const widthOf = (line: string) => [...line].length

describe('renderStatus', () => {
  it('shows each initiative, plan and phase with a bar, then the fix plan, stuck items and the journal', async () => {
    const text = renderStatus(await projectStatus(statusFixture('headings')), {width: 100, color: false})
    assert.equal(
      text,
      [
        'ALPHA  4/8 done, 1 partial, 2 open, 1 blocked',
        '  plans/active/ALPHA/implementation.md',
        '    A Pin the toolchain     [####################]  2/2 done',
        '    B Strip nondeterminism  [#####~~~~~!!!!!.....]  1/4 done, 1 partial, 1 open, 1 blocked',
        '  plans/active/ALPHA/reports/r1/plan.md',
        '    B follow-up             [##########..........]  1/2 done, 1 open',
        'BETA  0/2 done, 2 open',
        '  plans/active/BETA.md',
        '      (no phase)            [....................]  0/2 done, 2 open',
        '',
        'Fix plan  docs/fix_plan.md  4 items: 1 in_progress, 1 blocked, 1 open, 1 done',
        '  in_progress  LOOP-001  Make the nightly build reproducible',
        '  blocked      LOOP-002  Upgrade the database driver',
        '',
        'Stuck  1 (not done after 5+ attempts)',
        '  LOOP-001  6 attempts, last 2026-11-25  Make the nightly build reproducible',
        '',
        'Journal  galph_memory.md  newest 2026-11-26T101500Z driver check (line 7, 3 entries)',
        '  focus=LOOP-002 state=blocked',
        '',
      ].join('\n'),
    )
  })

  it('says what is missing rather than leaving a section out', async () => {
    const text = renderStatus(await projectStatus(statusFixture('checklist/notes')), {width: 80, color: false})
    assert.deepEqual(text.split('\n'), [
      'Plans  none found (see "plans" in .planledger.json)',
      '',
      'Fix plan  none found',
      '',
      'Stuck  none (not done after 5+ attempts)',
      '',
      'Journal  none: no galph_memory.md; see "journals" in .planledger.json',
      '',
    ])
  })

  it('narrows labels, titles and bars to the width, and moves the fix-plan counts to their own line', async () => {
    const result = await projectStatus(statusFixture('headings'))
    const at70 = renderStatus(result, {width: 70, color: false}).split('\n')
    assert.ok(at70.includes('    A Pin the t…  [##########]  2/2 done'), at70.join('\n'))
    assert.ok(at70.includes('  4 items: 1 in_progress, 1 blocked, 1 open, 1 done'), at70.join('\n'))
    assert.ok(at70.includes('  LOOP-001  6 attempts, last 2026-11-25  Make the nightly build repro…'), at70.join('\n'))
    // Narrower, the bar goes before the counts would be cut.
    const at60 = renderStatus(result, {width: 60, color: false}).split('\n')
    assert.ok(at60.includes('    A Pin the toolc…  2/2 done'), at60.join('\n'))
    for (const line of [...at70, ...at60]) assert.ok(widthOf(line) <= 70, `too wide: ${line}`)
    for (const line of at60) assert.ok(widthOf(line) <= 60, `over 60 columns: ${line}`)
  })

  it('colors only when asked, and the same text shows through', async () => {
    const result = await projectStatus(statusFixture('headings'))
    const colored = renderStatus(result, {width: 100, color: true})
    assert.match(colored, /\u001B\[/)
    assert.equal(colored.replace(/\u001B\[\d+m/g, ''), renderStatus(result, {width: 100, color: false}))
    assert.doesNotMatch(renderStatus(result, {width: 100, color: false}), /\u001B/)
  })

  it('escapes control characters from the ledgers', () => {
    const item: BoardItem = {id: 'X-1', title: 'evil \u001B[2J title', line: 1, state: 'in_progress', status: 'in_progress', attempts: 0, lastAttemptDate: null}
    const result: StatusResult = {
      initiatives: [],
      fixPlan: {path: 'fix_plan.md', dialect: 'checklist', total: 1, counts: {in_progress: 1, partial: 0, blocked: 0, open: 0, done: 0, skipped: 0, unknown: 0}, inProgress: [item], blocked: [], stuck: []},
      stuckAfter: 5,
      journals: [],
    }
    const text = renderStatus(result, {width: 100, color: true})
    assert.ok(text.includes('evil \\x1B[2J title'), text)
  })

  it('fits every line in widths of 90 columns and more, whatever the names and counts', () => {
    const name = fc.string({maxLength: 80})
    const count = fc.nat({max: 500})
    const counts = fc.tuple(count, count, count, count, count, count).map(([done, partial, open, blocked, skipped, unknown]): RowCounts => ({total: done + partial + open + blocked + skipped + unknown, done, partial, open, blocked, skipped, unknown}))
    const phase = fc.record({id: fc.option(fc.stringMatching(/^[A-Z]\d?(\.[A-Z])?$/), {nil: null}), title: name, line: fc.nat(), counts})
    const plan = fc.record({path: name, phases: fc.array(phase, {maxLength: 3}), counts})
    const initiative = fc.record({id: name, plans: fc.array(plan, {maxLength: 2}), filesWithoutRows: fc.nat({max: 3}), counts})
    const item = fc.record({id: fc.option(fc.stringMatching(/^[A-Z]{1,8}-\d{1,4}$/), {nil: null}), title: name, line: fc.nat(), state: fc.constantFrom('in_progress' as const, 'blocked' as const), status: fc.constant(null), attempts: fc.nat({max: 99}), lastAttemptDate: fc.option(fc.constant('2026-11-25'), {nil: null})})
    fc.assert(
      fc.property(fc.array(initiative, {maxLength: 3}), fc.array(item, {maxLength: 4}), name, fc.integer({min: 90, max: 200}), (initiatives, items, journalPath, width) => {
        const result: StatusResult = {
          initiatives,
          fixPlan: {path: 'docs/fix_plan.md', dialect: 'bracketed-headings', total: 999, counts: {in_progress: 111, partial: 111, blocked: 111, open: 111, done: 111, skipped: 0, unknown: 111}, inProgress: items, blocked: [], stuck: items},
          stuckAfter: 5,
          journals: [{path: journalPath, entries: 3, newest: {timestamp: '2026-11-26T101500Z', label: 'x'.repeat(50), line: 7, firstLine: 'y'.repeat(300)}}],
        }
        for (const line of renderStatus(result, {width, color: false}).split('\n')) assert.ok(widthOf(line) <= width, `over ${width}: ${line}`)
      }),
      {numRuns: 150},
    )
  })
})

describe('progressBar', () => {
  it('is always the width, split in the order done, skipped, partial, blocked, open, unknown', () => {
    const count = fc.nat({max: 1000})
    fc.assert(
      fc.property(count, count, count, count, count, count, fc.integer({min: 1, max: 40}), (done, skipped, partial, blocked, open, unknown, width) => {
        const counts = {total: done + skipped + partial + blocked + open + unknown, done, skipped, partial, blocked, open, unknown}
        const bar = progressBar(counts, width, plain)
        assert.equal(bar.length, width + 2)
        assert.match(bar, /^\[#*-*~*!*\.*\?*\]$|^\[ *\]$/)
        if (counts.total > 0) assert.equal(bar.split('#').length - 1, Math.round((done / counts.total) * width))
      }),
    )
  })

  it('is all done when every row is done, and blank without rows', () => {
    assert.equal(progressBar({total: 3, done: 3, partial: 0, open: 0, blocked: 0, skipped: 0, unknown: 0}, 6, plain), '[######]')
    assert.equal(progressBar({total: 0, done: 0, partial: 0, open: 0, blocked: 0, skipped: 0, unknown: 0}, 4, plain), '[    ]')
  })

  it('names done out of all, then the other states that have rows', () => {
    assert.equal(countsText({total: 5, done: 1, partial: 0, open: 3, blocked: 1, skipped: 0, unknown: 0}), '1/5 done, 3 open, 1 blocked')
    assert.equal(countsText({total: 4, done: 2, partial: 0, open: 1, blocked: 0, skipped: 1, unknown: 0}), '2/4 done, 1 open, 1 skip')
    assert.equal(progressBar({total: 4, done: 2, partial: 0, open: 1, blocked: 0, skipped: 1, unknown: 0}, 8, plain), '[####--..]')
  })
})
