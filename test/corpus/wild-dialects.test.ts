import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {relative} from 'node:path'
import {createDocument} from '../../src/ledger/document.js'
import {readFixPlan} from '../../src/ledger/fix-plan/fix-plan.js'
import type {Dialect, ItemState} from '../../src/ledger/model.js'
import {corpusPath, describeWithCorpus, markdownFilesUnder} from '../support/corpus.js'

/** `[line, ID, state]` of one item, as read by hand from the file. */
type Row = [number, string | null, ItemState]

interface Expected {
  path: string
  dialect: Dialect
  items: Row[]
}

/** Items without an ID, all in one state. */
function untitled(state: ItemState, ...lines: number[]): Row[] {
  return lines.map((line) => [line, null, state])
}

/** Items whose IDs run in order beside their lines, all in one state. */
function rows(state: ItemState, pairs: Array<[number, string]>): Row[] {
  return pairs.map(([line, id]) => [line, id, state])
}

const range = (from: number, to: number) => Array.from({length: to - from + 1}, (_, at) => from + at)

// Expectations written by reading each file; the reasons for the unclear cases are beside them.
const EXPECTED: Expected[] = [
  {
    // `### W1:` headings; their state is the `| ID | … | Status |` severity summary (an index, since
    // its IDs name the headings). The `## Fix Details` headings repeat the IDs: details, not items.
    path: 'Ametrin-Yink+TradeScanner/docs/fix_plan.md',
    dialect: 'id-headings',
    items: [
      ...rows('done', [[5, 'W1'], [11, 'W2'], [17, 'W3'], [23, 'W4'], [29, 'W5'], [35, 'W6'], [43, 'C1'], [49, 'C2'], [55, 'C3']]),
      // DEFERRED names no state of the model (it is neither blocked nor open by its words).
      [61, 'C4', 'unknown'],
    ],
  },
  {
    path: 'Anya-org+Anya-core/fix_plan.md',
    dialect: 'id-headings',
    items: rows('unknown', [[5, '1'], [22, '2'], [36, '3']]),
  },
  {
    // `### 1. Safety Layer` headings open straight into boxes: they group the `**1. Kill Switch**:` items.
    path: 'Ashutosh0x+rust-finance/docs/fix_plan.md',
    dialect: 'checklist',
    items: rows('open', [[8, '1'], [9, '2'], [10, '3'], [13, '4'], [14, '5'], [17, '6'], [18, '7'], [21, '8'], [22, '9'], [23, '10'], [24, '11'], [25, '12'], [28, '13']]),
  },
  {
    // The `## Current status` bullets are a running account; the boxes under `### N.` groups are the work.
    path: 'Caleb-T-Owens+lore/fix_plan.md',
    dialect: 'checklist',
    items: [
      ...untitled('done', 57, 58, 59, 63, 64, 65, 66, 70, 71, 72, 76, 77, 78, 82, 83, 84, 85, 89, 90, 91, 92, 93),
      ...untitled('done', ...range(97, 104), ...range(108, 112), 116, 117, 118, 122, 123),
      [124, null, 'open'],
    ],
  },
  {
    // `### Phase 7: Weight Loading [PENDING]` are plans under `## Remaining Phases`, not boxes.
    path: 'DevMan57+indextts2-rust/@fix_plan.md',
    dialect: 'checklist',
    items: rows('done', [
      [6, 'P1.1'], [12, 'P1.2'], [17, 'P1.3'], [22, 'P1.4'], [28, 'P1.5'], [33, 'P1.6'], [38, 'P1.7'], [43, 'P1.8'],
      [53, 'P2.1'], [58, 'P2.2'], [64, 'P2.3'], [70, 'P2.4'],
      [80, 'P3.1'], [86, 'P3.2'], [92, 'P3.3'], [98, 'P3.4'], [104, 'P3.5'],
      [114, 'P4.1'], [120, 'P4.2'], [127, 'P4.3'], [134, 'P4.4'],
      [145, 'P5.1'], [152, 'P5.2'], [159, 'P5.3'], [166, 'P5.4'],
      [177, 'P6.1'], [182, 'P6.2'], [188, 'P6.3'], [193, 'P6.4'], [200, 'P6.5'], [204, 'P6.6'], [208, 'P6.7'], [212, 'P6.8'], [216, 'P6.9'], [222, 'P6.10'], [229, 'P6.11'],
    ]),
  },
  {
    // Only the first table has a Status column. The `## Remaining Minor Issues` table (#15–#27) has
    // status words in an unheaded sixth cell: without a Status header it is not read (ambiguous; a
    // human would count those 13 too). The `## Verification Checklist` boxes are checks, not items.
    path: 'JularDepick+Maix-Agent/docs/fix_plan.md',
    dialect: 'table',
    items: range(1, 14).map((number): Row => [10 + number, String(number), 'done']),
  },
  {
    // `### 1.1 BUG-DV-015 …` items with acceptance boxes as tasks; the 12 boxes of `## Appendix B` sit
    // outside the items and lose 12 to 14. `### 4 Coherence Methods Applied` is a count, not an ID.
    path: 'LKrysik+FX_code_AI/docs/fix_plan.md',
    dialect: 'id-headings',
    items: rows('unknown', [
      [86, '1.1'], [147, '1.2'], [218, '1.3'], [295, '1.4'], [337, '2.1'], [388, '2.2'], [433, '2.3'], [461, '2.4'],
      [535, '3.1'], [663, '4.1'], [745, '4.2'], [808, '5.1'], [831, '5.2'], [868, '5.3-5.9'],
    ]),
  },
  {
    // CRLF. The `### Step N:` headings of `## Fix Plan` share the level of the issues and are items too.
    path: 'LyeosMaouli+lm-video-subtitler/docs/fix_plan.md',
    dialect: 'id-headings',
    items: rows('unknown', [[5, '1'], [11, '2'], [17, '3'], [23, '4'], [29, '5'], [35, '6'], [43, 'Step 1'], [47, 'Step 2'], [51, 'Step 3'], [55, 'Step 4']]),
  },
  {
    // `#### Шаг N` steps restart under each item: they are tasks. `## P0 —` headings are the sections.
    path: 'NIKITANDRRR+avitov2/docs/fix_plan.md',
    dialect: 'id-headings',
    items: rows('unknown', [
      [62, 'QW-1'], [84, 'QW-2'], [117, 'QW-3'], [148, 'P0-1'], [294, 'P0-2'], [341, 'P1-1'], [470, 'P1-2'], [594, 'P1-3'],
      [641, 'P2-1'], [691, 'P2-2'], [750, 'P2-3'], [814, 'P2-4'],
    ]),
  },
  {
    path: 'Quiterion+wiggum/fix_plan.md',
    dialect: 'checklist',
    items: untitled('open', 4, 5, 6, 9, 10, 11, 12, 15, 16, 17),
  },
  {
    // Queue entries are open and have no ID (their number is a position); `## Completed` entries are done.
    path: 'SecBear+neuron/fix_plan.md',
    dialect: 'queue-log',
    items: [...untitled('open', 13, 23), ...untitled('done', 33, 42, 46, 50, 53, 56, 59, 63, 67, 71, 75)],
  },
  {
    path: 'aloknag+kanban/docs/fix_plan.md',
    dialect: 'checklist',
    items: [
      ...rows('done', [[4, 'CR-01'], [5, 'CR-02'], [6, 'CR-03'], [7, 'CR-04'], [8, 'CR-05'], [9, 'CR-06']]),
      ...rows('open', [[10, 'CR-08'], [11, 'CR-09']]),
      [12, 'CR-10', 'done'],
      ...rows('open', [[13, 'CR-11'], [14, 'CR-12']]),
      [15, 'CR-13', 'done'],
      ...rows('open', [[16, 'CR-14'], [17, 'CR-15'], [18, 'CR-16'], [19, 'CR-17'], [20, 'CR-18'], [21, 'CR-20'], [22, 'CR-23'], [25, 'CR-21'], [26, 'CR-22']]),
      [29, 'CR-07', 'done'],
      ...rows('open', [[30, 'CR-19'], [31, 'CR-24'], [32, 'CR-25'], [33, 'CR-26'], [34, 'CR-27'], [35, 'CR-28/29'], [36, 'CR-30'], [37, 'CR-34'], [38, 'CR-38'], [39, 'CR-39']]),
    ],
  },
  {
    // Ambiguous: `## Phase 1 — Triage [done]` headings carry a state too. Phases are items only where
    // nothing finer is tracked; here 18 boxes outnumber 4 phases, so the boxes are the items.
    path: 'dwilliams27+psp-autodecomp/docs/fix_plan.md',
    dialect: 'checklist',
    items: untitled('done', 26, 27, 31, 33, 34, 44, 48, 51, 55, 67, 73, 79, 83, 85, 97, 104, 107, 111),
  },
  {
    path: 'go-vikunja+vikunja/.agent/fix_plan.md',
    dialect: 'id-headings',
    items: rows('unknown', [[5, 'Batch 1'], [11, 'Batch 2'], [17, 'Batch 3'], [28, 'Batch 4'], [34, 'Batch 5'], [42, 'Batch 6'], [48, 'Batch 7']]),
  },
  {
    path: 'go-vikunja+vikunja/.agent/typescript_fix_plan.md',
    dialect: 'id-headings',
    items: rows('unknown', [[9, 'Batch 1.1'], [13, 'Batch 1.2'], [19, 'Batch 2.1'], [25, 'Batch 3.1'], [29, 'Batch 3.2'], [35, 'Batch 4.1']]),
  },
  {
    // `### P3 - Code Quality` opens straight into the boxes: a group heading, not an item.
    path: 'jnyross+second-brain/@fix_plan.md',
    dialect: 'checklist',
    items: rows('open', [[9, 'T-300'], [15, 'T-301'], [20, 'T-302'], [24, 'T-303'], [30, 'T-304'], [36, 'T-305'], [39, 'T-306'], [42, 'T-307']]),
  },
  {
    // Phase prose: no IDs but `## Phase N.` headings, each with Problems / Changes / Tests / Done when
    // as its tasks. No state is written anywhere.
    path: 'jrh-mann+LEMON/docs/fix_plan.md',
    dialect: 'id-headings',
    items: rows('unknown', [[22, 'Phase 1'], [51, 'Phase 2'], [86, 'Phase 3'], [121, 'Phase 4'], [147, 'Phase 5'], [175, 'Phase 6'], [203, 'Phase 7'], [230, 'Phase 8'], [256, 'Phase 9']]),
  },
  {
    // Ambiguous: the corpus README counts this file with the heading dialect, and its `### المرحلة N: … ✅`
    // (stage) headings say done while every box under them is unchecked. Stage headings group items; the
    // 20 boxes outnumber the two `### 1.` / `### 2.` strategy headings, so the boxes are the items.
    path: 'karam-shakir+karam-platform/docs/fix_plan.md',
    dialect: 'checklist',
    items: untitled('open', ...range(48, 59), ...range(62, 65), ...range(68, 71)),
  },
  {
    // `### Фаза N` overview headings are groups; `### Шаг N.M … ✅` are the items. The second `### Шаг 5.1`
    // (line 305) repeats an ID and is not a second item.
    path: 'maverikod+docanalyzer/docs/fix_plan.md',
    dialect: 'id-headings',
    items: [
      ...rows('done', [[21, 'Шаг 1.1'], [36, 'Шаг 1.2'], [51, 'Шаг 1.3'], [72, 'Шаг 2.1'], [87, 'Шаг 2.2'], [102, 'Шаг 2.3']]),
      ...rows('done', [[121, 'Шаг 3.1'], [136, 'Шаг 3.2'], [156, 'Шаг 3.3'], [180, 'Шаг 4.1'], [201, 'Шаг 4.2']]),
      ...rows('unknown', [[221, 'Шаг 4.3'], [251, 'Шаг 5.1'], [320, 'Шаг 5.2']]),
    ],
  },
  {
    path: 'milekpl+LexCW/docs/fix_plan.md',
    dialect: 'id-headings',
    items: rows('unknown', [
      [10, '1.1'], [22, '1.2'], [33, '1.3'],
      [56, '2.1'], [65, '2.2'], [83, '2.3'], [94, '2.4'], [104, '2.5'], [114, '2.6'], [124, '2.7'], [135, '2.8'],
      [149, '3.1'], [158, '3.2'], [168, '3.3'], [178, '3.4'], [187, '3.5'],
      [201, '4.1'], [205, '4.2'], [209, '4.3'],
    ]),
  },
  {
    // `Current status` cells: `stale / already fixed` reads as done; `partially confirmed` as partial
    // (ambiguous: for an audit finding "confirmed" may mean the problem is still there).
    // The `## Repair log` entries restate the fixes and are not read beside the table.
    path: 'queukat+advsqlinjection/docs/fix_plan.md',
    dialect: 'table',
    items: [...range(1, 10).map((number): Row => [10 + number, `A${number}`, 'done']), [21, 'A11', 'partial']],
  },
]

describeWithCorpus('item dialects on the wild fix plans (hand-read expectations)', () => {
  const wild = corpusPath('wild')

  it('has an expectation for every wild fix plan', () => {
    const plans = markdownFilesUnder(wild)
      .map((path) => relative(wild, path))
      .filter((path) => /(?:^|\/)@?(?:typescript_)?fix_plan\.md$/.test(path) && !path.includes('/history/') && !path.includes('/merge-'))
    assert.deepEqual(plans.sort(), EXPECTED.map((expected) => expected.path).sort())
  })

  for (const expected of EXPECTED) {
    it(`${expected.path}: ${expected.dialect}, ${expected.items.length} items`, () => {
      const text = readFileSync(corpusPath('wild', expected.path), 'utf8')
      const ledger = readFixPlan(createDocument(expected.path, text))
      assert.equal(ledger.dialect, expected.dialect)
      assert.deepEqual(
        ledger.items.map((item): Row => [item.line, item.id, item.state]),
        expected.items,
      )
      for (const item of ledger.items) {
        // Every status span cuts exactly the status text, so an edit can rewrite it in place.
        if (item.statusSpan) assert.equal(text.slice(item.statusSpan.start, item.statusSpan.end), item.status ?? '', `line ${item.line}`)
        assert.ok(item.endLine >= item.line)
      }
    })
  }
})
