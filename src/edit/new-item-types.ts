import type {TextEdit} from './text-edit.js'

/** What `item add` asks for, values already checked to be one line each. */
export interface NewItemRequest {
  id: string
  title: string
  priority?: string
  status?: string
  workingPlan?: string
  dependsOn: string[]
  /** The item the new one follows; default: the last active item. */
  after?: string
}

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
