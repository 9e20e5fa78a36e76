import assert from 'node:assert/strict'
import {spawn} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {WriteRefusedError} from '../../src/errors.js'
import {writeLedgerFile} from '../../src/io/locked-write.js'
import {readLedgerFile} from '../../src/io/read-ledger.js'
import {CONTENT_A, CONTENT_B} from './helpers/kill-contents.js'
import {holdLockAsOtherProcess} from './helpers/other-process-lock.js'
import {useTempDir} from './helpers/temp-dir.js'

const WRITE_LOOP = fileURLToPath(new URL('./helpers/write-loop.ts', import.meta.url))
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** Starts the write loop on `file`, waits for its first completed write, then SIGKILLs it `delayMs` later. */
function runAndKill(file: string, delayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITE_LOOP, file], {cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe']})
    let stderr = ''
    let ready = false
    // A dead owner's lock is taken over at once, so only start-up (tsx, seconds on a loaded machine)
    // comes before the first write; a lock that blocked would hold it for the whole 60 s lock wait.
    const giveUp = setTimeout(() => child.kill('SIGKILL'), 20_000)
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout.on('data', (chunk: Buffer) => {
      if (ready || !chunk.toString().includes('ready')) return
      ready = true
      setTimeout(() => child.kill('SIGKILL'), delayMs)
    })
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      clearTimeout(giveUp)
      if (ready && signal === 'SIGKILL') resolve()
      else if (!ready) reject(new Error(`write loop made no write within 20 s (code ${code}, signal ${signal}):\n${stderr}`))
      else reject(new Error(`write loop exited by itself (code ${code}, signal ${signal}):\n${stderr}`))
    })
  })
}

/** Asserts a WriteRefusedError (exit code 1) with this exact message. */
async function expectRefused(run: Promise<unknown>, message: string, hint?: string): Promise<void> {
  await assert.rejects(run, (err: unknown) => {
    assert.ok(err instanceof WriteRefusedError, `expected WriteRefusedError, got ${String(err)}`)
    assert.equal(err.message, message)
    assert.equal(err.exitCode, 1)
    if (hint !== undefined) assert.equal(err.hint, hint)
    return true
  })
}

describe('io/writeLedgerFile', () => {
  const tmp = useTempDir()
  const ledger = (text = '# Plan\r\n- [ ] one\r\n'): string => {
    const p = path.join(tmp.dir, 'PLAN.md')
    fs.writeFileSync(p, text)
    return p
  }

  it('writes the new text and leaves no lock or temp file behind', async () => {
    const p = ledger()
    const loaded = await readLedgerFile(p)
    assert.equal(await writeLedgerFile(loaded, '\uFEFF# Plan\r\n- [x] one\r\n'), true)
    assert.equal(fs.readFileSync(p, 'utf8'), '\uFEFF# Plan\r\n- [x] one\r\n')
    assert.deepEqual(fs.readdirSync(tmp.dir), ['PLAN.md'])
  })

  it('replaces the file by rename (new inode) instead of rewriting it in place', async () => {
    const p = ledger()
    const before = fs.statSync(p).ino
    await writeLedgerFile(await readLedgerFile(p), '# Plan\n')
    assert.notEqual(fs.statSync(p).ino, before)
  })

  it('writes through a symlink to its target and keeps the link a link', async () => {
    const target = ledger()
    const link = path.join(tmp.dir, 'link.md')
    fs.symlinkSync('PLAN.md', link)
    const loaded = await readLedgerFile(link)
    assert.equal(await writeLedgerFile(loaded, '# Plan\r\n- [x] one\r\n'), true)
    assert.ok(fs.lstatSync(link).isSymbolicLink())
    assert.equal(fs.readlinkSync(link), 'PLAN.md')
    assert.equal(fs.readFileSync(target, 'utf8'), '# Plan\r\n- [x] one\r\n')
    assert.deepEqual(fs.readdirSync(tmp.dir).sort(), ['PLAN.md', 'link.md'])
  })

  it('keeps the file mode', async () => {
    const p = ledger()
    fs.chmodSync(p, 0o640)
    await writeLedgerFile(await readLedgerFile(p), '# Plan\n')
    assert.equal(fs.statSync(p).mode & 0o7777, 0o640)
  })

  it('returns false and touches nothing when the text is unchanged', async () => {
    const p = ledger()
    const past = new Date('2020-01-02T03:04:05Z')
    fs.utimesSync(p, past, past)
    const before = fs.statSync(p)
    const loaded = await readLedgerFile(p)
    assert.equal(await writeLedgerFile(loaded, loaded.text), false)
    const after = fs.statSync(p)
    assert.equal(after.mtimeMs, before.mtimeMs)
    assert.equal(after.ino, before.ino)
    assert.deepEqual(fs.readdirSync(tmp.dir), ['PLAN.md'])
  })

  describe('refuses when the file changed after it was read', () => {
    const changedMessage = (p: string): string => `${p} changed since planledger read it; nothing written`

    it('content modified by someone else', async () => {
      const p = ledger()
      const loaded = await readLedgerFile(p)
      fs.writeFileSync(p, '# Plan\r\n- [ ] one\r\n- [ ] two added by a human\r\n')
      await expectRefused(writeLedgerFile(loaded, '# ours\n'), changedMessage(p), 're-run the command to apply it to the current file')
      assert.equal(fs.readFileSync(p, 'utf8'), '# Plan\r\n- [ ] one\r\n- [ ] two added by a human\r\n')
    })

    it('same size and mtime restored: caught by the hash', async () => {
      const p = ledger('# Plan\n- [ ] one\n')
      const mtime = new Date('2020-01-02T03:04:05Z') // whole seconds, so restoring it is exact
      fs.utimesSync(p, mtime, mtime)
      const loaded = await readLedgerFile(p)
      fs.writeFileSync(p, '# Plan\n- [ ] ONE\n', {flag: 'r+'})
      fs.utimesSync(p, mtime, mtime)
      assert.equal(fs.statSync(p).mtimeMs, loaded.fingerprint.mtimeMs)
      await expectRefused(writeLedgerFile(loaded, '# ours\n'), changedMessage(p))
      assert.equal(fs.readFileSync(p, 'utf8'), '# Plan\n- [ ] ONE\n')
    })

    it('deleted since the read', async () => {
      const p = ledger()
      const loaded = await readLedgerFile(p)
      fs.rmSync(p)
      await expectRefused(writeLedgerFile(loaded, '# ours\n'), changedMessage(p))
      assert.deepEqual(fs.readdirSync(tmp.dir), [])
    })
  })

  describe('lock contention', () => {
    it('waits for a held lock and writes once it is released', async () => {
      const p = ledger()
      const loaded = await readLedgerFile(p)
      const release = holdLockAsOtherProcess(loaded.realPath)
      let releasedAt = 0
      const timer = setTimeout(() => {
        releasedAt = Date.now()
        void release()
      }, 300)
      try {
        const started = Date.now()
        assert.equal(await writeLedgerFile(loaded, '# ours\n', {lockWaitMs: 5_000}), true)
        assert.ok(releasedAt > 0, 'the write finished while the lock was still held')
        assert.ok(Date.now() - started >= 290)
      } finally {
        clearTimeout(timer)
      }
      assert.equal(fs.readFileSync(p, 'utf8'), '# ours\n')
    })

    it('gives up after lockWaitMs with WriteRefusedError and leaves the file alone', async () => {
      const p = ledger()
      const loaded = await readLedgerFile(p)
      const release = holdLockAsOtherProcess(loaded.realPath)
      try {
        const started = Date.now()
        await expectRefused(
          writeLedgerFile(loaded, '# ours\n', {lockWaitMs: 200}),
          `${p} is locked by another planledger process (waited 0.2 s)`,
          `wait for it to finish, then re-run; a lock whose process has ended is taken over at once (if none is running, remove ${loaded.realPath}.lock)`,
        )
        assert.ok(Date.now() - started >= 190)
        assert.equal(fs.readFileSync(p, 'utf8'), '# Plan\r\n- [ ] one\r\n')
      } finally {
        await release()
      }
    })
  })

  describe('kill during write', function () {
    this.timeout(120_000)

    it('after SIGKILL at random moments the file is exactly A or exactly B, and a stale lock expires', async () => {
      const p = path.join(tmp.dir, 'ledger.md')
      fs.writeFileSync(p, CONTENT_A)
      const a = Buffer.from(CONTENT_A, 'utf8')
      const b = Buffer.from(CONTENT_B, 'utf8')
      for (let round = 1; round <= 5; round++) {
        const delayMs = 20 + Math.floor(Math.random() * 181)
        await runAndKill(p, delayMs)
        const now = fs.readFileSync(p)
        const where = `round ${round}, killed ${delayMs} ms after the first write`
        assert.ok(now.equals(a) || now.equals(b), `${where}: file is ${now.length} bytes, neither A nor B`)
        // Only the target, its lock folder and planledger's own temp files (removed by the next write) may be there.
        for (const name of fs.readdirSync(tmp.dir)) assert.match(name, /^(ledger\.md(\.lock)?|\.ledger\.md\.planledger-\d+-[0-9a-f]+\.tmp)$/, where)
      }
      // A lock left by the last kill is taken over at once (its owner is dead), and its temp file removed.
      const loaded = await readLedgerFile(p)
      assert.equal(await writeLedgerFile(loaded, '# done\n', {lockWaitMs: 1_000}), true)
      assert.equal(fs.readFileSync(p, 'utf8'), '# done\n')
      assert.deepEqual(fs.readdirSync(tmp.dir), ['ledger.md'])
    })
  })
})
