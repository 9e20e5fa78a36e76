#!/usr/bin/env node
// Runs the CLI from tsc's one-file-per-module output (dist/src) instead of the esbuild bundle that
// bin/run.js loads. Coverage is why: c8 cannot map the bundle's chunks back to src/ line by line
// (functions that never ran come out as covered), but it maps tsc's output exactly. Tests that spawn
// the CLI use this runner under c8; test/cli/bundle.test.ts checks that the bundle behaves the same.
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))
const pjson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))
const BUNDLE = './dist/cli/planledger.cjs'
const UNBUNDLED = './dist/src/cli.js'
const retarget = (entry) => (entry.target === BUNDLE ? {...entry, target: UNBUNDLED} : entry)
pjson.oclif = {
  ...pjson.oclif,
  commands: retarget(pjson.oclif.commands),
  hooks: Object.fromEntries(Object.entries(pjson.oclif.hooks).map(([name, hook]) => [name, retarget(hook)])),
}

// planledger's own execute, from the same per-file build: its error handling is under test too.
const {execute} = await import(new URL('../../dist/src/cli.js', import.meta.url).href)
await execute({dir: root, pjson})
