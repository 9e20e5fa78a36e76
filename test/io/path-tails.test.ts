import assert from 'node:assert/strict'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {hasPathEndingWith, indexPathTails} from '../../src/io/path-tails.js'

describe('io/path-tails: what lies below a folder, by the end of its path', () => {
  let folder: string
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'planledger-tails-'))
  })
  afterEach(() => rmSync(folder, {recursive: true, force: true}))

  const touch = (path: string) => {
    mkdirSync(join(folder, path, '..'), {recursive: true})
    writeFileSync(join(folder, path), '')
  }

  it('finds a file or folder by its whole tail, never by part of a name', () => {
    touch('reports/2025-10-19T193425Z/logs/pytest_loader.log')
    const index = indexPathTails(folder)
    for (const tail of ['pytest_loader.log', 'logs/pytest_loader.log', '2025-10-19T193425Z/logs', 'reports/2025-10-19T193425Z/logs/pytest_loader.log']) {
      assert.equal(hasPathEndingWith(index, tail), true, tail)
    }
    for (const tail of ['loader.log', 'gs/pytest_loader.log', 'other/pytest_loader.log', 'logs/pytest_loader']) {
      assert.equal(hasPathEndingWith(index, tail), false, tail)
    }
  })

  it('does not enter .git or node_modules, and stops eight levels down', () => {
    touch('.git/objects/x.log')
    touch('node_modules/pkg/x.md')
    touch('1/2/3/4/5/6/7/eight.md')
    touch('1/2/3/4/5/6/7/8/nine.md')
    const index = indexPathTails(folder)
    assert.equal(hasPathEndingWith(index, 'x.log'), false)
    assert.equal(hasPathEndingWith(index, 'pkg/x.md'), false)
    assert.equal(hasPathEndingWith(index, 'eight.md'), true)
    assert.equal(hasPathEndingWith(index, 'nine.md'), false)
  })

  it('indexes an absent folder as empty', () => {
    assert.equal(indexPathTails(join(folder, 'absent')).size, 0)
  })
})
