import {renderDiff} from '../../src/render/diff-preview.js'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {applyChanges, type ApplyPorts, type PlannedChange} from '../../src/app/apply-change.js'
import {planArchiveChanges} from '../../src/app/archive.js'
import {plannedChange, readEditable} from '../../src/app/editable-ledger.js'
import {plannedNewFile} from '../../src/app/new-file-change.js'
import {ExitCode, UserError, WriteRefusedError} from '../../src/errors.js'
import {loadProjectConfig} from '../../src/io/find-config.js'
import {SEED_SCENARIO} from '../cli/run-cli.js'
import {copyWritable} from '../support/writable-copy.js'
import {describeWithCorpus} from '../support/corpus.js'

const YES = {yes: true, dryRun: false}
const PORTS: ApplyPorts = {interactive: false, color: false, renderDiff, showPreview: () => undefined, confirm: async () => false}

/** A change whose write fails the way a full disk or a concurrent edit would. */
function failing(message = 'disk full'): PlannedChange {
  return {path: 'LAST.md', before: 'a\n', after: 'b\n', write: async () => Promise.reject(new Error(message))}
}

describe('applyChanges: rolling back earlier writes when a later one fails', () => {
  it('restores the files already written, newest first, then rethrows the failure', async () => {
    const events: string[] = []
    const change = (name: string): PlannedChange => ({
      path: name,
      before: 'a\n',
      after: 'b\n',
      write: async () => void events.push(`write ${name}`),
      restore: async () => void events.push(`restore ${name}`),
    })
    await assert.rejects(applyChanges([change('A.md'), change('B.md'), failing()], YES, PORTS), /^Error: disk full$/)
    assert.deepEqual(events, ['write A.md', 'write B.md', 'restore B.md', 'restore A.md'])
  })

  it('names a file it could not restore, keeping the failure\u2019s exit code', async () => {
    const stuck: PlannedChange = {path: 'A.md', before: 'a\n', after: 'b\n', write: async () => undefined, restore: async () => Promise.reject(new Error('EACCES'))}
    const refused: PlannedChange = {...failing(), write: async () => Promise.reject(new WriteRefusedError('LAST.md changed since planledger read it; nothing written'))}
    await assert.rejects(applyChanges([stuck, refused], YES, PORTS), (error: unknown) => {
      assert.ok(error instanceof UserError)
      assert.equal(error.message, 'LAST.md changed since planledger read it; nothing written; and could not restore A.md (EACCES)')
      assert.equal(error.exitCode, ExitCode.refused)
      return true
    })
  })

  describe('with real files', () => {
    let dir: string
    beforeEach(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planledger-rollback-'))
    })
    afterEach(() => fs.rmSync(dir, {recursive: true, force: true}))

    it('writes an existing file back to its exact bytes', async () => {
      const file = path.join(dir, 'PLAN.md')
      fs.writeFileSync(file, '\uFEFF# Plan\r\n- [ ] one\r\n')
      const project = await loadProjectConfig(dir)
      const change = plannedChange(await readEditable(project, file), '# Plan\n- [x] one\n')
      await assert.rejects(applyChanges([change, failing()], YES, PORTS), /disk full/)
      assert.equal(fs.readFileSync(file, 'utf8'), '\uFEFF# Plan\r\n- [ ] one\r\n')
      assert.deepEqual(fs.readdirSync(dir), ['PLAN.md'])
    })

    it('deletes a file it created', async () => {
      const file = path.join(dir, 'ARCHIVE.md')
      await assert.rejects(applyChanges([plannedNewFile(file, '# Archive\n'), failing()], YES, PORTS), /disk full/)
      assert.deepEqual(fs.readdirSync(dir), [])
    })

    it('does not restore over a change someone made after the write', async () => {
      const file = path.join(dir, 'PLAN.md')
      fs.writeFileSync(file, 'old\n')
      const change = plannedChange(await readEditable(await loadProjectConfig(dir), file), 'ours\n')
      const meddling: PlannedChange = {
        ...failing(),
        write: async () => {
          fs.writeFileSync(file, 'theirs\n')
          throw new Error('disk full')
        },
      }
      await assert.rejects(applyChanges([change, meddling], YES, PORTS), (error: unknown) => {
        assert.ok(error instanceof UserError)
        assert.equal(error.message, `disk full; and could not restore ${file} (${file} changed since planledger wrote it; not restored)`)
        return true
      })
      assert.equal(fs.readFileSync(file, 'utf8'), 'theirs\n')
    })
  })

  describeWithCorpus('archive: the fix plan write fails after the archive was written', () => {
    // Commands run in the repository: paths are cwd-relative, as the CLI gives them.
    const startDir = process.cwd()
    let root: string
    beforeEach(() => {
      root = fs.mkdtempSync(path.join(os.tmpdir(), 'planledger-rollback-'))
      copyWritable(SEED_SCENARIO, root)
      fs.mkdirSync(path.join(root, '.git'))
      process.chdir(root)
    })
    afterEach(() => {
      process.chdir(startDir)
      fs.rmSync(root, {recursive: true, force: true})
    })

    async function archiveWithFailingFixPlanWrite(): Promise<void> {
      const planned = await planArchiveChanges(await loadProjectConfig(root), {ids: [], date: '2026-11-29'})
      assert.deepEqual(planned.changes.map((change) => change.path), ['docs/fix_plan_archive.md', 'docs/fix_plan.md'])
      const [archive, fixPlan] = planned.changes
      await assert.rejects(applyChanges([archive, {...fixPlan, write: async () => Promise.reject(new Error('disk full'))}], YES, PORTS), /disk full/)
    }

    it('removes the archive it created; the fix plan is untouched', async () => {
      const fixPlan = fs.readFileSync(path.join(root, 'docs/fix_plan.md'), 'utf8')
      await archiveWithFailingFixPlanWrite()
      assert.equal(fs.existsSync(path.join(root, 'docs/fix_plan_archive.md')), false)
      assert.equal(fs.readFileSync(path.join(root, 'docs/fix_plan.md'), 'utf8'), fixPlan)
    })

    it('puts an existing archive back byte for byte', async () => {
      const existing = '# Fix Plan Archive\n\n## Archived 2025-10-17\n\n## [OLD-001] Old\n- Status: done'
      fs.writeFileSync(path.join(root, 'docs/fix_plan_archive.md'), existing)
      await archiveWithFailingFixPlanWrite()
      assert.equal(fs.readFileSync(path.join(root, 'docs/fix_plan_archive.md'), 'utf8'), existing)
    })
  })
})
