import assert from 'node:assert/strict'
import type {CheckResult} from '../../src/app/check/check.js'
import {renderCheckGithub} from '../../src/render/check-github.js'

const result: CheckResult = {
  mode: 'work-tree',
  baseline: null,
  files: [],
  problems: [
    {rule: 'duplicate-id', severity: 'error', path: 'docs/fix_plan.md', line: 52, column: 4, message: 'Duplicate fix-plan item [X], first at line 44', preexisting: false},
    {rule: 'line-budget', severity: 'warning', path: 'odd,path:name.md', line: 1, column: 1, message: '100% over\nbudget', preexisting: true},
  ],
  skipped: [],
  summary: {errors: 1, warnings: 1, files: 2},
}

describe('renderCheckGithub', () => {
  it('writes one workflow command per problem, escaping data and properties', () => {
    assert.equal(
      renderCheckGithub(result, {quiet: false}),
      '::error file=docs/fix_plan.md,line=52,col=4,title=duplicate-id::Duplicate fix-plan item [X], first at line 44\n' +
        '::warning file=odd%2Cpath%3Aname.md,line=1,col=1,title=line-budget::100%25 over%0Abudget\n',
    )
  })

  it('puts a hint on a line of its own within the annotation, escaped like the message', () => {
    const hinted: CheckResult = {...result, problems: [{...result.problems[0], hint: 'the next free number is #11, 100%'}]}
    assert.equal(
      renderCheckGithub(hinted, {quiet: false}),
      '::error file=docs/fix_plan.md,line=52,col=4,title=duplicate-id::Duplicate fix-plan item [X], first at line 44%0Ahint: the next free number is #11, 100%25\n',
    )
  })

  it('leaves warnings out when quiet', () => {
    assert.equal(renderCheckGithub(result, {quiet: true}), '::error file=docs/fix_plan.md,line=52,col=4,title=duplicate-id::Duplicate fix-plan item [X], first at line 44\n')
  })
})
