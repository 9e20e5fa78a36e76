import {UserError} from '../errors.js'
import {DIALECTS, type Dialect} from '../ledger/model.js'
import {CONFIGURABLE_STATES} from '../ledger/plan/state-marker.js'
import {didYouMean, suggestClosest} from '../ledger/suggest.js'
import {normalizeKey} from '../ledger/fix-plan/item-fields.js'
import {DEFAULT_WORKING_PLAN_ALIASES, WORKING_PLAN_KEY} from '../ledger/fix-plan/working-plan-field.js'
import {RULE_IDS} from './rule-ids.js'

/** The project file; its folder is the repository root, against which all its paths resolve. */
export const CONFIG_FILE_NAME = '.planledger.json'

export type RuleSeverity = 'error' | 'warning' | 'off'

/** `.planledger.json` as written: every key optional. */
export interface PlanledgerConfig {
  fixPlan?: string
  findings?: string
  plans?: string[]
  archive?: string
  /** `check` rule id → severity, overriding the rule's default for all its reports. */
  rules?: Record<string, RuleSeverity>
  /** Markers added to the state vocabulary: `{"done": ["✓"], "partial": ["~", "WIP"]}` (open, partial, done, blocked, skipped). */
  states?: Record<string, unknown>
  /** Line cap for the fix plan (`check` rule line-budget; default 1000). */
  lineBudget?: number
  /** How the fix plan writes its items (FORMATS.md §4), instead of detecting it. */
  dialect?: Dialect
  /** A regular expression (source) for item IDs, replacing the built-in ID token. */
  idPattern?: string
  /** Other names of a field planledger reads: `{"Working Plan": ["Plan Reference", "Plan"]}` (replaces the default list). */
  fieldAliases?: Record<string, string[]>
  /** `status`: an item not done or blocked with at least this many attempts is stuck (default 5). */
  stuckAfter?: number
  /** `status`: journal files (`## <timestamp>` entries), root-relative; default `galph_memory.md` when present. */
  journals?: string[]
  /** `check` rule status-vocabulary: the Status words the fix plan may use (default: the words it uses twice). */
  statusVocabulary?: string[]
  /** `check` rule wip-limit: at most this many items in_progress (unset: the rule is off). */
  wipLimit?: number
}

/** The configuration a command works with: defaults filled in, user's own choices kept apart. */
export interface ResolvedConfig {
  /** Candidate fix-plan paths, first existing wins (one entry when the user chose it). */
  fixPlanCandidates: string[]
  findings: string
  plans: string[]
  archive: string
  rules: Record<string, RuleSeverity>
  states: Record<string, unknown>
  lineBudget?: number
  dialect?: Dialect
  idPattern?: string
  /** Field → its other names, defaults filled in (`Working Plan` always present). */
  fieldAliases: Record<string, string[]>
  stuckAfter: number
  /** Journal candidates (root-relative): the configured ones must exist, the default may be absent. */
  journals: string[]
  statusVocabulary?: string[]
  wipLimit?: number
  /** What the user wrote, to tell a configured path (must exist) from a default (may be absent). */
  user: PlanledgerConfig
}

/** Where loops keep the fix plan, most usual first: the first that exists is read. */
export const DEFAULT_FIX_PLAN_CANDIDATES = ['docs/fix_plan.md', 'fix_plan.md', '@fix_plan.md', '.agent/fix_plan.md']
export const DEFAULT_FINDINGS = 'docs/findings.md'
export const DEFAULT_PLANS = ['plans/active/**/*.md']
export const DEFAULT_ARCHIVE = 'docs/fix_plan_archive.md'
export const DEFAULT_STUCK_AFTER = 5
export const DEFAULT_JOURNALS = ['galph_memory.md']

const KNOWN_KEYS = ['fixPlan', 'findings', 'plans', 'archive', 'rules', 'states', 'lineBudget', 'dialect', 'idPattern', 'fieldAliases', 'stuckAfter', 'journals', 'statusVocabulary', 'wipLimit'] as const
/** Fields whose other names may be configured. */
const ALIASED_FIELDS: readonly string[] = [WORKING_PLAN_KEY]
const SEVERITIES: readonly string[] = ['error', 'warning', 'off']

/** Checks an already-parsed `.planledger.json` value; `fileName` is how messages name the file. */
export function validateConfig(value: unknown, fileName = CONFIG_FILE_NAME): PlanledgerConfig {
  const fail = (message: string, hint?: string): never => {
    throw new UserError(`${fileName}: ${message}`, {path: fileName, hint})
  }
  if (!isPlainObject(value)) return fail('must be a JSON object, e.g. {"fixPlan": "docs/fix_plan.md"}')
  for (const key of Object.keys(value)) {
    if ((KNOWN_KEYS as readonly string[]).includes(key)) continue
    const hint = didYouMean(suggestClosest(key, KNOWN_KEYS)) ?? `known keys: ${KNOWN_KEYS.join(', ')}`
    fail(`unknown key \`${key}\``, hint)
  }
  const config: PlanledgerConfig = {}
  for (const key of ['fixPlan', 'findings', 'archive'] as const) {
    const path = value[key]
    if (path === undefined) continue
    if (typeof path !== 'string' || path.trim() === '') fail(`\`${key}\` must be a non-empty string`)
    config[key] = path as string
  }
  if (value.plans !== undefined) config.plans = validatePaths('plans', value.plans, fail)
  if (value.journals !== undefined) config.journals = validatePaths('journals', value.journals, fail)
  if (value.rules !== undefined) config.rules = validateRules(value.rules, fail)
  if (value.states !== undefined) config.states = validateStates(value.states, fail)
  if (value.fieldAliases !== undefined) config.fieldAliases = validateFieldAliases(value.fieldAliases, fail)
  if (value.lineBudget !== undefined) {
    const budget = value.lineBudget
    if (typeof budget !== 'number' || !Number.isInteger(budget) || budget <= 0) fail('`lineBudget` must be a positive integer')
    config.lineBudget = budget as number
  }
  if (value.stuckAfter !== undefined) {
    const after = value.stuckAfter
    if (typeof after !== 'number' || !Number.isInteger(after) || after <= 0) fail('`stuckAfter` must be a positive integer (attempts), e.g. 5')
    config.stuckAfter = after as number
  }
  if (value.statusVocabulary !== undefined) config.statusVocabulary = validateStatusVocabulary(value.statusVocabulary, fail)
  if (value.wipLimit !== undefined) {
    const limit = value.wipLimit
    if (typeof limit !== 'number' || !Number.isInteger(limit) || limit <= 0) fail('`wipLimit` must be a positive integer (items in progress at once), e.g. 3')
    config.wipLimit = limit as number
  }
  if (value.dialect !== undefined) config.dialect = validateDialect(value.dialect, fail)
  if (value.idPattern !== undefined) config.idPattern = validateIdPattern(value.idPattern, fail)
  return config
}

/** Fills in defaults for every key the user left out. */
export function resolveConfig(user: PlanledgerConfig = {}): ResolvedConfig {
  return {
    fixPlanCandidates: user.fixPlan === undefined ? [...DEFAULT_FIX_PLAN_CANDIDATES] : [user.fixPlan],
    findings: user.findings ?? DEFAULT_FINDINGS,
    plans: user.plans ?? [...DEFAULT_PLANS],
    archive: user.archive ?? DEFAULT_ARCHIVE,
    rules: user.rules ?? {},
    states: user.states ?? {},
    lineBudget: user.lineBudget,
    dialect: user.dialect,
    idPattern: user.idPattern,
    fieldAliases: {[WORKING_PLAN_KEY]: [...DEFAULT_WORKING_PLAN_ALIASES], ...user.fieldAliases},
    stuckAfter: user.stuckAfter ?? DEFAULT_STUCK_AFTER,
    journals: user.journals ?? [...DEFAULT_JOURNALS],
    statusVocabulary: user.statusVocabulary,
    wipLimit: user.wipLimit,
    user,
  }
}

type Fail = (message: string, hint?: string) => never

/** `plans` (globs) or `journals` (paths): one string or a list of non-empty strings. */
function validatePaths(key: string, paths: unknown, fail: Fail): string[] {
  const list = typeof paths === 'string' ? [paths] : paths
  if (!Array.isArray(list) || list.some((path) => typeof path !== 'string' || path.trim() === '')) {
    return fail(`\`${key}\` must be a string or an array of strings`)
  }
  return list as string[]
}

function validateRules(rules: unknown, fail: Fail): Record<string, RuleSeverity> {
  if (!isPlainObject(rules)) return fail('`rules` must be an object of rule id → "error", "warning" or "off"')
  const ids = RULE_IDS
  for (const [id, severity] of Object.entries(rules)) {
    if (typeof severity !== 'string' || !SEVERITIES.includes(severity)) {
      fail(`\`rules.${id}\` must be "error", "warning" or "off"`)
    }
    if (!ids.includes(id)) fail(`unknown rule \`${id}\` in \`rules\``, didYouMean(suggestClosest(id, ids)) ?? 'see `planledger check --list-rules`')
  }
  return rules as Record<string, RuleSeverity>
}

const STATE_NAMES: readonly string[] = CONFIGURABLE_STATES

/** Each state maps to one marker or a list; a marker is what stands between the brackets, 1–4 characters. */
function validateStates(states: unknown, fail: Fail): Record<string, string[]> {
  if (!isPlainObject(states)) return fail('`states` must be an object')
  const result: Record<string, string[]> = {}
  for (const [state, value] of Object.entries(states)) {
    if (!STATE_NAMES.includes(state)) {
      fail(`unknown state \`${state}\` in \`states\``, didYouMean(suggestClosest(state, STATE_NAMES)) ?? `states are ${STATE_NAMES.join(', ')}`)
    }
    const markers = typeof value === 'string' ? [value] : value
    const isMarker = (marker: unknown) => typeof marker === 'string' && /^[^[\]\r\n]{1,4}$/u.test(marker)
    if (!Array.isArray(markers) || !markers.every(isMarker)) {
      fail(`\`states.${state}\` must be a marker or a list of markers, e.g. ["x", "✅"] (1–4 characters, no brackets)`)
    }
    result[state] = markers as string[]
  }
  return result
}

function validateDialect(dialect: unknown, fail: Fail): Dialect {
  if (typeof dialect === 'string' && (DIALECTS as readonly string[]).includes(dialect)) return dialect as Dialect
  const written = typeof dialect === 'string' ? dialect : JSON.stringify(dialect)
  return fail(`unknown dialect \`${written}\` in \`dialect\``, didYouMean(suggestClosest(written, DIALECTS)) ?? `dialects are ${DIALECTS.join(', ')}`)
}

/** A regular expression source that compiles (Unicode mode) and cannot match nothing. */
function validateIdPattern(pattern: unknown, fail: Fail): string {
  if (typeof pattern !== 'string' || pattern === '') return fail('`idPattern` must be a non-empty regular expression string, e.g. "[A-Z]+-\\d+"')
  let compiled: RegExp
  try {
    compiled = new RegExp(pattern, 'u')
  } catch (error) {
    return fail(`\`idPattern\` is not a valid regular expression: ${(error as Error).message}`)
  }
  if (compiled.test('')) fail('`idPattern` matches the empty string; it must match an ID such as "T-300"')
  return pattern
}

/** Status words: a non-empty list of one-line strings, each with a word in it (a Status is judged by its leading word). */
function validateStatusVocabulary(words: unknown, fail: Fail): string[] {
  const isWord = (word: unknown) => typeof word === 'string' && !/[\r\n]/.test(word) && /[\p{L}\p{N}]/u.test(word)
  if (!Array.isArray(words) || words.length === 0 || !words.every(isWord)) {
    return fail('`statusVocabulary` must be a non-empty list of status words, e.g. ["open", "in_progress", "blocked", "done"]')
  }
  return (words as string[]).map((word) => word.trim())
}

/** `{"Working Plan": ["Plan Reference", …]}`: a known field, each alias a non-empty one-line name. */
function validateFieldAliases(aliases: unknown, fail: Fail): Record<string, string[]> {
  if (!isPlainObject(aliases)) return fail('`fieldAliases` must be an object, e.g. {"Working Plan": ["Plan Reference", "Plan"]}')
  const result: Record<string, string[]> = {}
  for (const [key, value] of Object.entries(aliases)) {
    const field = ALIASED_FIELDS.find((known) => normalizeKey(known) === normalizeKey(key))
    if (field === undefined) {
      fail(`unknown field \`${key}\` in \`fieldAliases\``, didYouMean(suggestClosest(key, ALIASED_FIELDS)) ?? `fields with aliases: ${ALIASED_FIELDS.join(', ')}`)
    }
    const names = typeof value === 'string' ? [value] : value
    const isName = (name: unknown) => typeof name === 'string' && name.trim() !== '' && !/[\r\n:]/.test(name)
    if (!Array.isArray(names) || !names.every(isName)) {
      fail(`\`fieldAliases.${key}\` must be a name or a list of names, e.g. ["Plan Reference", "Plan"] (one line, no colon)`)
    }
    result[field!] = (names as string[]).map((name) => name.trim())
  }
  return result
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
