import assert from 'node:assert/strict'
import {appendFileSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {makeScenario, removeScenario, runCli, snapshotFiles} from './run-cli.js'
import {describeWithCorpus} from '../support/corpus.js'

const FIX_PLAN = 'docs/fix_plan.md'
const PLAN = 'TEST-PYTORCH-001'
const EVIL = '\n## [EVIL-001] Injected item\n- Status: pending'
const BREAK_HINT = 'hint: a line break there would start a new line in the ledger; give the value on one line\n'
const CONTROL_HINT = 'hint: remove it; control characters are invisible in an editor and act on terminals\n'
const DATE_FORMS = 'e.g. 2026-12-02, 2026-12-02T17:46:11Z, 2026-12-02T17:46Z or 2026-12-02 17:46'
const HUGE_ID = 'A'.repeat(100_000)
const CUT_ID = 'A'.repeat(79) + '…'

const lineBreak = (code: string, name: string, at: number) => `planledger: Unexpected line break (${code}) in ${name} at character ${at}, expected one line\n${BREAK_HINT}`
const control = (code: string, name: string, at: number) => `planledger: Unexpected control character ${code} in ${name} at character ${at}, expected plain text\n${CONTROL_HINT}`

/**
 * Values that would break a ledger's structure (issue 9, points 4, 6 and 12): each is refused with
 * one message naming the flag and the position, exit 2, nothing on stdout, and every file in the
 * tree byte-identical afterwards. `--yes` everywhere, so a value that got through would be written.
 */
describeWithCorpus('planledger refuses values that would break a ledger', () => {
  let root: string
  beforeEach(() => {
    root = makeScenario()
  })
  afterEach(() => removeScenario(root))

  async function refuse(args: string[], stderr: string): Promise<void> {
    const before = snapshotFiles(root)
    const result = await runCli(args, {cwd: root})
    assert.equal(result.stderr, stderr)
    assert.equal(result.exitCode, 2)
    assert.equal(result.stdout, '')
    assert.deepEqual(snapshotFiles(root), before)
  }

  describe('line breaks and control characters in one-line values', () => {
    const cases: Array<[string, string[], string]> = [
      ['attempt --date with a new item after a newline', ['attempt', 'TEST-PYTORCH-001', '--body', 'x', '--date', `2026-12-02${EVIL}`], lineBreak('U+000A', '--date', 11)],
      ['attempt --label with a LINE SEPARATOR', ['attempt', 'TEST-PYTORCH-001', '--body', 'x', '--label', 'a\u2028## [EVIL-001]'], lineBreak('U+2028', '--label', 2)],
      ['attempt --artifact with a CR', ['attempt', 'TEST-PYTORCH-001', '--body', 'x', '--artifact', 'a\rb'], lineBreak('U+000D', '--artifact', 2)],
      ['attempt --finding with a newline', ['attempt', 'TEST-PYTORCH-001', '--body', 'x', '--finding', `POLICY-001${EVIL}`], lineBreak('U+000A', '--finding', 11)],
      ['attempt ITEM with a newline', ['attempt', `TEST-PYTORCH-001${EVIL}`, '--body', 'x'], lineBreak('U+000A', 'ITEM', 17)],
      ['attempt body with an escape sequence', ['attempt', 'TEST-PYTORCH-001', '--body', 'ok\n\x1B[2J'], control('U+001B', 'the attempt body', 4)],
      ['tick --note with an escape sequence', ['tick', PLAN, 'C3', '--note', 'x\x1B[31m'], control('U+001B', '--note', 2)],
      ['tick --date with a CR', ['tick', PLAN, 'C3', '--date', `2026-12-02\r| X1 | evil | [x] | - |`], lineBreak('U+000D', '--date', 11)],
      ['tick --artifact with a newline', ['tick', PLAN, 'C3', '--artifact', `a${EVIL}`], lineBreak('U+000A', '--artifact', 2)],
      ['tick --state with a control character', ['tick', PLAN, 'C3', '--state', '\x07'], control('U+0007', '--state', 1)],
      ['set VALUE with a PARAGRAPH SEPARATOR', ['set', 'DATA-LOADER-002', 'Notes=a\u2029- Status: done'], lineBreak('U+2029', 'KEY=VALUE argument 1', 8)],
      ['set KEY with a newline', ['set', 'DATA-LOADER-002', 'Status=done', `Not\nes=x`], lineBreak('U+000A', 'KEY=VALUE argument 2', 4)],
      ['set ITEM with a NEL', ['set', 'DATA-LOADER-002\u0085', 'Status=done'], lineBreak('U+0085', 'ITEM', 16)],
      ['link TARGET with a newline', ['link', `DATA-LOADER-002${EVIL}`, '--finding', 'POLICY-001'], lineBreak('U+000A', 'TARGET', 16)],
      ['link --finding with a bell', ['link', 'DATA-LOADER-002', '--finding', 'POLICY-001\x07'], control('U+0007', '--finding', 11)],
      ['link --findings-file with a newline (its path is written as the link)', ['link', 'DATA-LOADER-002', '--finding', 'POLICY-001', '--findings-file', 'docs/x\n## [EVIL-001]/findings.md'], lineBreak('U+000A', '--findings-file', 7)],
      ['finding add ID with a newline', ['finding', 'add', `NEW-001${EVIL}`, '--synopsis', 'x'], lineBreak('U+000A', 'ID', 8)],
      ['finding add --synopsis with a CR', ['finding', 'add', 'NEW-001', '--synopsis', 'a\rb'], lineBreak('U+000D', '--synopsis', 2)],
      ['finding add --status with an escape sequence', ['finding', 'add', 'NEW-001', '--synopsis', 'x', '--status', 'Active\x1B[0m'], control('U+001B', '--status', 7)],
      ['archive --date with a newline', ['archive', '--date', `2026-12-02${EVIL}`], lineBreak('U+000A', '--date', 11)],
      ['archive --ids with a newline', ['archive', '--ids', 'INTEGRATE-PYTORCH-001\n'], lineBreak('U+000A', '--ids', 22)],
    ]
    for (const [name, args, stderr] of cases) it(name, () => refuse([...args, '--yes'], stderr))
  })

  describe('--date', () => {
    const notADate = (date: string, expected: string, hint: string) => `planledger: Unexpected --date \`${date}\`, expected ${expected}\nhint: ${hint}\n`
    const noSuchDate = (date: string, problem: string) => `planledger: Unexpected --date \`${date}\`: ${problem}\nhint: expected YYYY-MM-DD or an ISO 8601 timestamp, ${DATE_FORMS}\n`
    const cases: Array<[string, string[], string]> = [
      ['attempt: a word', ['attempt', 'TEST-PYTORCH-001', '--body', 'x', '--date', 'tomorrow'], notADate('tomorrow', 'YYYY-MM-DD or an ISO 8601 timestamp', DATE_FORMS)],
      ['attempt: month 13', ['attempt', 'TEST-PYTORCH-001', '--body', 'x', '--date', '2026-13-45'], noSuchDate('2026-13-45', 'there is no month 13')],
      ['tick: February 30', ['tick', PLAN, 'C3', '--date', '2026-02-30'], noSuchDate('2026-02-30', '2026-02 has days 1 to 28')],
      ['tick: a day-first date', ['tick', PLAN, 'C3', '--date', '02/12/2026'], notADate('02/12/2026', 'YYYY-MM-DD or an ISO 8601 timestamp', DATE_FORMS)],
      ['set: December 32', ['set', 'DATA-LOADER-002', 'Status=done', '--date', '2026-12-32'], noSuchDate('2026-12-32', '2026-12 has days 1 to 31')],
      ['set: hour 25', ['set', 'DATA-LOADER-002', 'Status=done', '--date', '2026-12-02T25:00Z'], noSuchDate('2026-12-02T25:00Z', 'there is no hour 25')],
      ['finding add: a timestamp where the table has days', ['finding', 'add', 'NEW-001', '--synopsis', 'x', '--date', '2026-12-02T17:46Z'], notADate('2026-12-02T17:46Z', 'YYYY-MM-DD', 'e.g. 2026-12-02')],
    ]
    for (const [name, args, stderr] of cases) it(name, () => refuse([...args, '--yes'], stderr))

    it('attempt, tick and set write a valid timestamp verbatim', async () => {
      const attempt = await runCli(['attempt', 'DATA-LOADER-002', '--body', 'Timed.', '--date', '2026-12-02T17:46:11Z', '--yes'], {cwd: root})
      assert.equal(attempt.exitCode, 0, attempt.stderr)
      const tick = await runCli(['tick', PLAN, 'C3', '--note', 'Audited', '--date', '2026-12-02 17:46', '--yes'], {cwd: root})
      assert.equal(tick.exitCode, 0, tick.stderr)
      const set = await runCli(['set', 'DATA-LOADER-002', 'Status=in_progress', '--date', '2026-12-02T17:46Z', '--yes'], {cwd: root})
      assert.equal(set.exitCode, 0, set.stderr)
      const fixPlan = readFileSync(join(root, FIX_PLAN), 'utf8')
      assert.ok(fixPlan.includes('  * [2026-12-02T17:46:11Z] Attempt #1 — Timed.\n'))
      assert.ok(fixPlan.includes('**Last Updated:** 2026-12-02T17:46Z\n'))
      assert.ok(readFileSync(join(root, 'plans/active/TEST-PYTORCH-001/implementation.md'), 'utf8').includes('**COMPLETE 2026-12-02 17:46:** Audited.'))
    })
  })

  describe('tick --note line breaks', () => {
    it('become <br> in a table cell', async () => {
      const result = await runCli(['tick', PLAN, 'C3', '--note', 'first\nsecond\u2028third', '--yes'], {cwd: root})
      assert.equal(result.exitCode, 0, result.stderr)
      const plan = readFileSync(join(root, 'plans/active/TEST-PYTORCH-001/implementation.md'), 'utf8')
      assert.match(plan, /\| C3 \| .* \[x\] \| .*first<br>second<br>third\. \|\n/)
    })

    it('are refused on a checklist item, where they would end the item', async () => {
      writeFileSync(join(root, 'plans/backlog.md'), '# Backlog\n\n- [ ] A1: first task\n- [ ] A2: second task\n')
      await refuse(
        ['tick', 'plans/backlog.md', 'A1', '--note', `done${EVIL}`, '--yes'],
        'planledger: Unexpected line break (U+000A) in --note at character 5, expected one line\nhint: Row A1 (line 3) is a checklist item, not a table cell; give the note on one line\n',
      )
    })
  })

  describe('an item ID that two items carry', () => {
    const duplicate = (stderrLines: [number, number]) =>
      `planledger: ID \`DATA-LOADER-002\` is ambiguous: items at lines ${stderrLines[0]} and ${stderrLines[1]} of docs/fix_plan.md\n` +
      'hint: give each item its own ID (planledger check reports duplicate-id), then run the command again\n'
    let lines: [number, number]
    beforeEach(() => {
      appendFileSync(join(root, FIX_PLAN), '\n## [DATA-LOADER-002] A copy made by a bad merge\n- Status: done\n- Attempts History:\n  * (none yet)\n')
      const headings = readFileSync(join(root, FIX_PLAN), 'utf8').split('\n').flatMap((text, at) => (text.startsWith('## [DATA-LOADER-002]') ? [at + 1] : []))
      assert.equal(headings.length, 2)
      lines = [headings[0], headings[1]]
    })

    it('attempt', () => refuse(['attempt', 'DATA-LOADER-002', '--body', 'x', '--yes'], duplicate(lines)))
    it('set', () => refuse(['set', 'DATA-LOADER-002', 'Status=done', '--yes'], duplicate(lines)))
    it('link (item target)', () => refuse(['link', '[DATA-LOADER-002]', '--finding', 'FORMAT-001', '--yes'], duplicate(lines)))
    it('archive --ids', () => refuse(['archive', '--ids', 'DATA-LOADER-002', '--yes'], duplicate(lines)))
  })

  describe('a 100,000-character ID is echoed cut to 80 characters', () => {
    it('show', () => refuse(['show', HUGE_ID], `planledger: Unknown ID \`${CUT_ID}\`\n`))
    it('attempt', () =>
      refuse(['attempt', HUGE_ID, '--body', 'x', '--yes'], `planledger: Unknown fix-plan item \`${CUT_ID}\` in docs/fix_plan.md\nhint: items: TEST-PYTORCH-001, INTEGRATE-PYTORCH-001, DATA-LOADER-002\n`))
    it('tick', () =>
      refuse(
        ['tick', PLAN, HUGE_ID, '--yes'],
        `planledger: Unknown row \`${CUT_ID}\` in plans/active/TEST-PYTORCH-001/implementation.md or plans/active/TEST-PYTORCH-001/reports/2025-10-19T193425Z/phase_d_hardening/plan.md\n` +
          'hint: known rows: A1, A2, A3, C1, C2, C3, D1, D2, …\n',
      ))
    it('tick PLAN (an initiative ID)', () =>
      refuse(
        ['tick', HUGE_ID, 'A1', '--yes'],
        `planledger: no plan for initiative \`${CUT_ID}\`: looked for plans/active/${CUT_ID}/implementation.md, plans/active/${CUT_ID}/plan.md and plans/active/${CUT_ID}.md\nhint: pass the plan file path instead\n`,
      ))
    it('a flag value oclif rejects', () =>
      refuse(['attempt', 'TEST-PYTORCH-001', '--body', 'x', '--result', HUGE_ID, '--yes'], `planledger: Expected ${('--result=' + HUGE_ID).slice(0, 79)}… to be one of: success, partial, failed\nhint: see \`planledger attempt --help\`\n`))
    it('link --finding', () =>
      refuse(['link', 'DATA-LOADER-002', '--finding', HUGE_ID, '--yes'], `planledger: Unknown finding \`${CUT_ID}\` (not in docs/findings.md)\nhint: add it first with \`planledger finding add\`\n`))
  })
})
