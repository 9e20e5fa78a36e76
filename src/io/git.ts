import {execFile} from 'node:child_process'
import {UserError} from '../errors.js'

/**
 * The only place planledger runs git (git-hooks.ts asks through runGit): to read ledgers as staged
 * (the index) or as they were at a revision. Paths are relative to the repository root, with `/`;
 * `root` is where git runs.
 */

/** A blob read from git: its bytes, or `undefined` when the path does not exist there. */
export type GitBlobs = Map<string, Uint8Array | undefined>

/**
 * Where `check` reads ledgers from: the index (`:path`) or a commit (`<rev>:path`). A `rev` that
 * names no commit yet (`HEAD` in a new repository) reads every path as absent.
 */
export type GitSource = {kind: 'index'} | {kind: 'commit'; rev: string}

const MAX_OUTPUT = 512 * 1024 * 1024

/** The commit `rev` names, or a one-line error when it names none. */
export async function resolveCommit(root: string, rev: string): Promise<string> {
  if (rev.startsWith('-') || rev.trim() === '') throw new UserError(`\`${rev}\` is not a revision`, {hint: 'pass a commit, branch or tag, e.g. --since HEAD~1'})
  const result = await git(root, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], {allowFailure: true})
  if (result.code !== 0) throw new UserError(`unknown revision \`${rev}\``, {hint: 'pass a commit, branch or tag that exists here (git log --oneline)'})
  return result.stdout.toString('utf8').trim()
}

/** Files in the index matching the glob patterns (`**` allowed), sorted. */
export async function listStagedFiles(root: string, globs: readonly string[]): Promise<string[]> {
  if (globs.length === 0) return []
  const {stdout} = await git(root, ['ls-files', '-z', '--cached', '--', ...globs.map((glob) => `:(glob)${glob}`)])
  return [...new Set(stdout.toString('utf8').split('\0').filter((path) => path !== ''))].sort()
}

/**
 * The contents of `paths` in `source`, in one `git cat-file --batch` process. A path that is
 * absent there, or is not a file (a folder, a submodule), maps to undefined.
 */
export async function readFiles(root: string, source: GitSource, paths: readonly string[]): Promise<GitBlobs> {
  const blobs: GitBlobs = new Map()
  const asked = paths.filter((path) => !/[\r\n]/.test(path))
  for (const path of paths) blobs.set(path, undefined)
  if (asked.length === 0) return blobs
  const prefix = source.kind === 'index' ? ':' : `${source.rev}:`
  const input = asked.map((path) => `${prefix}${path}\n`).join('')
  const {stdout} = await git(root, ['cat-file', '--batch'], {input})
  let offset = 0
  for (const path of asked) {
    const headerEnd = stdout.indexOf(0x0a, offset)
    if (headerEnd === -1) break
    const header = stdout.subarray(offset, headerEnd).toString('utf8')
    offset = headerEnd + 1
    const found = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header)
    if (!found) continue // `<spec> missing`, `<spec> ambiguous`: nothing follows
    const size = Number(found[2])
    if (found[1] === 'blob') blobs.set(path, stdout.subarray(offset, offset + size))
    offset += size + 1
  }
  return blobs
}

/**
 * Files git sees renamed (old path → new path) between a commit and the index (`index`: what is
 * staged against HEAD, against nothing before the first commit) or the work tree (`work-tree`:
 * tracked files against `rev`). One process; asked only when a ledger has gone, or is new.
 */
export async function findRenames(root: string, against: {kind: 'index'} | {kind: 'work-tree'; rev: string}): Promise<Map<string, string>> {
  const compared = against.kind === 'index' ? ['--cached'] : [against.rev]
  const {stdout} = await git(root, ['diff', '--name-status', '-z', '--find-renames', '--diff-filter=R', ...compared, '--'])
  // `R<score>\0<old>\0<new>\0` for each rename.
  const fields = stdout.toString('utf8').split('\0')
  const renames = new Map<string, string>()
  for (let at = 0; at + 2 < fields.length; at += 3) if (fields[at].startsWith('R')) renames.set(fields[at + 1], fields[at + 2])
  return renames
}

export interface GitResult {
  code: number
  stdout: Buffer
  /** Trimmed. */
  stderr: string
}

/**
 * Runs git in `cwd` and returns what it said, whatever its exit code. Only git missing is an error,
 * with `missingHint` saying what needed it.
 */
export function runGit(cwd: string, args: string[], options: {input?: string; missingHint: string}): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = execFile('git', args, {cwd, encoding: 'buffer', maxBuffer: MAX_OUTPUT, env: {...process.env, GIT_OPTIONAL_LOCKS: '0'}}, (error, stdout, stderr) => {
      if ((error as NodeJS.ErrnoException | null)?.code === 'ENOENT') return reject(new UserError('git is not installed (or not on PATH)', {hint: options.missingHint}))
      resolve({code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr: stderr.toString('utf8').trim()})
    })
    child.stdin?.on('error', () => undefined) // git may exit before reading all input; its exit status says why
    child.stdin?.end(options.input ?? '')
  })
}

/** runGit for check's reads: outside a repository or a failure is a one-line UserError unless the caller handles exit codes. */
async function git(root: string, args: string[], options: {input?: string; allowFailure?: boolean} = {}): Promise<GitResult> {
  const result = await runGit(root, args, {input: options.input, missingHint: '--staged and --since read ledgers through git'})
  if (/not a git repository/i.test(result.stderr)) {
    throw new UserError(`${root} is not inside a git repository`, {hint: '--staged and --since need one; run check without them'})
  }
  if (result.code !== 0 && !options.allowFailure) {
    throw new UserError(`git ${args[0]} failed: ${result.stderr.split('\n')[0] || `exit code ${result.code}`}`)
  }
  return result
}
