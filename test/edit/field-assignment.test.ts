import assert from 'node:assert/strict'
import {parseAssignments} from '../../src/edit/field-assignment.js'
import {UserError} from '../../src/errors.js'

function refusal(args: string[]): {message: string; hint?: string} {
  try {
    parseAssignments('T-1', args)
  } catch (error) {
    assert.ok(error instanceof UserError, String(error))
    assert.equal(error.exitCode, 2)
    return {message: error.message, hint: error.hint}
  }
  assert.fail(`accepted ${JSON.stringify(args)}`)
}

describe('parseAssignments (KEY=VALUE arguments of set)', () => {
  it('splits at the first `=`, trimming key and value', () => {
    assert.deepEqual(parseAssignments('T-1', ['Status=done', ' Notes = a=b ', 'Owner/Date=me/2026-11-29']), [
      {key: 'Status', value: 'done', argument: 'Status=done'},
      {key: 'Notes', value: 'a=b', argument: ' Notes = a=b '},
      {key: 'Owner/Date', value: 'me/2026-11-29', argument: 'Owner/Date=me/2026-11-29'},
    ])
  })

  it('refuses each malformed argument with a one-line message and a hint', () => {
    const form = 'write it as KEY=VALUE, e.g. Status=done'
    assert.deepEqual(refusal([]), {message: 'No KEY=VALUE given for T-1', hint: 'e.g. planledger set T-1 Status=done'})
    assert.deepEqual(refusal(['Status=done', 'Priority']), {message: 'Argument `Priority` is not KEY=VALUE', hint: form})
    assert.deepEqual(refusal(['=done']), {message: 'Argument `=done` has an empty key', hint: form})
    assert.deepEqual(refusal(['  =done']), {message: 'Argument `  =done` has an empty key', hint: form})
    assert.equal(refusal(['Notes=a\nb']).message, 'Unexpected line break (U+000A) in KEY=VALUE argument 1 at character 8, expected one line')
    assert.equal(refusal(['Status=done', 'Notes=a\r']).message, 'Unexpected line break (U+000D) in KEY=VALUE argument 2 at character 8, expected one line')
    assert.equal(refusal(['Status=  ']).message, 'Argument `Status=  ` has an empty value')
    assert.equal(refusal(['1st=x']).message, '`1st` cannot be a field key')
    assert.equal(refusal(['**Status**=x']).message, '`**Status**` cannot be a field key')
    assert.equal(refusal(['Attempts History=x']).message, '`Attempts History` is not set with planledger set')
  })

  it('refuses a key given twice, however it is spelled', () => {
    assert.deepEqual(refusal(['Status=done', 'status=blocked']), {message: 'Field `status` is given twice (`Status=done` and `status=blocked`)', hint: 'give each field once'})
    assert.equal(refusal(['Working Plan=a', 'working_plan=b']).message, 'Field `working_plan` is given twice (`Working Plan=a` and `working_plan=b`)')
  })
})
