import type {ResolvedConfig} from '../config/config.js'
import type {LedgerDocument} from '../ledger/document.js'
import type {Dialect, FindingsLedger, FixPlanLedger, PlanLedger} from '../ledger/model.js'
import type {ScanResult} from '../ledger/scan.js'

export type Severity = 'error' | 'warning'

/** The role a checked file plays; rules pick the files they understand. */
export type LedgerRole = 'fix-plan' | 'findings' | 'plan' | 'journal'

export interface CheckedFile {
  role: LedgerRole
  doc: LedgerDocument
  scan: ScanResult
}

/** The ledgers as they were at the baseline (`HEAD` for --staged, `REV` for --since). */
export interface BaselineLedgers {
  fixPlan?: FixPlanLedger
  findings?: FindingsLedger
  plans: PlanLedger[]
  /** The journals (under --staged / --since only). */
  journals?: CheckedFile[]
}

/**
 * A ledger the configuration names (or a default one) that `check` did not find now: `absent`
 * (configured, never found), `deleted` or `renamed` since the baseline (--staged / --since).
 */
export type MissingLedger = {
  role: 'fix-plan' | 'findings'
  /** As messages name it (cwd-relative). */
  path: string
} & (
  | {change: 'absent'}
  /** `baseline`: how messages name the baseline it was in (`HEAD`, the REV as given). */
  | {change: 'deleted'; baseline: string}
  /** `renamedTo`: the new file, as messages name it and as the config would (root-relative). */
  | {change: 'renamed'; renamedTo: {path: string; rootRelative: string}}
)

/** Everything a rule may look at. Rules are pure: all I/O is done before, or passed in here. */
export interface RuleContext {
  /** Absolute repository root; evidence paths and ledger paths resolve against it. */
  root: string
  /** Absolute folder the command runs in; `doc.path` values are relative to it. */
  cwd: string
  config: ResolvedConfig
  fixPlan?: FixPlanLedger
  findings?: FindingsLedger
  plans: PlanLedger[]
  /** Every checked document, whatever its role (conflict markers, line budget look at these). */
  files: CheckedFile[]
  /** Journals (`journals` config), loaded only under --staged / --since: only journal-rewritten reads them. */
  journals?: CheckedFile[]
  /** Present only under --staged / --since. */
  baseline?: BaselineLedgers
  /** Configured ledgers not found where they should be (missing-ledger reports them). */
  missingLedgers?: MissingLedger[]
  /** `--strict`: warnings that the issue says become errors under --strict (missing-artifact). */
  strict: boolean
  /** Today (UTC) as YYYY-MM-DD, passed in so rules that judge dates stay pure; absent: no date is judged against today. */
  today?: string
  /** Whether an absolute path exists in the work tree. */
  pathExists(absolutePath: string): boolean
  /** Whether anything below an absolute folder matches a glob (bounded walk); absent: nothing matches. */
  pathsMatch?(absoluteFolder: string, pattern: string): boolean
  /**
   * Whether something below an absolute folder (any depth, bounded) has the relative path `tail` as
   * its last segments: `logs/run.log` is found as `reports/2025-10-19T193425Z/logs/run.log`. Absent: nothing is.
   */
  pathEndsBelow?(absoluteFolder: string, tail: string): boolean
  /** Which of these absolute paths git ignores (one git process for all); absent: none. */
  ignoredAmong?(absolutePaths: readonly string[]): ReadonlySet<string>
}

/** One problem as a rule reports it; the runner adds the rule id and applies configured severity. */
export interface RuleReport {
  /** Defaults to the rule's defaultSeverity. */
  severity?: Severity
  /** `doc.path` of the file the problem is in. */
  path: string
  /** 1-based. */
  line: number
  /** 1-based; defaults to 1. */
  column?: number
  /**
   * One line, no line numbers in it: under --staged, a problem whose (rule, path, message) also
   * exists at the baseline is "already present" and is downgraded to a warning.
   */
  message: string
  hint?: string
}

/** What a rule needs loaded; when the findings ledger is absent the runner says so once and skips the rule. */
export type RuleNeed = 'findings' | 'fix-plan' | 'baseline'

export interface Rule {
  /** Kebab-case, part of the interface (config keys, output). */
  id: string
  /** One line, shown by `check --list-rules` and in the README. */
  description: string
  defaultSeverity: Severity
  needs?: RuleNeed[]
  /**
   * The fix-plan dialects (FORMATS.md §4) the rule judges. For a fix plan in any other, the runner
   * hides the fix plan from the rule (plans and findings it still checks); shown by `--list-rules`.
   * Every rule in RULES says; absent means every dialect.
   */
  dialects?: readonly Dialect[]
  check(context: RuleContext): RuleReport[]
  /** What the rule could not check, said once (stderr and the JSON `notes`), not counted as problems. */
  notes?(context: RuleContext): string[]
}
