#!/usr/bin/env node
// Bundles the CLI (our code and @oclif/core with its dependencies) into dist/cli/ with esbuild.
// Why: start-up is paid on every loop iteration and every commit, and Node spends most of it
// resolving and compiling the ~150 CommonJS files @oclif/core pulls in. One module (plus lazily
// loaded chunks for the use-cases the commands import on demand) starts ~150 ms sooner.
import {build} from 'esbuild'
import {rmSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

// Chunk names carry content hashes: clear out the previous build's, or stale chunks pile up.
rmSync(join(root, 'dist/cli'), {recursive: true, force: true})

await build({
  absWorkingDir: root,
  entryPoints: {planledger: 'src/cli.ts'},
  outdir: 'dist/cli',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: false,
  sourcemap: 'linked',
  // CommonJS dependencies (@oclif/core, write-file-atomic) call require() and read __filename.
  banner: {
    js: [
      "import {createRequire as __planledgerRequire} from 'node:module';",
      "import {dirname as __planledgerDirname} from 'node:path';",
      "import {fileURLToPath as __planledgerPath} from 'node:url';",
      'const require = __planledgerRequire(import.meta.url);',
      'const __filename = __planledgerPath(import.meta.url);',
      'const __dirname = __planledgerDirname(__filename);',
    ].join(' '),
  },
  // oclif only reaches for these to run TypeScript sources in development; never needed here.
  external: ['typescript', 'ts-node', 'tsx'],
  logLevel: 'warning',
})
