import type {Rule} from './rule.js'

// Placeholder: being written; reports nothing yet.
export const indexMismatch: Rule = {
  id: 'index-mismatch',
  description: 'TODO',
  defaultSeverity: 'error',
  check: () => [],
}
