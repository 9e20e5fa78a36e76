import {spawnSync} from 'node:child_process'

/** The pid of a process that has already exited (pids are not reused that fast). */
export function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', ''])
  return child.pid!
}
