// Entry point of the graph query CLI (`npm run graph -- <command>`, or the actor-graph bin).
// All logic is in src/cli/graph/; this file only wires it to the process.

import { runGraphCli } from './graph/runGraphCli.ts';

const code = runGraphCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
// Let stdout drain (large exports to a pipe) before exiting.
process.exitCode = code;
