import {UserError} from '../errors.js'
import {didYouMean, suggestClosest} from '../ledger/suggest.js'
import {shownInput} from '../shown-input.js'

/** A row that can be addressed by ID, in table order, with the table (or list) it belongs to. */
export interface AddressableRow {
  id?: string
  /** Rows of one table share a group; a range may not cross groups. */
  group: number
  line: number
}

/**
 * Expands `D1.A`, `D1.A,D1.B`, `D1.A-C`, `D1.A–C`, `D1.A..D1.C`, `A1-A3`, `EB2.A1-A3` into row IDs.
 * A range runs over the rows that exist, in table order; both ends must exist.
 */
export function expandRowIds(specs: readonly string[], rows: readonly AddressableRow[]): string[] {
  const known = new Map<string, number>()
  rows.forEach((row, position) => {
    if (row.id !== undefined && !known.has(row.id)) known.set(row.id, position)
  })
  const ids: string[] = []
  for (const spec of specs.flatMap((part) => part.split(','))) {
    const token = spec.trim()
    if (token === '') continue
    for (const id of expandToken(token, rows, known)) if (!ids.includes(id)) ids.push(id)
  }
  if (ids.length === 0) throw new UserError('No row IDs given', {hint: 'name rows like D1.A, D1.A-C or A1,A3'})
  return ids
}

function expandToken(token: string, rows: readonly AddressableRow[], known: Map<string, number>): string[] {
  if (known.has(token)) return [token]
  const range = splitRange(token, known)
  if (!range) throw unknownRow(token, known)
  const [startId, endId] = range
  const start = known.get(startId)!
  const end = known.get(endId)
  if (end === undefined) throw unknownRow(endId, known, `end of range \`${shownInput(token)}\``)
  if (rows[start].group !== rows[end].group) {
    throw new UserError(`Range \`${token}\` spans two tables (${startId} on line ${rows[start].line}, ${endId} on line ${rows[end].line})`, {
      hint: 'tick each table separately',
    })
  }
  if (end < start) throw new UserError(`Range \`${token}\` ends before it starts: ${endId} (line ${rows[end].line}) comes before ${startId} (line ${rows[start].line})`)
  const ids: string[] = []
  for (let position = start; position <= end; position++) {
    const id = rows[position].id
    if (id !== undefined && rows[position].group === rows[start].group) ids.push(id)
  }
  return ids
}

/**
 * Splits a range at `..`, an en dash or a hyphen whose left side is a known row; abbreviated ends take the
 * start's prefix. Callers look a token up as a row ID first, so a row named `CR-01` is never a range.
 */
function splitRange(token: string, known: Map<string, number>): [string, string] | undefined {
  const separators = ['..', '–', '-']
  let fallback: [string, string] | undefined
  for (const separator of separators) {
    let at = token.indexOf(separator)
    while (at > 0) {
      const left = token.slice(0, at)
      const right = token.slice(at + separator.length)
      if (right !== '') {
        const pair: [string, string] = [left, completeEnd(left, right)]
        if (known.has(left)) return pair
        // `C-01`, `P0-1` are IDs too: a hyphen marks a range with a missing start only when its end is a row.
        if (separator !== '-' || known.has(pair[1])) fallback ??= pair
      }
      at = token.indexOf(separator, at + separator.length)
    }
  }
  if (fallback) throw unknownRow(fallback[0], known, `start of range \`${shownInput(token)}\``)
  return undefined
}

/** `D1.A` + `C` → `D1.C`; `EB2.A1` + `A3` → `EB2.A3`; a full end (`D1.C`, `A3` after `A1`) stays. */
function completeEnd(start: string, end: string): string {
  const dot = start.lastIndexOf('.')
  if (dot === -1 || end.includes('.')) return end
  return start.slice(0, dot + 1) + end
}

/** A row ID that is not in the rows searched; callers searching several files can re-hint it. */
export class UnknownRowError extends UserError {
  constructor(
    readonly id: string,
    readonly role: string | undefined,
    hint: string | undefined,
  ) {
    super(role ? `Unknown row \`${shownInput(id)}\` (${role})` : `Unknown row \`${shownInput(id)}\``, {hint})
    this.name = 'UnknownRowError'
  }
}

function unknownRow(id: string, known: Map<string, number>, role?: string): UserError {
  return new UnknownRowError(id, role, didYouMean(suggestClosest(id, known.keys())))
}
