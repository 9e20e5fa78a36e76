import Attempt from './attempt.js'
import List from './list.js'
import Next from './next.js'
import Show from './show.js'
import Tick from './tick.js'

/** Every command, by the name users type (oclif "explicit" strategy, see package.json). */
export const COMMANDS = {
  attempt: Attempt,
  list: List,
  next: Next,
  show: Show,
  tick: Tick,
}
