import assert from 'node:assert/strict'
import {mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {UserError} from '../../src/errors.js'
import {realLocation, requireInsideRepository} from '../../src/io/inside-repository.js'

describe('realLocation / requireInsideRepository', () => {
  let base: string
  let repo: string
  let elsewhere: string
  beforeEach(() => {
    base = realpathSync(mkdtempSync(join(tmpdir(), 'planledger-inside-')))
    repo = join(base, 'repo')
    elsewhere = join(base, 'elsewhere')
    mkdirSync(join(repo, 'docs'), {recursive: true})
    mkdirSync(elsewhere)
    symlinkSync(elsewhere, join(repo, 'out'))
    symlinkSync('docs', join(repo, 'in'))
  })
  afterEach(() => rmSync(base, {recursive: true, force: true}))

  it('resolves the links of the longest existing prefix and keeps the part still to be created', () => {
    assert.equal(realLocation(join(repo, 'out/new/file.md')), join(elsewhere, 'new/file.md'))
    assert.equal(realLocation(join(repo, 'in/fix_plan.md')), join(repo, 'docs/fix_plan.md'))
    assert.equal(realLocation(join(repo, 'nope/deeper.md')), join(repo, 'nope/deeper.md'))
  })

  it('accepts paths that stay inside, refuses ones that lead out, saying where', () => {
    requireInsideRepository(repo, join(repo, 'in/x.md'), 'x', 'h')
    requireInsideRepository(repo, repo, 'root', 'h')
    assert.throws(
      () => requireInsideRepository(repo, join(repo, 'out/x.md'), 'Artifact out/x.md', 'cite a file of this repository'),
      (error: unknown) => error instanceof UserError && error.exitCode === 2 && error.message === `Artifact out/x.md resolves to ${elsewhere}/x.md, outside the repository (${repo})` && error.hint === 'cite a file of this repository',
    )
    assert.throws(() => requireInsideRepository(repo, join(base, 'repo2/x.md'), 'x', 'h'), /outside the repository/)
  })
})
