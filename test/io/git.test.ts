import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {listStagedFiles, readFiles, resolveCommit} from '../../src/io/git.js'
import {useTempDir} from './helpers/temp-dir.js'
import {rejectedUserError as userErrorOf} from '../support/assertions.js'

const decode = (bytes: Uint8Array | undefined) => (bytes === undefined ? undefined : Buffer.from(bytes).toString('utf8'))

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {cwd: dir, encoding: 'utf8'}).trim()
}

function write(dir: string, file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, file)), {recursive: true})
  fs.writeFileSync(path.join(dir, file), text)
}

describe('io/git', () => {
  const temp = useTempDir()

  it('reads every path as absent at HEAD in a repository without commits, then the files once there is one', async () => {
    git(temp.dir, 'init', '-q')
    write(temp.dir, 'a.md', 'a\n')
    git(temp.dir, 'add', 'a.md')
    assert.deepEqual(await readFiles(temp.dir, {kind: 'commit', rev: 'HEAD'}, ['a.md']), new Map([['a.md', undefined]]))
    git(temp.dir, 'commit', '-q', '-m', 'one')
    assert.equal(Buffer.from((await readFiles(temp.dir, {kind: 'commit', rev: 'HEAD'}, ['a.md'])).get('a.md')!).toString(), 'a\n')
    assert.equal(await resolveCommit(temp.dir, 'HEAD'), git(temp.dir, 'rev-parse', 'HEAD'))
  })

  it('refuses a revision that names no commit, with a one-line error', async () => {
    git(temp.dir, 'init', '-q')
    const error = await userErrorOf(resolveCommit(temp.dir, 'no-such-branch'))
    assert.equal(error.message, 'unknown revision `no-such-branch`')
    assert.equal(error.exitCode, 2)
    assert.equal((await userErrorOf(resolveCommit(temp.dir, '--all'))).message, '`--all` is not a revision')
  })

  it('reads staged and committed versions in one batch; absent paths and folders read as undefined', async () => {
    git(temp.dir, 'init', '-q')
    write(temp.dir, 'docs/fix_plan.md', 'committed\n')
    git(temp.dir, 'add', '.')
    git(temp.dir, 'commit', '-q', '-m', 'one')
    write(temp.dir, 'docs/fix_plan.md', 'staged\n')
    write(temp.dir, 'docs/new.md', 'new and staged\n')
    git(temp.dir, 'add', '.')
    write(temp.dir, 'docs/fix_plan.md', 'work tree only\n')
    const paths = ['docs/fix_plan.md', 'docs/new.md', 'docs/missing.md', 'docs']
    const staged = await readFiles(temp.dir, {kind: 'index'}, paths)
    assert.deepEqual(paths.map((p) => decode(staged.get(p))), ['staged\n', 'new and staged\n', undefined, undefined])
    const head = await readFiles(temp.dir, {kind: 'commit', rev: git(temp.dir, 'rev-parse', 'HEAD')}, paths)
    assert.deepEqual(paths.map((p) => decode(head.get(p))), ['committed\n', undefined, undefined, undefined])
  })

  it('keeps bytes exact: CRLF, a BOM, a file without a final newline, an empty file', async () => {
    git(temp.dir, 'init', '-q')
    const texts: Record<string, string> = {'crlf.md': 'a\r\nb\r\n', 'bom.md': '\uFEFFtitle\n', 'open.md': 'no newline', 'empty.md': ''}
    for (const [file, text] of Object.entries(texts)) write(temp.dir, file, text)
    git(temp.dir, '-c', 'core.autocrlf=false', 'add', '.')
    const staged = await readFiles(temp.dir, {kind: 'index'}, Object.keys(texts))
    for (const [file, text] of Object.entries(texts)) assert.equal(decode(staged.get(file)), text, file)
  })

  it('lists staged files matching `**` globs', async () => {
    git(temp.dir, 'init', '-q')
    write(temp.dir, 'plans/active/X/implementation.md', 'x\n')
    write(temp.dir, 'plans/active/X/reports/r/plan.md', 'r\n')
    write(temp.dir, 'plans/active/X/notes.txt', 'n\n')
    write(temp.dir, 'other/plan.md', 'o\n')
    write(temp.dir, 'plans/active/Y/plan.md', 'y\n')
    git(temp.dir, 'add', '.')
    write(temp.dir, 'plans/active/Z/unstaged.md', 'z\n')
    const globs = ['plans/active/**/*.md']
    assert.deepEqual(await listStagedFiles(temp.dir, globs), ['plans/active/X/implementation.md', 'plans/active/X/reports/r/plan.md', 'plans/active/Y/plan.md'])
    assert.deepEqual(await listStagedFiles(temp.dir, ['plans/active/*/plan.md']), ['plans/active/Y/plan.md'])
    assert.deepEqual(await listStagedFiles(temp.dir, []), [])
  })

  it('says in one line that a folder is not a git repository', async () => {
    const error = await userErrorOf(readFiles(temp.dir, {kind: 'index'}, ['a.md']))
    assert.equal(error.message, `${temp.dir} is not inside a git repository`)
    assert.match(error.hint ?? '', /--staged and --since/)
  })
})
