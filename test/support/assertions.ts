import assert from 'node:assert/strict'
import {UserError} from '../../src/errors.js'

/** Runs `action`, which must throw a UserError, and returns it. */
export function userErrorOf(action: () => unknown): UserError {
  try {
    action()
  } catch (error) {
    assert.ok(error instanceof UserError, `expected a UserError, got ${String(error)}`)
    return error
  }
  assert.fail('expected a UserError')
}

/** Awaits `promise`, which must reject with a UserError, and returns it. */
export async function rejectedUserError(promise: Promise<unknown>): Promise<UserError> {
  try {
    await promise
  } catch (error) {
    assert.ok(error instanceof UserError, `expected a UserError, got ${String(error)}`)
    return error
  }
  assert.fail('expected a UserError')
}

/** The one run of lines where `after` differs from `before` (common head and tail removed). */
export function changedRun(before: string, after: string): {removed: string[]; added: string[]} {
  const a = before.split('\n')
  const b = after.split('\n')
  let head = 0
  while (head < a.length && a[head] === b[head]) head++
  let tail = 0
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++
  return {removed: a.slice(head, a.length - tail), added: b.slice(head, b.length - tail)}
}
