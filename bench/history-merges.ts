// Merges replayed from the corpus histories: two consecutive real agent edits, each made on its own
// branch off the version before the first.
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {diffArrays} from 'diff'
import {wildRepos} from './corpus-ledgers.js'
import {gitMergeFile} from './git-merge-file.js'
import type {MergeScenario} from './merge-scenario.js'

/** A folder of successive versions of one ledger, oldest first, and the path it has in its repository. */
export interface History {
  name: string
  dir: string
  path: string
}

/** The corpus histories: ptychopinn's fix plan and journal, and each wild repository's `history/`. */
export function corpusHistories(corpusRoot: string): History[] {
  const histories: History[] = [
    {name: 'ptychopinn/fix_plan', dir: join(corpusRoot, 'ptychopinn/history/dose_experiments-docs-fix_plan'), path: 'docs/fix_plan.md'},
    {name: 'ptychopinn/galph_memory', dir: join(corpusRoot, 'ptychopinn/history/dose_experiments-galph_memory'), path: 'galph_memory.md'},
  ]
  for (const repo of wildRepos(corpusRoot)) {
    const dir = join(repo.dir, 'history')
    if (existsSync(dir)) histories.push({name: repo.name, dir, path: repo.fixPlan ?? 'fix_plan.md'})
  }
  return histories.filter((history) => existsSync(history.dir))
}

/**
 * For versions v0, v1, v2 of a history: ours = v1, theirs = v0 with v1→v2's change.
 * - `history`: the change cherry-picks cleanly onto v0 (`git merge-file v0 v1 v2`, no conflict).
 * - `history-appends`: it does not, but v1→v2 only inserts lines in one place: they go into v0 after
 *   the last line before that place that v0 also has. The usual case: both edits append at the same
 *   spot (an attempt to the same item, a journal entry at the end), which is where git conflicts.
 */
export function historyMerges(corpusRoot: string): MergeScenario[] {
  const scenarios: MergeScenario[] = []
  for (const history of corpusHistories(corpusRoot)) {
    const files = readdirSync(history.dir).filter((name) => name.endsWith('.md')).sort()
    const texts = files.map((name) => readFileSync(join(history.dir, name), 'utf8'))
    for (let at = 0; at + 2 < texts.length; at++) {
      const [v0, v1, v2] = texts.slice(at, at + 3)
      if (v0 === v1 || v1 === v2) continue
      const name = `${history.name}@${files[at + 1].replace(/\.md$/, '')}`
      const picked = gitMergeFile(v0, v1, v2)
      if (picked.conflicts === 0) {
        if (picked.text !== v0 && picked.text !== v1) scenarios.push({name, kind: 'history', path: history.path, base: v0, ours: v1, theirs: picked.text})
        continue
      }
      const theirs = relocatedInsertion(v0, v1, v2)
      if (theirs !== undefined && theirs !== v0 && theirs !== v1) scenarios.push({name, kind: 'history-appends', path: history.path, base: v0, ours: v1, theirs})
    }
  }
  return scenarios
}

/** Lines with their endings, so joining them gives the text back. */
function linesOf(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? []
}

/** v0 with the lines v1→v2 inserts, when that is all v1→v2 does (one block, nothing removed); else undefined. */
export function relocatedInsertion(v0: string, v1: string, v2: string): string | undefined {
  const [lines0, lines1, lines2] = [v0, v1, v2].map(linesOf)
  const change = diffArrays(lines1, lines2)
  const edits = change.filter((part) => part.added || part.removed)
  if (edits.length !== 1 || !edits[0].added) return undefined
  const inserted = edits[0].value
  const before = change.slice(0, change.indexOf(edits[0])).reduce((count, part) => count + part.value.length, 0)
  // Where each v1 line stands in v0, for the lines the first edit left in place.
  const inV0 = new Map<number, number>()
  let [at0, at1] = [0, 0]
  for (const part of diffArrays(lines0, lines1)) {
    if (part.added) at1 += part.value.length
    else if (part.removed) at0 += part.value.length
    else for (let k = 0; k < part.value.length; k++) inV0.set(at1++, at0++)
  }
  let anchor = before - 1
  while (anchor >= 0 && !inV0.has(anchor)) anchor--
  const insertAt = anchor < 0 ? 0 : inV0.get(anchor)! + 1
  // A last line without its newline would run into the inserted block.
  if (insertAt > 0 && !lines0[insertAt - 1].endsWith('\n')) return undefined
  return [...lines0.slice(0, insertAt), ...inserted, ...lines0.slice(insertAt)].join('')
}
