import {stat} from 'node:fs/promises'
import {relative, resolve} from 'node:path'
import {UserError} from '../../errors.js'
import type {ProjectConfig} from '../../config/project-config.js'
import type {GitSource} from '../../io/git.js'
import {fileExists, readablePath} from '../locate-ledgers.js'

/** A file `check` reads: root-relative with `/` (what git wants), and as messages name it (cwd-relative). */
export interface SourceFile {
  rootRelative: string
  shown: string
}

/**
 * Where `check` reads ledger texts from: the work tree, the git index (--staged) or a commit
 * (--since REV, and the HEAD baseline of --staged).
 */
export interface LedgerSource {
  /** How messages name the source: `the work tree`, `the git index`, `HEAD`, the REV as given. */
  name: string
  /** Root-relative files matching the `plans` globs in this source, sorted (sources of current files only). */
  listPlans?(): Promise<string[]>
  /**
   * The texts of `files`, by root-relative path. An absent file maps to undefined unless `required`,
   * when it is a one-line error (a PATH the user gave).
   */
  read(files: SourceFile[], required: boolean): Promise<Map<string, string | undefined>>
}

/** The work tree, read with the checks every command applies (but no refusal of conflict markers). */
export function workTreeSource(project: ProjectConfig): LedgerSource {
  return {
    name: 'the work tree',
    async listPlans() {
      const {findPlanFiles} = await import('../load-ledgers.js')
      return (await findPlanFiles(project)).map((shown) => rootRelativeOf(project, shown))
    },
    async read(files, required) {
      const {readLedgerText} = await import('../../io/read-ledger.js')
      const texts = await Promise.all(
        files.map(async ({rootRelative, shown}) => {
          if (!required && !(await fileExists(project, rootRelative))) return undefined
          return readLedgerText(readablePath(shown, resolve(project.root, rootRelative)))
        }),
      )
      return new Map(files.map(({rootRelative}, index) => [rootRelative, texts[index]]))
    },
  }
}

/** A git source: the index for --staged, a commit for --since and for the baseline. Blobs are decoded like files. */
export function gitSource(project: ProjectConfig, source: GitSource, name: string): LedgerSource {
  const git = import('../../io/git.js')
  return {
    name,
    ...(source.kind === 'index' && {
      async listPlans() {
        const {listStagedFiles} = await git
        const {fixPlanCandidates, findings, archive, plans} = project.config
        const ledgers = new Set([...fixPlanCandidates, findings, archive].map(normalise))
        return (await listStagedFiles(project.root, plans)).filter((path) => !ledgers.has(path))
      },
    }),
    async read(files, required) {
      const [{readFiles}, {decodeLedger, MAX_LEDGER_BYTES}] = await Promise.all([git, import('../../io/read-ledger.js')])
      if (required) await refuseFolders(project, files)
      const blobs = await readFiles(project.root, source, files.map((file) => file.rootRelative))
      const texts = new Map<string, string | undefined>()
      for (const {rootRelative, shown} of files) {
        const bytes = blobs.get(rootRelative)
        if (bytes === undefined && required) {
          throw new UserError(`${shown} is not in ${name}`, {path: shown, hint: source.kind === 'index' ? `stage it first (git add ${shown})` : undefined})
        }
        if (bytes && bytes.length > MAX_LEDGER_BYTES) {
          throw new UserError(`${shown} is too large in ${name}: ${bytes.length} bytes (the limit is ${MAX_LEDGER_BYTES} bytes)`, {path: shown})
        }
        texts.set(rootRelative, bytes && decodeLedger(shown, bytes))
      }
      return texts
    },
  }
}

/** A PATH naming a folder is a usage error in every mode, said the same way as for the work tree. */
async function refuseFolders(project: ProjectConfig, files: SourceFile[]): Promise<void> {
  for (const {rootRelative, shown} of files) {
    const isFolder = await stat(resolve(project.root, rootRelative)).then((stats) => stats.isDirectory(), () => false)
    if (isFolder) throw new UserError(`cannot read ${shown}: it is a directory`, {path: shown, hint: 'pass the ledger file itself, e.g. docs/fix_plan.md'})
  }
}

/** `docs/fix_plan.md` from a cwd-relative path; a path outside the root keeps its `../` form. */
export function rootRelativeOf(project: ProjectConfig, shown: string): string {
  return normalise(relative(project.root, resolve(project.cwd, shown)))
}

function normalise(path: string): string {
  return path.split('\\').join('/').replace(/^\.\//, '')
}
