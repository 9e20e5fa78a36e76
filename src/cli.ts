// The one entry point bundled into dist/cli/planledger.cjs (see scripts/bundle.mjs). bin/run.js
// starts planledger from here, and package.json points oclif's command list and hook at this same
// module, so they come from the copy already loaded instead of from ~150 separate files.
export {execute} from './commands/execute.js'
export {COMMANDS} from './commands/index.js'
export {default as COMMAND_NOT_FOUND} from './commands/command-not-found.js'
