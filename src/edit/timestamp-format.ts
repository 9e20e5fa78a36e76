/**
 * Writes `now` (UTC) in the precision and punctuation of a sample the file already uses:
 * `2025-10-19`, `2025-10-16T23:05:39Z`, `2026-01-13T202358Z`, `2026-01-22T02:40Z`, `2026-01-22T0240Z`.
 */
export function formatLikeSample(sample: string | undefined, now: Date): string {
  const iso = now.toISOString() // 2025-10-19T19:34:25.123Z
  const date = iso.slice(0, 10)
  const [hours, minutes, seconds] = [iso.slice(11, 13), iso.slice(14, 16), iso.slice(17, 19)]
  if (!sample || /^\d{4}-\d{2}-\d{2}$/.test(sample)) return date
  if (/T\d{2}:\d{2}:\d{2}Z$/.test(sample)) return `${date}T${hours}:${minutes}:${seconds}Z`
  if (/T\d{6}Z$/.test(sample)) return `${date}T${hours}${minutes}${seconds}Z`
  if (/T\d{2}:\d{2}Z$/.test(sample)) return `${date}T${hours}:${minutes}Z`
  if (/T\d{4}Z$/.test(sample)) return `${date}T${hours}${minutes}Z`
  if (/ \d{2}:\d{2}$/.test(sample)) return `${date} ${hours}:${minutes}`
  return date
}
