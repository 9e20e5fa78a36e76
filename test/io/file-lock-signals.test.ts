import assert from 'node:assert/strict'
import {spawn} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {useTempDir} from './helpers/temp-dir.js'

const HOLD_LOCK = fileURLToPath(new URL('./helpers/hold-lock.ts', import.meta.url))
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** Starts a process holding the lock of `file`, sends it `signal` once it holds it, and gives how it ended. */
function holdAndSignal(file: string, signal: NodeJS.Signals): Promise<{code: number | null; signal: NodeJS.Signals | null; lockWhileHeld: boolean}> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', HOLD_LOCK, file], {cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit']})
    let lockWhileHeld = false
    child.stdout.on('data', (chunk: Buffer) => {
      if (!chunk.toString().includes('locked')) return
      lockWhileHeld = fs.existsSync(`${file}.lock`)
      child.kill(signal)
    })
    child.on('error', reject)
    child.on('exit', (code, how) => resolve({code, signal: how, lockWhileHeld}))
  })
}

describe('io/file-lock on SIGINT and SIGTERM', function () {
  this.timeout(20_000)
  const tmp = useTempDir()

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`releases the lock on ${signal} and still ends by that signal`, async () => {
      const file = path.join(tmp.dir, 'PLAN.md')
      fs.writeFileSync(file, '# Plan\n')
      const ended = await holdAndSignal(file, signal)
      assert.ok(ended.lockWhileHeld, 'the lock folder existed while the child held it')
      assert.deepEqual({code: ended.code, signal: ended.signal}, {code: null, signal})
      assert.deepEqual(fs.readdirSync(tmp.dir), ['PLAN.md'])
    })
  }
})
