import type {Rule} from './rule.js'

// Placeholder: being written; reports nothing yet.
export const unknownFinding: Rule = {
  id: 'unknown-finding',
  description: 'TODO',
  defaultSeverity: 'error',
  check: () => [],
}
