import type {Rule} from './rule.js'

// Placeholder: being written; reports nothing yet.
export const historyRewritten: Rule = {
  id: 'history-rewritten',
  description: 'TODO',
  defaultSeverity: 'error',
  check: () => [],
}
