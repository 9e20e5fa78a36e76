import {resolve} from 'node:path'
import {UserError} from '../errors.js'
import type {ProjectConfig} from '../config/project-config.js'
import type {LoadedFile} from '../io/read-ledger.js'
import {createDocument, type LedgerDocument} from '../ledger/document.js'
import type {ScanResult} from '../ledger/scan.js'
import type {PlannedChange} from './apply-change.js'
import {plannedFileChange} from './file-change.js'
import {readablePath} from './locate-ledgers.js'

/** A ledger read for editing: the bytes and fingerprint a later write is checked against. */
export interface EditableFile {
  file: LoadedFile
  doc: LedgerDocument
  scan: ScanResult
}

/** Reads and scans `path` (cwd-relative, as shown in messages); refuses a file outside the repository or mid-merge. */
export async function readEditable(project: ProjectConfig, path: string): Promise<EditableFile> {
  const [{readLedgerFile}, {requireInsideRepository}, {scanDocument}] = await Promise.all([
    import('../io/read-ledger.js'),
    import('../io/inside-repository.js'),
    import('../ledger/scan.js'),
  ])
  const file = await readLedgerFile(readablePath(path, resolve(project.cwd, path)))
  // The file read, links resolved, is the file a write would replace.
  requireInsideRepository(project.root, file.realPath, path, 'planledger edits files of the repository it runs in: run it in the one that holds the file (a symlink must point inside too)')
  const doc = createDocument(path, file.text)
  const scan = scanDocument(doc)
  if (scan.conflictMarkers.length > 0) {
    throw new UserError('git conflict markers found; resolve the merge first', {path, line: scan.conflictMarkers[0] + 1})
  }
  return {file: {...file, path}, doc, scan}
}

/** The change a command proposes for one file: written through the locked, fingerprint-checked path. */
export function plannedChange(editable: EditableFile, after: string): PlannedChange {
  return plannedFileChange(editable.file, after, editable.doc.path)
}
