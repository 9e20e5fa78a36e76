import type {FixPlanReadOptions} from '../ledger/dialects/reader-options.js'
import {stateVocabularyOf} from '../ledger/plan/state-marker.js'
import type {ResolvedConfig} from '../config/config.js'

/** What the fix-plan reader takes from the project's configuration. */
export function fixPlanReadOptions(config: ResolvedConfig): FixPlanReadOptions {
  return {
    ...(config.dialect !== undefined && {dialect: config.dialect}),
    ...(config.idPattern !== undefined && {idPattern: config.idPattern}),
    vocabulary: stateVocabularyOf(config.states),
  }
}
