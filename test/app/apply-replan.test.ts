import {renderDiff} from '../../src/render/diff-preview.js'
import assert from 'node:assert/strict'
import {applyPlanned, MAX_REPLANS, type ApplyPorts, type PlannedChange} from '../../src/app/apply-change.js'
import {FileChangedError, WriteRefusedError} from '../../src/errors.js'

/** A file on a fake disk that other "processes" change behind the command's back. */
class FakeFile {
  text: string
  locked = false
  readonly events: string[] = []
  constructor(text: string) {
    this.text = text
  }

  /** Plans "append `line`" against the file as it is now, like a command's planner. */
  plan(line: string): {change: PlannedChange; base: string} {
    const base = this.text
    const change: PlannedChange = {
      path: 'PLAN.md',
      before: base,
      after: `${base}${line}\n`,
      isCurrent: async () => this.text === base,
      write: async () => {
        if (this.text !== base) throw new FileChangedError('PLAN.md changed since planledger read it; nothing written')
        this.events.push(`write (locked: ${this.locked})`)
        this.text = `${base}${line}\n`
      },
    }
    return {change, base}
  }
}

function ports(file: FakeFile, answers: boolean[] = []): ApplyPorts & {previews: string[]; questions: number} {
  const state = {
    previews: [] as string[],
    questions: 0,
    interactive: answers.length > 0,
    color: false,
    renderDiff,
    showPreview: (text: string) => state.previews.push(text),
    confirm: async () => {
      state.questions++
      file.events.push(`ask (locked: ${file.locked})`)
      return answers.shift() ?? false
    },
    lockFiles: async (paths: string[]) => {
      assert.deepEqual(paths, ['PLAN.md'])
      file.locked = true
      file.events.push('lock')
      return async () => {
        file.locked = false
        file.events.push('release')
      }
    },
  }
  return state
}

const YES = {yes: true, dryRun: false}
const ASK = {yes: false, dryRun: false}

describe('applyPlanned: re-planning when the file changed since it was read', () => {
  it('--yes: plans again under the lock and writes the new plan, whose diff is shown and returned', async () => {
    const file = new FakeFile('a\n')
    const first = file.plan('mine')
    file.text = 'a\nsomeone else\n'
    const replans: boolean[] = []
    const io = ports(file)
    const {planned, result} = await applyPlanned(first, {replan: async () => (replans.push(file.locked), file.plan('mine')), changesOf: (p) => [p.change]}, YES, io)
    assert.deepEqual(replans, [true], 'planned again once, while holding the lock')
    assert.equal(file.text, 'a\nsomeone else\nmine\n')
    assert.equal(planned.base, 'a\nsomeone else\n')
    assert.equal(result.outcome, 'written')
    assert.match(result.diff, /someone else/)
    assert.equal(io.previews.length, 3, 'first diff, the note that the file changed, the new diff')
    assert.match(io.previews[1]!, /^PLAN\.md changed since planledger read it; the change is now:/)
    assert.deepEqual(file.events, ['lock', 'write (locked: true)', 'release'])
  })

  it('--yes: a change caught only by the writer\'s last check is planned again too', async () => {
    const file = new FakeFile('a\n')
    const first = file.plan('mine')
    first.change.isCurrent = async () => true // the change lands between our check and the writer's
    file.text = 'a\nb\n'
    const {result} = await applyPlanned(first, {replan: async () => file.plan('mine'), changesOf: (p) => [p.change]}, YES, ports(file))
    assert.equal(result.outcome, 'written')
    assert.equal(file.text, 'a\nb\nmine\n')
  })

  it('interactive: shows the new diff and asks again, without holding the lock while asking', async () => {
    const file = new FakeFile('a\n')
    const first = file.plan('mine')
    const io = ports(file, [true, true])
    const replan = async (): Promise<{change: PlannedChange; base: string}> => file.plan('mine')
    // Someone writes while the person reads the first diff.
    const confirm = io.confirm
    io.confirm = async (question) => {
      const answer = await confirm(question)
      if (io.questions === 1) file.text = 'a\nb\n'
      return answer
    }
    const {result} = await applyPlanned(first, {replan, changesOf: (p) => [p.change]}, ASK, io)
    assert.equal(result.outcome, 'written')
    assert.equal(file.text, 'a\nb\nmine\n')
    assert.deepEqual(file.events, ['ask (locked: false)', 'lock', 'release', 'ask (locked: false)', 'lock', 'write (locked: true)', 'release'])
  })

  it('interactive: a no to the new diff writes nothing', async () => {
    const file = new FakeFile('a\n')
    const first = file.plan('mine')
    file.text = 'a\nb\n'
    const {result} = await applyPlanned(first, {replan: async () => file.plan('mine'), changesOf: (p) => [p.change]}, ASK, ports(file, [true, false]))
    assert.equal(result.outcome, 'declined')
    assert.equal(file.text, 'a\nb\n')
  })

  it("is 'unchanged' when the new plan has nothing left to do", async () => {
    const file = new FakeFile('a\n')
    const first = file.plan('mine')
    file.text = 'a\nmine\n'
    const nothing = (): {change: PlannedChange; base: string} => ({change: {...file.plan('').change, after: file.text}, base: file.text})
    const {result} = await applyPlanned(first, {replan: async () => nothing(), changesOf: (p) => [p.change]}, YES, ports(file))
    assert.equal(result.outcome, 'unchanged')
    assert.equal(file.text, 'a\nmine\n')
  })

  it(`refuses (exit 1) a file that changes under every one of ${MAX_REPLANS} re-plans`, async () => {
    const file = new FakeFile('a\n')
    const first = file.plan('mine')
    let n = 0
    const replan = async (): Promise<{change: PlannedChange; base: string}> => {
      const planned = file.plan('mine')
      file.text += `noise ${++n}\n`
      return planned
    }
    file.text += 'noise 0\n'
    await assert.rejects(applyPlanned(first, {replan, changesOf: (p) => [p.change]}, YES, ports(file)), (error: unknown) => {
      assert.ok(error instanceof WriteRefusedError)
      assert.equal(error.exitCode, 1)
      assert.match(error.message, /kept changing/)
      return true
    })
    assert.equal(n, MAX_REPLANS)
    assert.ok(!file.text.includes('mine'))
  })

  it('without re-planning, a changed file is refused as before (exit 1)', async () => {
    const file = new FakeFile('a\n')
    const first = file.plan('mine')
    file.text = 'a\nb\n'
    await assert.rejects(applyPlanned([first.change], undefined, YES, ports(file)), FileChangedError)
    assert.equal(file.text, 'a\nb\n')
  })
})
