import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import {UserError, WriteRefusedError} from '../../src/errors.js'
import {createNewFile, removeCreatedFile} from '../../src/io/create-file.js'
import {holdLockAsOtherProcess} from './helpers/other-process-lock.js'
import {useTempDir} from './helpers/temp-dir.js'

const TEXT = '# Fix Plan Archive\r\n\r\n## Archived 2026-11-29\r\n'

async function expectRefused(run: Promise<unknown>, message: string): Promise<void> {
  await assert.rejects(run, (error: unknown) => {
    assert.ok(error instanceof WriteRefusedError, `expected WriteRefusedError, got ${String(error)}`)
    assert.equal(error.message, message)
    assert.equal(error.exitCode, 1)
    return true
  })
}

describe('io/createNewFile', () => {
  const tmp = useTempDir()
  const target = () => path.join(tmp.dir, 'archive.md')

  it('creates the file with the exact bytes and leaves no lock or temp file behind', async () => {
    await createNewFile(target(), TEXT)
    assert.equal(fs.readFileSync(target(), 'utf8'), TEXT)
    assert.deepEqual(fs.readdirSync(tmp.dir), ['archive.md'])
    assert.equal(fs.statSync(target()).nlink, 1)
  })

  it('refuses, leaving it alone, when the file exists', async () => {
    fs.writeFileSync(target(), 'someone else\n')
    await expectRefused(createNewFile(target(), TEXT), `${target()} appeared since planledger looked for it; nothing written`)
    assert.equal(fs.readFileSync(target(), 'utf8'), 'someone else\n')
    assert.deepEqual(fs.readdirSync(tmp.dir), ['archive.md'])
  })

  it('does not write through a dangling symlink', async () => {
    fs.symlinkSync('elsewhere.md', target())
    await expectRefused(createNewFile(target(), TEXT), `${target()} appeared since planledger looked for it; nothing written`)
    assert.equal(fs.existsSync(path.join(tmp.dir, 'elsewhere.md')), false)
  })

  it('is a user error when the folder does not exist', async () => {
    const missing = path.join(tmp.dir, 'docs', 'archive.md')
    await assert.rejects(createNewFile(missing, TEXT), (error: unknown) => {
      assert.ok(error instanceof UserError && !(error instanceof WriteRefusedError))
      assert.equal(error.message, `cannot create ${missing}: its folder ${path.dirname(missing)}/ does not exist`)
      return true
    })
  })

  it('waits for another planledger process holding the lock, then refuses if it created the file', async () => {
    const release = holdLockAsOtherProcess(target())
    const creating = createNewFile(target(), TEXT, {lockWaitMs: 5_000})
    await new Promise((resolve) => setTimeout(resolve, 100))
    fs.writeFileSync(target(), 'the other process\n')
    await release()
    await expectRefused(creating, `${target()} appeared since planledger looked for it; nothing written`)
    assert.equal(fs.readFileSync(target(), 'utf8'), 'the other process\n')
  })
})

describe('io/removeCreatedFile', () => {
  const tmp = useTempDir()
  const target = () => path.join(tmp.dir, 'archive.md')

  it('removes the file it created', async () => {
    await createNewFile(target(), TEXT)
    await removeCreatedFile(target(), TEXT)
    assert.deepEqual(fs.readdirSync(tmp.dir), [])
  })

  it('refuses to remove a file someone changed since', async () => {
    await createNewFile(target(), TEXT)
    fs.appendFileSync(target(), 'a human line\n')
    await expectRefused(removeCreatedFile(target(), TEXT), `${target()} changed since planledger created it; left in place`)
    assert.equal(fs.readFileSync(target(), 'utf8'), `${TEXT}a human line\n`)
  })

  it('does nothing when the file is already gone', async () => {
    await removeCreatedFile(target(), TEXT)
    assert.deepEqual(fs.readdirSync(tmp.dir), [])
  })
})
