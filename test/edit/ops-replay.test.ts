import assert from 'node:assert/strict'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {replayOperations} from '../support/ops-replay.js'

const BLOCKS = readFileSync(new URL('../fixtures/field/blocks.md', import.meta.url), 'utf8')

/** Writes the versions as 001.md, 002.md… and replays them. */
function replay(...versions: string[]) {
  const folder = mkdtempSync(join(tmpdir(), 'ops-replay-'))
  try {
    versions.forEach((text, at) => writeFileSync(join(folder, `${String(at + 1).padStart(3, '0')}.md`), text))
    return replayOperations(folder)
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
}

const edit = (text: string, from: string, to: string) => {
  assert.ok(text.includes(from), `fixture lacks ${JSON.stringify(from)}`)
  return text.replace(from, to)
}

describe('ops replay: classifying a pair and replaying it with the commands', () => {
  it('a pair with no edits has no operations', () => {
    assert.deepEqual(replay(BLOCKS, BLOCKS), [])
  })

  it('reproduces a header value, an added entry, an amended attempt and a status with a reason', () => {
    let after = edit(BLOCKS, '**Last Updated:** 2026-11-20', '**Last Updated:** 2026-11-22')
    after = edit(after, '  - [ ] Ship it\n', '  - [ ] Ship it\n  - [ ] Announce it\n')
    after = edit(after, '  * [2026-11-19] Attempt #4 — Phase D opened.\n', '  * [2026-11-19] Attempt #4 — Phase D opened.\n    Profiling waits on the D1 runner.\n')
    after = edit(after, '- Status: pending\n- Next Actions:\n    *', '- Status: blocked — the loader bug needs a repro\n- Next Actions:\n    *')
    const results = replay(BLOCKS, after)
    assert.deepEqual(results.map((result) => [result.operation.kind, result.outcome]).sort(), [
      ['amend', 'reproduced'],
      ['field-add', 'reproduced'],
      ['header', 'reproduced'],
      ['status', 'reproduced'],
    ])
  })

  it('a rewritten block is a field-set; a changed entry that is not marked done is not a done-mark', () => {
    const after = edit(BLOCKS, '- Exit Criteria:\n  Plain prose with no list,\n  two lines of it.', '- Exit Criteria:\n  Other prose,\n  still two lines.')
    const results = replay(BLOCKS, after)
    assert.deepEqual(results.map((result) => [result.operation.kind, result.outcome]), [['field-set', 'reproduced']])
  })

  it('a new field with a list under it is replayed as set KEY=… then field --set-file', () => {
    const after = edit(BLOCKS, '  Plain prose with no list,\n  two lines of it.', '  Plain prose with no list,\n  two lines of it.\n- Notes:\n  - one\n  - two')
    const results = replay(BLOCKS, after)
    assert.deepEqual(results.map((result) => [result.operation.kind, result.outcome]), [['field-new', 'reproduced']])
  })

  it('an entry marked done is a field-done with its position, written in the block style', () => {
    const after = edit(BLOCKS, '  - [ ] Review the plan', '  - [x] Review the plan')
    const [result, ...rest] = replay(BLOCKS, after)
    assert.equal(rest.length, 0)
    assert.deepEqual(result.operation, {kind: 'field-done', item: 'BOX-003', key: 'Next Actions', position: 2})
    assert.equal(result.outcome, 'reproduced', result.detail)
  })

  it('a new item is replayed with item add (its first line and place); a replay that writes other text is counted as differing', () => {
    let after = `${BLOCKS.trimEnd()}\n\n## [NEW-004] Added by hand\n- Status: pending\n`
    after = edit(after, '  - [ ] Ship it\n', '  - [ ] Ship it\n\n  - [ ] Announce it\n')
    const outcomes = replay(BLOCKS, after).map((result) => [result.operation.kind, result.outcome])
    assert.deepEqual(outcomes.sort(), [['field-add', 'differs'], ['new-item', 'reproduced']])
  })

  it('lines outside the header, the items and the histories are counted once per pair, as not expressible', () => {
    const after = edit(BLOCKS, '# Fix Plan Ledger\n', '# Fix Plan Ledger (renamed)\n\nA note nobody owns.\n')
    const results = replay(BLOCKS, after)
    assert.deepEqual(results.map((result) => [result.operation, result.outcome]), [[{kind: 'outside-items', lines: 3}, 'not-expressible']])
  })
})
