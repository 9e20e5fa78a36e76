import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {WriteRefusedError} from '../../src/errors.js'
import {movePath, undoMove} from '../../src/io/move-path.js'
import {useTempDir} from './helpers/temp-dir.js'

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {cwd: dir, encoding: 'utf8'}).trim()
}

describe('io/move-path', () => {
  const temp = useTempDir()
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(temp.dir, file)), {recursive: true})
    fs.writeFileSync(path.join(temp.dir, file), text)
  }
  const at = (file: string) => path.join(temp.dir, file)

  it('moves a tracked folder with git mv (the index records the rename, untracked files go along), and undoes it', async () => {
    git(temp.dir, 'init', '-q')
    write('plans/active/X/implementation.md', '# X\n')
    write('plans/active/X/reports/a.log', 'log\n')
    git(temp.dir, 'add', '-A')
    git(temp.dir, 'commit', '-q', '-m', 'one')
    write('plans/active/X/scratch.txt', 'untracked\n')
    const move = await movePath(temp.dir, at('plans/active/X'), at('plans/archive/X'))
    assert.equal(move.withGit, true)
    assert.deepEqual(move.createdFolders, [at('plans/archive')])
    assert.equal(git(temp.dir, 'status', '--porcelain', '--untracked-files=all'), [
      'R  plans/active/X/implementation.md -> plans/archive/X/implementation.md',
      'R  plans/active/X/reports/a.log -> plans/archive/X/reports/a.log',
      '?? plans/archive/X/scratch.txt',
    ].join('\n'))
    await undoMove(temp.dir, move)
    assert.equal(git(temp.dir, 'status', '--porcelain', '--untracked-files=all'), '?? plans/active/X/scratch.txt')
    assert.equal(fs.existsSync(at('plans/archive')), false)
  })

  it('renames an untracked file without git, and refuses a target that exists', async () => {
    git(temp.dir, 'init', '-q')
    write('plans/active/Y.md', '# Y\n')
    write('plans/archive/.keep', '')
    const move = await movePath(temp.dir, at('plans/active/Y.md'), at('plans/archive/Y.md'))
    assert.deepEqual([move.withGit, move.createdFolders], [false, []])
    assert.equal(fs.readFileSync(at('plans/archive/Y.md'), 'utf8'), '# Y\n')
    write('plans/active/Y.md', 'again\n')
    await assert.rejects(movePath(temp.dir, at('plans/active/Y.md'), at('plans/archive/Y.md')), (error: unknown) => error instanceof WriteRefusedError && /already exists/.test(error.message))
    assert.equal(fs.readFileSync(at('plans/active/Y.md'), 'utf8'), 'again\n')
  })
})
