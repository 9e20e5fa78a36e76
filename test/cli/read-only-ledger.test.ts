import assert from 'node:assert/strict'
import {chmodSync, readFileSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {leftovers} from '../stress/run-planledger.js'
import {FIX_PLAN, itemId, makeStressRepo, removeStressRepo} from '../stress/stress-repo.js'
import {runCli} from './run-cli.js'

describe('planledger on a read-only (0444) ledger', () => {
  let root = ''
  beforeEach(() => {
    root = makeStressRepo()
  })
  afterEach(() => removeStressRepo(root))

  it('refuses to replace it, even as root: exit 2, "read-only", the file and its mode untouched', async () => {
    const path = join(root, FIX_PLAN)
    chmodSync(path, 0o444)
    const before = readFileSync(path)
    const result = await runCli(['attempt', itemId(1), '--body', 'never written.', '--yes'], {cwd: root})
    assert.equal(result.exitCode, 2, result.stderr)
    assert.match(result.stderr, /^planledger: cannot write docs\/fix_plan\.md: it is read-only; nothing written\nhint: make it writable first \(chmod u\+w docs\/fix_plan\.md\)/)
    assert.ok(readFileSync(path).equals(before))
    assert.equal(statSync(path).mode & 0o777, 0o444)
    assert.deepEqual(leftovers(join(root, 'docs')), [])
  })
})
