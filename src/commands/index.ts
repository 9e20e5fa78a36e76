import Archive from './archive.js'
import Attempt from './attempt.js'
import Check from './check.js'
import Field from './field.js'
import FindingAdd from './finding-add.js'
import Header from './header.js'
import Help from './help.js'
import Init from './init.js'
import ItemAdd from './item/add.js'
import Link from './link.js'
import List from './list.js'
import MergeDriver from './merge-driver.js'
import Next from './next.js'
import PlanAddRow from './plan/add-row.js'
import PlanClose from './plan/close.js'
import PlanNew from './plan/new.js'
import Set from './set.js'
import Show from './show.js'
import Status from './status.js'
import Tick from './tick.js'
import Version from './version.js'

/** Every command, by the name users type (oclif "explicit" strategy, see package.json; `:` is typed as a space). */
export const COMMANDS = {
  archive: Archive,
  attempt: Attempt,
  check: Check,
  field: Field,
  'finding:add': FindingAdd,
  header: Header,
  help: Help,
  init: Init,
  'item:add': ItemAdd,
  link: Link,
  list: List,
  'merge-driver': MergeDriver,
  next: Next,
  'plan:add-row': PlanAddRow,
  'plan:close': PlanClose,
  'plan:new': PlanNew,
  set: Set,
  show: Show,
  status: Status,
  tick: Tick,
  version: Version,
}
