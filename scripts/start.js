#!/usr/bin/env node
// `npm start`: build if needed, check Postgres and Redis, create the database,
// migrate, seed, then run the API and the worker together and print the URLs.
const { execFileSync, spawn } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const dist = (app, file) => path.join(root, 'dist/apps', app, 'apps', app, 'src', file);
const port = Number(process.env.PORT || 3000);
const workerPort = Number(process.env.WORKER_HEALTH_PORT || 3001);

function step(script) {
  try {
    execFileSync(process.execPath, [dist('api', `cli/${script}.js`)], { cwd: root, stdio: 'inherit' });
  } catch {
    process.exit(1); // the script printed why
  }
}

async function waitReady(url, child, name) {
  for (let i = 0; i < 120; i++) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${name} did not become ready at ${url} within 60 s`);
}

async function main() {
  execFileSync(process.execPath, [path.join(__dirname, 'ensure-built.js')], { cwd: root, stdio: 'inherit' });
  step('preflight');
  step('migrate');
  step('seed');
  const children = [
    spawn(process.execPath, ['--enable-source-maps', dist('api', 'main.js')], { cwd: root, stdio: 'inherit' }),
    spawn(process.execPath, ['--enable-source-maps', dist('worker', 'main.js')], { cwd: root, stdio: 'inherit' }),
  ];
  const stop = (signal) => children.forEach((c) => c.exitCode === null && c.kill(signal));
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  children.forEach((c) =>
    c.on('exit', (code) => {
      stop('SIGTERM');
      process.exitCode = code ?? 1;
    }),
  );
  try {
    await waitReady(`http://127.0.0.1:${port}/health/ready`, children[0], 'API');
    await waitReady(`http://127.0.0.1:${workerPort}/health/ready`, children[1], 'Worker');
  } catch (error) {
    console.error(error.message);
    stop('SIGTERM');
    process.exit(1);
  }
  console.log(
    [
      '',
      'Embauche is running:',
      `  Web app    http://localhost:${port}/`,
      `  API        http://localhost:${port}/api/v1`,
      `  API docs   http://localhost:${port}/docs   (OpenAPI JSON: http://localhost:${port}/api/v1/openapi.json)`,
      `  Health     http://localhost:${port}/health/ready`,
      `  Worker     http://localhost:${workerPort}/health/ready`,
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
}

main();
