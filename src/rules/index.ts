import {attemptNumbering} from './attempt-numbering.js'
import {brokenLink} from './broken-link.js'
import {conflictMarkers} from './conflict-markers.js'
import {dependsOn} from './depends-on.js'
import {doneWithoutEvidence} from './done-without-evidence.js'
import {duplicateId} from './duplicate-id.js'
import {historyRewritten} from './history-rewritten.js'
import {journalRewritten} from './journal-rewritten.js'
import {lastUpdated} from './last-updated.js'
import {indexMismatch} from './index-mismatch.js'
import {lineBudget} from './line-budget.js'
import {missingArtifact} from './missing-artifact.js'
import {missingLedger} from './missing-ledger.js'
import {misplacedAttempt} from './misplaced-attempt.js'
import {phaseStatus} from './phase-status.js'
import {planReference} from './plan-reference.js'
import {statusVocabulary} from './status-vocabulary.js'
import {unknownFinding} from './unknown-finding.js'
import {unknownState} from './unknown-state.js'
import {wipLimit} from './wip-limit.js'
import type {Rule} from './rule.js'

/** Every rule `check` runs, in report order; ids are part of the interface. */
export const RULES: readonly Rule[] = [
  missingLedger,
  conflictMarkers,
  duplicateId,
  indexMismatch,
  unknownState,
  unknownFinding,
  attemptNumbering,
  misplacedAttempt,
  missingArtifact,
  doneWithoutEvidence,
  brokenLink,
  planReference,
  dependsOn,
  lastUpdated,
  phaseStatus,
  statusVocabulary,
  wipLimit,
  historyRewritten,
  journalRewritten,
  lineBudget,
]
