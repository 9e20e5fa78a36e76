import {renderDiff} from '../../src/render/diff-preview.js'
import assert from 'node:assert/strict'

import {ExitCode, UserError, WriteRefusedError} from '../../src/errors.js'
import {applyChanges, type ApplyMode, type ApplyPorts, type PlannedChange} from '../../src/app/apply-change.js'

/** Collects what the command would print. */
class SpyOutput {
  readonly previews: string[] = []
  readonly show = (text: string): void => {
    this.previews.push(text)
  }
}

/** Answers every question with a fixed reply and records the questions. */
class FakeConfirm {
  readonly questions: string[] = []
  constructor(private readonly answer: boolean) {}
  readonly ask = async (question: string): Promise<boolean> => {
    this.questions.push(question)
    return this.answer
  }
}

/** Records the order of writes across all changes. */
class WriteLog {
  readonly written: string[] = []
  change(path: string, before: string, after: string): PlannedChange {
    return {
      path,
      before,
      after,
      write: async () => {
        this.written.push(path)
      },
    }
  }
}

interface Harness {
  output: SpyOutput
  confirm: FakeConfirm
  ports: ApplyPorts
}

function harness(options: {interactive: boolean; answer?: boolean; color?: boolean}): Harness {
  const output = new SpyOutput()
  const confirm = new FakeConfirm(options.answer ?? false)
  const ports: ApplyPorts = {
    interactive: options.interactive,
    color: options.color ?? false,
    renderDiff,
    showPreview: output.show,
    confirm: confirm.ask,
  }
  return {output, confirm, ports}
}

const NEITHER: ApplyMode = {yes: false, dryRun: false}
const YES: ApplyMode = {yes: true, dryRun: false}
const DRY_RUN: ApplyMode = {yes: false, dryRun: true}

const PLAN_DIFF = '--- a/PLAN.md\n+++ b/PLAN.md\n@@ -1,1 +1,1 @@\n-- [ ] D1\n+- [x] D1\n'
const LOG_DIFF = '--- a/LOG.md\n+++ b/LOG.md\n@@ -1,1 +1,2 @@\n # Log\n+- done D1\n'

function twoChanges(log: WriteLog): PlannedChange[] {
  return [log.change('PLAN.md', '- [ ] D1\n', '- [x] D1\n'), log.change('LOG.md', '# Log\n', '# Log\n- done D1\n')]
}

describe('applyChanges', () => {
  describe('nothing to do', () => {
    for (const [name, mode] of [
      ['no flags', NEITHER],
      ['--yes', YES],
      ['--dry-run', DRY_RUN],
    ] as const) {
      it(`is 'unchanged' with ${name}: nothing shown, asked or written`, async () => {
        const log = new WriteLog()
        const {output, confirm, ports} = harness({interactive: true, answer: true})
        const result = await applyChanges([log.change('PLAN.md', 'same\n', 'same\n')], mode, ports)
        assert.deepEqual(result, {outcome: 'unchanged', diff: '', files: []})
        assert.deepEqual(output.previews, [])
        assert.deepEqual(confirm.questions, [])
        assert.deepEqual(log.written, [])
      })
    }

    it("is 'unchanged' for an empty list, even without a terminal", async () => {
      const {output, ports} = harness({interactive: false})
      assert.deepEqual(await applyChanges([], NEITHER, ports), {outcome: 'unchanged', diff: '', files: []})
      assert.deepEqual(output.previews, [])
    })

    it('drops unchanged files from the preview, the writes and the file list', async () => {
      const log = new WriteLog()
      const {output, ports} = harness({interactive: false})
      const changes = [log.change('SAME.md', 'x\n', 'x\n'), log.change('PLAN.md', '- [ ] D1\n', '- [x] D1\n')]
      const result = await applyChanges(changes, YES, ports)
      assert.deepEqual(result, {outcome: 'written', diff: PLAN_DIFF, files: ['PLAN.md']})
      assert.deepEqual(output.previews, [PLAN_DIFF])
      assert.deepEqual(log.written, ['PLAN.md'])
    })
  })

  describe('--dry-run', () => {
    for (const interactive of [true, false]) {
      it(`previews and writes nothing (interactive: ${interactive})`, async () => {
        const log = new WriteLog()
        const {output, confirm, ports} = harness({interactive, answer: true})
        const result = await applyChanges(twoChanges(log), DRY_RUN, ports)
        assert.deepEqual(result, {outcome: 'dry-run', diff: PLAN_DIFF + LOG_DIFF, files: ['PLAN.md', 'LOG.md']})
        assert.deepEqual(output.previews, [PLAN_DIFF + LOG_DIFF])
        assert.deepEqual(confirm.questions, [])
        assert.deepEqual(log.written, [])
      })
    }
  })

  describe('--yes', () => {
    for (const interactive of [true, false]) {
      it(`previews then writes every change in order without asking (interactive: ${interactive})`, async () => {
        const log = new WriteLog()
        const {output, confirm, ports} = harness({interactive})
        const result = await applyChanges(twoChanges(log), YES, ports)
        assert.deepEqual(result, {outcome: 'written', diff: PLAN_DIFF + LOG_DIFF, files: ['PLAN.md', 'LOG.md']})
        assert.deepEqual(output.previews, [PLAN_DIFF + LOG_DIFF])
        assert.deepEqual(confirm.questions, [])
        assert.deepEqual(log.written, ['PLAN.md', 'LOG.md'])
      })
    }

    it('waits for each write before starting the next', async () => {
      const events: string[] = []
      const slow = (path: string): PlannedChange => ({
        path,
        before: 'a\n',
        after: 'b\n',
        write: async () => {
          events.push(`start ${path}`)
          await new Promise((resolve) => setTimeout(resolve, 5))
          events.push(`end ${path}`)
        },
      })
      await applyChanges([slow('A.md'), slow('B.md')], YES, harness({interactive: false}).ports)
      assert.deepEqual(events, ['start A.md', 'end A.md', 'start B.md', 'end B.md'])
    })

    it('stops at a failing write and propagates its error', async () => {
      const log = new WriteLog()
      const failing: PlannedChange = {
        path: 'BAD.md',
        before: 'a\n',
        after: 'b\n',
        write: async () => {
          throw new Error('disk full')
        },
      }
      const changes = [log.change('A.md', 'a\n', 'b\n'), failing, log.change('C.md', 'a\n', 'b\n')]
      await assert.rejects(applyChanges(changes, YES, harness({interactive: false}).ports), /disk full/)
      assert.deepEqual(log.written, ['A.md'])
    })
  })

  describe('interactive, no flags', () => {
    it('asks "Apply? [y/N]" once after the preview, and writes on yes', async () => {
      const log = new WriteLog()
      const {output, confirm, ports} = harness({interactive: true, answer: true})
      const seenAtConfirm: number[] = []
      ports.confirm = async (question) => {
        seenAtConfirm.push(output.previews.length)
        return confirm.ask(question)
      }
      const result = await applyChanges(twoChanges(log), NEITHER, ports)
      assert.deepEqual(result, {outcome: 'written', diff: PLAN_DIFF + LOG_DIFF, files: ['PLAN.md', 'LOG.md']})
      assert.deepEqual(confirm.questions, ['Apply? [y/N]'])
      assert.deepEqual(seenAtConfirm, [1])
      assert.deepEqual(log.written, ['PLAN.md', 'LOG.md'])
    })

    it("is 'declined' on no, with nothing written", async () => {
      const log = new WriteLog()
      const {output, confirm, ports} = harness({interactive: true, answer: false})
      const result = await applyChanges(twoChanges(log), NEITHER, ports)
      assert.deepEqual(result, {outcome: 'declined', diff: PLAN_DIFF + LOG_DIFF, files: ['PLAN.md', 'LOG.md']})
      assert.deepEqual(output.previews, [PLAN_DIFF + LOG_DIFF])
      assert.deepEqual(confirm.questions, ['Apply? [y/N]'])
      assert.deepEqual(log.written, [])
    })
  })

  describe('not a terminal, no flags', () => {
    it('refuses with WriteRefusedError (exit 1) and a hint, never prompting or writing', async () => {
      const log = new WriteLog()
      const {output, confirm, ports} = harness({interactive: false, answer: true})
      await assert.rejects(applyChanges(twoChanges(log), NEITHER, ports), (error: unknown) => {
        assert.ok(error instanceof WriteRefusedError)
        assert.equal(error.message, 'not applied: stdin is not a terminal and neither --yes nor --dry-run was given')
        assert.equal(error.hint, 're-run with --yes to apply, or --dry-run to only preview')
        assert.equal(error.exitCode, ExitCode.refused)
        return true
      })
      assert.deepEqual(confirm.questions, [])
      assert.deepEqual(log.written, [])
      // The preview still shows what would have changed.
      assert.deepEqual(output.previews, [PLAN_DIFF + LOG_DIFF])
    })
  })

  describe('--yes with --dry-run', () => {
    for (const changed of [true, false]) {
      it(`is a usage error (exit 2) before anything happens (changes: ${changed})`, async () => {
        const log = new WriteLog()
        const {output, confirm, ports} = harness({interactive: true, answer: true})
        const changes = changed ? twoChanges(log) : []
        await assert.rejects(applyChanges(changes, {yes: true, dryRun: true}, ports), (error: unknown) => {
          assert.ok(error instanceof UserError)
          assert.ok(!(error instanceof WriteRefusedError))
          assert.equal(error.message, '--yes and --dry-run cannot be used together')
          assert.equal(error.exitCode, ExitCode.usage)
          return true
        })
        assert.deepEqual(output.previews, [])
        assert.deepEqual(confirm.questions, [])
        assert.deepEqual(log.written, [])
      })
    }
  })

  describe('color', () => {
    it('colors the preview when ports.color is set, but never the returned diff', async () => {
      const log = new WriteLog()
      const {output, ports} = harness({interactive: false, color: true})
      const result = await applyChanges(twoChanges(log), DRY_RUN, ports)
      assert.equal(result.diff, PLAN_DIFF + LOG_DIFF)
      assert.equal(output.previews.length, 1)
      assert.match(output.previews[0]!, /\x1b\[31m-- \[ \] D1\x1b\[39m/)
      assert.equal(output.previews[0]!.replace(/\x1b\[\d+m/g, ''), result.diff)
    })

    it('shows no ANSI codes when ports.color is off', async () => {
      const {output, ports} = harness({interactive: false, color: false})
      await applyChanges(twoChanges(new WriteLog()), DRY_RUN, ports)
      assert.equal(output.previews[0]!.includes('\x1b'), false)
    })
  })

  it('escapes untrusted content in the preview and the returned diff', async () => {
    const {output, ports} = harness({interactive: false})
    const result = await applyChanges([new WriteLog().change('P.md', 'a\n', '\x1b]0;pwned\x07\u202e\n')], DRY_RUN, ports)
    const expected = '--- a/P.md\n+++ b/P.md\n@@ -1,1 +1,1 @@\n-a\n+\\x1B]0;pwned\\x07\\u202E\n'
    assert.equal(result.diff, expected)
    assert.deepEqual(output.previews, [expected])
  })
})
