import {memoizeByString} from '../../ledger/string-memo.js'

/**
 * Which cited strings (a code span's content, a link target) are artifact paths, and which files
 * they name. A heuristic over what real ledgers write; its choices:
 * - a path has no spaces, contains `/` or ends in a known file extension; commands, code, flags,
 *   URLs and dotted Python names are not paths;
 * - `NAME=value` (an env assignment such as `TEE_LOG=…`) cites its value;
 * - line suffixes (`:65-161`), pytest node IDs (`::test_x`) and `#anchors` are dropped;
 * - `{a,b}` brace groups expand to one path per alternative (up to 256 paths; more are not checked);
 * - templates (`<TS>`, `{ts}`, `…`, `...`, `YYYY`) and globs (`*`, `?`) are recognised as paths, with
 *   no concrete paths: callers match them against what exists (globPatternOf).
 */
export type EvidenceKind = 'path' | 'template' | 'glob'

/** Shared between callers (see evidencePathOf), hence read-only. */
export interface EvidencePath {
  readonly kind: EvidenceKind
  /** The cited path after the cleaning above, before brace expansion. */
  readonly path: string
  /** The concrete paths to check (brace groups expanded); empty for templates and globs. */
  readonly paths: readonly string[]
}

// Extensions that make a bare name (no `/`) a file: `runtime_profile.md`, `params.dill`, not `numpy.roll`.
const FILE_EXTENSIONS = new Set(
  (
    'md markdown txt rst log out err json jsonl ndjson csv tsv yaml yml toml cfg ini conf env xml html htm ' +
    'py ipynb sh bash zsh ps1 bat js mjs cjs ts tsx jsx java kt go rs c h cc cpp hpp cs rb php swift scala r m jl lua sql ' +
    'npz npy h5 hdf5 mat dill pkl pickle pt pth ckpt onnx safetensors parquet feather arrow tif tiff png jpg jpeg gif svg bmp webp ' +
    'pdf tex bib zip gz tgz tar bz2 xz 7z sha256 md5 diff patch lock whl'
  ).split(' '),
)

const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\/|^mailto:|^www\./i
const ENV_ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=(.*)$/s
// Characters of code and shell, never of a path a ledger cites (`<>{}*?` are templates and globs, handled below).
const NOT_IN_PATH = /[\s()[\]'"`=;|&$!,:\\^]/
const TEMPLATE = /<[^<>/]*>|\{[^{},/]*\}|…|\.\.\.|YYYY|\bTIMESTAMP\b/
const GLOB = /[*?]/
const EXTENSION = /\.([A-Za-z0-9]{1,10})$/

/** What `cited` names as evidence, or undefined when it does not look like a path. Computed once per string. */
export const evidencePathOf: (cited: string) => EvidencePath | undefined = memoizeByString(readEvidencePath)

function readEvidencePath(cited: string): EvidencePath | undefined {
  // Only a `/` or a file extension makes a path, and every step below keeps or drops characters but
  // adds none: most cited words (`Validate`, `pytest`) are rejected here before a dozen regexes run.
  if (!cited.includes('/') && !cited.includes('.')) return undefined
  let text = cited.trim()
  if (text === '' || URL_SCHEME.test(text)) return undefined
  const assignment = ENV_ASSIGNMENT.exec(text)
  if (assignment) text = assignment[1].replace(/^(["'])(.*)\1$/s, '$2').trim()
  const node = text.indexOf('::')
  if (node !== -1) text = text.slice(0, node)
  text = text.replace(/#.*$/s, '')
  text = text.slice(0, lineSuffixStart(text)).replace(/^\.\//, '')
  if (text === '' || /^[-~]/.test(text) || !/\p{L}/u.test(text)) return undefined
  // Commas and colons are allowed only inside brace groups (`{json,md}`).
  if (NOT_IN_PATH.test(text.replace(/\{[^{}]*\}/g, (group) => group.replace(/,/g, '')))) return undefined
  const paths = expandBraces(text)
  if (paths === undefined || !paths.every(isPathShaped)) return undefined
  if (TEMPLATE.test(text)) return {kind: 'template', path: text, paths: []}
  if (GLOB.test(text)) return {kind: 'glob', path: text, paths: []}
  return {kind: 'path', path: text, paths}
}

/**
 * Where a line suffix (`:65`, `:65-161`, `:L10:L20`, `:3–5`) starts, or the length when there is
 * none: `:` then `L?digits` units joined by `-`, `–` or `:`, to the end. Read backwards by hand: the
 * regex `/:L?\d+(?:[-–:]L?\d+)*$/` rescanned the rest from every `:` (quadratic on `0:0:0:…x`).
 */
function lineSuffixStart(text: string): number {
  let start = text.length
  let at = text.length
  for (;;) {
    let digits = at
    while (digits > 0 && text[digits - 1] >= '0' && text[digits - 1] <= '9') digits--
    if (digits === at) return start
    const unit = digits > 0 && text[digits - 1] === 'L' ? digits - 1 : digits
    const separator = text[unit - 1]
    if (separator === ':') start = unit - 1
    else if (separator !== '-' && separator !== '–') return start
    at = unit - 1
  }
}

/** More concrete paths than a brace pattern may stand for: each group multiplies them (`{a,b}` × 30 is a billion). */
const MAX_BRACE_PATHS = 256

/**
 * `a/{b,c}.md` → `a/b.md`, `a/c.md`; undefined for unbalanced braces, or for more than
 * MAX_BRACE_PATHS paths (not checked, as a glob is not). A `{word}` without commas stays (a template).
 */
export function expandBraces(text: string): string[] | undefined {
  let paths = ['']
  let rest = text
  for (;;) {
    const open = rest.search(/\{[^{}]*,[^{}]*\}/)
    if (open === -1) break
    const close = rest.indexOf('}', open)
    const head = rest.slice(0, open)
    const alternatives = rest.slice(open + 1, close).split(',')
    if (paths.length * alternatives.length > MAX_BRACE_PATHS) return undefined
    paths = paths.flatMap((path) => alternatives.map((alternative) => path + head + alternative))
    rest = rest.slice(close + 1)
  }
  if (/[{}]/.test(rest.replace(/\{[^{},/]*\}/g, ''))) return undefined
  return paths.map((path) => path + rest)
}

/** Contains `/` (a folder, a file with an extension, or three segments), or is a bare name with a known extension. */
function isPathShaped(path: string): boolean {
  const segments = path.split('/').filter((segment) => segment !== '')
  if (segments.length === 0) return false
  const last = segments[segments.length - 1]
  if (path.includes('/')) {
    return path.endsWith('/') || EXTENSION.test(last) || segments.length >= 3 || GLOB.test(last) || TEMPLATE.test(last)
  }
  return hasFileExtension(last)
}

/** `summary.md`, `env.json`, `.planledger.json`; not `numpy.roll`, `2.8.0`, nor an extension alone (`.tar.gz`). */
function hasFileExtension(name: string): boolean {
  const parts = name.split('.')
  if (parts.length < 2 || !FILE_EXTENSIONS.has(parts[parts.length - 1].toLowerCase())) return false
  // A name before the extension (`env.json`, though `env` is an extension too), or a dotfile's name.
  return parts[0] !== '' || parts.slice(1, -1).some((part) => part !== '' && !FILE_EXTENSIONS.has(part.toLowerCase()))
}

/**
 * A template or glob path as a glob to match against what exists: each placeholder (`<STAMP>`,
 * `{ts}`, `YYYY-MM-DD`, `TIMESTAMP`, `…` inside a name) stands for any one name part (`*`), a
 * segment that is only `…` or `...` for any folders (`**`). Undefined for a path leaving its base (`..`, `/`).
 */
export function globPatternOf(path: string): string | undefined {
  if (path.startsWith('/')) return undefined
  const segments = path.split('/').map((segment) => {
    if (segment === '…' || segment === '...') return '**'
    return segment.replace(/<[^<>/]*>|\{[^{},/]*\}|…|\.\.\.|YYYY[A-Z0-9:-]*|\bTIMESTAMP\b/g, '*').replace(/\*{2,}/g, '*')
  })
  return segments.includes('..') ? undefined : segments.join('/')
}

/** A placeholder (`<TS>`, `{ts}`, `…`) or glob (`*`) path: it names no single file to look for. */
export function isTemplateOrGlob(path: string): boolean {
  return TEMPLATE.test(path) || GLOB.test(path)
}
