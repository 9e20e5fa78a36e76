import type {Rule} from './rule.js'

// Placeholder: being written; reports nothing yet.
export const conflictMarkers: Rule = {
  id: 'conflict-markers',
  description: 'TODO',
  defaultSeverity: 'error',
  check: () => [],
}
