import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {planCheckFix} from '../../src/app/check/check-fix.js'
import {resolveConfig} from '../../src/config/config.js'
import {createDocument} from '../../src/ledger/document.js'
import {readFixPlan} from '../../src/ledger/fix-plan/fix-plan.js'
import {RULES} from '../../src/rules/index.js'
import {corpusPath, describeWithCorpus} from '../support/corpus.js'

/** `check --fix`'s plan for `text` as the fix plan of a repository of its own: the text it would write (itself when nothing). */
async function fixedText(text: string): Promise<{after: string; rules: string[]}> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'planledger-fix-corpus-'))
  try {
    fs.mkdirSync(path.join(root, 'docs'))
    fs.writeFileSync(path.join(root, 'docs/fix_plan.md'), text)
    const plan = await planCheckFix({cwd: root, root, config: resolveConfig()}, {paths: [], staged: false, strict: false, rules: RULES})
    return {after: plan.changes[0]?.after ?? text, rules: plan.fixes.map((fix) => fix.rule)}
  } finally {
    fs.rmSync(path.join(root), {recursive: true, force: true})
  }
}

const read = (...parts: string[]) => fs.readFileSync(corpusPath(...parts), 'utf8')

/** Real fix plans: the seed scenario's (index, numbered attempts) and ptychopinn's (heading entries with timestamps). */
const FILES = [['seed-scenario', 'docs/fix_plan.md'], ['ptychopinn/dose_experiments', 'docs/fix_plan.md'], ['ptychopinn/dose_experiments', 'fix_plan.md']]
const HISTORY = 'ptychopinn/history/dose_experiments-docs-fix_plan'

describeWithCorpus('check --fix on real fix plans', () => {
  it('plans nothing for the corpus fix plans as they are: no byte would change', async () => {
    const wild = fs.readdirSync(corpusPath('wild')).flatMap((repo) => ['docs/fix_plan.md', 'fix_plan.md', '@fix_plan.md', '.agent/fix_plan.md'].map((file) => ['wild', repo, file]))
    for (const parts of [...FILES, ...wild].filter((parts) => fs.existsSync(corpusPath(...parts)))) {
      const text = read(...parts)
      const {after, rules} = await fixedText(text)
      assert.deepEqual(rules, [], parts.join('/'))
      assert.equal(after, text, parts.join('/'))
    }
  })

  it('puts back an index status changed to another state, in the index\u2019s own wording', async () => {
    const text = read('seed-scenario', 'docs/fix_plan.md')
    const ledger = readFixPlan(createDocument('fix_plan.md', text))
    for (const entry of ledger.index.filter((candidate) => candidate.statusSpan)) {
      const other = entry.status === 'done' ? 'pending' : 'done'
      const injected = text.slice(0, entry.statusSpan!.start) + other + text.slice(entry.statusSpan!.end)
      const {after, rules} = await fixedText(injected)
      assert.deepEqual(rules, ['index-mismatch'], entry.id)
      assert.equal(after, text, entry.id)
    }
  })

  it('renumbers a copy of the newest attempt appended by a second loop, and only it', async () => {
    const text = read('seed-scenario', 'docs/fix_plan.md')
    const ledger = readFixPlan(createDocument('fix_plan.md', text))
    for (const item of ledger.items.filter((candidate) => (candidate.attempts?.entries.length ?? 0) > 0)) {
      const entries = item.attempts!.entries
      const newest = entries[entries.length - 1]
      const copy = ledger.doc.lines[newest.line - 1].text
      const end = ledger.doc.lines[newest.endLine - 1].endWithEol
      const injected = `${text.slice(0, end)}${copy}\n${text.slice(end)}`
      const highest = Math.max(...entries.map((entry) => entry.number ?? 0))
      const {after, rules} = await fixedText(injected)
      assert.deepEqual(rules, ['attempt-numbering'], item.id ?? '')
      assert.equal(after, `${text.slice(0, end)}${copy.replace(`#${newest.number}`, `#${highest + 1}`)}\n${text.slice(end)}`, item.id ?? '')
    }
  })

  it('moves a Last Updated set back before the newest attempt forward to it, in its own format', async () => {
    const seed = read('seed-scenario', 'docs/fix_plan.md')
    const rolledBack = seed.replace('**Last Updated:** 2025-10-19', '**Last Updated:** 2025-09-30')
    assert.equal((await fixedText(rolledBack)).after, seed)
    // Heading entries carry timestamps: a date-only header gets the newest one's date, never its time.
    for (const file of ['010', '030', '055'].map((prefix) => fs.readdirSync(corpusPath(HISTORY)).find((name) => name.startsWith(prefix))!)) {
      const text = read(HISTORY, file)
      const withHeader = text.replace(/^# Fix Plan[^\n]*\n/, (title) => `${title}\n**Last Updated:** 2026-01-01\n`)
      const ledger = readFixPlan(createDocument('fix_plan.md', withHeader))
      const newest = ledger.attempts!.entries.map((entry) => entry.date!).sort().at(-1)!
      const {after, rules} = await fixedText(withHeader)
      assert.deepEqual(rules, ['last-updated'], file)
      assert.equal(after, withHeader.replace('**Last Updated:** 2026-01-01', `**Last Updated:** ${newest.slice(0, 10)}`), file)
    }
  })
})
