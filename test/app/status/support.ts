import {fileURLToPath} from 'node:url'
import {resolveConfig, type PlanledgerConfig} from '../../../src/config/config.js'
import type {ProjectConfig} from '../../../src/config/project-config.js'

/** A fixture project under test/fixtures/status, read in place (nothing here writes). */
export function statusFixture(name: string, user: PlanledgerConfig = {}): ProjectConfig {
  const root = fileURLToPath(new URL(`../../fixtures/status/${name}`, import.meta.url))
  return {cwd: root, root, config: resolveConfig(user)}
}
