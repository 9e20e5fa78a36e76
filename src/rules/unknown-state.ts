import type {Rule} from './rule.js'

// Placeholder: being written; reports nothing yet.
export const unknownState: Rule = {
  id: 'unknown-state',
  description: 'TODO',
  defaultSeverity: 'error',
  check: () => [],
}
