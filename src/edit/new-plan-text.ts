/** What a new plan is about: its initiative, a title, the day it starts. */
export interface NewPlanFacts {
  id: string
  title: string
  /** YYYY-MM-DD. */
  date: string
}

/** The task-table columns FORMATS.md §1 describes, for a repository without plans to learn from. */
export const DEFAULT_PLAN_COLUMNS = ['ID', 'Task Description', 'State', 'How/Why & Guidance']

/**
 * The built-in plan: a title, a context block and one phase whose task table has `columns` and no
 * rows yet (`plan add-row` fills it), with `eol` line endings. `columns` undefined: the phase has no
 * table, for repositories whose plans keep their tasks in checklists.
 */
export function builtInPlan(facts: NewPlanFacts, columns: readonly string[] | undefined, eol: string): string {
  const heading = facts.title === facts.id ? facts.id : `${facts.id} — ${facts.title}`
  const lines = [
    `# ${heading}`,
    '',
    '## Context',
    `- Initiative: ${heading}`,
    `- Created: ${facts.date}`,
    '',
    '### Phase A — First steps',
    `Goal: ${facts.title}`,
    ...(columns ? ['', `| ${columns.join(' | ')} |`, `| ${columns.map(() => '---').join(' | ')} |`] : []),
  ]
  return lines.join(eol) + eol
}

// Placeholders a template may hold: `{{id}}`, `<INITIATIVE-ID>`, `{{title}}`, `<Title>`, `{{date}}`, `YYYY-MM-DD`.
const PLACEHOLDERS: Array<[RegExp, keyof NewPlanFacts]> = [
  [/\{\{\s*(?:initiative[ _-]?)?id\s*\}\}|<(?:initiative[ _-])?id>/gi, 'id'],
  [/\{\{\s*(?:initiative[ _-]?)?title\s*\}\}|<(?:initiative[ _-])?title>/gi, 'title'],
  [/\{\{\s*date\s*\}\}|\bYYYY-MM-DD\b/g, 'date'],
]

/** A template with its placeholders filled in; everything else (line endings, spacing) byte for byte as written. */
export function fillTemplate(template: string, facts: NewPlanFacts): string {
  let text = template
  for (const [pattern, key] of PLACEHOLDERS) text = text.replace(pattern, () => facts[key])
  return text
}
