/** Two ~2 MB ledgers of different lengths, so a torn or truncated write can never equal either. */
function build(tag: string, lines: number, eol: string): string {
  const out: string[] = [`# Ledger ${tag}${eol}`]
  for (let i = 0; i < lines; i++) out.push(`- [ ] ${tag} task ${String(i).padStart(7, '0')} é${eol}`)
  return out.join('')
}

export const CONTENT_A = build('A', 80_000, '\n')
export const CONTENT_B = build('B', 85_000, '\r\n')
