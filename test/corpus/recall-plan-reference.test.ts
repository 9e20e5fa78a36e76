import assert from 'node:assert/strict'
import {describeWithCorpus} from '../support/corpus.js'
import {corpusText, insertAfter, lineWith, problemsOf, replaceLine} from '../support/recall-copy.js'

type Injected = {text: string; line: number; severity: string; message: string}

// Each real fix plan gets, one at a time, a plan field naming no plan: a missing file, a bare
// initiative ID with no plan, an alias field. Each is reported at the field's line; in the untouched
// copy (with the plans it names created) no report sits on those lines, and a placeholder or an
// initiative named by its folder or flat file is fine.
const CASES: Array<{source: string; alsoExisting: string[]; defects: (text: string) => Injected[]; fine: (text: string) => string[]}> = [
  {
    source: 'seed-scenario/docs/fix_plan.md',
    alsoExisting: ['plans/active/TEST-PYTORCH-001/implementation.md'],
    defects: (text) => {
      const line = lineWith(text, '- Working Plan: `plans/active/TEST-PYTORCH-001/implementation.md`')
      const of = 'of `[TEST-PYTORCH-001]`'
      return [
        {text: replaceLine(text, line, '- Working Plan: `plans/active/TEST-PYTORCH-002/implementation.md`'), line, severity: 'error', message: `Working Plan \`plans/active/TEST-PYTORCH-002/implementation.md\` ${of} does not exist`},
        {text: replaceLine(text, line, '- Working Plan: TEST-PYTORCH-002'), line, severity: 'error', message: `Working Plan \`TEST-PYTORCH-002\` ${of} names no plan (\`plans/active/TEST-PYTORCH-002/\` or \`plans/active/TEST-PYTORCH-002.md\`)`},
        {text: insertAfter(text, line, '- Plan Reference: plans/active/TEST-PYTORCH-001/phase_e.md'), line: line + 1, severity: 'error', message: `Working Plan \`plans/active/TEST-PYTORCH-001/phase_e.md\` ${of} does not exist`},
      ]
    },
    fine: (text) => {
      const line = lineWith(text, '- Working Plan: `plans/active/TEST-PYTORCH-001/implementation.md`')
      return [replaceLine(text, line, '- Working Plan: TEST-PYTORCH-001'), replaceLine(text, line, '- Working Plan: `plans/active/TEST-PYTORCH-001/`'), replaceLine(text, line, '- Working Plan: TBD')]
    },
  },
  {
    source: 'ptychopinn/dose_experiments/fix_plan.md',
    alsoExisting: ['plans/active/seed/implementation.md'],
    defects: (text) => {
      const line = lineWith(text, '- Plan: `plans/active/seed/implementation.md`')
      return [{text: replaceLine(text, line, '- Plan: `plans/active/seeds/implementation.md`'), line, severity: 'error', message: 'Working Plan `plans/active/seeds/implementation.md` of `[seed]` does not exist'}]
    },
    fine: (text) => [replaceLine(text, lineWith(text, '- Plan: `plans/active/seed/implementation.md`'), '- Plan: `plans/active/seed`')],
  },
  {
    source: 'wild/milekpl+LexCW/docs/fix_plan.md',
    alsoExisting: ['plans/active/POOL-001.md'],
    defects: (text) => {
      const heading = lineWith(text, '### 1.1 ')
      return [
        {text: insertAfter(text, heading, '- Working Plan: `plans/active/POOL-002.md`'), line: heading + 1, severity: 'error', message: 'Working Plan `plans/active/POOL-002.md` of `1.1` does not exist'},
        {text: insertAfter(text, heading, '- Working Plan: POOL-002'), line: heading + 1, severity: 'error', message: 'Working Plan `POOL-002` of `1.1` names no plan (`plans/active/POOL-002/` or `plans/active/POOL-002.md`)'},
      ]
    },
    fine: (text) => {
      const heading = lineWith(text, '### 1.1 ')
      return [insertAfter(text, heading, '- Working Plan: POOL-001'), insertAfter(text, heading, '- Working Plan: `plans/active/POOL-001.md`'), insertAfter(text, heading, '- Working Plan: n/a')]
    },
  },
]

describeWithCorpus('recall: plan-reference on real fix plans', () => {
  for (const {source, alsoExisting, defects, fine} of CASES) {
    const copy = (text?: string) => ({source, into: 'docs/fix_plan.md', alsoExisting, ...(text !== undefined && {inject: () => text})})

    it(`${source}: each injected plan field naming no plan is reported at its line`, async () => {
      const before = await problemsOf('plan-reference', copy())
      for (const defect of defects(corpusText(source))) {
        const problems = await problemsOf('plan-reference', copy(defect.text))
        const added = problems.filter((problem) => problem.line === defect.line)
        assert.deepEqual(added.map((problem) => [problem.severity, problem.message]), [[defect.severity, defect.message]])
        assert.ok(!before.some((problem) => problem.line === defect.line), 'the untouched copy reports nothing there')
      }
    })

    it(`${source}: placeholders and initiatives in either layout are not reported`, async () => {
      const before = await problemsOf('plan-reference', copy())
      for (const text of fine(corpusText(source))) assert.deepEqual(await problemsOf('plan-reference', copy(text)), before)
    })
  }
})
