import type {Rule} from './rule.js'

// Placeholder: being written; reports nothing yet.
export const phaseStatus: Rule = {
  id: 'phase-status',
  description: 'TODO',
  defaultSeverity: 'error',
  check: () => [],
}
