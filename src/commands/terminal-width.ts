/** Columns text output may use: `COLUMNS` when it is a positive number, else the terminal's width, else 80. */
export function terminalWidth(): number {
  const fromEnv = Number(process.env.COLUMNS)
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv
  const columns = process.stdout.columns
  return typeof columns === 'number' && columns > 0 ? columns : 80
}
