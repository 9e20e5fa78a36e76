import type {Dialect} from '../model.js'
import type {StateVocabulary} from '../plan/state-marker.js'

/** What a project's `.planledger.json` tells the fix-plan reader (the reader itself stays pure). */
export interface FixPlanReadOptions {
  /** Read the file in this dialect instead of detecting it. */
  dialect?: Dialect
  /** The `idPattern` key: a regular expression source for item IDs, replacing the built-in token. */
  idPattern?: string
  /** The project's state markers (`states`). */
  vocabulary?: StateVocabulary
}
