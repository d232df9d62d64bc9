#!/usr/bin/env node
// Builds the apps (api, worker, web) and the demo when the build output is missing or older than any source file.
const { execSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const outputs = ['dist/apps/api/apps/api/src/main.js', 'dist/apps/worker/apps/worker/src/main.js', 'dist/web/index.html', 'dist/tools/demo/tools/demo/src/demo.js'].map((p) => path.join(root, p));

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (/\.(ts|tsx|json|css|html)$/.test(entry.name) && !entry.name.endsWith('.spec.ts')) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

const built = outputs.every((p) => fs.existsSync(p));
const oldestOutput = built ? Math.min(...outputs.map((p) => fs.statSync(p).mtimeMs)) : 0;
const sources = Math.max(newestSource(path.join(root, 'apps')), newestSource(path.join(root, 'libs')), newestSource(path.join(root, 'tools')));
if (!built || sources > oldestOutput) {
  console.log('Building api, worker, web and demo…');
  execSync('npm run build --silent', { cwd: root, stdio: 'inherit' });
}
