import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { portBusyMessage } from '../tools/serve.mjs';

let busy: Server;
let port = 0;
beforeAll(async () => {
  busy = createServer();
  await new Promise<void>((ok) => busy.listen(0, '127.0.0.1', ok));
  port = (busy.address() as { port: number }).port;
});
afterAll(() => busy.close());

const check = (env: Record<string, string>) =>
  spawnSync(process.execPath, ['tests/tools/serve.mjs', '--check-port'], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });

describe('npm start on a busy port', () => {
  test('stops before the build with one clear line, no stack trace', () => {
    const run = check({ PORT: String(port) });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`${portBusyMessage(port)}\n`);
    expect(portBusyMessage(4321)).toBe(
      'Port 4321 on 127.0.0.1 is already in use (is the site already running?). Stop what uses it, or choose another port: PORT=4322 npm start',
    );
  });

  test('a PORT that is not a port number gets one line too', () => {
    const run = check({ PORT: 'eighty' });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('PORT must be a whole number from 1 to 65535; it is “eighty”.\n');
  });

  test('a free port passes the check silently', async () => {
    const free = createServer();
    await new Promise<void>((ok) => free.listen(0, '127.0.0.1', ok));
    const freePort = (free.address() as { port: number }).port;
    await new Promise<void>((ok) => free.close(() => ok()));
    const run = check({ PORT: String(freePort) });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });
});
