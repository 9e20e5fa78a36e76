import type {StateVocabulary} from '../ledger/plan/state-marker.js'
import type {TextEdit} from './text-edit.js'

/** What `item add` asks for, values already checked to be one line each. */
export interface NewItemRequest {
  /** Undefined: an item without an ID, in a checklist or queue whose items are written without one. */
  id: string | undefined
  title: string
  priority?: string
  status?: string
  workingPlan?: string
  dependsOn: string[]
  /** The item the new one follows; default: the last active item. */
  after?: string
  /** The item the new one precedes (instead of `after`): the way to put one first. */
  before?: string
  /** The project's `states`: which checkbox marker writes `status` (a configured `[~]` for partial). */
  vocabulary?: StateVocabulary
}

/** Whether the new item goes after its anchor (the usual) or before it (`--before`). */
export type Placement = 'after' | 'before'

/** A request for an item that has an ID (headings and table rows always do). */
export type IdentifiedRequest = NewItemRequest & {id: string}

/** Where a dialect planner put the new item. */
export interface PlacedItem {
  edits: TextEdit[]
  /** 1-based line of the new item in the edited text. */
  line: number
  /** The new item's lines as written (`\n`-joined, before the file's line ending is applied). */
  text: string
  /** 1-based line of its new index entry in the edited text, when the file keeps an index. */
  indexLine?: number
}
