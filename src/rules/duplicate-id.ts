import type {Rule} from './rule.js'

// Placeholder: being written; reports nothing yet.
export const duplicateId: Rule = {
  id: 'duplicate-id',
  description: 'TODO',
  defaultSeverity: 'error',
  check: () => [],
}
