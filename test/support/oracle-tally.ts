import {knownExceptionFor} from './oracle-exceptions.js'
import {compareWithRemark} from './scanner-oracle.js'

/** Runs the scanner-versus-remark comparison over texts and counts what it found. */
export class OracleTally {
  files = 0
  compared = 0
  /** Disagreements each known exception explained, by exception name. */
  readonly explained = new Map<string, number>()

  /** Compares one text; returns its disagreements no known exception covers, as readable lines. */
  check(name: string, text: string): string[] {
    const comparison = compareWithRemark(text)
    this.files++
    this.compared += comparison.compared
    const unexplained: string[] = []
    for (const found of comparison.disagreements) {
      const exception = knownExceptionFor(found, comparison)
      if (exception) this.explained.set(exception.name, (this.explained.get(exception.name) ?? 0) + 1)
      else unexplained.push(`${name}:${found.line}: ${found.kind}${found.detail ? ` (${found.detail})` : ''}: ${found.source.slice(0, 120)}`)
    }
    return unexplained
  }

  summary(): string {
    const explained = [...this.explained].sort((a, b) => b[1] - a[1]).map(([name, count]) => `${name} ${count}`)
    const total = [...this.explained.values()].reduce((sum, count) => sum + count, 0)
    return `remark oracle: ${this.files} files, ${this.compared} constructs compared, ${total} known exceptions${explained.length ? ` (${explained.join(', ')})` : ''}`
  }
}
