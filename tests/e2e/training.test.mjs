// Browser tests for coordinator training and certification (研修・地域コーディネーター認定):
// the programme list, a programme with its sessions and trainees, the public register
// (/coordinators), the listing choice on /me and GET /api/v1/certifications, in Debian's
// Chromium driven by playwright-core, with axe-core for accessibility.
//
//   cd /work/main && node --test tests/e2e/training.test.mjs
//
// One server (fresh SQLite with demo data) and one browser for the whole file. The tests run
// in order and share that server; each flow uses its own programme or accounts.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './harness.mjs';
import {
  M, WIDTHS, assertAccessible, assertFlash, assertNoHorizontalScroll, clickAndWait, kit, postFromPage,
  launchBrowser, stopServer,
} from './browser_kit.mjs';

// The demo data (src/domain/seed.cpp).
const DEMO_PROGRAMME = '地域コーディネーター養成講座（ファシリテーション）';
const NAME = {
  sue: '陶の住民（デモ）', ajisu: '阿知須の住民（デモ）', ato: '阿東の住民（デモ）',
  hirakawa: '平川の住民（デモ）', osaba: '小鯖の住民（デモ）', sayama: '佐山の住民（デモ）',
  yuda: '湯田の住民（デモ）',
};
const DEMO_TRAINEES = ['sue', 'ajisu', 'ato', 'hirakawa', 'osaba', 'sayama'].map((s) => NAME[s]);
const CITY_ADMIN = 'cityadmin@example.jp';

let server;
let browser;
const { url, newContext, goto, login, contextFor } = kit(() => server, () => browser);
// A catalogue message with its {placeholders} filled in.
const msg = (key, values) => Object.entries(values).reduce((s, [k, v]) => s.replace(`{${k}}`, v), M[key]);
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Today in Asia/Tokyo, as the server counts validity; and a date some years on (29 Feb -> 28).
function todayJst() { return new Date(Date.now() + 9 * 3600 * 1000).toISOString().slice(0, 10); }
function addYears(date, years) {
  const out = `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
  const d = new Date(`${out}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== out ? `${out.slice(0, 8)}28` : out;
}

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  if (browser) await browser.close();
  if (server) await stopServer(server);
});

// A new tab in the (shared) context of email; the caller closes it.
async function pageFor(email, width = 1280) {
  const page = await (await contextFor(email)).newPage();
  await page.setViewportSize({ width, height: 900 });
  return page;
}

// The error summary: field errors (field -> message, each linking to its field) and/or a
// message for the whole form.
async function assertErrorSummary(page, errors, message) {
  const summary = page.locator('.error-summary');
  assert.ok(await summary.isVisible(), 'the error summary is shown');
  assert.equal(await summary.getAttribute('role'), 'alert');
  assert.equal((await summary.locator('h2').innerText()).trim(), M['error.summary_heading']);
  for (const [field, text] of Object.entries(errors)) {
    const link = summary.locator(`a[href="#f-${field}"]`);
    assert.equal(await link.count(), 1, `the summary links to #f-${field}`);
    const label = await page.locator(`label[for="f-${field}"]`).evaluate((l) => l.firstChild.textContent.trim());
    assert.equal((await link.innerText()).trim(), `${label}：${text}`);
    assert.equal((await page.locator(`#e-${field}`).innerText()).trim(), text, `the message is next to ${field} too`);
    assert.equal(await page.locator(`#f-${field}`).getAttribute('aria-invalid'), 'true');
  }
  if (message !== undefined) {
    assert.equal((await summary.locator('p').innerText()).trim(), message);
  }
  const first = await page.evaluate(() => document.querySelector('main').firstElementChild.className);
  assert.match(first, /error-summary/, 'the summary is the first thing in the main content');
}


async function api(path) {
  const res = await fetch(url(path));
  return { status: res.status, type: res.headers.get('content-type'), body: await res.json() };
}

// ---- The programme page ----

const ids = {}; // looked up from the pages (demo ids are not fixed)

async function programmeIdByName(page, name) {
  await goto(page, '/training');
  const href = await page.getByRole('link', { name, exact: true }).getAttribute('href');
  return Number(href.match(/^\/training\/(\d+)$/)[1]);
}

function traineeCard(page, name) {
  return page.locator('section[aria-labelledby="trainees-heading"] li.panel')
    .filter({ has: page.getByRole('heading', { level: 3, name, exact: true }) });
}

// The facts of a trainee card: {推薦した協議会: ..., 出席: '2 / 2', ...}.
async function traineeFacts(page, name) {
  const card = traineeCard(page, name);
  assert.equal(await card.count(), 1, `one card for ${name}`);
  return card.locator('dl.facts').evaluate((dl) => {
    const out = {};
    for (const dt of dl.querySelectorAll('dt')) out[dt.textContent.trim()] = dt.nextElementSibling.textContent.trim();
    return out;
  });
}

function sessionPanel(page, startsAt) {
  return page.locator('ol.session-list > li').filter({ has: page.locator('h3', { hasText: startsAt }) });
}

// The names on the trainee cards, in order.
async function traineeNames(page) {
  return page.locator('section[aria-labelledby="trainees-heading"] li.panel h3').allInnerTexts();
}

// A per-trainee button: its text, then the trainee's name in a visually hidden span (Chromium
// puts a space between the two in the accessible name, as the span is absolutely positioned).
const forTrainee = (label, name) => new RegExp(`^${escapeRe(label)}\\s*：${escapeRe(name)}$`);
const traineeButton = (scope, label, name) => scope.getByRole('button', { name: forTrainee(label, name) });
const certifyButton = (page, name) => traineeButton(page, M['training.certify'], name);

async function addSession(page, { date, time, title, place = '', capacity = '20' }) {
  await page.locator('#f-date').fill(date);
  await page.locator('#f-time').fill(time);
  await page.locator('#f-title').fill(title);
  await page.locator('#f-place').fill(place);
  await page.locator('#f-capacity').fill(capacity);
  await clickAndWait(page, page.getByRole('button', { name: M['training.add_session'], exact: true }));
}

async function createProgramme(page, { name, description = '', min, report, years }) {
  await goto(page, '/training');
  await page.locator('#f-name').fill(name);
  await page.locator('#f-description').fill(description);
  await page.locator('#f-min_sessions').fill(String(min));
  await page.locator('#f-requires_report').selectOption(report ? '1' : '0');
  await page.locator('#f-validity_years').fill(String(years));
  await clickAndWait(page, page.getByRole('button', { name: M['training.create'], exact: true }));
  await assertFlash(page, M['flash.programme_created']);
  const m = new URL(page.url()).pathname.match(/^\/training\/(\d+)$/);
  assert.ok(m, `redirected to the new programme, got ${page.url()}`);
  return Number(m[1]);
}

async function recommend(page, councilName, email) {
  const select = page.locator('#f-council');
  const value = await select.locator('option', { hasText: councilName }).getAttribute('value');
  await select.selectOption(value);
  await page.locator('#f-email').fill(email);
  await clickAndWait(page, page.getByRole('button', { name: M['training.recommend'], exact: true }));
}

// The register (/coordinators): {total, regions: {region name: [entry text, ...]}}.
async function register(page) {
  await goto(page, '/coordinators');
  assert.equal(await page.locator('h1').innerText(), M['page.coordinators_title']);
  const totalText = await page.locator('main p', { hasText: M['coordinators.total'] }).innerText();
  const m = totalText.match(/(\d+)/);
  assert.ok(m, `the count of people is shown: ${totalText}`);
  const regions = {};
  for (const section of await page.locator('main section').all()) {
    const heading = (await section.locator('h2').innerText()).trim();
    regions[heading] = (await section.locator('li').allInnerTexts()).map((t) => t.trim());
  }
  return { total: Number(m[1]), regions, text: await page.locator('main').innerText() };
}

// ---------------------------------------------------------------------------------------------
// 1. Accessibility and narrow screens.

const PAGES = [
  { name: 'training programmes', path: '/training' },
  { name: 'training programmes with the add form', as: CITY_ADMIN, path: '/training' },
  { name: 'training programmes, failed add', as: CITY_ADMIN, path: '/training',
    async act(page) {
      await page.locator('#f-min_sessions').fill('0');
      await clickAndWait(page, page.getByRole('button', { name: M['training.create'], exact: true }));
      await assertErrorSummary(page, {
        name: M['error.required'],
        min_sessions: msg('error.number_range', { min: 1, max: 50 }),
      });
    } },
  { name: 'a programme', path: () => `/training/${ids.demo}` },
  { name: 'a programme with attendance, trainees and forms', as: CITY_ADMIN, path: () => `/training/${ids.demo}` },
  { name: 'a programme for a council officer', as: 'council-sue@example.jp', path: () => `/training/${ids.demo}` },
  { name: 'a programme, failed add session', as: CITY_ADMIN, path: () => `/training/${ids.demo}`,
    async act(page) {
      // A date that does not exist, as typed where the browser has no date picker.
      await page.locator('#f-date').evaluate((el) => { el.type = 'text'; el.value = '2026-02-30'; });
      await page.locator('#f-capacity').fill('0');
      await clickAndWait(page, page.getByRole('button', { name: M['training.add_session'], exact: true }));
      await assertErrorSummary(page, {
        date: M['error.date'], time: M['error.required'], title: M['error.required'],
        capacity: msg('error.number_range', { min: 1, max: 1000 }),
      });
    } },
  { name: 'the coordinator register', path: '/coordinators' },
  { name: 'my page with a certification', as: 'resident-sue@example.jp', path: '/me' },
];

describe('training pages: axe (WCAG 2.1 AA) at 360 px and 1280 px, no sideways scrolling at 360 px', () => {
  before(async () => {
    const page = await pageFor(null);
    try { ids.demo = await programmeIdByName(page, DEMO_PROGRAMME); } finally { await page.close(); }
  });

  for (const p of PAGES) {
    test(`${p.name}${p.as ? ` (as ${p.as})` : ''}`, async () => {
      const page = await pageFor(p.as, WIDTHS[0]);
      try {
        const path = typeof p.path === 'function' ? p.path() : p.path;
        const label = `${p.name} (${path})`;
        await goto(page, path, p.status ?? 200);
        if (p.act) await p.act(page);
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          assert.equal(await page.evaluate(() => window.innerWidth), width);
          await assertAccessible(page, `${label} at ${width}px`);
          if (width === 360) await assertNoHorizontalScroll(page, width, label);
        }
      } finally { await page.close(); }
    });
  }
});

// ---------------------------------------------------------------------------------------------
// 2. What the demo programme shows.

describe('the demo programme', () => {
  test('lists its six sessions in date order, each with its date and start time', async () => {
    const page = await pageFor(null);
    try {
      await goto(page, `/training/${ids.demo}`);
      assert.equal(await page.locator('h1').innerText(), DEMO_PROGRAMME);
      assert.match(await page.locator('main').innerText(), new RegExp(escapeRe(msg('training.rule_with_report', { n: 5 }))));
      const headings = (await page.locator('ol.session-list > li h3').allInnerTexts()).map((t) => t.trim());
      assert.equal(headings.length, 6, `six sessions: ${headings.join(' / ')}`);
      for (const h of headings) assert.match(h, /^\d{4}-\d{2}-\d{2} \d{2}:\d{2} /, `a session heading starts with its date and time: "${h}"`);
      const starts = headings.map((h) => h.slice(0, 16));
      assert.deepEqual(starts, [...starts].sort(), `in date order: ${starts.join(', ')}`);
    } finally { await page.close(); }
  });

  test('the city sees attendance, report and status for each trainee', async () => {
    const page = await pageFor(CITY_ADMIN);
    try {
      await goto(page, `/training/${ids.demo}`);
      assert.deepEqual(await traineeNames(page), DEMO_TRAINEES);
      const sue = await traineeFacts(page, NAME.sue);
      assert.equal(sue[M['training.col_recommended']], '陶地域づくり協議会');
      assert.equal(sue[M['training.col_attended']], '6 / 5');
      assert.equal(sue[M['training.col_report']], M['label.submitted']);
      assert.equal(sue[M['training.col_status']], M['training.completed']);
      assert.match(sue[M['training.col_cert']], /^2025-0001（/);
      const sayama = await traineeFacts(page, NAME.sayama);
      assert.equal(sayama[M['training.col_attended']], '3 / 5');
      assert.equal(sayama[M['training.col_report']], M['label.not_submitted']);
      assert.equal(sayama[M['training.col_status']], M['training.in_progress']);
      assert.equal(sayama[M['training.col_cert']], undefined, 'no certification');
    } finally { await page.close(); }
  });
});

// ---------------------------------------------------------------------------------------------
// 3. A programme from start to certification, revocation and the register.

describe('the city runs a programme: sessions, recommendation, attendance, report, certification', () => {
  const programme = 'E2E 地域づくり実践研修（テスト）';
  const sessions = [
    { date: '2026-12-05', time: '10:00', title: '第1回 地域を歩く', place: '湯田地域交流センター' },
    { date: '2026-12-12', time: '10:00', title: '第2回 話し合いを進める', place: '湯田地域交流センター' },
  ];
  const at = (s) => `${s.date} ${s.time}`;
  let admin;
  let programmeId;
  let number;
  let before0; // the API before certifying
  let register0; // the register before

  before(async () => {
    admin = await pageFor(CITY_ADMIN, 360);
    before0 = (await api('/api/v1/certifications')).body;
    const page = await pageFor(null);
    try { register0 = await register(page); } finally { await page.close(); }
  });
  after(async () => { await admin.close(); });

  test('a city admin adds a programme (2 sessions and a report, valid 3 years)', async () => {
    programmeId = await createProgramme(admin, {
      name: programme, description: '地域の話し合いを進める力を実践で身につけます。', min: 2, report: true, years: 3,
    });
    assert.equal(await admin.locator('h1').innerText(), programme);
    const main = await admin.locator('main').innerText();
    assert.match(main, new RegExp(escapeRe(msg('training.rule_with_report', { n: 2 }))));
    assert.match(main, new RegExp(escapeRe(msg('training.validity', { n: 3 }))));
    assert.match(main, new RegExp(escapeRe(M['training.no_sessions'])));
    await goto(admin, '/training');
    assert.equal(await admin.getByRole('link', { name: programme, exact: true }).getAttribute('href'), `/training/${programmeId}`);
  });

  test('a date that does not exist is refused and what was typed is kept', async () => {
    await goto(admin, `/training/${programmeId}`);
    // As typed in a browser without a date picker.
    await admin.locator('#f-date').evaluate((el) => { el.type = 'text'; el.value = '2026-02-30'; });
    await admin.locator('#f-time').fill('10:00');
    await admin.locator('#f-title').fill(sessions[0].title);
    await clickAndWait(admin, admin.getByRole('button', { name: M['training.add_session'], exact: true }));
    await assertErrorSummary(admin, { date: M['error.date'] });
    assert.equal(await admin.locator('#f-title').inputValue(), sessions[0].title);
    assert.equal(await admin.locator('#f-time').inputValue(), '10:00');
    assert.match(await admin.locator('section[aria-labelledby="sessions-heading"]').innerText(),
      new RegExp(escapeRe(M['training.no_sessions'])), 'no session was added');
  });

  test('adds two sessions', async () => {
    await goto(admin, `/training/${programmeId}`);
    for (const s of sessions) {
      await addSession(admin, s);
      await assertFlash(admin, M['flash.session_added']);
      assert.equal(new URL(admin.url()).pathname, `/training/${programmeId}`);
    }
    const headings = (await admin.locator('ol.session-list > li h3').allInnerTexts()).map((t) => t.trim());
    assert.deepEqual(headings, sessions.map((s) => `${at(s)} ${s.title}`));
    assert.match(await sessionPanel(admin, at(sessions[0])).innerText(), new RegExp(escapeRe(sessions[0].place)));
    assert.match(await sessionPanel(admin, at(sessions[0])).innerText(), new RegExp(escapeRe(M['training.no_trainees_yet'])));
  });

  test('a council officer recommends a resident, for their own council only', async () => {
    const page = await pageFor('council-yuda@example.jp', 360);
    try {
      await goto(page, `/training/${programmeId}`);
      const options = await page.locator('#f-council option').allInnerTexts();
      assert.deepEqual(options.filter((o) => o !== M['field.choose']), ['湯田地域づくり協議会']);
      // A typo first: an unknown address is refused next to the field.
      await recommend(page, '湯田地域づくり協議会', 'nobody-e2e@example.jp');
      await assertErrorSummary(page, { email: M['error.no_such_account'] });
      assert.equal(await page.locator('#f-email').inputValue(), 'nobody-e2e@example.jp');
      await recommend(page, '湯田地域づくり協議会', 'resident-yuda@example.jp');
      await assertFlash(page, M['flash.trainee_recommended']);
      assert.deepEqual(await traineeNames(page), [NAME.yuda]);
      const f = await traineeFacts(page, NAME.yuda);
      assert.equal(f[M['training.col_recommended']], '湯田地域づくり協議会');
      assert.equal(f[M['training.col_attended']], '0 / 2');
      assert.equal(f[M['training.col_report']], M['label.not_submitted']);
      assert.equal(f[M['training.col_status']], M['training.in_progress']);
      // The council does not record attendance or certify.
      assert.equal(await page.getByRole('button', { name: M['training.attendance_save'] }).count(), 0);
      assert.equal(await certifyButton(page, NAME.yuda).count(), 0);
      // Recommending the same person twice is refused.
      await recommend(page, '湯田地域づくり協議会', 'resident-yuda@example.jp');
      await assertErrorSummary(page, { email: M['error.already_trainee'] });
      assert.deepEqual(await traineeNames(page), [NAME.yuda]);
    } finally { await page.close(); }
  });

  test('the city records attendance at both sessions', async () => {
    await goto(admin, `/training/${programmeId}`);
    for (const s of sessions) {
      const panel = sessionPanel(admin, at(s));
      const box = panel.getByRole('checkbox', { name: NAME.yuda, exact: true });
      assert.equal(await box.isChecked(), false);
      await box.check();
      await clickAndWait(admin, panel.getByRole('button', { name: M['training.attendance_save'] }));
      await assertFlash(admin, M['flash.attendance_saved']);
      assert.equal(await sessionPanel(admin, at(s)).getByRole('checkbox', { name: NAME.yuda, exact: true }).isChecked(), true,
        'the tick is kept');
    }
    const f = await traineeFacts(admin, NAME.yuda);
    assert.equal(f[M['training.col_attended']], '2 / 2');
    assert.equal(f[M['training.col_status']], M['training.in_progress'], 'the report is still missing');
    assert.equal(await certifyButton(admin, NAME.yuda).count(), 0, 'not offered before the report');
  });

  test('marks the report submitted, and back, and submitted again: 修了', async () => {
    const card = () => traineeCard(admin, NAME.yuda);
    await clickAndWait(admin, traineeButton(card(), M['training.report_done'], NAME.yuda));
    await assertFlash(admin, M['flash.report_saved']);
    let f = await traineeFacts(admin, NAME.yuda);
    assert.equal(f[M['training.col_report']], M['label.submitted']);
    assert.equal(f[M['training.col_status']], M['training.completed']);
    await clickAndWait(admin, traineeButton(card(), M['training.report_undo'], NAME.yuda));
    await assertFlash(admin, M['flash.report_saved']);
    f = await traineeFacts(admin, NAME.yuda);
    assert.equal(f[M['training.col_report']], M['label.not_submitted']);
    assert.equal(f[M['training.col_status']], M['training.in_progress']);
    await clickAndWait(admin, traineeButton(card(), M['training.report_done'], NAME.yuda));
    f = await traineeFacts(admin, NAME.yuda);
    assert.equal(f[M['training.col_status']], M['training.completed']);
  });

  test('certifies: a number, the validity, and one more person in the API', async () => {
    const today = todayJst();
    await clickAndWait(admin, certifyButton(admin, NAME.yuda));
    await assertFlash(admin, M['flash.certified']);
    const f = await traineeFacts(admin, NAME.yuda);
    const m = f[M['training.col_cert']]?.match(/^(\d{4}-\d{4})（(.+)）$/);
    assert.ok(m, `the certification is shown: ${f[M['training.col_cert']]}`);
    number = m[1];
    assert.equal(number.slice(0, 4), today.slice(0, 4), 'numbered in this year');
    assert.equal(m[2], `${M['training.valid_until']} ${addYears(today, 3)}`);
    assert.equal(await certifyButton(admin, NAME.yuda).count(), 0, 'not offered twice');
    assert.equal(await traineeButton(traineeCard(admin, NAME.yuda), M['training.renew'], NAME.yuda).count(), 1);

    const { status, body } = await api('/api/v1/certifications');
    assert.equal(status, 200);
    assert.equal(body.total, before0.total + 1);
    assert.equal(body.people, before0.people + 1);
    assert.equal(body.valid_on, today);
    const item = body.items.find((i) => i.number === number);
    assert.ok(item, `${number} is in the API`);
    assert.deepEqual(item, {
      number, programme, region: 'yuda', certified_on: today, valid_until: addYears(today, 3), name: null,
    }, 'no name before the person agrees to be listed');
  });

  test('the certified resident agrees to be listed and appears in the register under 湯田', async () => {
    const page = await pageFor('resident-yuda@example.jp', 360);
    try {
      const anon = await pageFor(null);
      try {
        let reg = await register(anon);
        assert.equal(reg.total, register0.total + 1, 'counted as holding a valid certification');
        assert.ok(!reg.text.includes(NAME.yuda), 'not listed before agreeing');
        await goto(page, '/me');
        const section = page.locator('section', { has: page.getByRole('heading', { name: M['me.cert_heading'], exact: true }) });
        assert.equal(await section.count(), 1, `/me shows ${M['me.cert_heading']}`);
        assert.match(await section.innerText(), new RegExp(`${escapeRe(number)}・${escapeRe(programme)}`));
        const listed = section.getByLabel(M['field.listed']);
        assert.equal(await listed.inputValue(), '0', 'not listed unless they agree');
        await listed.selectOption('1');
        await clickAndWait(page, section.getByRole('button', { name: M['me.cert_listing_save'] }));
        assert.equal(new URL(page.url()).pathname, '/me');
        await assertFlash(page, M['flash.listing_saved']);
        assert.equal(await page.getByLabel(M['field.listed']).inputValue(), '1');

        reg = await register(anon);
        assert.equal(reg.total, register0.total + 1);
        assert.ok(reg.regions['湯田'], `a 湯田 group: ${Object.keys(reg.regions).join(', ')}`);
        assert.equal(reg.regions['湯田'].length, 1);
        assert.ok(reg.regions['湯田'][0].startsWith(NAME.yuda), reg.regions['湯田'][0]);
        assert.match(reg.regions['湯田'][0], new RegExp(escapeRe(number)));
        const item = (await api('/api/v1/certifications')).body.items.find((i) => i.number === number);
        assert.equal(item.name, NAME.yuda);
      } finally { await anon.close(); }
    } finally { await page.close(); }
  });

  test('renewing extends the validity by the programme\'s years', async () => {
    const today = todayJst();
    await goto(admin, `/training/${programmeId}`);
    await clickAndWait(admin, traineeButton(traineeCard(admin, NAME.yuda), M['training.renew'], NAME.yuda));
    await assertFlash(admin, M['flash.certification_renewed']);
    const f = await traineeFacts(admin, NAME.yuda);
    assert.equal(f[M['training.col_cert']], `${number}（${M['training.valid_until']} ${addYears(addYears(today, 3), 3)}）`);
  });

  test('revoking needs a reason; with one, the status shows the date and the register drops them', async () => {
    const today = todayJst();
    const card = () => traineeCard(admin, NAME.yuda);
    const revoke = () => traineeButton(card(), M['training.revoke'], NAME.yuda);
    await goto(admin, `/training/${programmeId}`);
    await clickAndWait(admin, revoke());
    await assertErrorSummary(admin, {}, M['error.revoke_reason']);
    let f = await traineeFacts(admin, NAME.yuda);
    assert.ok(!f[M['training.col_cert']].includes(M['training.revoked_on']), `still valid: ${f[M['training.col_cert']]}`);
    assert.ok((await api('/api/v1/certifications')).body.items.some((i) => i.number === number), 'still in the API');
    await assertAccessible(admin, 'programme page after a revocation without a reason');

    await card().getByLabel(`${M['training.revoke_reason']}（${NAME.yuda}）`).fill('本人から辞退の申し出があったため（E2E）');
    await clickAndWait(admin, revoke());
    await assertFlash(admin, M['flash.certification_revoked']);
    f = await traineeFacts(admin, NAME.yuda);
    assert.ok(f[M['training.col_cert']].startsWith(number), f[M['training.col_cert']]);
    assert.ok(f[M['training.col_cert']].endsWith(`${M['training.revoked_on']} ${today}`), `the revocation date is shown: ${f[M['training.col_cert']]}`);
    assert.equal(await revoke().count(), 0, 'cannot be revoked twice');
    assert.equal(await traineeButton(card(), M['training.renew'], NAME.yuda).count(), 0, 'nor renewed');

    const anon = await pageFor(null);
    try {
      const reg = await register(anon);
      assert.equal(reg.total, register0.total);
      assert.equal(reg.regions['湯田'], undefined, 'no 湯田 group any more');
      assert.ok(!reg.text.includes(NAME.yuda));
    } finally { await anon.close(); }
    const { body } = await api('/api/v1/certifications');
    assert.equal(body.people, before0.people);
    assert.ok(!body.items.some((i) => i.number === number), 'no longer valid in the API');
  });
});

// ---------------------------------------------------------------------------------------------
// 4. What may not be done or seen.

describe('misuse and privacy', () => {
  test('certification is offered only when the completion rule is met, and only to city admins', async () => {
    const page = await pageFor(CITY_ADMIN);
    try {
      await goto(page, `/training/${ids.demo}`);
      assert.equal(await certifyButton(page, NAME.osaba).count(), 1, 'osaba completed and is not certified');
      assert.equal(await certifyButton(page, NAME.sayama).count(), 0, 'sayama attended 3 of 5');
      for (const n of [NAME.sue, NAME.ajisu, NAME.ato, NAME.hirakawa]) {
        assert.equal(await certifyButton(page, n).count(), 0, `${n} is certified already`);
      }
      // A crafted request for sayama is refused, in Japanese, and nothing changes.
      const action = await traineeCard(page, NAME.sayama).locator('form[action$="/report"]').getAttribute('action');
      const certify = action.replace(/\/report$/, '/certify');
      assert.equal(await postFromPage(page, certify, {}), 400);
      await assertErrorSummary(page, {}, M['error.not_completed']);
      assert.equal((await traineeFacts(page, NAME.sayama))[M['training.col_cert']], undefined);
    } finally { await page.close(); }

    const staff = await (await newContext()).newPage();
    try {
      await login(staff, 'city@example.jp');
      await goto(staff, `/training/${ids.demo}`);
      assert.deepEqual(await traineeNames(staff), DEMO_TRAINEES, 'city staff see the trainees');
      assert.equal(await certifyButton(staff, NAME.osaba).count(), 0, 'but only a city admin certifies');
    } finally { await staff.context().close(); }
  });

  test('a resident cannot add a programme, even by posting to /training', async () => {
    const page = await pageFor('resident-ajisu@example.jp', 360);
    try {
      await goto(page, '/training');
      assert.equal(await page.getByRole('heading', { name: M['training.new_heading'] }).count(), 0);
      assert.equal(await postFromPage(page, '/training', {
        name: '住民が作った研修', description: '', min_sessions: '1', requires_report: '0', validity_years: '1',
      }), 403);
      assert.equal(await page.locator('h1').innerText(), M['error.title_403']);
      assert.equal((await page.locator('main .lead').innerText()).trim(), M['error.forbidden']);
      await goto(page, '/training');
      assert.equal(await page.getByRole('link', { name: '住民が作った研修' }).count(), 0, 'nothing was added');
    } finally { await page.close(); }
  });

  test('trainee names are not shown to anonymous visitors or residents', async () => {
    for (const who of [null, 'resident-ajisu@example.jp']) {
      const page = await pageFor(who);
      try {
        await goto(page, `/training/${ids.demo}`);
        const main = await page.locator('main').innerText();
        for (const n of DEMO_TRAINEES) assert.ok(!main.includes(n), `${n} is not shown to ${who || 'an anonymous visitor'}`);
        assert.equal(await page.locator('#trainees-heading').count(), 0);
        assert.equal(await page.locator('#recommend-heading').count(), 0);
        assert.equal(await page.locator('input[type=checkbox]').count(), 0);
      } finally { await page.close(); }
    }
  });

  test('a council officer sees only the trainees their council recommended, and recommends only for it', async () => {
    const page = await pageFor('council-sue@example.jp', 360);
    try {
      await goto(page, `/training/${ids.demo}`);
      assert.deepEqual(await traineeNames(page), [NAME.sue]);
      const main = await page.locator('main').innerText();
      for (const n of DEMO_TRAINEES.filter((x) => x !== NAME.sue)) assert.ok(!main.includes(n), `${n} is not shown to council-sue`);
      const options = await page.locator('#f-council option').allInnerTexts();
      assert.deepEqual(options.filter((o) => o !== M['field.choose']), ['陶地域づくり協議会']);
      assert.notEqual(await page.locator('#f-council').inputValue(), '', 'their council is chosen already');
      assert.equal(await page.locator('input[type=checkbox]').count(), 0, 'no attendance forms');
      assert.equal(await page.locator('#f-date').count(), 0, 'no session form');

      // Another council's id, sent anyway: refused.
      const admin = await pageFor(CITY_ADMIN);
      let yudaCouncil;
      try {
        await goto(admin, `/training/${ids.demo}`);
        yudaCouncil = await admin.locator('#f-council option', { hasText: '湯田地域づくり協議会' }).getAttribute('value');
      } finally { await admin.close(); }
      assert.equal(await postFromPage(page, `/training/${ids.demo}/trainees`,
        { council: yudaCouncil, email: 'resident-miyano@example.jp' }), 403);
      assert.equal((await page.locator('main .lead').innerText()).trim(), M['error.forbidden']);
      await goto(page, `/training/${ids.demo}`);
      assert.deepEqual(await traineeNames(page), [NAME.sue]);
    } finally { await page.close(); }
  });

  test('one person cannot attend two sessions starting at the same time', async () => {
    const page = await pageFor(CITY_ADMIN, 360);
    try {
      // sue attended the demo programme's first session, 2025-05-14 13:30.
      const id = await createProgramme(page, { name: 'E2E 同時刻の確認用研修', min: 1, report: false, years: 1 });
      await addSession(page, { date: '2025-05-14', time: '13:30', title: '同じ時刻の回', capacity: '10' });
      await assertFlash(page, M['flash.session_added']);
      await recommend(page, '陶地域づくり協議会', 'resident-sue@example.jp');
      await assertFlash(page, M['flash.trainee_recommended']);
      const panel = sessionPanel(page, '2025-05-14 13:30');
      await panel.getByRole('checkbox', { name: NAME.sue, exact: true }).check();
      await clickAndWait(page, panel.getByRole('button', { name: M['training.attendance_save'] }));
      assert.match(new URL(page.url()).pathname, /^\/training\/sessions\/\d+\/attendance$/);
      await assertErrorSummary(page, {}, msg('error.attendance_overlap', { name: NAME.sue }));
      await assertAccessible(page, 'attendance refused');
      await goto(page, `/training/${id}`);
      assert.equal(await sessionPanel(page, '2025-05-14 13:30').getByRole('checkbox', { name: NAME.sue, exact: true }).isChecked(), false,
        'the attendance was not recorded');
      assert.equal((await traineeFacts(page, NAME.sue))[M['training.col_attended']], '0 / 1');
    } finally { await page.close(); }
  });
});

// ---------------------------------------------------------------------------------------------
// 5. The register respects consent.

describe('the register and the API respect consent', () => {
  test('a certified person who did not agree is counted but not named', async () => {
    const page = await pageFor(null);
    try {
      const reg = await register(page);
      const { body } = await api('/api/v1/certifications');
      assert.equal(reg.total, body.people, 'the register counts the people the API counts');
      assert.ok(!reg.text.includes(NAME.hirakawa), 'hirakawa is not listed');
      assert.equal(reg.regions['平川'], undefined);
      for (const [region, name] of [['陶', NAME.sue], ['阿知須', NAME.ajisu], ['阿東', NAME.ato]]) {
        assert.ok(reg.regions[region]?.[0]?.startsWith(name), `${name} under ${region}`);
      }
      const hirakawa = body.items.find((i) => i.region === 'hirakawa');
      assert.ok(hirakawa, 'hirakawa\'s certification is counted');
      assert.equal(hirakawa.name, null);
      assert.equal(hirakawa.number, '2025-0004');
      assert.equal(body.items.find((i) => i.region === 'sue').name, NAME.sue);
    } finally { await page.close(); }
  });

  test('a listed person who chooses いいえ disappears from the register, and can come back', async () => {
    const me = await pageFor('resident-sue@example.jp', 360);
    const anon = await pageFor(null);
    try {
      const set = async (value) => {
        await goto(me, '/me');
        await me.getByLabel(M['field.listed']).selectOption(value);
        await clickAndWait(me, me.getByRole('button', { name: M['me.cert_listing_save'] }));
        await assertFlash(me, M['flash.listing_saved']);
        assert.equal(await me.getByLabel(M['field.listed']).inputValue(), value);
      };
      const total = (await register(anon)).total;
      await set('0');
      let reg = await register(anon);
      assert.ok(!reg.text.includes(NAME.sue), 'sue is no longer listed');
      assert.equal(reg.regions['陶'], undefined);
      assert.equal(reg.total, total, 'but still counted');
      assert.equal((await api('/api/v1/certifications')).body.items.find((i) => i.number === '2025-0001').name, null);
      await set('1');
      reg = await register(anon);
      assert.ok(reg.regions['陶']?.[0]?.startsWith(NAME.sue));
    } finally { await me.close(); await anon.close(); }
  });

  test('the API answers for a given day, and refuses a date that does not exist', async () => {
    const day = await api('/api/v1/certifications?valid_on=2025-11-02');
    assert.equal(day.status, 200);
    assert.match(day.type, /^application\/json/);
    assert.equal(day.body.valid_on, '2025-11-02');
    assert.equal(day.body.page, 1);
    assert.deepEqual(day.body.items.map((i) => i.number).sort(), ['2025-0001', '2025-0002']);
    assert.equal(day.body.total, 2);
    assert.equal(day.body.people, 2);
    for (const bad of ['2026-02-30', '2026/04/01', 'tomorrow']) {
      const r = await api(`/api/v1/certifications?valid_on=${encodeURIComponent(bad)}`);
      assert.equal(r.status, 400, `valid_on=${bad}`);
      assert.match(r.type, /^application\/json/);
      assert.deepEqual(r.body, { error: M['error.valid_on'], fields: { valid_on: M['error.valid_on'] } });
    }
  });
});
