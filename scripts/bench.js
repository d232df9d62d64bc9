#!/usr/bin/env node
// `npm run bench` (after `npm run build`): compiles bench/ with the project's own
// TypeScript into dist/bench, points the @embauche/* aliases at the compiled libs
// there (tsc does not rewrite `paths`), and runs bench/main.ts. Arguments: benchmark
// names to run a subset (scorer, worker, sourcing, latency, matches, fuzz, rate-limit, soak, web, web-review, cv, webhooks) and --quick.
const { execFileSync } = require('node:child_process');
const Module = require('node:module');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const out = path.join(root, 'dist/bench');

// `npm run bench` has just built the apps; a direct `node scripts/bench.js` must not measure a stale build.
execFileSync(process.execPath, [path.join(root, 'scripts/ensure-built.js')], { cwd: root, stdio: 'inherit' });
console.log('Compiling the benchmarks (tsc -p bench/tsconfig.bench.json)…');
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(root, 'bench/tsconfig.bench.json')], { cwd: root, stdio: 'inherit' });

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const alias = /^@embauche\/([a-z-]+)(\/.*)?$/.exec(request);
  return resolveFilename.call(this, alias ? path.join(out, 'libs', alias[1], 'src', alias[2] ?? '') : request, ...rest);
};
process.setSourceMapsEnabled(true);
process.env.EMBAUCHE_ROOT = root;

require(path.join(out, 'bench/main.js'))
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
    // Everything is closed by now; should a stray handle remain, do not hang on it.
    setTimeout(() => process.exit(code), 2000).unref();
  })
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
