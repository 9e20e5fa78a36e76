import assert from 'node:assert/strict'
import type {CheckResult} from '../../src/app/check/check.js'
import {renderCheckText, renderRuleList, skippedNote, summaryLine} from '../../src/render/check-text.js'

const problem = (path: string, line: number, severity: 'error' | 'warning', message: string, rule = 'duplicate-id') => ({rule, severity, path, line, column: 2, message, preexisting: false})

function resultOf(problems: CheckResult['problems'], skipped: CheckResult['skipped'] = [], files = ['docs/fix_plan.md']): CheckResult {
  const errors = problems.filter((p) => p.severity === 'error').length
  return {mode: 'work-tree', baseline: null, files, problems, skipped, summary: {errors, warnings: problems.length - errors, files: new Set(problems.map((p) => p.path)).size}}
}

describe('renderCheckText', () => {
  const result = resultOf([
    problem('a.md', 3, 'error', 'First'),
    problem('a.md', 9, 'warning', 'Second', 'line-budget'),
    problem('b.md', 1, 'error', 'Bad \x1b[31m escape\nand a newline'),
  ])

  it('prints one line per problem, a blank line between files, then the summary', () => {
    assert.equal(
      renderCheckText(result, {quiet: false, color: false}),
      [
        'a.md:3:2  error  First  duplicate-id',
        'a.md:9:2  warning  Second  line-budget',
        '',
        'b.md:1:2  error  Bad \\x1B[31m escape\\x0Aand a newline  duplicate-id',
        '',
        '2 errors, 1 warning in 2 files',
        '',
      ].join('\n'),
    )
  })

  it('colors location, severity and rule on a terminal, and only adds color', () => {
    const colored = renderCheckText(result, {quiet: false, color: true})
    assert.match(colored, /\x1b\[31merror\x1b\[39m/)
    assert.match(colored, /\x1b\[33mwarning\x1b\[39m/)
    assert.match(colored, /\x1b\[1ma\.md:3:2\x1b\[22m/)
    assert.equal(colored.replace(/\x1b\[[0-9;]*m/g, ''), renderCheckText(result, {quiet: false, color: false}))
  })

  it('prints only error lines when quiet, and nothing at all when clean', () => {
    assert.equal(renderCheckText(result, {quiet: true, color: false}), 'a.md:3:2  error  First  duplicate-id\n\nb.md:1:2  error  Bad \\x1B[31m escape\\x0Aand a newline  duplicate-id\n')
    assert.equal(renderCheckText(resultOf([]), {quiet: false, color: false}), '')
    assert.equal(renderCheckText(resultOf([problem('a.md', 1, 'warning', 'w')]), {quiet: true, color: false}), '')
  })

  it('prints a hint on the line after its problem, indented, in quiet mode too', () => {
    const hinted = resultOf([
      {...problem('a.md', 3, 'error', 'Attempt #10 is already used', 'attempt-numbering'), hint: 'the next free number is #11'},
      {...problem('a.md', 5, 'warning', 'No hint here', 'line-budget'), hint: null as unknown as undefined},
      {...problem('a.md', 7, 'error', 'Unexpected [Q]', 'unknown-state'), hint: 'use a known marker\nor add it'},
    ])
    assert.equal(
      renderCheckText(hinted, {quiet: false, color: false}),
      [
        'a.md:3:2  error  Attempt #10 is already used  attempt-numbering',
        '    hint: the next free number is #11',
        'a.md:5:2  warning  No hint here  line-budget',
        'a.md:7:2  error  Unexpected [Q]  unknown-state',
        '    hint: use a known marker\\x0Aor add it',
        '',
        '2 errors, 1 warning in 1 file',
        '',
      ].join('\n'),
    )
    assert.equal(renderCheckText(hinted, {quiet: true, color: false}).split('\n').filter((line) => line.startsWith('    hint: ')).length, 2)
    assert.match(renderCheckText(hinted, {quiet: false, color: true}), /\x1b\[2m {4}hint: the next free number is #11\x1b\[22m/)
  })

  it('colors severity and location only when asked', () => {
    const colored = renderCheckText(result, {quiet: false, color: true})
    assert.match(colored, /\x1b\[31merror\x1b\[39m/)
    assert.match(colored, /\x1b\[33mwarning\x1b\[39m/)
    assert.doesNotMatch(renderCheckText(result, {quiet: false, color: false}), /\x1b/)
  })
})

describe('summaryLine', () => {
  it('leaves out a zero count and says file or files', () => {
    assert.equal(summaryLine({errors: 1, warnings: 0, files: 1}), '1 error in 1 file')
    assert.equal(summaryLine({errors: 0, warnings: 3, files: 2}), '3 warnings in 2 files')
  })
})

describe('skippedNote', () => {
  it('says once which rules were skipped for which reason', () => {
    const skipped = [
      {rule: 'unknown-finding', reason: 'no findings ledger: docs/findings.md not found'},
      {rule: 'other', reason: 'no findings ledger: docs/findings.md not found'},
    ]
    assert.equal(skippedNote(resultOf([], skipped)), 'planledger: note: no findings ledger: docs/findings.md not found; skipped unknown-finding, other\n')
    assert.equal(skippedNote(resultOf([])), '')
  })

  it('says when there was nothing to check, instead of passing silently', () => {
    assert.equal(skippedNote(resultOf([], [], [])), 'planledger: note: no ledger files found to check (see "fixPlan", "findings" and "plans" in .planledger.json)\n')
  })
})

describe('renderRuleList', () => {
  it('aligns ids and severities', () => {
    const rules = [
      {id: 'a', description: 'First', defaultSeverity: 'error'},
      {id: 'long-id', description: 'Second', defaultSeverity: 'warning'},
    ]
    assert.equal(renderRuleList(rules), 'a        error    First\nlong-id  warning  Second\n')
  })
})
