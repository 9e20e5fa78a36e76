#!/usr/bin/env node
import {execute} from '../dist/cli/planledger.js'

await execute({dir: import.meta.url})
