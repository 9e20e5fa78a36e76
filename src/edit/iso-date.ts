import {UserError} from '../errors.js'

/** `--date` values written where the file's own dates are `YYYY-MM-DD` (archive headings, findings rows). */
export function requireIsoDate(date: string): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UserError(`Unexpected --date \`${date}\`, expected YYYY-MM-DD`)
}
