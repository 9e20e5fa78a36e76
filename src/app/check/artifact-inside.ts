import {resolve} from 'node:path'
import type {ProjectConfig} from '../../config/project-config.js'
import {requireInsideRepository} from '../../io/inside-repository.js'

/**
 * The absolute path of an artifact a command is asked to cite (`--artifact`, cwd-relative); one
 * that leads outside the repository, links resolved, is refused: evidence must be part of the repository.
 */
export function artifactInside(project: ProjectConfig, path: string): string {
  const absolute = resolve(project.cwd, path)
  requireInsideRepository(project.root, absolute, `Artifact ${path}`, 'cite a file of this repository (copy it in first)')
  return absolute
}
