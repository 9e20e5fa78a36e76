import {resolve} from 'node:path'
import {UserError} from '../../errors.js'
import type {ProjectConfig} from '../../config/project-config.js'
import {newestEntry, readJournal, type JournalEntry} from '../../ledger/journal.js'
import {readEditable} from '../editable-ledger.js'
import {fileExists, shownPath} from '../locate-ledgers.js'

export interface JournalStatus {
  /** cwd-relative. */
  path: string
  /** Timestamped entries in the file. */
  entries: number
  /** The entry with the latest timestamp; null when the file has none. */
  newest: JournalEntry | null
}

/**
 * The journals `journals` in .planledger.json names (each must exist), else `galph_memory.md` at the
 * repository root when there is one (the supervisor journal of agent loops); none is fine.
 */
export async function readJournals(project: ProjectConfig): Promise<JournalStatus[]> {
  const configured = project.config.user.journals !== undefined
  const statuses: JournalStatus[] = []
  for (const journal of project.config.journals) {
    const present = await fileExists(project, journal)
    if (!configured && !present) continue
    const path = shownPath(project, resolve(project.root, journal))
    if (!present) throw new UserError(`journal ${path} not found (named in "journals" in .planledger.json)`, {path, hint: 'fix the path, or take it out of "journals"'})
    const {doc, scan} = await readEditable(project, path)
    const entries = readJournal(doc, scan)
    statuses.push({path, entries: entries.length, newest: newestEntry(entries) ?? null})
  }
  return statuses
}
