// The one entry point bundled into dist/cli/planledger.js (see scripts/bundle.mjs). bin/run.js
// starts oclif from here, and package.json points oclif's command list and hook at this same
// module, so they are read from the copy already loaded instead of from ~150 separate files.
export {execute} from '@oclif/core'
export {COMMANDS} from './commands/index.js'
export {default as COMMAND_NOT_FOUND} from './commands/command-not-found.js'
