// Evidence `tick` appends to a row's text (`✅ 2025-10-19 — …`, `**COMPLETE 2025-10-19:** …`) is not its name.
const EVIDENCE = /\s+(?:✅|\*\*COMPLETE\b).*$/su

/** A row or box without an ID is known by its text, evidence left out, cut to 80 characters. */
export function rowTextKey(text: string): string {
  return text.replace(EVIDENCE, '').trim().slice(0, 80)
}
