import assert from 'node:assert/strict'
import {execFileSync, spawn} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {leftovers, runPlanledger} from './run-planledger.js'
import {FIX_PLAN, itemId, makeStressRepo, removeStressRepo} from './stress-repo.js'

// Stress: crashes and full disks. SIGKILLed writers must leave every file exactly old or new, and
// what they leave behind (lock, temp file) must be gone after the next write; a full disk must
// leave the ledger identical and exit 2. Spawns the built CLI and dist/src (npm run build first).

const FLIP_WRITER = fileURLToPath(new URL('./fixtures/flip-writer.mjs', import.meta.url))
const FULL_DISK = fileURLToPath(new URL('./fixtures/full-disk.mjs', import.meta.url))

/** Two ledgers of different lengths (~1 MB), so a torn or cut write can equal neither. */
function ledgerText(tag: string, lines: number): string {
  const out = [`# Ledger ${tag}\n`]
  for (let i = 0; i < lines; i++) out.push(`- [ ] ${tag} task ${String(i).padStart(6, '0')} é\n`)
  return out.join('')
}

/**
 * Starts a flip writer and SIGKILLs it `delayMs` after its first write (which proves it got past the
 * lock and temp file the previous kill left): anywhere in a later write, lock, temp write, rename.
 */
function killWriterAfter(args: string[], delayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [FLIP_WRITER, ...args], {stdio: ['ignore', 'pipe', 'pipe']})
    let stderr = ''
    let ready = false
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout.on('data', (chunk: Buffer) => {
      if (ready || !chunk.toString().includes('ready')) return
      ready = true
      setTimeout(() => child.kill('SIGKILL'), delayMs)
    })
    // A first write that takes this long means the previous kill's lock blocks it.
    const giveUp = setTimeout(() => child.kill('SIGKILL'), 20_000)
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      clearTimeout(giveUp)
      if (ready && signal === 'SIGKILL') resolve()
      else reject(new Error(`flip writer ${ready ? 'ended by itself' : 'made no write'} (code ${code}, signal ${signal}):\n${stderr}`))
    })
  })
}

describe('stress: crashes and full disks', function () {
  this.timeout(180_000)

  it('100 SIGKILLs at random points: every file exactly old or new, no temp file left after the next write', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'planledger-kill-'))
    try {
      const file = join(folder, 'ledger.md')
      const [a, b] = [ledgerText('A', 25_000), ledgerText('B', 26_000)]
      writeFileSync(join(folder, 'a.txt'), a)
      writeFileSync(join(folder, 'b.txt'), b)
      writeFileSync(file, a)
      let tempsLeftByKills = 0
      let locksLeftByKills = 0
      let seenA = 0
      for (let kill = 1; kill <= 100; kill++) {
        const delayMs = Math.floor(Math.random() * 120)
        await killWriterAfter([file, join(folder, 'a.txt'), join(folder, 'b.txt')], delayMs)
        const now = readFileSync(file, 'utf8')
        assert.ok(now === a || now === b, `kill ${kill} (${delayMs} ms): the ledger is ${now.length} characters, neither old nor new`)
        if (now === a) seenA++
        const left = leftovers(folder)
        // At most what this kill left: the runs before it were cleaned up by this one's first write.
        assert.ok(left.filter((p) => p.endsWith('.tmp')).length <= 1, `kill ${kill}: ${left.join(', ')}`)
        tempsLeftByKills += left.filter((p) => p.endsWith('.tmp')).length
        locksLeftByKills += left.filter((p) => p.endsWith('.lock')).length
      }
      // The next write removes what the last kill left.
      const {writeLedgerFile} = await import('../../src/io/locked-write.js')
      const {readLedgerFile} = await import('../../src/io/read-ledger.js')
      const started = Date.now()
      await writeLedgerFile(await readLedgerFile(file), '# done\n', {lockWaitMs: 5_000})
      const waited = Date.now() - started
      assert.deepEqual(readdirSync(folder).sort(), ['a.txt', 'b.txt', 'ledger.md'])
      console.log(
        `      stress: 100 SIGKILLs → 100 of 100 files exactly old or new (${seenA} old/A, ${100 - seenA} B); kills left ${tempsLeftByKills} temp files and ${locksLeftByKills} locks, all removed by the next write (${waited} ms, no wait for the dead lock)`,
      )
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  })

  it('an injected short write then ENOSPC (node:fs patched in the real binary): exit 2, original identical', async () => {
    const root = makeStressRepo({items: 40})
    try {
      const before = readFileSync(join(root, FIX_PLAN))
      assert.ok(before.length > 4096 * 2)
      const result = await runPlanledger(['attempt', itemId(5), '--body', 'on a full disk.', '--yes'], root, FULL_DISK)
      console.log(`      stress: injected short write → exit ${result.exitCode}, ledger ${readFileSync(join(root, FIX_PLAN)).equals(before) ? 'identical' : 'CHANGED'}: ${result.stderr.split('\n')[0]}`)
      assert.equal(result.exitCode, 2, result.stderr)
      assert.match(result.stderr, /^planledger: cannot write docs\/fix_plan\.md: no space left on device; nothing written\n/)
      assert.ok(readFileSync(join(root, FIX_PLAN)).equals(before))
      assert.deepEqual(leftovers(join(root, 'docs')), [])
    } finally {
      removeStressRepo(root)
    }
  })

  it('a real full tmpfs: exit 2, original identical (where mounting is permitted)', async function () {
    const mountPoint = mkdtempSync(join(tmpdir(), 'planledger-tmpfs-'))
    try {
      try {
        execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mountPoint], {stdio: 'pipe'})
      } catch (error) {
        const why = (error as {stderr?: Buffer}).stderr?.toString().trim() || (error as Error).message
        console.log(`      stress: real tmpfs case skipped: cannot mount a tmpfs here (${why})`)
        this.skip()
      }
      try {
        const root = makeStressRepo({items: 40, parent: mountPoint})
        const before = readFileSync(join(root, FIX_PLAN))
        fillDisk(mountPoint, 8192) // room for the lock's owner file and one page of the temp file
        const result = await runPlanledger(['attempt', itemId(5), '--body', 'on a full tmpfs.', '--yes'], root)
        console.log(`      stress: full tmpfs → exit ${result.exitCode}, ledger ${readFileSync(join(root, FIX_PLAN)).equals(before) ? 'identical' : 'CHANGED'}: ${result.stderr.split('\n')[0]}`)
        assert.equal(result.exitCode, 2, result.stderr)
        assert.match(result.stderr, /no space left on device; nothing written/)
        assert.ok(readFileSync(join(root, FIX_PLAN)).equals(before))
        assert.deepEqual(leftovers(join(root, 'docs')), [])
      } finally {
        execFileSync('umount', [mountPoint])
      }
    } finally {
      rmSync(mountPoint, {recursive: true, force: true})
    }
  })
})

/** Fills the file system at `folder` until only about `leave` bytes are free. */
function fillDisk(folder: string, leave: number): void {
  const filler = join(folder, 'filler')
  const chunk = Buffer.alloc(4096, 0x78)
  let size = 0
  try {
    for (;;) {
      writeFileSync(filler, chunk, {flag: 'a'})
      size += chunk.length
    }
  } catch {
    // Full.
  }
  writeFileSync(filler, Buffer.alloc(Math.max(0, size - leave), 0x78))
}
