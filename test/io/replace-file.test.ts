import assert from 'node:assert/strict'
import fs from 'node:fs'
import {hostname} from 'node:os'
import path from 'node:path'
import {FileChangedError, UserError} from '../../src/errors.js'
import {nodeFileSystem} from '../../src/io/file-system.js'
import {writeLedgerFile} from '../../src/io/locked-write.js'
import {readLedgerFile} from '../../src/io/read-ledger.js'
import {deadPid} from './helpers/dead-pid.js'
import {errnoError, faultyFileSystem, fullDiskWrite} from './helpers/faulty-fs.js'
import {holdLockAsOtherProcess} from './helpers/other-process-lock.js'
import {snapshot, useTempDir} from './helpers/temp-dir.js'

const BEFORE = `# Plan\n${'- [ ] a row of the plan, long enough to need several writes\n'.repeat(200)}`
const AFTER = `${BEFORE}- [ ] one more\n`

/** Asserts a one-line UserError with exit code 2 whose message contains `part`. */
async function expectExit2(run: Promise<unknown>, part: string): Promise<void> {
  await assert.rejects(run, (error: unknown) => {
    assert.ok(error instanceof UserError, `expected UserError, got ${String(error)}`)
    assert.equal(error.exitCode, 2)
    assert.ok(error.message.includes(part), error.message)
    assert.ok(!error.message.includes('\n'))
    return true
  })
}

describe('io/writeLedgerFile through the file-system seam', () => {
  const tmp = useTempDir()
  const ledger = (): string => {
    const p = path.join(tmp.dir, 'PLAN.md')
    fs.writeFileSync(p, BEFORE)
    return p
  }

  it('writes every byte when write(2) returns short counts', async () => {
    const p = ledger()
    const writeSync = (fd: number, buffer: Uint8Array, offset: number, length: number, position: number): number =>
      nodeFileSystem.writeSync(fd, buffer, offset, Math.min(length, 7), position)
    await writeLedgerFile(await readLedgerFile(p), AFTER, {fileSystem: faultyFileSystem({writeSync})})
    assert.equal(fs.readFileSync(p, 'utf8'), AFTER)
    assert.deepEqual(fs.readdirSync(tmp.dir), ['PLAN.md'])
  })

  it('a nearly full disk (short write, then ENOSPC): exit 2, original identical, no temp file', async () => {
    const p = ledger()
    const before = snapshot(p)
    await expectExit2(writeLedgerFile(await readLedgerFile(p), AFTER, {fileSystem: faultyFileSystem({writeSync: fullDiskWrite(4096)})}), `cannot write ${p}: no space left on device; nothing written`)
    assert.equal(snapshot(p), before)
    assert.deepEqual(fs.readdirSync(tmp.dir), ['PLAN.md'])
  })

  it('a write that makes no progress without an error: exit 2, no temp file', async () => {
    const p = ledger()
    await expectExit2(writeLedgerFile(await readLedgerFile(p), AFTER, {fileSystem: faultyFileSystem({writeSync: () => 0})}), 'input/output error')
    assert.equal(fs.readFileSync(p, 'utf8'), BEFORE)
    assert.deepEqual(fs.readdirSync(tmp.dir), ['PLAN.md'])
  })

  it('a write that claims more than it wrote is caught by the read-back: exit 2, no temp file', async () => {
    const p = ledger()
    const writeSync = (fd: number, buffer: Uint8Array, offset: number, length: number, position: number): number => {
      nodeFileSystem.writeSync(fd, buffer, offset, Math.min(length, 4096), position)
      return length
    }
    await expectExit2(writeLedgerFile(await readLedgerFile(p), AFTER, {fileSystem: faultyFileSystem({writeSync})}), `the temp file holds 4096 bytes that differ from the ${Buffer.byteLength(AFTER)} written`)
    assert.equal(fs.readFileSync(p, 'utf8'), BEFORE)
    assert.deepEqual(fs.readdirSync(tmp.dir), ['PLAN.md'])
  })

  it('a failing fsync: exit 2, no temp file', async () => {
    const p = ledger()
    await expectExit2(writeLedgerFile(await readLedgerFile(p), AFTER, {fileSystem: faultyFileSystem({fsyncSync: () => {
      throw errnoError('EIO')
    }})}), 'input/output error')
    assert.equal(fs.readFileSync(p, 'utf8'), BEFORE)
    assert.deepEqual(fs.readdirSync(tmp.dir), ['PLAN.md'])
  })

  it('refuses a read-only (0444) ledger, even as root: exit 2, untouched', async () => {
    const p = ledger()
    fs.chmodSync(p, 0o444)
    const before = snapshot(p)
    await expectExit2(writeLedgerFile(await readLedgerFile(p), AFTER), `cannot write ${p}: it is read-only; nothing written`)
    assert.equal(snapshot(p), before)
    assert.deepEqual(fs.readdirSync(tmp.dir), ['PLAN.md'])
  })

  it('checks the target once more after the temp file is written: a line appended meanwhile is kept, nothing written', async () => {
    const p = ledger()
    const loaded = await readLedgerFile(p)
    // The foreign writer strikes while planledger syncs its temp file.
    const fsyncSync = (fd: number): void => {
      nodeFileSystem.fsyncSync(fd)
      fs.appendFileSync(p, 'appended by someone else\n')
    }
    await assert.rejects(writeLedgerFile(loaded, AFTER, {fileSystem: faultyFileSystem({fsyncSync})}), FileChangedError)
    assert.equal(fs.readFileSync(p, 'utf8'), `${BEFORE}appended by someone else\n`)
    assert.deepEqual(fs.readdirSync(tmp.dir), ['PLAN.md'])
  })

  it('carries over what a foreign `>>` appends to the old file in the last gap before the rename, and just after it', async () => {
    const p = ledger()
    let appenderFd: number | undefined
    const fileSystem = faultyFileSystem({
      renameSync: (from, to) => {
        // The appender strikes after the last check: one line before the rename, one through a
        // descriptor it opened before the rename (so it lands in the old, replaced file).
        fs.appendFileSync(p, 'appended in the gap\n')
        appenderFd = fs.openSync(p, 'a')
        nodeFileSystem.renameSync(from, to)
        fs.writeSync(appenderFd, 'appended just after the rename\n')
      },
    })
    try {
      await writeLedgerFile(await readLedgerFile(p), AFTER, {fileSystem})
    } finally {
      if (appenderFd !== undefined) fs.closeSync(appenderFd)
    }
    assert.equal(fs.readFileSync(p, 'utf8'), `${AFTER}appended in the gap\nappended just after the rename\n`)
    assert.deepEqual(fs.readdirSync(tmp.dir), ['PLAN.md'])
  })

  it('a plain write with no foreign appender leaves exactly the new text', async () => {
    const p = ledger()
    await writeLedgerFile(await readLedgerFile(p), AFTER)
    assert.equal(fs.readFileSync(p, 'utf8'), AFTER)
  })

  describe('leftovers of killed runs', () => {
    it('removes planledger temp files of dead processes beside the target, keeps live ones and foreign files', async () => {
      const p = ledger()
      const dead = `.PLAN.md.planledger-${deadPid()}-0badc0de.tmp`
      const live = `.PLAN.md.planledger-${process.pid}-0badc0de.tmp`
      const other = '.PLAN.md.swp'
      const otherTarget = `.NOTES.md.planledger-${deadPid()}-0badc0de.tmp`
      for (const name of [dead, live, other, otherTarget]) fs.writeFileSync(path.join(tmp.dir, name), 'half a ledger')
      await writeLedgerFile(await readLedgerFile(p), AFTER)
      assert.deepEqual(fs.readdirSync(tmp.dir).sort(), [other, live, otherTarget, 'PLAN.md'].sort())
    })

    it('takes over at once a lock whose owner process is dead', async () => {
      const p = ledger()
      fs.mkdirSync(`${p}.lock`)
      fs.writeFileSync(`${p}.lock/owner.${deadPid()}.abc`, `${hostname()}\n`)
      const started = Date.now()
      await writeLedgerFile(await readLedgerFile(p), AFTER, {lockWaitMs: 30_000})
      assert.ok(Date.now() - started < 5_000, 'took the dead lock over without waiting for it')
      assert.equal(fs.readFileSync(p, 'utf8'), AFTER)
      assert.deepEqual(fs.readdirSync(tmp.dir), ['PLAN.md'])
    })

    it('waits for a lock whose owner is alive, and refuses (exit 1) after the wait', async () => {
      const p = ledger()
      holdLockAsOtherProcess(p)
      await assert.rejects(writeLedgerFile(await readLedgerFile(p), AFTER, {lockWaitMs: 300}), (error: UserError) => error.exitCode === 1 && /is locked by another planledger process/.test(error.message))
      assert.equal(fs.readFileSync(p, 'utf8'), BEFORE)
    })

    it("takes over another host's lock only once it is older than staleLockMs", async () => {
      const p = ledger()
      fs.mkdirSync(`${p}.lock`)
      const owner = `${p}.lock/owner.1.abc`
      fs.writeFileSync(owner, 'some-other-host\n')
      await assert.rejects(writeLedgerFile(await readLedgerFile(p), AFTER, {lockWaitMs: 200, staleLockMs: 60_000}))
      const old = new Date(Date.now() - 120_000)
      fs.utimesSync(owner, old, old)
      await writeLedgerFile(await readLedgerFile(p), AFTER, {lockWaitMs: 200, staleLockMs: 60_000})
      assert.equal(fs.readFileSync(p, 'utf8'), AFTER)
    })
  })
})
