// HTTP behaviour a client notices: limits, slow and idle clients, keep-alive, graceful stop,
// the access log, the command line. Runs the real binary on loopback.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, Client, BIN, DEMO_PASSWORD } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server?.stop(); });

// Sends raw bytes and collects the whole answer until the server closes or timeoutMs passes.
function raw(port, data, { timeoutMs = 10000 } = {}) {
  return new Promise((resolve, reject) => {
    const s = net.connect(port, '127.0.0.1');
    let out = '';
    const timer = setTimeout(() => { s.destroy(); resolve(out); }, timeoutMs);
    s.on('data', (d) => { out += d.toString('latin1'); });
    s.on('end', () => { clearTimeout(timer); resolve(out); });
    s.on('error', (e) => { clearTimeout(timer); if (out) resolve(out); else reject(e); });
    s.write(data);
  });
}
const utf8 = (latin1) => Buffer.from(latin1, 'latin1').toString('utf8');

test('1,000 idle and byte-a-second connections do not keep a normal request from being answered', async () => {
  const sockets = [];
  const open = (i) => new Promise((resolve) => {
    const s = net.connect(server.port, '127.0.0.1', () => resolve(s));
    s.on('error', () => {});
    sockets.push(s);
    if (i % 2 === 1) s.once('connect', () => s.write('GET /regions/sue HTTP/1.1\r\n'));
  });
  for (let i = 0; i < 1000; i += 100) {
    await Promise.all(Array.from({ length: 100 }, (_, k) => open(i + k)));
  }
  // Half of them now dribble one byte a second, as a slowloris client does.
  const drip = setInterval(() => { for (let i = 1; i < sockets.length; i += 2) sockets[i].write('X'); }, 1000);
  try {
    await new Promise((r) => setTimeout(r, 1500));
    const started = Date.now();
    const res = await fetch(`${server.url}/regions/sue`, { signal: AbortSignal.timeout(15000) });
    const body = await res.text();
    assert.equal(res.status, 200);
    assert.match(body, /陶地域づくり協議会/);
    // A liveness bound, not a speed claim: generous on a loaded 2-core machine.
    assert.ok(Date.now() - started < 15000);
  } finally {
    clearInterval(drip);
    for (const s of sockets) s.destroy();
  }
});

test('a request head over 16 KiB gets 431', async () => {
  const out = await raw(server.port, `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(17 * 1024)}\r\n\r\n`);
  assert.match(out, /^HTTP\/1\.1 431/);
  assert.match(utf8(out), /ヘッダーが大きすぎます/);
});

test('a body over 1 MiB gets 413: a Japanese page, or JSON under /api/', async () => {
  const page = await raw(server.port, `POST /login HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${1024 * 1024 + 1}\r\n\r\nemail=`);
  assert.match(page, /^HTTP\/1\.1 413/);
  assert.match(utf8(page), /送信された内容が大きすぎます/);
  const out = await raw(server.port, `POST /api/v1/regions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${2 * 1024 * 1024}\r\n\r\n{`);
  assert.match(out, /^HTTP\/1\.1 413/);
  const json = JSON.parse(utf8(out.slice(out.indexOf('\r\n\r\n') + 4)));
  assert.ok(json.error);
  assert.deepEqual(json.fields, {});
  // A chunked body that grows past the limit is stopped as well.
  const chunk = 'a'.repeat(256 * 1024);
  let chunked = 'POST /login HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n';
  for (let i = 0; i < 5; i++) chunked += `${chunk.length.toString(16)}\r\n${chunk}\r\n`;
  chunked += '0\r\n\r\n';
  assert.match(await raw(server.port, chunked), /^HTTP\/1\.1 413/);
});

test('a malformed request gets 400 and the connection closes', async () => {
  const out = await raw(server.port, 'THIS IS NOT HTTP\r\n\r\n');
  assert.match(out, /^HTTP\/1\.1 400/);
});

test('HTTP/1.1 without Host gets 400; HTTP/1.0 without it is still answered', async () => {
  assert.match(await raw(server.port, 'GET /healthz HTTP/1.1\r\nConnection: close\r\n\r\n'), /^HTTP\/1\.1 400/);
  assert.match(await raw(server.port, 'GET /healthz HTTP/1.0\r\n\r\n'), /^HTTP\/1\.0 200/);
});

test('Transfer-Encoding together with Content-Length gets 400, and nothing behind it is read as a request', async () => {
  const smuggled = 'GET /regions/sue HTTP/1.1\r\nHost: x\r\n\r\n';
  const body = `0\r\n\r\n${smuggled}`;
  const out = await raw(server.port,
    `POST /login HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\nTransfer-Encoding: chunked\r\n\r\n${body}`);
  assert.match(out, /^HTTP\/1\.1 400/);
  assert.equal(out.match(/HTTP\/1\.1 /g).length, 1, 'one answer only: the smuggled request was not served');
});

test('a bad chunk size gets 400 before the connection closes', async () => {
  const out = await raw(server.port,
    'POST /login HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nemail=a\r\n0\r\n\r\n');
  assert.match(out, /^HTTP\/1\.1 400/);
  assert.match(utf8(out), /リクエストを読み取れませんでした/);
});

test('a bad byte in a query value gets 400, never echoed, on pages and on Open311 XML', async () => {
  for (const p of ['/posts?tag=%FF%FE', '/open311/v2/requests.xml?service_code=%FF', '/api/v1/posts?q=%FF', '/search?q=a%C3%28']) {
    const res = await fetch(server.url + p);
    assert.equal(res.status, 400, p);
    const bytes = Buffer.from(await res.arrayBuffer());
    assert.ok(!bytes.includes(0xff) && !bytes.includes(0xfe), `${p}: no raw byte echoed`);
    assert.doesNotThrow(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), p);
  }
});

test('keep-alive: several requests on one connection', async () => {
  const out = await raw(server.port, 'GET /healthz HTTP/1.1\r\nHost: x\r\n\r\nGET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  assert.equal(out.match(/HTTP\/1\.1 200/g)?.length, 2);
});

test('unknown pages answer a Japanese 404 with a way back; the API answers JSON', async () => {
  const page = await fetch(`${server.url}/regions/nowhere`);
  assert.equal(page.status, 404);
  const html = await page.text();
  assert.match(html, /見つかりませんでした/);
  assert.match(html, /href="\/"/);
  const api = await fetch(`${server.url}/api/v1/nothing`);
  assert.equal(api.status, 404);
  const body = await api.json();
  assert.ok(body.error);
  assert.deepEqual(body.fields, {});
});

test('every page carries the security headers', async () => {
  for (const p of ['/', '/regions', '/regions/yuda', '/login', '/register', '/api/v1/regions']) {
    const res = await fetch(server.url + p);
    const csp = res.headers.get('content-security-policy');
    assert.ok(csp && csp.includes("frame-ancestors 'none'") && !csp.includes('unsafe-inline'), p);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff', p);
    assert.ok(res.headers.get('referrer-policy'), p);
  }
});

test('API tokens from the command line act as their user on /api/v1/', async () => {
  const out = execFileSync(BIN, ['token', 'create', '--user', 'council-sue@example.jp', '--db', server.db], { encoding: 'utf8' });
  const token = out.trim().split('\n').pop();
  assert.match(token, /^[0-9a-f]{64}$/);
  const me = await fetch(`${server.url}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
  assert.equal(me.status, 200);
  const body = await me.json();
  assert.equal(body.memberships[0].role, 'officer');
  const bad = await fetch(`${server.url}/api/v1/me`, { headers: { authorization: `Bearer ${'0'.repeat(64)}` } });
  assert.equal(bad.status, 401);
  const list = await (await fetch(`${server.url}/api/v1/regions`)).json();
  assert.equal(list.total, 21);
  assert.equal(list.page, 1);
  assert.equal(list.items.length, 21);
});

test('the access log has no query strings, emails or passwords', async () => {
  const s = await startServer({ env: { TSUNAGU_ACCESS_LOG: 'true' } });
  try {
    const c = new Client(s.url);
    await c.post('/login', { email: 'resident-sue@example.jp', password: DEMO_PASSWORD }, { csrfFrom: '/login' });
    await fetch(`${s.url}/password/reset?token=${'ab'.repeat(32)}`);
    await fetch(`${s.url}/regions/sue?name=%E5%B1%B1%E7%94%B0`);
  } finally {
    await s.stop();
  }
  const log = s.output();
  assert.match(log, /POST \/login 303/);
  assert.match(log, /GET \/regions\/sue 200/);
  assert.doesNotMatch(log, /example\.jp/);
  assert.doesNotMatch(log, new RegExp(DEMO_PASSWORD));
  assert.doesNotMatch(log, /abab/);
  assert.doesNotMatch(log, /name=/);
});

test('SIGTERM lets a request in flight finish, then the server exits 0', async () => {
  const s = await startServer();
  const body = 'email=a%40b.jp&password=x';
  const socket = net.connect(s.port, '127.0.0.1');
  let answer = '';
  socket.on('data', (d) => { answer += d; });
  const closed = new Promise((r) => socket.on('close', r));
  socket.write(`POST /login HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 5)}`);
  await new Promise((r) => setTimeout(r, 300));
  s.proc.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 300));
  // New connections are refused while the old request finishes.
  await assert.rejects(fetch(`${s.url}/healthz`, { signal: AbortSignal.timeout(3000) }));
  socket.write(body.slice(5));
  await closed;
  assert.match(answer, /^HTTP\/1\.1 403/);  // answered (no CSRF token), not cut off
  assert.match(answer, /Connection: close/i);
  const { code } = await s.exited;
  assert.equal(code, 0);
  await s.stop();
});

test('a bad --db URL is a one-line error and a non-zero exit', () => {
  for (const db of ['mysql://x/y', 'postgresql://', 'sqlite:']) {
    const r = spawnSync(BIN, ['migrate', '--db', db], { encoding: 'utf8' });
    assert.notEqual(r.status, 0, db);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /--db/);
  }
  const r = spawnSync(BIN, ['migrate', '--db', 'postgresql://nobody@127.0.0.1:1/none'], { encoding: 'utf8' });
  assert.notEqual(r.status, 0);
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  assert.match(r.stderr, /PostgreSQL/);
});

test('every subcommand explains itself with --help', () => {
  for (const args of [['serve'], ['migrate'], ['seed'], ['user', 'add'], ['token', 'create']]) {
    const r = spawnSync(BIN, [...args, '--help'], { encoding: 'utf8' });
    assert.equal(r.status, 0, args.join(' '));
    assert.match(r.stdout, /--db/, args.join(' '));
  }
});

test('user add creates an account that can log in', async () => {
  const out = execFileSync(BIN, ['user', 'add', '--email', 'new.staff@example.jp', '--name', '新しい職員', '--role', 'city_staff', '--db', server.db], { encoding: 'utf8' });
  const password = out.match(/first password: (\S+)/)[1];
  const c = new Client(server.url);
  await c.login('new.staff@example.jp', password);
  const me = await c.get('/me');
  assert.match(me.text, /新しい職員/);
  assert.match(me.text, /市職員/);
  const dup = spawnSync(BIN, ['user', 'add', '--email', 'new.staff@example.jp', '--name', 'x', '--role', 'resident', '--db', server.db], { encoding: 'utf8' });
  assert.notEqual(dup.status, 0);
  const noOrg = spawnSync(BIN, ['user', 'add', '--email', 'x@example.jp', '--name', 'x', '--role', 'editor', '--db', server.db], { encoding: 'utf8' });
  assert.notEqual(noOrg.status, 0);
  assert.match(noOrg.stderr, /--org/);
});

test('seed --demo is idempotent on the same database', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tsunagu-seed-'));
  try {
    const db = `sqlite:${path.join(dir, 's.db')}`;
    const first = execFileSync(BIN, ['seed', '--demo', '--demo-password', 'pw-one-12345', '--db', db], { encoding: 'utf8' });
    const second = execFileSync(BIN, ['seed', '--demo', '--demo-password', 'pw-two-12345', '--db', db], { encoding: 'utf8' });
    assert.equal(first.split('\n')[0], second.split('\n')[0]);
    assert.match(second, /demo password: pw-two-12345/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the same pages are served from PostgreSQL', { skip: !process.env.TSUNAGU_TEST_PG && 'TSUNAGU_TEST_PG not set (scripts/test sets it)' }, async () => {
  const s = await startServer({ db: process.env.TSUNAGU_TEST_PG });
  try {
    const res = await fetch(`${s.url}/regions/sue`);
    assert.equal(res.status, 200);
    assert.match(await res.text(), /陶地域づくり協議会/);
    const c = new Client(s.url);
    await c.login('cityadmin@example.jp');
    assert.equal((await c.get('/admin/orgs')).status, 200);
  } finally {
    await s.stop();
  }
});

test('HEAD answers the length of the GET answer without a body', async () => {
  const out = await raw(server.port, 'HEAD /regions/sue HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  const get = await fetch(`${server.url}/regions/sue`);
  const length = Buffer.byteLength(await get.text());
  assert.match(out, /^HTTP\/1\.1 200/);
  assert.match(out, new RegExp(`Content-Length: ${length}\\r\\n`, 'i'));
  assert.ok(out.endsWith('\r\n\r\n'), 'no body after the head');
});

test('match solve: the documented example, and bad input as one line with exit code 2', () => {
  const input = '{"volunteers":[{"id":"v1","capacity":1}],"needs":[{"id":"n1","capacity":2}],"edges":[{"volunteer":"v1","need":"n1","score":37}]}';
  const ok = spawnSync(BIN, ['match', 'solve'], { input, encoding: 'utf8' });
  assert.equal(ok.status, 0, ok.stderr);
  assert.deepEqual(JSON.parse(ok.stdout), { assignments: [{ volunteer: 'v1', need: 'n1' }], total_score: 37 });
  for (const bad of ['{', '{"volunteers":[{"id":"v1","capacity":1}],"needs":[],"edges":[{"volunteer":"v1","need":"nx","score":3}]}']) {
    const r = spawnSync(BIN, ['match', 'solve'], { input: bad, encoding: 'utf8' });
    assert.equal(r.status, 2);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.equal(r.stdout, '');
  }
});
