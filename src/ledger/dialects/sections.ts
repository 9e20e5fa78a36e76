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
