import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {UserError, WriteRefusedError} from '../../src/errors.js'
import {installHookFile, planledgerCommandsAt, readGitHookLayout, readHook} from '../../src/io/git-hooks.js'
import {snapshot, useTempDir} from './helpers/temp-dir.js'

describe('readGitHookLayout', () => {
  const temp = useTempDir()
  const isolation: Record<string, string> = {
    // A developer's own ~/.gitconfig (a global core.hooksPath) must not leak into these answers,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    // nor a repository around the temp folder.
    GIT_CEILING_DIRECTORIES: os.tmpdir(),
  }
  const saved = Object.fromEntries(Object.keys(isolation).map((name) => [name, process.env[name]]))
  before(() => Object.assign(process.env, isolation))
  after(() => {
    for (const [name, value] of Object.entries(saved)) restore(name, value)
  })
  const git = (...args: string[]) => execFileSync('git', args, {cwd: temp.dir})
  const real = () => fs.realpathSync(temp.dir)

  it('finds the root and .git/hooks, from a subfolder too', async () => {
    git('init', '-q')
    fs.mkdirSync(path.join(temp.dir, 'docs'))
    const expected = {root: real(), hooksDir: path.join(real(), '.git/hooks'), hooksPathSetting: undefined}
    assert.deepEqual(await readGitHookLayout(temp.dir), expected)
    assert.deepEqual(await readGitHookLayout(path.join(temp.dir, 'docs')), expected)
  })

  it('follows core.hooksPath, resolved against the root', async () => {
    git('init', '-q')
    git('config', 'core.hooksPath', '.githooks')
    fs.mkdirSync(path.join(temp.dir, 'docs'))
    const layout = await readGitHookLayout(path.join(temp.dir, 'docs'))
    assert.equal(layout.hooksDir, path.join(real(), '.githooks'))
    assert.equal(layout.hooksPathSetting, '.githooks')
  })

  it('refuses a folder outside any repository', async () => {
    await assert.rejects(readGitHookLayout(temp.dir), (error) => {
      assert.ok(error instanceof UserError)
      assert.equal(error.message, `not a git repository: ${temp.dir}`)
      assert.equal(error.exitCode, 2)
      return true
    })
  })
})

describe('readHook and planledgerCommandsAt', () => {
  const temp = useTempDir()

  it('reads a hook, and tells a missing one apart from an empty one', async () => {
    const hook = path.join(temp.dir, 'pre-commit')
    assert.equal(await readHook(hook), undefined)
    fs.writeFileSync(hook, '')
    assert.equal(await readHook(hook), '')
    fs.writeFileSync(hook, '#!/bin/sh\n')
    assert.equal(await readHook(hook), '#!/bin/sh\n')
    fs.rmSync(hook)
    fs.symlinkSync(path.join(temp.dir, 'nowhere'), hook)
    assert.equal(await readHook(hook), '', 'a dangling link is still something in the way')
  })

  it('finds an executable planledger in node_modules/.bin and on PATH', async () => {
    const bin = path.join(temp.dir, 'bin')
    fs.mkdirSync(bin)
    assert.deepEqual(await planledgerCommandsAt(temp.dir, {PATH: bin}), {localBin: false, onPath: false})
    fs.writeFileSync(path.join(bin, 'planledger'), '#!/bin/sh\n', {mode: 0o755})
    assert.deepEqual(await planledgerCommandsAt(temp.dir, {PATH: `/nonexistent${path.delimiter}${bin}`}), {localBin: false, onPath: true})
    fs.mkdirSync(path.join(temp.dir, 'node_modules/.bin'), {recursive: true})
    fs.writeFileSync(path.join(temp.dir, 'node_modules/.bin/planledger'), '#!/bin/sh\n', {mode: 0o755})
    assert.deepEqual(await planledgerCommandsAt(temp.dir, {}), {localBin: true, onPath: false})
  })
})

describe('installHookFile', () => {
  const temp = useTempDir()

  it('creates the hook and its folder, mode 0755 whatever the umask', async () => {
    const hook = path.join(temp.dir, 'githooks/nested/pre-commit')
    const previous = process.umask(0o077)
    try {
      await installHookFile(hook, '#!/bin/sh\nexit 0\n')
    } finally {
      process.umask(previous)
    }
    assert.equal(fs.readFileSync(hook, 'utf8'), '#!/bin/sh\nexit 0\n')
    assert.equal(fs.statSync(hook).mode & 0o777, 0o755)
    assert.deepEqual(fs.readdirSync(path.dirname(hook)), ['pre-commit'], 'no temp or lock file left behind')
  })

  it('never replaces a hook that appeared meanwhile', async () => {
    const hook = path.join(temp.dir, 'pre-commit')
    fs.writeFileSync(hook, '#!/bin/sh\nnpx lint-staged\n', {mode: 0o700})
    const before = snapshot(hook)
    await assert.rejects(installHookFile(hook, '#!/bin/sh\n'), WriteRefusedError)
    assert.equal(snapshot(hook), before)
  })
})

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name]
  else process.env[name] = value
}
