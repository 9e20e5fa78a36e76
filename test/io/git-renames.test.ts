import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {findRenames} from '../../src/io/git.js'
import {useTempDir} from './helpers/temp-dir.js'

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {cwd: dir, encoding: 'utf8'}).trim()
}

const LEDGER = Array.from({length: 20}, (_, at) => `- entry ${at}: something that happened\n`).join('')

describe('io/git findRenames', () => {
  const temp = useTempDir()
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(temp.dir, file)), {recursive: true})
    fs.writeFileSync(path.join(temp.dir, file), text)
  }

  it('finds nothing before the first commit, then the staged renames (old → new), names with spaces kept', async () => {
    git(temp.dir, 'init', '-q')
    write('docs/fix_plan.md', LEDGER)
    write('notes.md', 'other\n')
    git(temp.dir, 'add', '-A')
    assert.deepEqual(await findRenames(temp.dir, {kind: 'index'}), new Map())
    git(temp.dir, 'commit', '-q', '-m', 'one')
    git(temp.dir, 'mv', 'docs/fix_plan.md', 'docs/fix plan 2026.md')
    git(temp.dir, 'rm', '-q', 'notes.md')
    assert.deepEqual(await findRenames(temp.dir, {kind: 'index'}), new Map([['docs/fix_plan.md', 'docs/fix plan 2026.md']]))
  })

  it('against a revision, compares it with the work tree', async () => {
    git(temp.dir, 'init', '-q')
    write('a.md', LEDGER)
    git(temp.dir, 'add', '-A')
    git(temp.dir, 'commit', '-q', '-m', 'one')
    const rev = git(temp.dir, 'rev-parse', 'HEAD')
    git(temp.dir, 'mv', 'a.md', 'b.md')
    git(temp.dir, 'commit', '-q', '-m', 'two')
    fs.appendFileSync(path.join(temp.dir, 'b.md'), '- one more\n')
    assert.deepEqual(await findRenames(temp.dir, {kind: 'work-tree', rev}), new Map([['a.md', 'b.md']]))
  })
})
