#!/usr/bin/env node
// Runs the TypeScript graph CLI through tsx, resolved from this package so it works from any
// working directory.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const tsx = import.meta.resolve('tsx');
const script = fileURLToPath(new URL('../src/cli/graph.ts', import.meta.url));
const result = spawnSync(process.execPath, ['--import', tsx, script, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
