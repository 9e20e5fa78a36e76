/**
 * Standard conflict markers around the two sides of the smallest unit both changed differently.
 * Each side is whole lines; a side ending without a line ending gets one so the marker starts a line.
 * The driver merges into OURS, so ours is the first side.
 */
export function conflictBlock(ours: string, theirs: string, markerSize: number, eol: string): string {
  const side = (text: string) => (text === '' || text.endsWith('\n') ? text : text + eol)
  return (
    `${'<'.repeat(markerSize)} ours${eol}` +
    side(ours) +
    `${'='.repeat(markerSize)}${eol}` +
    side(theirs) +
    `${'>'.repeat(markerSize)} theirs${eol}`
  )
}
