import type {LedgerDocument} from '../document.js'
import type {Phase} from '../model.js'
import {readPhaseFields} from './phase-fields.js'
import {parsePhaseHeading} from './phase-heading.js'
import type {ScanResult} from '../scan.js'

export interface PlanPhases {
  phases: Phase[]
  /** The phase in force on each 0-based line (undefined outside any phase). */
  phaseAtLine: Array<Phase | undefined>
}

/**
 * Phases from phase headings. A phase lasts until a heading of the same or a higher level, so a
 * `# Phase D` title contains its `### Phase D1` and regains rows after `## Artifact Checklist`.
 */
export function readPhases(doc: LedgerDocument, scan: ScanResult): PlanPhases {
  const phases: Phase[] = []
  const phaseAtLine: Array<Phase | undefined> = new Array(doc.lines.length)
  const open: Array<{level: number; phase?: Phase}> = []
  const {headings} = scan
  let line = 0
  headings.forEach((heading, index) => {
    phaseAtLine.fill(innermostPhase(open), line, heading.line)
    line = heading.line
    while (open.length > 0 && open[open.length - 1].level >= heading.level) open.pop()
    const parsed = parsePhaseHeading(heading.text)
    if (parsed) {
      const sectionEnd = index + 1 < headings.length ? headings[index + 1].line : doc.lines.length
      const phase: Phase = {
        ...(parsed.id !== undefined && {id: parsed.id}),
        title: parsed.title,
        line: heading.line + 1,
        level: heading.level,
        ...(parsed.status !== undefined && {status: parsed.status}),
        ...readPhaseFields(doc, scan.kinds, heading.line + 1, sectionEnd),
        rows: [],
      }
      phases.push(phase)
      open.push({level: heading.level, phase})
    }
  })
  phaseAtLine.fill(innermostPhase(open), line)
  return {phases, phaseAtLine}
}

function innermostPhase(open: Array<{phase?: Phase}>): Phase | undefined {
  return open.length > 0 ? open[open.length - 1].phase : undefined
}
