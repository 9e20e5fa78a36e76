/** Labels git-style markers carry: the driver merges into OURS, so ours is the first side. */
export interface ConflictLabels {
  ours: string
  theirs: string
}

/**
 * Standard conflict markers around the two sides of the smallest unit both changed differently.
 * Each side is whole lines; a side ending without a line ending gets one so the marker starts a line.
 */
export function conflictBlock(ours: string, theirs: string, markerSize: number, eol: string, labels: ConflictLabels = {ours: 'ours', theirs: 'theirs'}): string {
  const side = (text: string) => (text === '' || text.endsWith('\n') ? text : text + eol)
  return (
    `${'<'.repeat(markerSize)} ${labels.ours}${eol}` +
    side(ours) +
    `${'='.repeat(markerSize)}${eol}` +
    side(theirs) +
    `${'>'.repeat(markerSize)} ${labels.theirs}${eol}`
  )
}
