import assert from 'node:assert/strict'
import {describeWithCorpus} from '../support/corpus.js'
import {corpusText, insertAfter, lineWith, problemsOf, replaceLine} from '../support/recall-copy.js'

type Injected = {text: string; line: number; severity: string; message: RegExp}

// Each real fix plan gets, one at a time: an item at work or done depending on an unfinished item,
// and a dependency one typo from an item's ID. Each is reported at the field's line; the untouched
// copy has no depends-on report.
const CASES: Array<{source: string; into: string; alsoExisting?: string[]; defects: (text: string) => Injected[]}> = [
  {
    source: 'seed-scenario/docs/fix_plan.md',
    into: 'docs/fix_plan.md',
    defects: (text) => {
      const atWork = lineWith(text, '- Depends on: INTEGRATE-PYTORCH-001')
      const done = lineWith(text.split('\n').slice(atWork).join('\n'), '- Depends on: —') + atWork
      return [
        {text: replaceLine(text, atWork, '- Depends on: DATA-LOADER-002'), line: atWork, severity: 'warning', message: /^\[TEST-PYTORCH-001\] is in_progress but depends on \[DATA-LOADER-002\], which is not done/},
        {text: replaceLine(text, done, '- Depends on: TEST-PYTORCH-001'), line: done, severity: 'error', message: /^\[INTEGRATE-PYTORCH-001\] is done but depends on \[TEST-PYTORCH-001\]/},
        {text: replaceLine(text, atWork, '- Depends on: INTEGRATE-PYTORCH-01'), line: atWork, severity: 'warning', message: /depends on `INTEGRATE-PYTORCH-01`, which no item of this file has$/},
      ]
    },
  },
  {
    source: 'wild/aloknag+kanban/docs/fix_plan.md',
    into: 'docs/fix_plan.md',
    defects: (text) => {
      const done = lineWith(text, '- [x] CR-10:')
      return [
        {text: insertAfter(text, done, '  - Depends on: CR-08'), line: done + 1, severity: 'error', message: /^CR-10 is done but depends on CR-08, which is not done \(open, line \d+\)$/},
        {text: insertAfter(text, done, '  - Depends on: CR-088'), line: done + 1, severity: 'warning', message: /^CR-10 depends on `CR-088`, which no item of this file has$/},
      ]
    },
  },
  {
    // Heading items whose state is a marker or a Status line: C1 is done, C3 is given an open Status.
    source: 'wild/Ametrin-Yink+TradeScanner/docs/fix_plan.md',
    into: 'docs/fix_plan.md',
    defects: (text) => {
      const open = insertAfter(text, lineWith(text, '### C3:'), '- Status: pending')
      const done = lineWith(open, '### C1:')
      return [
        {text: insertAfter(open, done, '- Depends on: C3'), line: done + 1, severity: 'error', message: /^C1 is done but depends on C3, which is not done \(open: `pending`, line \d+\)$/},
        {text: insertAfter(open, done, '- Depends on: W1 (done), C33'), line: done + 1, severity: 'warning', message: /^C1 depends on `C33`, which no item of this file has$/},
      ]
    },
  },
]

describeWithCorpus('recall: depends-on on real fix plans', () => {
  for (const {source, into, defects} of CASES) {
    it(`${source}: each injected dependency is reported at its line`, async () => {
      for (const defect of defects(corpusText(source))) {
        const problems = await problemsOf('depends-on', {source, into, inject: () => defect.text})
        assert.equal(problems.length, 1, JSON.stringify(problems))
        assert.deepEqual([problems[0].line, problems[0].severity], [defect.line, defect.severity])
        assert.match(problems[0].message, defect.message)
      }
    })

    it(`${source}: nothing in the untouched copy`, async () => {
      assert.deepEqual(await problemsOf('depends-on', {source, into}), [])
    })
  }
})
