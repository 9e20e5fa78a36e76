import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {planNewItem} from '../../src/edit/new-item.js'
import {applyEdits} from '../../src/edit/text-edit.js'
import {UserError} from '../../src/errors.js'
import {createDocument} from '../../src/ledger/document.js'
import {readFixPlan} from '../../src/ledger/fix-plan/fix-plan.js'
import type {FixPlanLedger} from '../../src/ledger/model.js'
import {makeScenario, removeScenario, runCli} from '../cli/run-cli.js'
import {corpusPath, describeWithCorpus, markdownFilesUnder} from '../support/corpus.js'

/** A fresh ID shaped like the file's last one: its last number made 9000 + that number (`T-307` → `T-9307`), `NEW-1` when items have none. */
function freshId(ledger: FixPlanLedger): string {
  const last = ledger.items.flatMap((item) => (item.id === null ? [] : [item.id])).at(-1)
  if (last === undefined) return 'NEW-1'
  return last.replace(/(\d+)(?!.*\d)/, (digits) => String(9000 + Number(digits)))
}

/** `before` with `after`'s extra lines taken out, when those lines form runs inserted without changing any other line. */
function withoutInserted(before: string[], after: string[]): string[] {
  const kept: string[] = []
  let at = 0
  for (const line of after) {
    if (at < before.length && line === before[at]) {
      kept.push(line)
      at++
    }
  }
  return kept
}

describeWithCorpus('item add on real fix plans', () => {
  const root = corpusPath('wild')
  const files = markdownFilesUnder(root).filter((path) => /(?:^|\/)@?fix_plan\.md$/.test(path) && !/\/(?:history|merge-[^/]+)\//.test(path))

  it('adds one item to every wild fix plan it can, only inserting lines, read back with its ID (a queue entry: its text); refuses the others in one line', () => {
    let added = 0
    for (const path of files) {
      const name = relative(root, path)
      const text = readFileSync(path, 'utf8')
      const ledger = readFixPlan(createDocument(name, text))
      const id = freshId(ledger)
      let plan
      try {
        plan = planNewItem(ledger, {id, title: 'Corpus probe item', dependsOn: []})
      } catch (error) {
        assert.ok(error instanceof UserError, `${name}: ${String(error)}`)
        assert.ok(!error.message.includes('\n'), name)
        continue
      }
      const after = applyEdits(text, plan.edits)
      const before = text.split('\n')
      assert.deepEqual(withoutInserted(before, after.split('\n')), before, `${name}: a line other than the new ones changed`)
      const reread = readFixPlan(createDocument(name, after))
      assert.equal(reread.items.length, ledger.items.length + 1, name)
      const item = reread.items.find((candidate) => (candidate.id ?? candidate.title.split(':')[0]) === id)
      assert.ok(item, `${name}: ${id} not read back`)
      assert.equal(item.line, plan.line, name)
      assert.deepEqual(plan.warnings, [], name)
      added++
    }
    assert.ok(added >= 15, `only ${added} of ${files.length} files took an item`)
  })

  it('seed scenario: the CLI adds an item with its index row and check gives the same verdict as before', async () => {
    const scenario = makeScenario()
    try {
      const check = async () => (await runCli(['check', 'docs/fix_plan.md'], {cwd: scenario})).exitCode
      const verdict = await check()
      const result = await runCli(['item', 'add', 'DATA-LOADER-003', '--title', 'Cache decoded batches', '--priority', 'Low', '--yes'], {cwd: scenario})
      assert.equal(result.exitCode, 0, result.stderr)
      const ledger = readFixPlan(createDocument('fix_plan.md', readFileSync(join(scenario, 'docs/fix_plan.md'), 'utf8')))
      assert.equal(ledger.items.at(-1)?.id, 'DATA-LOADER-003')
      assert.deepEqual(ledger.index.at(-1), {...ledger.index.at(-1), id: 'DATA-LOADER-003', priority: 'Low', status: 'pending'})
      assert.equal(await check(), verdict)
    } finally {
      removeScenario(scenario)
    }
  })
})
