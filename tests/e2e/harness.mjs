// Starts a throw-away tsunagu server for end-to-end tests: its own SQLite file (or the
// PostgreSQL URL given), demo data, a free loopback port, mail written to a temp folder.
//
// The demo data: `tsunagu seed --demo` (argon2 hashes and thousands of rows: seconds) unless a
// seeded template is given, which is then copied, so that every server still gets its own fresh
// database (scripts/test makes both templates once with seedDemo() below):
//   TSUNAGU_E2E_TEMPLATE_DB=/path/seeded.db   a SQLite file, copied for a SQLite server;
//   TSUNAGU_E2E_TEMPLATE_PG=dbname            a database in the cluster of the PostgreSQL URL
//                                             given: the URL's database is made again from it
//                                             (CREATE DATABASE ... TEMPLATE dbname).
// Without them (a developer running one suite by hand) every server is seeded as before.
import { spawn, execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = process.env.TSUNAGU_BIN || path.join(root, 'build/tsunagu');
export const DEMO_PASSWORD = 'demo-password-e2e';

export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const PG_BIN = (() => {
  try {
    const dirs = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(a) - Number(b));
    return dirs.length ? `/usr/lib/postgresql/${dirs[dirs.length - 1]}/bin` : null;
  } catch { return null; }
})();

// Loads the demo data with DEMO_PASSWORD into db (URL). Also makes the templates above:
//   node -e "import('./tests/e2e/harness.mjs').then((h) => h.seedDemo(process.argv[1]))" sqlite:/tmp/x.db
export function seedDemo(db, env = process.env) {
  execFileSync(BIN, ['seed', '--demo', '--demo-password', DEMO_PASSWORD, '--db', db], { env, stdio: 'pipe' });
}

// A fresh database with the demo data at db: a copy of a template when there is one, else seeded.
function freshDemoDatabase(db, env) {
  const file = db.startsWith('sqlite:') ? db.slice('sqlite:'.length) : null;
  const sqliteTemplate = process.env.TSUNAGU_E2E_TEMPLATE_DB;
  if (file && sqliteTemplate && !existsSync(file)) {
    copyFileSync(sqliteTemplate, file);
    if (existsSync(`${sqliteTemplate}-wal`)) copyFileSync(`${sqliteTemplate}-wal`, `${file}-wal`);
    return;
  }
  const pgTemplate = process.env.TSUNAGU_E2E_TEMPLATE_PG;
  if (/^postgres(ql)?:/.test(db) && pgTemplate && PG_BIN) {
    const u = new URL(db);
    const name = decodeURIComponent(u.pathname.slice(1));
    const args = ['-h', u.hostname, '-p', u.port || '5432', '-U', decodeURIComponent(u.username) || 'tsunagu'];
    execFileSync(`${PG_BIN}/dropdb`, [...args, '--if-exists', name], { stdio: 'pipe' });
    execFileSync(`${PG_BIN}/createdb`, [...args, '-T', pgTemplate, name], { stdio: 'pipe' });
    return;
  }
  seedDemo(db, env);
}

// Options: db (URL; default a fresh SQLite file), env (extra environment), seed (default true).
export async function startServer(options = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tsunagu-e2e-'));
  const db = options.db || `sqlite:${path.join(dir, 'test.db')}`;
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    TSUNAGU_MAIL_DIR: path.join(dir, 'mail'),
    TSUNAGU_MEDIA_DIR: path.join(dir, 'media'),
    TSUNAGU_BASE_URL: url,
    TSUNAGU_ACCESS_LOG: 'false',
    ...(options.env || {}),
  };
  if (options.seed !== false) freshDemoDatabase(db, env);
  const proc = spawn(BIN, ['serve', '--listen', `127.0.0.1:${port}`, '--db', db], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  proc.stdout.on('data', (d) => { output += d; });
  proc.stderr.on('data', (d) => { output += d; });
  const exited = new Promise((resolve) => proc.on('exit', (code, signal) => resolve({ code, signal })));
  const deadline = Date.now() + 30000;
  for (;;) {
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) break;
    } catch { /* not up yet */ }
    if (proc.exitCode !== null) throw new Error(`tsunagu exited early: ${output}`);
    if (Date.now() > deadline) throw new Error(`tsunagu did not start: ${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url, port, dir, db, proc, exited,
    output: () => output,
    // The newest mail written by the server (demo mode writes .eml files), decoded.
    lastMail() {
      const mailDir = path.join(dir, 'mail');
      const files = readdirSync(mailDir).filter((f) => f.endsWith('.eml')).sort();
      if (!files.length) return null;
      const raw = readFileSync(path.join(mailDir, files[files.length - 1]), 'utf8');
      const [head, body] = raw.split('\r\n\r\n');
      return { head, body: Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8') };
    },
    async stop() {
      if (proc.exitCode === null) proc.kill('SIGTERM');
      const result = await exited;
      rmSync(dir, { recursive: true, force: true });
      return result;
    },
  };
}

// A tiny cookie-keeping client for form flows without a browser.
export class Client {
  constructor(base) { this.base = base; this.cookies = new Map(); }
  cookieHeader() { return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '); }
  remember(res) {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      const name = pair.slice(0, i);
      const value = pair.slice(i + 1);
      if (/Max-Age=0/.test(c) || value === '') this.cookies.delete(name); else this.cookies.set(name, value);
    }
  }
  async get(p, headers = {}) {
    const res = await fetch(this.base + p, { headers: { cookie: this.cookieHeader(), ...headers }, redirect: 'manual' });
    this.remember(res);
    return { status: res.status, headers: res.headers, text: await res.text() };
  }
  // The csrf value of the first form on the page at p.
  async csrf(p) {
    const page = await this.get(p);
    const m = page.text.match(/name="csrf" value="([0-9a-f]+)"/);
    if (!m) throw new Error(`no csrf field on ${p}`);
    return m[1];
  }
  async post(p, fields, { csrfFrom, headers = {} } = {}) {
    const body = new URLSearchParams(fields);
    if (csrfFrom) body.set('csrf', await this.csrf(csrfFrom));
    const res = await fetch(this.base + p, {
      method: 'POST', body, redirect: 'manual',
      headers: { cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded', ...headers },
    });
    this.remember(res);
    return { status: res.status, headers: res.headers, text: await res.text() };
  }
  async login(email, password = DEMO_PASSWORD) {
    const r = await this.post('/login', { email, password }, { csrfFrom: '/login' });
    if (r.status !== 303) throw new Error(`login failed for ${email}: ${r.status}`);
    return r;
  }
}

// Every mail a server wrote into its folder, oldest first, decoded: {file, to, subject, body}.
// (File names start with the second they were written in; mails of one second are told apart
// by recipient and subject.)
export function readMails(dir) {
  const folder = path.join(dir, 'mail');
  let files;
  try { files = readdirSync(folder).filter((f) => f.endsWith('.eml')).sort(); } catch { return []; }
  return files.map((f) => {
    const raw = readFileSync(path.join(folder, f), 'utf8');
    const i = raw.indexOf('\r\n\r\n');
    const head = raw.slice(0, i);
    const to = head.match(/^To: (.*)$/m)[1].trim();
    const subject = Buffer.from(head.match(/^Subject: =\?UTF-8\?B\?([^?]*)\?=/m)[1], 'base64').toString('utf8');
    const body = Buffer.from(raw.slice(i + 4).replace(/\s+/g, ''), 'base64').toString('utf8');
    return { file: f, to, subject, body };
  });
}
