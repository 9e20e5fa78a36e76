import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** A fresh temp folder per test, removed afterwards; call inside a describe(). */
export function useTempDir(): {readonly dir: string} {
  const state = {dir: ''}
  beforeEach(() => {
    state.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planledger-io-'))
  })
  afterEach(() => {
    fs.rmSync(state.dir, {recursive: true, force: true})
  })
  return state
}

/** What is at `p` now, to prove a refused operation left it alone. */
export function snapshot(p: string): string {
  const st = fs.lstatSync(p, {throwIfNoEntry: false})
  if (!st) return 'missing'
  if (st.isDirectory()) return `directory ${fs.readdirSync(p).join(',')}`
  return `file mode=${st.mode} mtime=${st.mtimeMs} ino=${st.ino} bytes=${fs.readFileSync(p).toString('hex')}`
}
