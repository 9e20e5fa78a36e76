import assert from 'node:assert/strict'
import {createHash} from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {UserError} from '../../src/errors.js'
import {MAX_LEDGER_BYTES, readErrorToUserError, readLedgerFile, readLedgerText} from '../../src/io/read-ledger.js'
import {snapshot, useTempDir} from './helpers/temp-dir.js'

/** Asserts a UserError with exit code 2 and this exact message (and hint, when given). */
async function expectUserError(run: Promise<unknown>, message: string, hint?: string): Promise<void> {
  await assert.rejects(run, (err: unknown) => {
    assert.ok(err instanceof UserError, `expected UserError, got ${String(err)}`)
    assert.equal(err.message, message)
    assert.equal(err.exitCode, 2)
    if (hint !== undefined) assert.equal(err.hint, hint)
    return true
  })
}

describe('io/readLedgerFile', () => {
  const tmp = useTempDir()
  const write = (name: string, data: string | Uint8Array): string => {
    const p = path.join(tmp.dir, name)
    fs.writeFileSync(p, data)
    return p
  }

  describe('good input', () => {
    it('keeps a UTF-8 BOM at the start of the text', async () => {
      const p = write('bom.md', Buffer.from('\uFEFF# Plan\n', 'utf8'))
      const loaded = await readLedgerFile(p)
      assert.equal(loaded.text, '\uFEFF# Plan\n')
      assert.equal(loaded.text.charCodeAt(0), 0xfeff)
    })

    it('keeps CRLF and LF line endings exactly as they are', async () => {
      const text = '# Plan\r\n- a\r\n- b\n- c\r\n'
      const loaded = await readLedgerFile(write('crlf.md', text))
      assert.equal(loaded.text, text)
    })

    it('fills the fingerprint from the file and the bytes read', async () => {
      const bytes = Buffer.from('# Plan\n\n- [ ] é task\n', 'utf8')
      const p = write('fp.md', bytes)
      const loaded = await readLedgerFile(p)
      const st = fs.statSync(p)
      assert.deepEqual(loaded.fingerprint, {
        size: bytes.length,
        mtimeMs: st.mtimeMs,
        ino: st.ino,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      })
      assert.equal(loaded.path, p)
      assert.equal(loaded.realPath, fs.realpathSync(p))
    })

    it('keeps the path as given and resolves realPath through a symlink', async () => {
      const target = write('target.md', '# T\n')
      const link = path.join(tmp.dir, 'link.md')
      fs.symlinkSync('target.md', link)
      const loaded = await readLedgerFile(link)
      assert.equal(loaded.path, link)
      assert.equal(loaded.realPath, fs.realpathSync(target))
      assert.equal(loaded.text, '# T\n')
    })

    it('accepts a file of exactly MAX_LEDGER_BYTES', async () => {
      const p = write('max.md', Buffer.alloc(MAX_LEDGER_BYTES, 'a'))
      const loaded = await readLedgerFile(p)
      assert.equal(loaded.text.length, MAX_LEDGER_BYTES)
    })
  })

  describe('bad input: UserError, exit code 2, file untouched', () => {
    it('missing file', async () => {
      const p = path.join(tmp.dir, 'nope.md')
      await expectUserError(readLedgerFile(p), `cannot read ${p}: no such file`, 'check the path and the current folder')
      assert.equal(snapshot(p), 'missing')
    })

    it('a directory', async () => {
      const p = path.join(tmp.dir, 'folder.md')
      fs.mkdirSync(p)
      const before = snapshot(p)
      await expectUserError(readLedgerFile(p), `cannot read ${p}: it is a directory`, 'pass the ledger file itself, e.g. PLAN.md')
      assert.equal(snapshot(p), before)
    })

    it('larger than MAX_LEDGER_BYTES: message gives the size and the limit', async () => {
      const p = path.join(tmp.dir, 'big.md')
      fs.writeFileSync(p, '')
      fs.truncateSync(p, MAX_LEDGER_BYTES + 1)
      const before = snapshot(p)
      await expectUserError(
        readLedgerFile(p),
        `${p} is too large: 10485761 bytes (the limit is 10485760 bytes, 10 MiB)`,
        'check that this is the right file; a ledger that big should be split',
      )
      assert.equal(snapshot(p), before)
    })

    it('checks the size before reading (a 3 GiB sparse file would fail to read at all)', async () => {
      const p = path.join(tmp.dir, 'huge.md')
      fs.writeFileSync(p, '')
      fs.truncateSync(p, 3 * 1024 ** 3)
      await expectUserError(readLedgerFile(p), `${p} is too large: 3221225472 bytes (the limit is 10485760 bytes, 10 MiB)`)
      assert.equal(fs.statSync(p).size, 3 * 1024 ** 3)
    })

    it('binary: a NUL byte, reported with its line', async () => {
      const p = write('bin.md', Buffer.from('line 1\nline 2\nab\0cd\n', 'latin1'))
      const before = snapshot(p)
      await expectUserError(
        readLedgerFile(p),
        `${p} looks binary: NUL byte on line 3`,
        'planledger reads UTF-8 text; a UTF-16 file must be re-saved as UTF-8',
      )
      assert.equal(snapshot(p), before)
    })

    it('binary: a UTF-16LE file is reported on line 1', async () => {
      const p = write('utf16.md', Buffer.from('\uFEFF# Plan\n', 'utf16le'))
      await expectUserError(readLedgerFile(p), `${p} looks binary: NUL byte on line 1`)
    })

    it('invalid UTF-8: names the line of the first bad byte', async () => {
      const p = write('latin1.md', Buffer.concat([Buffer.from('ok\ncaf'), Buffer.from([0xe9]), Buffer.from('\nmore \xff\n', 'latin1')]))
      const before = snapshot(p)
      await expectUserError(readLedgerFile(p), `${p} is not valid UTF-8: first bad byte on line 2`, 're-save the file as UTF-8')
      assert.equal(snapshot(p), before)
    })

    it('invalid UTF-8: a sequence cut by a newline counts on the line where it starts', async () => {
      const p = write('cut.md', Buffer.concat([Buffer.from('a\nb\nc'), Buffer.from([0xc3]), Buffer.from('\nd\n')]))
      await expectUserError(readLedgerFile(p), `${p} is not valid UTF-8: first bad byte on line 3`)
    })

    it('invalid UTF-8: a sequence truncated at the end of the file', async () => {
      const p = write('tail.md', Buffer.concat([Buffer.from('a\nb\n\nend '), Buffer.from([0xe2, 0x82])]))
      await expectUserError(readLedgerFile(p), `${p} is not valid UTF-8: first bad byte on line 4`)
    })

    it('invalid UTF-8: an encoded surrogate after valid multi-byte text', async () => {
      const p = write('surrogate.md', Buffer.concat([Buffer.from('é\n€\n😀 '), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('\n')]))
      await expectUserError(readLedgerFile(p), `${p} is not valid UTF-8: first bad byte on line 3`)
    })
  })

  describe('readLedgerText (what check reads)', () => {
    it('gives the text readLedgerFile gives, BOM and line endings kept', async () => {
      const p = write('text.md', Buffer.from('\uFEFF# Plan\r\n- [ ] é task\n', 'utf8'))
      assert.equal(await readLedgerText(p), '\uFEFF# Plan\r\n- [ ] é task\n')
      assert.equal(await readLedgerText(p), (await readLedgerFile(p)).text)
    })

    it('refuses what readLedgerFile refuses, with the same messages', async () => {
      const missing = path.join(tmp.dir, 'missing.md')
      await expectUserError(readLedgerText(missing), `cannot read ${missing}: no such file`, 'check the path and the current folder')
      await expectUserError(readLedgerText(tmp.dir), `cannot read ${tmp.dir}: it is a directory`)
      const binary = write('nul.md', Buffer.from('a\nb\0c\n'))
      await expectUserError(readLedgerText(binary), `${binary} looks binary: NUL byte on line 2`)
      const latin1 = write('latin1-text.md', Buffer.from('caf\xe9\n', 'latin1'))
      await expectUserError(readLedgerText(latin1), `${latin1} is not valid UTF-8: first bad byte on line 1`)
    })
  })

  describe('unreadable files', () => {
    // A real unreadable file is tested end to end in test/cli/bad-input.test.ts (run as `nobody`).
    it('maps EACCES to a one-line UserError (injected errno; tests run as root)', () => {
      const err = readErrorToUserError('docs/PLAN.md', 'EACCES')
      assert.ok(err instanceof UserError)
      assert.equal(err.message, 'cannot read docs/PLAN.md: permission denied')
      assert.equal(err.hint, "check the file's permissions (ls -l)")
      assert.equal(err.exitCode, 2)
      assert.equal(err.path, 'docs/PLAN.md')
    })

    it('maps an unknown errno to a UserError naming the code', () => {
      const err = readErrorToUserError('PLAN.md', 'EXDEV')
      assert.equal(err.message, 'cannot read PLAN.md: error EXDEV')
      assert.equal(err.exitCode, 2)
    })
  })
})
