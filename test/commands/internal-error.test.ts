import assert from 'node:assert/strict'

import type {Config} from '@oclif/core/config'

import Check from '../../src/commands/check.js'
import {ExitCode, InternalError, UserError} from '../../src/errors.js'

interface Captured {
  stdout: string
  stderr: string
  exitCode: number | string | undefined
}

// Runs BaseCommand.catch (what oclif calls when a command's run() throws) for `check`, with stdout,
// stderr and process.exitCode captured and restored, so the test runner's own output is untouched.
async function catchIn(error: unknown, argv: string[] = [], exitCodeBefore?: number): Promise<Captured> {
  const command = new Check(argv, {bin: 'planledger'} as unknown as Config)
  const captured: Captured = {stdout: '', stderr: '', exitCode: undefined}
  const {write: outWrite} = process.stdout
  const {write: errWrite} = process.stderr
  const savedExitCode = process.exitCode
  process.exitCode = exitCodeBefore
  process.stdout.write = ((chunk: string) => ((captured.stdout += chunk), true)) as typeof process.stdout.write
  process.stderr.write = ((chunk: string) => ((captured.stderr += chunk), true)) as typeof process.stderr.write
  try {
    await command.catch(error as Error)
  } finally {
    process.stdout.write = outWrite
    process.stderr.write = errWrite
    captured.exitCode = process.exitCode
    process.exitCode = savedExitCode
  }
  return captured
}

function overflowTheStack(): RangeError {
  const recurse = (n: number): number => recurse(n + 1) + 1
  try {
    recurse(0)
  } catch (error) {
    return error as RangeError
  }
  throw new Error('the stack did not overflow')
}

const HINT = 'hint: this is a bug in planledger; please report it with the command you ran and the stack below\n'

describe('an internal error (a bug) in a command', () => {
  it('has its own documented exit code, 3', () => {
    assert.equal(ExitCode.internal, 3)
    assert.deepEqual(new Set(Object.values(ExitCode)).size, Object.values(ExitCode).length)
  })

  it('a TypeError: "internal error" with its class, the report hint and the stack, exit 3', async () => {
    const error = new TypeError("Cannot read properties of undefined (reading 'cells')")
    const result = await catchIn(error)
    assert.equal(result.exitCode, 3)
    assert.equal(result.stdout, '')
    const [first, second, ...frames] = result.stderr.split(/(?<=\n)/)
    assert.equal(first, "planledger: internal error: TypeError: Cannot read properties of undefined (reading 'cells')\n")
    assert.equal(second, HINT)
    assert.ok(frames.length > 0, 'the stack frames follow')
    for (const frame of frames) assert.match(frame, /^ {4}at .+\n$/)
  })

  it('check never exits 1 for a crash: a stack overflow after problems were found still exits 3', async () => {
    const result = await catchIn(overflowTheStack(), [], 1)
    assert.equal(result.exitCode, 3)
    assert.ok(result.stderr.startsWith(`planledger: internal error: RangeError: Maximum call stack size exceeded\n${HINT}`), result.stderr)
  })

  it('an InternalError says only its message', async () => {
    const result = await catchIn(new InternalError('unexpected jsdiff line: "?x"'))
    assert.ok(result.stderr.startsWith(`planledger: internal error: unexpected jsdiff line: "?x"\n${HINT}`), result.stderr)
    assert.equal(result.exitCode, 3)
  })

  it('something thrown that is not an Error is still reported, with no stack to show', async () => {
    const result = await catchIn('a string')
    assert.equal(result.stderr, `planledger: internal error: a string\n${HINT}`)
    assert.equal(result.exitCode, 3)
  })

  it('a message carrying terminal controls is escaped, on one line', async () => {
    const result = await catchIn(new TypeError('bad \x1b[2J\u202e\nvalue'))
    assert.ok(result.stderr.startsWith('planledger: internal error: TypeError: bad \\x1B[2J\\u202E\\x0Avalue\n'), result.stderr)
  })

  it('under --json: the error object with "internal": true on stdout, the stack on stderr, exit 3', async () => {
    const result = await catchIn(new TypeError('boom'), ['--json'], 1)
    assert.equal(result.exitCode, 3)
    assert.deepEqual(JSON.parse(result.stdout), {
      error: {
        message: 'internal error: TypeError: boom',
        hint: 'this is a bug in planledger; please report it with the command you ran and the stack below',
        path: null,
        line: null,
        exitCode: 3,
        internal: true,
      },
    })
    assert.match(result.stderr, /^ {4}at /)
  })

  it('a user error stays a user error: its line, its hint, its exit code, "internal": false', async () => {
    const text = await catchIn(new UserError('Unknown ID `D1.X`', {hint: 'did you mean D1.A?'}))
    assert.deepEqual(text, {stdout: '', stderr: 'planledger: Unknown ID `D1.X`\nhint: did you mean D1.A?\n', exitCode: 2})
    const json = await catchIn(new UserError('Unknown ID `D1.X`'), ['--json'])
    assert.equal(JSON.parse(json.stdout).error.internal, false)
    assert.equal(json.exitCode, 2)
  })
})
