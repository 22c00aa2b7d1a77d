// Shared helpers for the browser tests (browser, training and matching): Debian's
// Chromium driven by playwright-core, with axe-core for accessibility.
//
// The helpers that need no server or browser are exported as they are; those that do come
// from kit(getServer, getBrowser), which each test file calls once at the top with getters for
// its own server and browser (set in its before hook).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { DEMO_PASSWORD } from './harness.mjs';

const require = createRequire(import.meta.url);
export const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
// Every user-visible string comes from the catalogue, so the assertions use it too.
// The message catalogue as the server loads it: ja.json and the area files ja_*.json.
const MESSAGES_DIR = new URL('../../messages/', import.meta.url);
export const M = Object.assign(
  {},
  ...['ja.json', ...readdirSync(MESSAGES_DIR).filter((f) => /^ja_.*\.json$/.test(f)).sort()].map((f) =>
    JSON.parse(readFileSync(new URL(f, MESSAGES_DIR), 'utf8'))),
);
export const WIDTHS = [360, 1280];

// Debian's Chromium, headless.
export function launchBrowser() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

// SIGTERM first (a graceful stop); a server that has not exited after a few seconds is killed
// so that a stop bug cannot hang the suite, and reported. Then the harness cleans up.
export async function stopServer(s) {
  if (s.proc.exitCode === null && s.proc.signalCode === null) s.proc.kill('SIGTERM');
  let timer;
  const exited = await Promise.race([
    s.exited.then(() => true),
    new Promise((resolve) => { timer = setTimeout(() => resolve(false), 3000); }),
  ]);
  clearTimeout(timer);
  if (!exited) {
    console.error('# tsunagu did not exit within 3 s of SIGTERM; sending SIGKILL');
    s.proc.kill('SIGKILL');
  }
  await s.stop();
}

// Clicks and waits until the main frame has loaded the next document (form submits, links).
export async function clickAndWait(page, locator) {
  const navigated = page.waitForEvent('framenavigated', {
    predicate: (f) => f === page.mainFrame(), timeout: 15000,
  });
  await locator.click();
  await navigated;
  await page.waitForLoadState('load');
}

export async function assertFlash(page, text) {
  const notice = page.locator('.notice[role=status]');
  await notice.waitFor({ timeout: 5000 });
  assert.equal((await notice.innerText()).trim(), text);
}

// axe (WCAG 2.0/2.1 A and AA) on the page as it is now; fails listing every violation.
export async function assertAccessible(page, label) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate((tags) => window.axe.run(document, {
    runOnly: { type: 'tag', values: tags },
    resultTypes: ['violations'],
  }), AXE_TAGS);
  const lines = [];
  for (const v of result.violations) {
    lines.push(`${v.id} (${v.impact}): ${v.help} — ${v.helpUrl}`);
    for (const n of v.nodes) {
      lines.push(`    ${n.target.join(' ')}: ${n.failureSummary.replace(/\s*\n\s*/g, ' ')}`);
    }
  }
  assert.equal(result.violations.length, 0, `axe violations on ${label}:\n${lines.join('\n')}`);
}

// Nothing sticks out sideways at a narrow width (tables scroll inside their .table-wrap).
export async function assertNoHorizontalScroll(page, width, label) {
  const r = await page.evaluate(() => {
    const sw = document.documentElement.scrollWidth;
    const wide = [];
    for (const el of document.querySelectorAll('body *')) {
      if (el.closest('.table-wrap')) continue;
      const b = el.getBoundingClientRect();
      if (b.right > window.innerWidth + 1) {
        wide.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).replace(/ /g, '.')}` : ''} right=${Math.round(b.right)}`);
      }
    }
    return { sw, wide: wide.slice(0, 10) };
  });
  assert.ok(r.sw <= width + 1,
    `${label} at ${width}px scrolls sideways: scrollWidth ${r.sw}; too wide: ${r.wide.join(', ') || '(only absolutely positioned content)'}`);
}

// What a user cannot do with the page's own controls: a form built in the page (with the
// page's csrf value) and sent, as a crafted request would be. Returns the answer's status.
export async function postFromPage(page, action, fields = {}) {
  const answered = page.waitForResponse((r) => new URL(r.url()).pathname === action && r.request().method() === 'POST');
  const navigated = page.waitForEvent('framenavigated', { predicate: (f) => f === page.mainFrame(), timeout: 15000 });
  await page.evaluate(({ action, fields }) => {
    const form = document.createElement('form');
    form.method = 'post';
    form.action = action;
    const csrf = document.querySelector('input[name=csrf]').value;
    for (const [name, value] of Object.entries({ csrf, ...fields })) {
      const input = document.createElement('input');
      input.type = 'hidden';
      input.name = name;
      input.value = value;
      form.append(input);
    }
    document.body.append(form);
    form.submit();
  }, { action, fields });
  const res = await answered;
  await navigated;
  await page.waitForLoadState('load');
  return res.status();
}

// A valid RGB PNG of w x h pixels (a diagonal gradient), made here with zlib.
export function makePng(w, h) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const c = Buffer.alloc(4); c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; ihdr[9] = 2; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    raw[y * (w * 3 + 1)] = 0;
    for (let x = 0; x < w; x++) {
      const o = y * (w * 3 + 1) + 1 + x * 3;
      raw[o] = (x * 255) / w; raw[o + 1] = (y * 255) / h; raw[o + 2] = 128;
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Clicks a submit button and waits for the next page; returns the status of the POST's answer
// (before any redirect).
export async function submit(page, locator) {
  const answered = page.waitForResponse((r) => r.request().method() === 'POST' && r.frame() === page.mainFrame());
  await clickAndWait(page, locator);
  return (await answered).status();
}

// The button named exactly name within scope.
export const button = (scope, name) => scope.getByRole('button', { name, exact: true });

// The helpers bound to one test file's server and browser (read through the getters when
// called, so kit() can be called before the before hook has started them).
export function kit(getServer, getBrowser) {
  const contexts = new Map(); // email (or '' for anonymous) -> logged-in browser context

  const url = (p) => getServer().url + p;

  // A new browser context. The page's own CSP stays in force (axe is injected with
  // page.evaluate, which CSP does not restrict), so the pages are tested as users get them.
  async function newContext(width = 1280) {
    return getBrowser().newContext({ viewport: { width, height: 900 }, locale: 'ja-JP' });
  }

  async function goto(page, path, expectedStatus = 200) {
    const res = await page.goto(url(path));
    assert.equal(res.status(), expectedStatus, `GET ${path}: status`);
    return res;
  }

  async function login(page, email, password = DEMO_PASSWORD) {
    await goto(page, '/login');
    await page.locator('#f-email').fill(email);
    await page.locator('#f-password').fill(password);
    await clickAndWait(page, page.getByRole('button', { name: M['form.submit_login'] }));
  }

  // A context logged in as email (reused across tests), or anonymous for null.
  async function contextFor(email) {
    const key = email || '';
    if (!contexts.has(key)) {
      const ctx = await newContext();
      if (email) {
        const page = await ctx.newPage();
        await login(page, email);
        await assertFlash(page, M['flash.logged_in']);
        await page.close();
      }
      contexts.set(key, ctx);
    }
    return contexts.get(key);
  }

  // A tab of email's context (anonymous for null) at width.
  async function pageFor(email, width = 1280) {
    const page = await (await contextFor(email)).newPage();
    await page.setViewportSize({ width, height: 900 });
    return page;
  }

  // Runs fn with a tab of email's, closing it afterwards.
  async function as(email, fn, width = 1280) {
    const page = await pageFor(email, width);
    try { return await fn(page); } finally { await page.close(); }
  }

  return { url, newContext, goto, login, contextFor, pageFor, as };
}
