import type {Rule} from './rule.js'

// Placeholder: being written; reports nothing yet.
export const attemptNumbering: Rule = {
  id: 'attempt-numbering',
  description: 'TODO',
  defaultSeverity: 'error',
  check: () => [],
}
