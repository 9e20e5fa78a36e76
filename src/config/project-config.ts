import type {ResolvedConfig} from './config.js'

/** Where a command runs and the configuration it works with. */
export interface ProjectConfig {
  /** The folder the command runs in; paths in messages are relative to it. */
  cwd: string
  /** The repository root: the nearest folder up from `cwd` holding `.git`, else `cwd`. */
  root: string
  /** Absolute path of `.planledger.json`, when there is one. */
  configPath?: string
  config: ResolvedConfig
}
