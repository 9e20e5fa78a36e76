import assert from 'node:assert/strict'
import {mkdirSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {createDocument} from '../../src/ledger/document.js'
import {readFixPlan} from '../../src/ledger/fix-plan/fix-plan.js'
import {corpusPath, describeWithCorpus} from '../support/corpus.js'
import {copyWritable} from '../support/writable-copy.js'
import {makeScenario, removeScenario, runCli, snapshotFiles} from './run-cli.js'

describeWithCorpus('planledger attempt without an ITEM (file-level heading history)', () => {
  let root: string
  afterEach(() => rmSync(root, {recursive: true, force: true}))

  it('appends a `### <time> — label` section after the last entry, body right under the heading as the file does', async () => {
    root = mkdtempSync(join(tmpdir(), 'planledger-heading-'))
    mkdirSync(join(root, 'docs'))
    copyWritable(corpusPath('ptychopinn/dose_experiments/docs/fix_plan.md'), join(root, 'docs/fix_plan.md'))
    const before = readFileSync(join(root, 'docs/fix_plan.md'), 'utf8')
    const history = readFixPlan(createDocument('f', before)).attempts!
    const last = history.entries.at(-1)!
    const result = await runCli(['attempt', '--label', 'seed S9 (shipped)', '--date', '2026-01-24T01:00Z', '--body', '**Action:** Did it.', '--yes', '--json'], {cwd: root})
    assert.equal(result.exitCode, 0, result.stderr)
    assert.equal(JSON.parse(result.stdout).item, null)
    const after = readFileSync(join(root, 'docs/fix_plan.md'), 'utf8')
    const lines = before.split('\n')
    let end = last.endLine
    while (lines[end - 1].trim() === '') end--
    const expected = [...lines.slice(0, end), '', '### 2026-01-24T01:00Z — seed S9 (shipped)', '**Action:** Did it.', ...lines.slice(end)].join('\n')
    assert.equal(after, expected)
    assert.equal(readFixPlan(createDocument('f', after)).attempts!.entries.length, history.entries.length + 1)
  })

  it('on a ledger with items but no file-level history: exit 2, names the items, changes nothing', async () => {
    root = makeScenario()
    const snapshot = snapshotFiles(root)
    const result = await runCli(['attempt', '--body', 'text', '--yes'], {cwd: root})
    assert.equal(result.exitCode, 2)
    assert.equal(result.stderr.split('\n')[0], 'planledger: docs/fix_plan.md has no file-level Attempts History; name the item to append to')
    assert.match(result.stderr, /hint: planledger attempt TEST-PYTORCH-001 …/)
    assert.deepEqual(snapshotFiles(root), snapshot)
    removeScenario(root)
    root = mkdtempSync(join(tmpdir(), 'planledger-empty-'))
  })
})
