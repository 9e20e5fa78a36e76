import type {Heading} from '../scan.js'

/**
 * Walks headings alongside lines visited in increasing order and answers "which heading is this
 * line under?" in constant amortised time (readers visit each line once).
 */
export class SectionCursor {
  private next = 0
  private current: Heading | undefined

  constructor(private readonly headings: readonly Heading[]) {}

  /** The nearest heading above 0-based `line`; `line` never decreases between calls. */
  at(line: number): Heading | undefined {
    while (this.next < this.headings.length && this.headings[this.next].line < line) this.current = this.headings[this.next++]
    return this.current
  }
}

/** For each heading, the text of the nearest heading above it with a lower level (one stack pass). */
export function parentHeadingTexts(headings: readonly Heading[]): Array<string | undefined> {
  const parents: Array<string | undefined> = new Array(headings.length)
  const stack: Heading[] = []
  for (let index = 0; index < headings.length; index++) {
    const heading = headings[index]
    while (stack.length > 0 && stack.at(-1)!.level >= heading.level) stack.pop()
    parents[index] = stack.at(-1)?.text
    stack.push(heading)
  }
  return parents
}

/** For each heading, the last line (0-based) before the next heading at its level or above (one stack pass). */
export function headingSectionEnds(headings: readonly Heading[], lineCount: number): Int32Array {
  const ends = new Int32Array(headings.length).fill(lineCount - 1)
  const open: number[] = []
  for (let at = 0; at < headings.length; at++) {
    while (open.length > 0 && headings[open.at(-1)!].level >= headings[at].level) ends[open.pop()!] = headings[at].line - 1
    open.push(at)
  }
  return ends
}
