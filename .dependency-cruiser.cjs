// The layer direction: commands/render → app → rules | edit | io → config → ledger → errors.
// Nothing imports upward or sideways across rules, edit and io; no cycles anywhere.
const layer = (name) => `^src/${name}/`
const base = '^src/(errors|shown-input)\\.ts$'

/** `from` may not import any of `to`. */
const forbid = (name, from, to, comment) => ({name, comment, severity: 'error', from: {path: from}, to: {path: to}})

module.exports = {
  forbidden: [
    {name: 'no-circular', severity: 'error', comment: 'a cycle ties layers together', from: {}, to: {circular: true}},
    forbid('base-imports-nothing', base, '^src/(?!errors\\.ts$|shown-input\\.ts$)', 'errors and shown-input are the floor'),
    forbid('ledger-is-pure', layer('ledger'), '^src/(config|io|edit|rules|app|render|commands)/', 'readers know only text and positions'),
    forbid('config-below-its-users', layer('config'), '^src/(io|edit|rules|app|render|commands)/', 'config is read by everyone above it'),
    forbid('rules-not-up-or-sideways', layer('rules'), '^src/(edit|io|app|render|commands)/', 'rules read ledgers; shared helpers belong in ledger/'),
    forbid('edit-not-up-or-sideways', layer('edit'), '^src/(rules|io|app|render|commands)/', 'edits are pure text planning'),
    forbid('io-not-up-or-sideways', layer('io'), '^src/(edit|rules|app|render|commands)/', 'io is the disk, nothing more'),
    forbid('app-not-up', layer('app'), '^src/(render|commands)/', 'use-cases get rendering passed in'),
    forbid('render-not-into-commands', layer('render'), layer('commands'), 'commands call render, not the reverse'),
  ],
  options: {
    doNotFollow: {path: 'node_modules'},
    tsPreCompilationDeps: true,
    tsConfig: {fileName: 'tsconfig.json'},
  },
}
