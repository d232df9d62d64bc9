import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from './ports';
import { distFile } from './test-env';

/** The newest installed PostgreSQL's binaries; throws (the test must fail, not skip) when there are none. */
function binaries(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb')) && existsSync(join(root, v, 'bin', 'pg_ctl'))) : [];
  if (versions.length === 0) throw new Error(`No PostgreSQL server binaries (initdb, pg_ctl) under ${root}/*/bin: install postgresql to run the outage tests`);
  return join(root, versions.sort((a, b) => Number(b) - Number(a))[0], 'bin');
}

function postgresUid(): { uid: number; gid: number } {
  const line = readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith('postgres:'));
  if (!line) throw new Error('No postgres system user: the private cluster must not run as root');
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

/**
 * A private PostgreSQL cluster for tests that stop and restart it: initdb in a
 * temporary directory owned by `postgres`, trust auth, a free port, never the
 * shared server. Commands run as `postgres` (the tests run as root).
 */
export class PostgresServer {
  private constructor(
    private readonly bin: string,
    readonly dir: string,
    readonly port: number,
  ) {}

  static async start(): Promise<PostgresServer> {
    const bin = binaries();
    const { uid, gid } = postgresUid();
    const dir = mkdtempSync(join(tmpdir(), 'embauche-pg-'));
    chownSync(dir, uid, gid);
    const server = new PostgresServer(bin, dir, await freePort());
    await server.asPostgres('initdb', ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
    await server.pgCtl('start');
    return server;
  }

  adminUrl(database = 'postgres'): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  /** A new database with the migrations applied and the reference data seeded (what global-setup does for the template). */
  async createMigratedDatabase(name = 'embauche_test_outage'): Promise<string> {
    const client = new Client({ connectionString: this.adminUrl() });
    await client.connect();
    try {
      await client.query(`CREATE DATABASE "${name}"`);
    } finally {
      await client.end();
    }
    const env = { ...process.env, DATABASE_URL: this.adminUrl(name), LOG_LEVEL: 'warn' };
    for (const script of ['migrate', 'seed']) execFileSync(process.execPath, [distFile('api', `cli/${script}.js`)], { env, stdio: 'pipe' });
    return this.adminUrl(name);
  }

  /** `pg_ctl restart -m fast`: every connection is cut (57P01), then the server accepts again. */
  restart(): Promise<void> {
    return this.pgCtl('restart');
  }

  stop(): Promise<void> {
    return this.pgCtl('stop');
  }

  resume(): Promise<void> {
    return this.pgCtl('start');
  }

  /** Stops the cluster and removes its directory. */
  async destroy(): Promise<void> {
    await this.pgCtl('stop').catch(() => undefined); // already stopped
    rmSync(this.dir, { recursive: true, force: true });
  }

  private pgCtl(action: 'start' | 'stop' | 'restart'): Promise<void> {
    const options = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off`;
    const args = ['-D', join(this.dir, 'data'), '-w', '-t', '60', '-l', join(this.dir, 'server.log')];
    if (action !== 'start') args.push('-m', 'fast');
    if (action !== 'stop') args.push('-o', options);
    return this.asPostgres('pg_ctl', [...args, action]);
  }

  /** Asynchronous, so the test's clients keep sending requests while the server stops and starts. */
  private async asPostgres(program: string, args: string[]): Promise<void> {
    try {
      await promisify(execFile)('runuser', ['-u', 'postgres', '--', join(this.bin, program), ...args], { cwd: this.dir });
    } catch (error) {
      const e = error as { stderr?: string; stdout?: string; message: string };
      const log = existsSync(join(this.dir, 'server.log')) ? readFileSync(join(this.dir, 'server.log'), 'utf8').slice(-2000) : '';
      throw new Error(`${program} ${args.at(-1)} failed: ${e.message}\n${e.stdout ?? ''}${e.stderr ?? ''}\n${log}`);
    }
  }
}
