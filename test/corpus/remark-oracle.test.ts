import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {relative, sep} from 'node:path'
import {corpusPath, describeWithCorpus, markdownFilesUnder} from '../support/corpus.js'
import {OracleTally} from '../support/oracle-tally.js'

/**
 * The scanner against an independent parser (remark-parse + remark-gfm) on every corpus file:
 * every heading, list item, checkbox and table row the scanner reports must be where remark sees
 * the same construct, and every heading, task item and table row remark sees must be reported,
 * except where a known exception (test/support/oracle-exceptions.ts) says why not.
 */
describeWithCorpus('the scanner against remark on every corpus file', () => {
  const root = corpusPath()
  const files = markdownFilesUnder(root).map((path) => relative(root, path))
  const tally = new OracleTally()

  it('reads every kind of corpus file, hidden folders, histories and merges too', () => {
    for (const part of ['ptychopinn/', 'seed-scenario/', 'wild/', `${sep}.agent${sep}`, `${sep}history${sep}`, `${sep}merge-`]) {
      assert.ok(files.some((file) => file.includes(part)), `no corpus file under ${part}`)
    }
  })

  // One test per group rather than per file: a failure still names every file and line.
  for (const [group, members] of groupFiles(files)) {
    it(`agrees on ${group} (${members.length} files)`, function () {
      this.timeout(120_000)
      const unexplained = members.flatMap((file) => tally.check(file, readFileSync(`${root}${sep}${file}`, 'utf8')))
      assert.deepEqual(unexplained, [], `disagreements no known exception covers:\n${unexplained.join('\n')}`)
    })
  }

  after(() => {
    // The counts the brief asks for: files, constructs compared, exceptions by kind.
    console.log(`      ${tally.summary()}`)
  })
})

/** Corpus files by top folder, histories apart (they are most of the files and most of the time). */
function groupFiles(files: string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>()
  for (const file of files) {
    const parts = file.split(sep)
    const top = parts.length === 1 ? 'the corpus root' : parts[0]
    const group = parts.includes('history') ? `${top} histories` : top
    groups.set(group, [...(groups.get(group) ?? []), file])
  }
  return groups
}
