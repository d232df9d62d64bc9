import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Platform } from './support/platform';
import { ROOT } from './support/test-env';

const run = promisify(execFile);
const SCHEMA = path.join(ROOT, 'libs/api-client/src/schema.ts');

/** The generator in check mode against a running API: exit code and what it said. */
async function check(origin: string, file = SCHEMA): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(ROOT, 'scripts/generate-api-client.js'), '--from', origin, '--check', '--file', file], { timeout: 60000 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

describe('The generated API client (libs/api-client)', () => {
  const platform = new Platform();
  let scratch: string;

  beforeAll(async () => {
    await platform.start();
    scratch = await mkdtemp(path.join(tmpdir(), 'api-client-'));
  });
  afterAll(async () => {
    await platform.stop();
    await rm(scratch, { recursive: true, force: true });
  });

  it('is exactly what the served OpenAPI document generates (run npm run api-client:generate when this fails)', async () => {
    const result = await check(platform.baseUrl);
    expect(result).toEqual({ code: 0, output: expect.stringContaining('matches the served OpenAPI document') });
  });

  it('fails the check when the committed file drifts from the document', async () => {
    const drifted = path.join(scratch, 'schema.ts');
    const committed = await readFile(SCHEMA, 'utf8');
    await writeFile(drifted, committed.replace('nextCursor: string | null;', 'nextCursor: string;'));
    const result = await check(platform.baseUrl, drifted);
    expect(result.code).toBe(1);
    expect(result.output).toContain('differs from the OpenAPI document the API serves');
  });

  it('declares the board’s response shapes, so the web app needs no hand-written types', async () => {
    const committed = await readFile(SCHEMA, 'utf8');
    for (const name of ['PostingListResponse', 'PostingResponse', 'SkillListResponse', 'RequirementsDto']) {
      expect(committed).toContain(`components["schemas"]["${name}"]`);
    }
  });
});
