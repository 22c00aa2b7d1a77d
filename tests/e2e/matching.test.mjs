// Browser tests for matching people to needs (ボランティア・インターン・プロボノの募集): the list
// of needs, a need with its applicants and candidates, posting a need, the volunteer profile,
// recommendations with reasons, the apply / accept / decline / withdraw / confirm-hours flow
// with its mails, the 活動証明書 PDF, the batch assignment for intermediaries, the skills list
// and the JSON API, in Debian's Chromium driven by playwright-core, with axe-core for
// accessibility.
//
//   cd /work/main && node --test tests/e2e/matching.test.mjs
//
// One server (fresh SQLite with demo data, needs dated from today in Asia/Tokyo) and one
// browser for the whole file. The tests run in order and share that server: the flows first,
// then the accessibility sweep, which then finds every state (applicants, confirmed people with
// hours, candidates, invitations) on the pages.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startServer, readMails } from './harness.mjs';
import {
  M, WIDTHS, assertAccessible, assertFlash, assertNoHorizontalScroll, clickAndWait, kit, postFromPage,
  launchBrowser, stopServer,
} from './browser_kit.mjs';

// The demo data (src/domain/seed.cpp).
const PEOPLE = {
  hs: { email: 'student-hs@example.jp', name: '平川の高校生（デモ）' },
  student: { email: 'student@example.jp', name: '大学生（デモ）' },
  senior: { email: 'senior@example.jp', name: '陶のシニア（デモ）' },
  ouentai: { email: 'ouentai@example.jp', name: '市職員 地域活動応援隊（デモ）' },
  probono: { email: 'probono@example.jp', name: 'プロボノ会社員（デモ）' },
  iju: { email: 'iju@example.jp', name: '徳地への移住者（デモ）' },
  sue: { email: 'resident-sue@example.jp', name: '陶の住民（デモ）' },
};
const NAME_TO_EMAIL = Object.fromEntries(Object.values(PEOPLE).map((p) => [p.name, p.email]));
const EDITOR = 'npo-editor@example.jp'; // editor of the NPOs, the school, 佐山地域自主防災会, 協働推進課
const COUNCIL_SUE = 'council-sue@example.jp';
const COUNCIL_TOKUJI = 'council-tokuji@example.jp';
const CITY = 'city@example.jp';
const CITY_ADMIN = 'cityadmin@example.jp';
const RESIDENT = 'resident-yuda@example.jp'; // no part in any need
const NEED = {
  mochi: '年末の餅つき大会の運営ボランティア', // 陶地域づくり協議会, minors allowed
  study: '放課後の学習支援（大学生インターン）', // NPO やまぐち子ども応援ネット, not for minors
  shop: '移動販売車の運転と配達', // NPO 地福ほほえみ
  bosai: '防災訓練の運営と応急手当のお手伝い', // 佐山地域自主防災会, minors allowed
  paper: '地域づくり協議会の広報紙づくり（プロボノ）', // 協働推進課
  jukugi: '高校生熟議のファシリテーター', // the Hirakawa school, certification required
  akiya: '空き家の片付けと草刈り', // 徳地地域づくり協議会
  cleanup: '秋の一斉清掃', // finished; the student's hours (3) are confirmed
};
const DETAILS = {
  mochi: 'エプロンと三角巾をお持ちください。8時45分に交流センター集合。',
  study: '初日に30分のオリエンテーションがあります。',
};
// Who manages the seeded needs (the others are the editor's).
const POSTER = { [NEED.mochi]: 'council-sue@example.jp', [NEED.akiya]: 'council-tokuji@example.jp' };
const KODOMO_NPO = 'NPO法人 やまぐち子ども応援ネット（デモ）';
// The need the editor posts today for the hours and the certificates.
const TODAY_NEED = {
  title: 'E2E 小郡の公園の朝の清掃（テスト）',
  description: '小郡の公園で、朝の清掃と花壇の手入れを一緒に行います。（E2E テスト）',
  place: '小郡ふれあい公園（E2E）',
  details: 'E2E：8時50分に公園の東口に集合。軍手は用意します。',
  start: '09:00',
  end: '12:00', // three hours
};

let server;
let browser;
const { url, goto, contextFor, newContext, pageFor, as } = kit(() => server, () => browser);
// A catalogue message with its {placeholders} filled in.
const msg = (key, values) => Object.entries(values).reduce((s, [k, v]) => s.replace(`{${k}}`, v), M[key]);
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Today in Asia/Tokyo, as the server dates the needs; and its weekday code.
function todayJst() { return new Date(Date.now() + 9 * 3600 * 1000).toISOString().slice(0, 10); }
const DAY_CODES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
function weekdayCode(date) { return DAY_CODES[new Date(`${date}T00:00:00Z`).getUTCDay()]; }

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  if (browser) await browser.close();
  if (server) await stopServer(server);
});



// ---- Mail ----

// Every mail the server wrote, oldest first, decoded. (The file names start with the second
// they were written in, so mails of the same second are told apart by recipient and subject
// here rather than by the harness's lastMail().)
function mails() {
  return readMails(server.dir);
}
function mailsTo(to, subjectKey) {
  return mails().filter((m) => m.to === to && m.subject === M[subjectKey]);
}

// ---- Pages ----

async function api(p) {
  const res = await fetch(url(p));
  return { status: res.status, type: res.headers.get('content-type'), body: await res.json() };
}

// The id of an open need, from the public API.
async function needId(title) {
  const { body } = await api('/api/v1/needs');
  const item = body.items.find((i) => i.title === title);
  assert.ok(item, `the need 「${title}」 is open`);
  return item.id;
}

// A per-person or per-need button: its text, then a name in a visually hidden span (Chromium
// puts a space between the two in the accessible name, as the span is absolutely positioned).
const labelFor = (label, name) => new RegExp(`^${escapeRe(label)}\\s*：${escapeRe(name)}$`);
const buttonFor = (scope, label, name) => scope.getByRole('button', { name: labelFor(label, name) });

// The cards on a need page, for those who manage it.
const peopleSection = (page) => page.locator('section[aria-labelledby="people-heading"]');
const candidatesSection = (page) => page.locator('section[aria-labelledby="candidates-heading"]');
function personCard(page, name) {
  return peopleSection(page).locator('li.panel')
    .filter({ has: page.getByRole('heading', { level: 3, name, exact: true }) });
}
async function candidateNames(page) {
  return (await candidatesSection(page).locator('li.panel h3').allInnerTexts()).map((t) => t.trim());
}

// The cards on /me/matches.
function myMatchCard(page, title) {
  return page.locator('section[aria-labelledby="mine-heading"] li.panel')
    .filter({ has: page.getByRole('heading', { level: 3, name: title, exact: true }) });
}
function recCard(page, title) {
  return page.locator('section[aria-labelledby="recs-heading"] li.panel')
    .filter({ has: page.getByRole('heading', { level: 3, name: title, exact: true }) });
}
async function recTitles(page) {
  return (await page.locator('section[aria-labelledby="recs-heading"] li.panel h3').allInnerTexts()).map((t) => t.trim());
}
async function reasonsOf(scope) {
  return (await scope.locator('ul.reasons li').allInnerTexts()).map((t) => t.trim());
}

// The facts of a card: {状況: ..., 連絡先: ..., ...}.
async function facts(card) {
  assert.equal(await card.count(), 1, 'one card');
  return card.locator('dl.facts').evaluate((dl) => {
    const out = {};
    for (const dt of dl.querySelectorAll('dt')) out[dt.textContent.trim()] = dt.nextElementSibling.textContent.trim();
    return out;
  });
}

// The error summary lists these fields, in this order, each as 「label：message」 linking to
// its field, and the message is next to the field too.
async function assertErrorSummary(page, errors) {
  const summary = page.locator('.error-summary');
  assert.ok(await summary.isVisible(), 'the error summary is shown');
  assert.equal(await summary.getAttribute('role'), 'alert');
  assert.equal((await summary.locator('h2').innerText()).trim(), M['error.summary_heading']);
  const hrefs = await summary.locator('li a').evaluateAll((as_) => as_.map((a) => a.getAttribute('href')));
  assert.deepEqual(hrefs, Object.keys(errors).map((f) => `#f-${f}`), 'the fields, in the order of the form');
  for (const [field, text] of Object.entries(errors)) {
    const link = summary.locator(`a[href="#f-${field}"]`);
    const target = page.locator(`#f-${field}`);
    assert.equal(await target.count(), 1, `the summary's link #f-${field} leads to a field`);
    const label = await target.evaluate((el) => {
      const l = el.closest('fieldset')?.querySelector('legend') || document.querySelector(`label[for="${el.id}"]`);
      return (l.firstChild.textContent || '').trim();
    });
    assert.equal((await link.innerText()).trim(), `${label}：${text}`);
    assert.equal((await page.locator(`#e-${field}`).innerText()).trim(), text, `the message is next to ${field} too`);
  }
  const first = await page.evaluate(() => document.querySelector('main').firstElementChild.className);
  assert.match(first, /error-summary/, 'the summary is the first thing in the main content');
}


// ---- Flow steps ----

async function apply(page, id) {
  await goto(page, `/matching/needs/${id}`);
  await clickAndWait(page, page.getByRole('button', { name: M['need.apply'], exact: true }));
  assert.equal(new URL(page.url()).pathname, `/matching/needs/${id}`);
  await assertFlash(page, M['flash.applied']);
  const take = page.locator('section[aria-labelledby="take-part"]');
  assert.match(await take.innerText(), new RegExp(`${escapeRe(M['need.my_status'])}：${escapeRe(M['matching.status.applied'])}`));
  assert.equal(await take.getByRole('button', { name: M['need.apply'] }).count(), 0, 'not offered twice');
}

// The poster sees the applicant without their email, accepts, and then sees it.
async function acceptAsPoster(page, id, person) {
  await goto(page, `/matching/needs/${id}`);
  const card = personCard(page, person.name);
  let f = await facts(card);
  assert.equal(f[M['need.col_status']], `${M['matching.status.applied']}（${M['matching.initiated.person']}）`);
  assert.equal(f[M['need.col_contact']], undefined, 'no contact before accepting');
  assert.ok(!(await page.locator('main').innerText()).includes(person.email), `${person.email} is not on the page before accepting`);
  assert.equal(await page.locator(`main a[href^="mailto:"]`).filter({ hasText: person.email }).count(), 0);
  assert.ok(!(await page.content()).includes(person.email), 'nor in the HTML');
  await clickAndWait(page, buttonFor(card, M['need.accept'], person.name));
  assert.equal(new URL(page.url()).pathname, `/matching/needs/${id}`);
  await assertFlash(page, M['flash.match_accepted']);
  f = await facts(personCard(page, person.name));
  assert.equal(f[M['need.col_status']], `${M['matching.status.confirmed']}（${M['matching.initiated.person']}）`);
  assert.equal(f[M['need.col_contact']], person.email, 'the email once both have accepted');
  assert.equal(await personCard(page, person.name).locator(`a[href="mailto:${person.email}"]`).count(), 1);
}

// The confirmation mail: to the person, with the need and the organisation's details.
function assertConfirmationMail(person, title, details) {
  const list = mailsTo(person.email, 'mail.match_confirmed_subject');
  assert.equal(list.length, 1, `one confirmation mail to ${person.email}`);
  const { body } = list[0];
  assert.ok(body.includes(title), `the mail names the need: ${body}`);
  assert.ok(body.includes(details), `the mail has the details 「${details}」: ${body}`);
}

async function confirmHours(page, id, name, hours) {
  await goto(page, `/matching/needs/${id}`);
  const card = personCard(page, name);
  await card.getByLabel(`${M['need.hours_label']}（${name}）`, { exact: true }).fill(hours);
  await clickAndWait(page, buttonFor(card, M['need.hours_submit'], name));
}

async function assertHoursError(page, name, hours, message) {
  const card = personCard(page, name);
  const input = card.getByLabel(`${M['need.hours_label']}（${name}）`, { exact: true });
  assert.equal(await input.inputValue(), hours, 'the typed value is kept');
  assert.equal(await input.getAttribute('aria-invalid'), 'true');
  const error = card.locator('.error-message');
  assert.equal((await error.innerText()).trim(), message, 'the message is next to the field');
  const described = (await input.getAttribute('aria-describedby')).split(/\s+/);
  assert.ok(described.includes(await error.getAttribute('id')), 'the field is described by its message');
}

// Downloads a certificate with the page's session; returns its text (pdftotext).
async function certificateText(page, href) {
  const res = await page.request.get(url(href));
  assert.equal(res.status(), 200, `GET ${href}`);
  assert.match(res.headers()['content-type'], /^application\/pdf/);
  const bytes = await res.body();
  assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-', 'a PDF file');
  return execFileSync('pdftotext', ['-', '-'], { input: bytes }).toString('utf8');
}

async function certificateHref(page, title) {
  await goto(page, '/me/matches');
  const link = myMatchCard(page, title).getByRole('link', { name: labelFor(M['my_matches.certificate'], title) });
  assert.equal(await link.count(), 1, `a certificate link for ${title}`);
  return link.getAttribute('href');
}

const ids = {}; // looked up from the API and the pages (demo ids are not fixed)

// ---------------------------------------------------------------------------------------------
// 1. Recommendations with reasons.

describe('recommendations with reasons on /me/matches', () => {
  before(async () => {
    for (const [key, title] of Object.entries(NEED)) if (key !== 'cleanup') ids[key] = await needId(title);
  });

  test('the university student: the 学習支援 internship first, with the skills, time, region and kind reasons', async () => {
    await as(PEOPLE.student.email, async (page) => {
      await goto(page, '/me/matches');
      assert.equal(await page.locator('h1').innerText(), M['page.my_matches_title']);
      const titles = await recTitles(page);
      assert.equal(titles[0], NEED.study, `best first: ${titles.join(' / ')}`);
      const card = recCard(page, NEED.study);
      const reasons = await reasonsOf(card);
      for (const r of [msg('matching.reason_skills', { a: 1, b: 1 }), M['matching.reason_time'],
        msg('matching.reason_willing_region', { region: '湯田' }), msg('matching.reason_kind', { kind: M['matching.need_kind.intern'] }),
        msg('matching.reason_interest', { category: M['category.kodomo'] })]) {
        assert.ok(reasons.includes(r), `「${r}」 among ${reasons.join(' / ')}`);
      }
      const score = Number(await card.locator('p', { hasText: M['matching.score'] }).locator('strong').innerText());
      assert.ok(score >= 1 && score <= 100, `a score from 1 to 100: ${score}`);
      // Best first: the scores do not go up.
      const scores = (await page.locator('section[aria-labelledby="recs-heading"] li.panel p strong').allInnerTexts()).map(Number);
      assert.deepEqual(scores, [...scores].sort((a, b) => b - a), `scores in order: ${scores}`);
      assert.ok(!titles.includes(NEED.cleanup), 'not the finished activity');
      assert.ok(!titles.includes(NEED.jukugi), 'not the need for certified coordinators');
    });
  });

  test('the senior: the 陶 餅つき, with 同じ地域（陶）', async () => {
    await as(PEOPLE.senior.email, async (page) => {
      await goto(page, '/me/matches');
      const titles = await recTitles(page);
      assert.ok(titles.includes(NEED.mochi), `the 餅つき is recommended: ${titles.join(' / ')}`);
      const card = recCard(page, NEED.mochi);
      assert.match(await card.innerText(), /陶地域づくり協議会 ／ 陶 ／ /);
      const reasons = await reasonsOf(card);
      assert.ok(reasons.includes(msg('matching.reason_same_region', { region: '陶' })), reasons.join(' / '));
      assert.ok(reasons.includes(M['matching.reason_time']), reasons.join(' / '));
      assert.ok(reasons.includes(msg('matching.reason_skills', { a: 0, b: 1 })), 'says the required skill is missing');
      assert.ok(titles.includes(NEED.shop), 'the driving need, which asks for a skill the senior has');
      assert.ok(reasons.length > 0);
    });
  });

  test('the city employee: needs on his days, with reasons', async () => {
    await as(PEOPLE.ouentai.email, async (page) => {
      await goto(page, '/me/matches');
      assert.match(await page.locator('main').innerText(), new RegExp(escapeRe(M['matching.person_kind.city_staff'])));
      const titles = await recTitles(page);
      assert.ok(titles.includes(NEED.akiya), `the 空き家 need on weekends: ${titles.join(' / ')}`);
      const reasons = await reasonsOf(recCard(page, NEED.akiya));
      assert.ok(reasons.includes(msg('matching.reason_willing_region', { region: '徳地' })), reasons.join(' / '));
      assert.ok(!titles.includes(NEED.shop), 'not the Tuesday/Friday need: he has weekends only');
      assert.ok(!titles.includes(NEED.paper), 'not the need of his own department, which he runs');
    });
  });

  test('the high-school student never gets needs closed to minors, and gets the 佐山 防災訓練 that welcomes them', async () => {
    await as(PEOPLE.hs.email, async (page) => {
      await goto(page, '/me/matches');
      const titles = await recTitles(page);
      assert.ok(!titles.includes(NEED.study), 'not the internship closed to minors');
      for (const t of titles) {
        const id = ids[Object.keys(NEED).find((k) => NEED[k] === t)];
        if (!id) continue;
        const { body } = await api(`/api/v1/needs/${id}`);
        assert.equal(body.minors_allowed, true, `${t} is open to minors`);
      }
      await goto(page, `/matching/needs/${ids.study}`);
      const take = page.locator('section[aria-labelledby="take-part"]');
      assert.match(await take.innerText(), new RegExp(escapeRe(M['matching.excl_minor_not_allowed'])));
      assert.equal(await take.getByRole('button', { name: M['need.apply'] }).count(), 0, 'no apply button');
      // The demo's one-day events fall on Saturdays, when the student is free.
      await goto(page, '/me/matches');
      assert.ok(titles.includes(NEED.bosai), `the 防災訓練 is recommended to the high-school student: [${titles.join(' / ')}]`);
      const reasons = await reasonsOf(recCard(page, NEED.bosai));
      assert.ok(reasons.includes(M['matching.reason_time']), reasons.join(' / '));
    });
  });

  test('the need page tells a logged-in person why it suits them', async () => {
    await as(PEOPLE.senior.email, async (page) => {
      await goto(page, `/matching/needs/${ids.mochi}`);
      const take = page.locator('section[aria-labelledby="take-part"]');
      assert.match(await take.innerText(), new RegExp(escapeRe(M['need.fit_lead'])));
      assert.ok((await reasonsOf(take)).includes(msg('matching.reason_same_region', { region: '陶' })));
    });
  });
});

// ---------------------------------------------------------------------------------------------
// 2. Bad input.

describe('bad input on the forms', () => {
  test('posting a need with nothing filled lists the missing fields in form order', async () => {
    await as(EDITOR, async (page) => {
      await goto(page, '/matching/new');
      assert.equal(await page.locator('h1').innerText(), M['page.need_new_title']);
      await page.locator('#f-capacity').fill('');
      await clickAndWait(page, page.getByRole('button', { name: M['need_form.submit'], exact: true }));
      const req = M['error.required'];
      const choice = M['error.choice'];
      await assertErrorSummary(page, {
        org_id: choice, title: req, description: req, kind: choice, category: choice, region: choice,
        date_from: req, start_time: req, end_time: req,
        capacity: msg('error.number_range', { min: 1, max: 100 }),
      });
      for (const f of ['org_id', 'title', 'description', 'date_from', 'end_time']) {
        assert.equal(await page.locator(`#f-${f}`).getAttribute('aria-invalid'), 'true', `${f} is marked invalid`);
      }
    });
  });

  test('what was typed is kept on resubmit; an end time before the start is refused', async () => {
    await as(EDITOR, async (page) => {
      await goto(page, '/matching/new');
      await page.locator('#f-org_id').selectOption({ label: KODOMO_NPO });
      await page.locator('#f-title').fill('E2E 入力を保持する募集（テスト）');
      await page.locator('#f-place').fill('湯田地域交流センター（E2E）');
      const required = page.getByRole('group', { name: M['field.required_skills'], exact: true });
      await required.getByRole('checkbox', { name: 'パソコン・IT', exact: true }).check();
      await page.locator('#f-category').selectOption('kodomo');
      await page.locator('#f-minors_allowed').selectOption('1');
      await clickAndWait(page, page.getByRole('button', { name: M['need_form.submit'], exact: true }));
      const req = M['error.required'];
      await assertErrorSummary(page, {
        description: req, kind: M['error.choice'], region: M['error.choice'], date_from: req, start_time: req, end_time: req,
      });
      assert.equal(await page.locator('#f-org_id option:checked').innerText(), KODOMO_NPO);
      assert.equal(await page.locator('#f-title').inputValue(), 'E2E 入力を保持する募集（テスト）');
      assert.equal(await page.locator('#f-place').inputValue(), '湯田地域交流センター（E2E）');
      assert.equal(await page.locator('#f-category').inputValue(), 'kodomo');
      assert.equal(await page.locator('#f-minors_allowed').inputValue(), '1');
      assert.equal(await page.getByRole('group', { name: M['field.required_skills'], exact: true })
        .getByRole('checkbox', { name: 'パソコン・IT', exact: true }).isChecked(), true, 'the ticked skill stays ticked');

      await page.locator('#f-description').fill('E2E の説明');
      await page.locator('#f-kind').selectOption('volunteer');
      await page.locator('#f-region').selectOption('yuda');
      await page.locator('#f-date_from').fill(todayJst());
      await page.locator('#f-start_time').fill('15:00');
      await page.locator('#f-end_time').fill('14:00');
      await clickAndWait(page, page.getByRole('button', { name: M['need_form.submit'], exact: true }));
      await assertErrorSummary(page, { end_time: M['error.time_order'] });
      assert.equal(await page.locator('#f-start_time').inputValue(), '15:00');
      assert.equal(await page.locator('#f-end_time').inputValue(), '14:00');
      assert.equal(await page.locator('#f-date_from').inputValue(), todayJst());
      assert.equal(await page.locator('#f-description').inputValue(), 'E2E の説明');
      await goto(page, '/matching');
      assert.equal(await page.getByRole('link', { name: 'E2E 入力を保持する募集（テスト）' }).count(), 0, 'nothing was posted');
    });
  });

  test('a volunteer profile without any time slot is refused, and the ticked boxes stay ticked', async () => {
    await as('resident-osaba@example.jp', async (page) => {
      await goto(page, '/me/volunteer');
      assert.match(await page.locator('main').innerText(), new RegExp(escapeRe(M['volunteer.new_note'])));
      await page.locator('#f-kind').selectOption('general');
      const skills = page.getByRole('group', { name: M['field.skills'], exact: true });
      await skills.getByRole('checkbox', { name: '調理', exact: true }).check();
      const interests = page.getByRole('group', { name: M['field.interests'], exact: true });
      await interests.getByRole('checkbox', { name: M['category.fukushi'], exact: true }).check();
      const regions = page.getByRole('group', { name: M['field.willing_regions'], exact: true });
      await regions.getByRole('checkbox', { name: '小鯖', exact: true }).check();
      await clickAndWait(page, page.getByRole('button', { name: M['form.submit_save'], exact: true }));
      assert.equal(new URL(page.url()).pathname, '/me/volunteer');
      const summary = page.locator('.error-summary');
      assert.ok(await summary.isVisible());
      assert.match(await summary.innerText(), new RegExp(escapeRe(M['error.slots_required'])));
      assert.equal((await page.locator('#e-slots').innerText()).trim(), M['error.slots_required'], 'next to the grid too');
      assert.equal(await page.locator('#f-slots').count(), 1, 'the summary link leads to the first slot');
      assert.equal(await page.locator('#f-kind').inputValue(), 'general');
      const s = page.getByRole('group', { name: M['field.skills'], exact: true });
      assert.equal(await s.getByRole('checkbox', { name: '調理', exact: true }).isChecked(), true);
      assert.equal(await s.getByRole('checkbox', { name: '車の運転', exact: true }).isChecked(), false);
      assert.equal(await page.getByRole('group', { name: M['field.interests'], exact: true })
        .getByRole('checkbox', { name: M['category.fukushi'], exact: true }).isChecked(), true);
      assert.equal(await page.getByRole('group', { name: M['field.willing_regions'], exact: true })
        .getByRole('checkbox', { name: '小鯖', exact: true }).isChecked(), true);

      // With a slot, it is saved.
      await page.getByRole('checkbox', { name: `${M['day.sat']}曜 ${M['period.am']}`, exact: true }).check();
      await clickAndWait(page, page.getByRole('button', { name: M['form.submit_save'], exact: true }));
      assert.equal(new URL(page.url()).pathname, '/me/matches');
      await assertFlash(page, M['flash.volunteer_saved']);
      await goto(page, '/me/volunteer');
      assert.equal(await page.getByRole('checkbox', { name: `${M['day.sat']}曜 ${M['period.am']}`, exact: true }).isChecked(), true);
      assert.equal(await page.getByRole('group', { name: M['field.skills'], exact: true })
        .getByRole('checkbox', { name: '調理', exact: true }).isChecked(), true);
    });
  });

  test('the profile\'s error summary lists the time slots in form order, with their label', async () => {
    await as('resident-ajisu@example.jp', async (page) => {
      await goto(page, '/me/volunteer');
      await page.locator('#f-minor').selectOption('1');
      await page.locator('#f-guardian_email').fill('not-an-email');
      await clickAndWait(page, page.getByRole('button', { name: M['form.submit_save'], exact: true }));
      await assertErrorSummary(page, {
        kind: M['error.choice'], slots: M['error.slots_required'], guardian_name: M['error.guardian_name'],
        guardian_email: M['error.email'],
      });
      assert.equal(await page.locator('#f-guardian_email').inputValue(), 'not-an-email');
    });
  });

  // Under 18: the guardian, not the minor, confirms consent through a one-time link.
  test('a minor\'s guardian confirms consent by the link in their mail; only then can the minor apply', async () => {
    const guardian = 'guardian-ajisu@example.jp';
    await as('resident-ajisu@example.jp', async (page) => {
      await goto(page, '/me/volunteer');
      await page.locator('#f-kind').selectOption('student_hs');
      await page.getByRole('checkbox', { name: `${M['day.sat']}曜 ${M['period.am']}`, exact: true }).check();
      await page.locator('#f-minor').selectOption('1');
      await page.locator('#f-guardian_name').fill('阿知須の保護者（E2E）');
      await page.locator('#f-guardian_email').fill(guardian);
      await clickAndWait(page, page.getByRole('button', { name: M['form.submit_save'], exact: true }));
      await assertFlash(page, M['flash.volunteer_saved']);
      await goto(page, '/me/volunteer');
      assert.match(await page.locator('main').innerText(), new RegExp(escapeRe(M['volunteer.consent_pending'])));
    });
    const sent = mailsTo(guardian, 'mail.guardian_subject');
    assert.equal(sent.length, 1, 'one mail to the guardian');
    const link = sent[0].body.match(/https?:\/\/\S+\/guardian\/consent\?token=[0-9a-f]{64}/);
    assert.ok(link, `a consent link in: ${sent[0].body}`);
    // The guardian has no account: an anonymous browser opens the link and agrees.
    const ctx = await newContext(360);
    try {
      const page = await ctx.newPage();
      const res = await page.goto(link[0]);
      assert.equal(res.status(), 200);
      assert.match(await page.locator('main').innerText(), /阿知須の住民（デモ）/);
      await assertAccessible(page, 'the guardian page');
      await assertNoHorizontalScroll(page, 360, 'the guardian page');
      await clickAndWait(page, page.getByRole('button', { name: M['guardian.agree'], exact: true }));
      assert.equal((await page.locator('.notice').innerText()).trim(), M['guardian.done']);
      // The link works once.
      assert.equal((await page.goto(link[0])).status(), 404);
    } finally {
      await ctx.close();
    }
    await as('resident-ajisu@example.jp', async (page) => {
      await goto(page, '/me/volunteer');
      assert.match(await page.locator('main').innerText(), new RegExp(escapeRe(M['volunteer.consent_given'].split('{date}')[0])));
    });
  });
});

// ---------------------------------------------------------------------------------------------
// 3. A student, a senior and a city employee: apply, accepted, mail, hours, certificate.

describe('the student applies to the internship and is confirmed', () => {
  test('the student applies from the need page', async () => {
    await as(PEOPLE.student.email, (page) => apply(page, ids.study));
  });

  test('the NPO sees the student without their email, accepts, and then sees it', async () => {
    await as(EDITOR, (page) => acceptAsPoster(page, ids.study, PEOPLE.student));
  });

  test('the student gets the confirmation mail with the details, and sees them on the page', async () => {
    assertConfirmationMail(PEOPLE.student, NEED.study, DETAILS.study);
    await as(PEOPLE.student.email, async (page) => {
      await goto(page, `/matching/needs/${ids.study}`);
      const take = page.locator('section[aria-labelledby="take-part"]');
      assert.match(await take.innerText(), new RegExp(`${escapeRe(M['need.my_status'])}：${escapeRe(M['matching.status.confirmed'])}`));
      assert.match(await take.innerText(), new RegExp(escapeRe(DETAILS.study)));
      await goto(page, '/me/matches');
      assert.equal((await facts(myMatchCard(page, NEED.study)))[M['need.col_status']], M['matching.status.confirmed']);
    });
    const anon = await pageFor(null);
    try {
      await goto(anon, `/matching/needs/${ids.study}`);
      assert.ok(!(await anon.locator('main').innerText()).includes(DETAILS.study), 'the details are only for confirmed people');
    } finally { await anon.close(); }
  });

  test('hours cannot be confirmed before the activity day: the message is next to the field, the value kept', async () => {
    await as(EDITOR, async (page) => {
      await confirmHours(page, ids.study, PEOPLE.student.name, '2');
      await assertHoursError(page, PEOPLE.student.name, '2', M['error.hours_before_activity']);
      await goto(page, `/matching/needs/${ids.study}`);
      assert.equal((await facts(personCard(page, PEOPLE.student.name)))[M['need.col_hours']], undefined, 'no hours recorded');
    });
  });

  test('the error summary of a refused 活動時間 links to that field', async () => {
    await as(EDITOR, async (page) => {
      await confirmHours(page, ids.study, PEOPLE.student.name, '2');
      const input = personCard(page, PEOPLE.student.name).getByLabel(`${M['need.hours_label']}（${PEOPLE.student.name}）`, { exact: true });
      const inputId = await input.getAttribute('id');
      const link = page.locator('.error-summary li a');
      assert.equal(await link.count(), 1);
      assert.equal(await link.getAttribute('href'), `#${inputId}`, 'the summary link leads to the hours field');
      assert.equal((await link.innerText()).trim(), `${M['need.hours_label']}（${PEOPLE.student.name}）：${M['error.hours_before_activity']}`);
    });
  });

  test('the student downloads the certificate of the finished 秋の一斉清掃 (3 hours)', async () => {
    await as(PEOPLE.student.email, async (page) => {
      await goto(page, '/me/matches');
      const card = myMatchCard(page, NEED.cleanup);
      const f = await facts(card);
      assert.equal(f[M['need.col_status']], M['matching.status.confirmed']);
      assert.equal(f[M['need.col_hours']], '3時間');
      const href = await certificateHref(page, NEED.cleanup);
      assert.match(href, /^\/me\/matches\/\d+\/certificate\.pdf$/);
      ids.cleanupCertificate = href;
      const text = await certificateText(page, href);
      for (const s of ['活動証明書', PEOPLE.student.name, NEED.cleanup, '湯田地域づくり協議会', '3時間']) {
        assert.ok(text.includes(s), `the certificate says 「${s}」:\n${text}`);
      }
      assert.equal(await myMatchCard(page, NEED.study).getByRole('link', { name: labelFor(M['my_matches.certificate'], NEED.study) }).count(), 0,
        'no certificate before the hours are confirmed');
    });
  });

  test('nobody else can download the student\'s certificate', async () => {
    await as(PEOPLE.senior.email, async (page) => {
      const res = await page.request.get(url(ids.cleanupCertificate));
      assert.equal(res.status(), 404);
      assert.doesNotMatch(res.headers()['content-type'], /pdf/);
    });
    const res = await fetch(url(ids.cleanupCertificate), { redirect: 'manual' });
    assert.equal(res.status, 303, 'an anonymous visitor is sent to log in');
  });
});

describe('the senior applies to the 陶 餅つき and is confirmed by the council', () => {
  test('the senior applies; the council officer accepts, seeing the email only then', async () => {
    await as(PEOPLE.senior.email, (page) => apply(page, ids.mochi));
    const posterMail = mailsTo(COUNCIL_SUE, 'mail.new_application_subject');
    assert.equal(posterMail.length, 1, 'the council officer hears of the application');
    assert.ok(posterMail[0].body.includes(NEED.mochi));
    await as(COUNCIL_SUE, (page) => acceptAsPoster(page, ids.mochi, PEOPLE.senior));
    assertConfirmationMail(PEOPLE.senior, NEED.mochi, DETAILS.mochi);
  });

  test('the senior sees 参加が決まりました on /me/matches, without a certificate yet', async () => {
    await as(PEOPLE.senior.email, async (page) => {
      await goto(page, '/me/matches');
      const card = myMatchCard(page, NEED.mochi);
      assert.equal((await facts(card))[M['need.col_status']], M['matching.status.confirmed']);
      assert.equal(await card.getByRole('link', { name: labelFor(M['my_matches.certificate'], NEED.mochi) }).count(), 0);
      assert.ok(!(await recTitles(page)).includes(NEED.mochi), 'no longer recommended');
    });
  });

  test('the council cannot confirm the hours before the day', async () => {
    await as(COUNCIL_SUE, async (page) => {
      await confirmHours(page, ids.mochi, PEOPLE.senior.name, '4');
      await assertHoursError(page, PEOPLE.senior.name, '4', M['error.hours_before_activity']);
    });
  });
});

describe('a need today: the senior and the city employee take part, hours are confirmed, certificates downloaded', () => {
  const today = todayJst();

  test('the editor posts a need dated today', async () => {
    await as(EDITOR, async (page) => {
      await goto(page, '/matching/new');
      await page.locator('#f-org_id').selectOption({ label: KODOMO_NPO });
      await page.locator('#f-title').fill(TODAY_NEED.title);
      await page.locator('#f-description').fill(TODAY_NEED.description);
      await page.locator('#f-kind').selectOption('volunteer');
      await page.locator('#f-category').selectOption('kankyo');
      await page.locator('#f-region').selectOption('ogori');
      await page.locator('#f-place').fill(TODAY_NEED.place);
      await page.locator('#f-date_from').fill(today);
      await page.locator('#f-start_time').fill(TODAY_NEED.start);
      await page.locator('#f-end_time').fill(TODAY_NEED.end);
      await page.locator('#f-capacity').fill('3');
      await page.locator('#f-details').fill(TODAY_NEED.details);
      await clickAndWait(page, page.getByRole('button', { name: M['need_form.submit'], exact: true }));
      await assertFlash(page, M['flash.need_created']);
      const m = new URL(page.url()).pathname.match(/^\/matching\/needs\/(\d+)$/);
      assert.ok(m, `on the new need's page: ${page.url()}`);
      ids.today = Number(m[1]);
      assert.equal(await page.locator('h1').innerText(), TODAY_NEED.title);
      const main = await page.locator('main').innerText();
      assert.match(main, new RegExp(escapeRe(`${Number(today.slice(0, 4))}年${Number(today.slice(5, 7))}月${Number(today.slice(8, 10))}日 ${TODAY_NEED.start}〜${TODAY_NEED.end}`)));
      assert.match(main, new RegExp(escapeRe(KODOMO_NPO)));
      assert.match(main, new RegExp(`3 / 3${escapeRe(M['matching.people_unit'])}`), 'three places left');
      assert.match(main, new RegExp(escapeRe(M['need.no_matches'])));
    });
    const anon = await pageFor(null);
    try {
      await goto(anon, '/matching');
      assert.equal(await anon.getByRole('link', { name: TODAY_NEED.title, exact: true }).count(), 1, 'listed for everyone');
    } finally { await anon.close(); }
  });

  test('the city employee adds today\'s morning to his profile, then applies', async () => {
    await as(PEOPLE.ouentai.email, async (page) => {
      await goto(page, '/me/volunteer');
      assert.equal(await page.locator('#f-kind').inputValue(), 'city_staff', 'the saved profile is shown');
      const slot = page.getByRole('checkbox', { name: `${M[`day.${weekdayCode(today)}`]}曜 ${M['period.am']}`, exact: true });
      await slot.check();
      await clickAndWait(page, page.getByRole('button', { name: M['form.submit_save'], exact: true }));
      await assertFlash(page, M['flash.volunteer_saved']);
      await goto(page, `/matching/needs/${ids.today}`);
      const reasons = await reasonsOf(page.locator('section[aria-labelledby="take-part"]'));
      assert.ok(reasons.includes(msg('matching.reason_same_region', { region: '小郡' })), `reasons: ${reasons.join(' / ')}`);
      await apply(page, ids.today);
    });
  });

  test('the senior applies too', async () => {
    await as(PEOPLE.senior.email, (page) => apply(page, ids.today));
  });

  test('the editor accepts both; each gets the mail with the details', async () => {
    await as(EDITOR, async (page) => {
      await acceptAsPoster(page, ids.today, PEOPLE.ouentai);
      await acceptAsPoster(page, ids.today, PEOPLE.senior);
      assert.match(await page.locator('main').innerText(), new RegExp(`1 / 3${escapeRe(M['matching.people_unit'])}`), 'one place left');
    });
    assertConfirmationMail(PEOPLE.ouentai, TODAY_NEED.title, TODAY_NEED.details);
    const senior = mailsTo(PEOPLE.senior.email, 'mail.match_confirmed_subject').filter((m) => m.body.includes(TODAY_NEED.title));
    assert.equal(senior.length, 1);
    assert.ok(senior[0].body.includes(TODAY_NEED.details));
  });

  test('more hours than the activity lasted are refused, with the maximum, next to the field', async () => {
    await as(EDITOR, async (page) => {
      await confirmHours(page, ids.today, PEOPLE.senior.name, '3.5');
      const prefix = M['error.hours_too_many'].split('{max}')[0];
      await assertHoursError(page, PEOPLE.senior.name, '3.5', msg('error.hours_too_many', { max: '3時間' }));
      assert.ok((await personCard(page, PEOPLE.senior.name).locator('.error-message').innerText()).startsWith(prefix));
      await confirmHours(page, ids.today, PEOPLE.senior.name, 'たくさん');
      await assertHoursError(page, PEOPLE.senior.name, 'たくさん', M['error.hours']);
    });
  });

  test('the editor confirms 3 hours for the senior and 2.5 for the city employee', async () => {
    await as(EDITOR, async (page) => {
      await confirmHours(page, ids.today, PEOPLE.senior.name, '3');
      assert.equal(new URL(page.url()).pathname, `/matching/needs/${ids.today}`);
      await assertFlash(page, M['flash.hours_confirmed']);
      assert.equal((await facts(personCard(page, PEOPLE.senior.name)))[M['need.col_hours']], '3時間');
      await confirmHours(page, ids.today, PEOPLE.ouentai.name, '２.５'); // full-width digits too
      await assertFlash(page, M['flash.hours_confirmed']);
      assert.equal((await facts(personCard(page, PEOPLE.ouentai.name)))[M['need.col_hours']], '2時間30分');
      assert.equal(await buttonFor(personCard(page, PEOPLE.senior.name), M['need.withdraw'], PEOPLE.senior.name).count(), 0,
        'no withdrawing once the hours are confirmed');
    });
    const hoursMail = mailsTo(PEOPLE.senior.email, 'mail.hours_subject');
    assert.equal(hoursMail.length, 1, 'the senior hears that the hours were confirmed');
    assert.ok(hoursMail[0].body.includes('3時間'));
  });

  for (const [who, hours] of [['senior', '3時間'], ['ouentai', '2時間30分']]) {
    test(`the ${who === 'senior' ? 'senior' : 'city employee'} downloads the certificate: 活動証明書, the name, ${hours}`, async () => {
      const person = PEOPLE[who];
      await as(person.email, async (page) => {
        await goto(page, '/me/matches');
        const f = await facts(myMatchCard(page, TODAY_NEED.title));
        assert.equal(f[M['need.col_status']], M['matching.status.confirmed']);
        assert.equal(f[M['need.col_hours']], hours);
        const text = await certificateText(page, await certificateHref(page, TODAY_NEED.title));
        for (const s of ['活動証明書', person.name, TODAY_NEED.title, KODOMO_NPO, TODAY_NEED.place, hours]) {
          assert.ok(text.includes(s), `the certificate says 「${s}」:\n${text}`);
        }
      });
    });
  }
});

// ---------------------------------------------------------------------------------------------
// 4. Privacy.

describe('privacy of applicants and candidates', () => {
  test('an anonymous visitor and an unrelated resident see no applicants or candidates', async () => {
    for (const who of [null, RESIDENT]) {
      await as(who, async (page) => {
        for (const id of [ids.study, ids.today, ids.mochi]) {
          await goto(page, `/matching/needs/${id}`);
          assert.equal(await page.locator('#people-heading').count(), 0, `no applicants for ${who || 'an anonymous visitor'}`);
          assert.equal(await page.locator('#candidates-heading').count(), 0, 'no candidates');
          const html = await page.content();
          for (const p of Object.values(PEOPLE)) {
            assert.ok(!html.includes(p.name), `${p.name} is not shown to ${who || 'an anonymous visitor'} on need ${id}`);
            assert.ok(!html.includes(p.email), `${p.email} is not shown`);
          }
          assert.equal(await page.getByRole('button', { name: new RegExp(escapeRe(M['need.accept'])) }).count(), 0);
        }
        if (!who) {
          const take = page.locator('section[aria-labelledby="take-part"]');
          assert.match(await take.innerText(), new RegExp(escapeRe(M['matching.login_to_apply'])));
          assert.equal(await take.getByRole('link', { name: M['nav.login'], exact: true }).count(), 1);
        }
      });
    }
  });

  test('the poster sees candidates with scores and reasons, never the high-school student', async () => {
    await as(EDITOR, async (page) => {
      await goto(page, `/matching/needs/${ids.bosai}`);
      const names = await candidateNames(page);
      assert.ok(names.length > 0, 'some candidates');
      assert.ok(!names.includes(PEOPLE.hs.name), `the minor who did not agree to be found is not a candidate: ${names.join(' / ')}`);
      const first = candidatesSection(page).locator('li.panel').first();
      assert.match(await first.innerText(), new RegExp(`${escapeRe(M['matching.score'])} \\d+`));
      assert.ok((await reasonsOf(first)).length > 0, 'with reasons');
      assert.equal(await buttonFor(first, M['need.invite'], names[0]).count(), 1, 'an invite button per candidate');
      assert.ok(!(await page.content()).includes('@example.jp'), 'no email of a candidate');
    });
    const { body } = await as(EDITOR, async (page) => {
      const res = await page.request.get(url(`/api/v1/needs/${ids.bosai}/candidates`));
      assert.equal(res.status(), 200);
      return { body: await res.json() };
    });
    assert.ok(body.items.length > 0);
    assert.ok(!body.items.some((i) => i.person.name === PEOPLE.hs.name), 'not in the API either');
    for (const i of body.items) {
      assert.ok(i.score >= 1 && i.score <= 100);
      assert.ok(Array.isArray(i.reasons) && i.reasons.length > 0);
      assert.equal(JSON.stringify(i).includes('@'), false, 'no email in a candidate');
    }
  });

  test('the candidates API refuses those who do not manage the need', async () => {
    for (const who of [PEOPLE.student.email, RESIDENT, COUNCIL_SUE]) {
      await as(who, async (page) => {
        const res = await page.request.get(url(`/api/v1/needs/${ids.study}/candidates`));
        assert.equal(res.status(), 403, `403 for ${who}`);
        assert.match(res.headers()['content-type'], /^application\/json/);
        const body = await res.json();
        assert.equal(body.error, M['error.forbidden']);
        assert.equal(body.items, undefined);
      });
    }
    const anon = await fetch(url(`/api/v1/needs/${ids.study}/candidates`));
    assert.equal(anon.status, 401);
    assert.deepEqual(Object.keys(await anon.json()).includes('error'), true);
  });
});

// ---------------------------------------------------------------------------------------------
// 5. Declining and withdrawing.

describe('declining and withdrawing', () => {
  test('the poster declines an applicant: the person sees 見送り', async () => {
    await as(PEOPLE.probono.email, (page) => apply(page, ids.paper));
    await as(EDITOR, async (page) => {
      await goto(page, `/matching/needs/${ids.paper}`);
      const card = personCard(page, PEOPLE.probono.name);
      await clickAndWait(page, buttonFor(card, M['need.decline'], PEOPLE.probono.name));
      await assertFlash(page, M['flash.match_declined']);
      const f = await facts(personCard(page, PEOPLE.probono.name));
      assert.equal(f[M['need.col_status']], `${M['matching.status.declined']}（${M['matching.initiated.person']}）`);
      assert.equal(f[M['need.col_contact']], undefined, 'no contact for a declined applicant');
      assert.equal(await buttonFor(personCard(page, PEOPLE.probono.name), M['need.accept'], PEOPLE.probono.name).count(), 0);
    });
    await as(PEOPLE.probono.email, async (page) => {
      await goto(page, '/me/matches');
      const card = myMatchCard(page, NEED.paper);
      assert.equal((await facts(card))[M['need.col_status']], M['matching.status.declined']);
      assert.equal(await card.getByRole('button').count(), 0, 'nothing left to do');
      await goto(page, `/matching/needs/${ids.paper}`);
      const take = page.locator('section[aria-labelledby="take-part"]');
      assert.match(await take.innerText(), new RegExp(escapeRe(M['matching.status.declined'])));
      assert.equal(await take.getByRole('button', { name: M['need.apply'] }).count(), 0, 'cannot apply again');
    });
  });

  test('a person withdraws from /me/matches: 取り下げ, for them and for the poster', async () => {
    await as(PEOPLE.iju.email, async (page) => {
      await apply(page, ids.akiya);
      await goto(page, '/me/matches');
      const card = myMatchCard(page, NEED.akiya);
      assert.equal((await facts(card))[M['need.col_status']], M['matching.status.applied']);
      await clickAndWait(page, buttonFor(card, M['need.withdraw'], NEED.akiya));
      assert.equal(new URL(page.url()).pathname, '/me/matches');
      await assertFlash(page, M['flash.match_withdrawn']);
      assert.equal((await facts(myMatchCard(page, NEED.akiya)))[M['need.col_status']], M['matching.status.withdrawn']);
      assert.equal(await buttonFor(myMatchCard(page, NEED.akiya), M['need.withdraw'], NEED.akiya).count(), 0);
    });
    await as(COUNCIL_TOKUJI, async (page) => {
      await goto(page, `/matching/needs/${ids.akiya}`);
      const f = await facts(personCard(page, PEOPLE.iju.name));
      assert.match(f[M['need.col_status']], new RegExp(`^${escapeRe(M['matching.status.withdrawn'])}`));
    });
  });
});

// ---------------------------------------------------------------------------------------------
// 6. The batch assignment.

describe('the batch assignment (中間支援)', () => {
  let unticked; // {need, person} left out of the invitations
  let invited; // the proposal for the migrant, sent

  test('a resident is refused', async () => {
    await as(RESIDENT, async (page) => {
      await goto(page, '/matching/batch', 403);
      assert.equal((await page.locator('main .lead').innerText()).trim(), M['error.forbidden']);
      await goto(page, '/matching');
      assert.equal(await page.getByRole('link', { name: M['page.batch_title'] }).count(), 0, 'no link to it');
    });
  });

  test('city staff compute the assignment: proposals with scores and reasons', async () => {
    await as(CITY, async (page) => {
      await goto(page, '/matching');
      await clickAndWait(page, page.getByRole('link', { name: M['page.batch_title'], exact: true }));
      assert.equal(new URL(page.url()).pathname, '/matching/batch');
      assert.equal(await page.locator('#result-heading').count(), 0, 'nothing computed yet');
      await clickAndWait(page, page.getByRole('button', { name: M['batch.run'], exact: true }));
      assert.equal(new URL(page.url()).search, '?run=1');
      const rows = page.locator('section[aria-labelledby="result-heading"] li.proposal');
      const n = await rows.count();
      assert.ok(n >= 2, `at least two proposals: ${n}`);
      assert.match(await page.locator('section[aria-labelledby="result-heading"]').innerText(),
        new RegExp(`${escapeRe(M['batch.counts_proposals'])} ${n} `));
      const proposals = [];
      for (let i = 0; i < n; i++) {
        const card = rows.nth(i);
        const p = {
          need: (await card.locator('.proposal-need').innerText()).trim(),
          person: (await card.locator('.proposal-person').innerText()).trim(),
          score: Number(await card.locator('.proposal-score').innerText()),
          reasons: await reasonsOf(card),
        };
        assert.ok(p.score >= 1 && p.score <= 100, `a score: ${JSON.stringify(p)}`);
        assert.ok(p.reasons.length > 0, `reasons: ${JSON.stringify(p)}`);
        assert.ok(await rows.nth(i).getByRole('checkbox').isChecked(), 'ticked by default');
        proposals.push(p);
      }
      const people = proposals.map((p) => p.person);
      assert.ok(!people.includes(PEOPLE.hs.name), 'never the high-school student');
      for (const busy of [PEOPLE.student, PEOPLE.ouentai]) {
        assert.ok(!people.includes(busy.name), `${busy.name} holds as many places as they said they can`);
      }
      assert.ok(!proposals.some((p) => p.person === PEOPLE.probono.name && p.need === NEED.paper), 'a declined pair is not proposed again');
      assert.ok(!proposals.some((p) => p.person === PEOPLE.iju.name && p.need === NEED.akiya), 'nor a withdrawn one');
      invited = proposals.find((p) => p.person === PEOPLE.iju.name);
      assert.ok(invited, `the migrant is proposed: ${JSON.stringify(proposals)}`);
      unticked = proposals.find((p) => p !== invited);
      await page.getByRole('checkbox', { name: `${M['batch.col_send']}：${unticked.need} ・ ${unticked.person}`, exact: true }).uncheck();
      await clickAndWait(page, page.getByRole('button', { name: M['batch.send'], exact: true }));
      assert.equal(new URL(page.url()).pathname, '/matching/batch');
      await assertFlash(page, M['flash.batch_sent']);
      const sentTo = NAME_TO_EMAIL[invited.person];
      const inv = mailsTo(sentTo, 'mail.invitation_subject');
      assert.equal(inv.length, 1, 'the invitation mail');
      assert.ok(inv[0].body.includes(invited.need));
      assert.equal(mailsTo(NAME_TO_EMAIL[unticked.person], 'mail.invitation_subject').filter((m) => m.body.includes(unticked.need)).length, 0,
        'no mail for the unticked proposal');

      // Computed again: the unticked pair is still proposed, the sent ones are not.
      await clickAndWait(page, page.getByRole('button', { name: M['batch.run'], exact: true }));
      const again = page.locator('section[aria-labelledby="result-heading"] li.proposal');
      const pairs = [];
      for (let i = 0; i < await again.count(); i++) {
        const card = again.nth(i);
        pairs.push(`${(await card.locator('.proposal-need').innerText()).trim()} / ${(await card.locator('.proposal-person').innerText()).trim()}`);
      }
      assert.ok(!pairs.includes(`${invited.need} / ${invited.person}`), `the sent invitation is not proposed again: ${pairs.join(', ')}`);
      assert.ok(pairs.includes(`${unticked.need} / ${unticked.person}`), `the unticked one still is: ${pairs.join(', ')}`);
    });
  });

  test('sending with every box unticked sends nothing', async () => {
    await as(CITY, async (page) => {
      await goto(page, '/matching/batch?run=1');
      for (const box of await page.locator('section[aria-labelledby="result-heading"] li.proposal input[type=checkbox]').all()) await box.uncheck();
      const before = mails().length;
      await clickAndWait(page, page.getByRole('button', { name: M['batch.send'], exact: true }));
      await assertFlash(page, M['flash.batch_none']);
      assert.equal(mails().length, before, 'no mail');
    });
  });

  test('the invited person sees the invitation on /me/matches and accepts it', async () => {
    await as(NAME_TO_EMAIL[invited.person], async (page) => {
      await goto(page, '/me/matches');
      const card = myMatchCard(page, invited.need);
      assert.equal((await facts(card))[M['need.col_status']], M['matching.status.invited']);
      await clickAndWait(page, buttonFor(card, M['my_matches.accept'], invited.need));
      assert.equal(new URL(page.url()).pathname, '/me/matches');
      await assertFlash(page, M['flash.match_accepted']);
      assert.equal((await facts(myMatchCard(page, invited.need)))[M['need.col_status']], M['matching.status.confirmed']);
    });
    assert.equal(mailsTo(NAME_TO_EMAIL[invited.person], 'mail.match_confirmed_subject').length, 1, 'with the confirmation mail');
    const id = await needId(invited.need);
    await as(POSTER[invited.need] || EDITOR, async (page) => {
      await goto(page, `/matching/needs/${id}`);
      const f = await facts(personCard(page, invited.person));
      assert.equal(f[M['need.col_status']], `${M['matching.status.confirmed']}（${M['matching.initiated.batch']}）`);
      assert.equal(f[M['need.col_contact']], NAME_TO_EMAIL[invited.person]);
    });
  });
});

// ---------------------------------------------------------------------------------------------
// 7. The skills list.

describe('the skills list (/admin/skills)', () => {
  const skillRow = (page, name) => page.locator('form.skill-form').filter({ has: page.getByLabel(`${M['skills.rename_label']}（${name}）`, { exact: true }) });

  test('a city admin adds a skill; it can be chosen on the profile', async () => {
    await as(CITY_ADMIN, async (page) => {
      await goto(page, '/admin/skills');
      assert.equal(await page.locator('h1').innerText(), M['page.skills_title']);
      await page.locator('#f-label').fill('手話（E2E）');
      await clickAndWait(page, page.getByRole('button', { name: M['skills.add'], exact: true }));
      await assertFlash(page, M['flash.skill_added']);
      assert.equal(await skillRow(page, '手話（E2E）').count(), 1);
    });
    await as(PEOPLE.senior.email, async (page) => {
      await goto(page, '/me/volunteer');
      assert.equal(await page.getByRole('group', { name: M['field.skills'], exact: true })
        .getByRole('checkbox', { name: '手話（E2E）', exact: true }).count(), 1);
    });
  });

  test('a city admin renames a skill; profiles and needs show the new name', async () => {
    await as(CITY_ADMIN, async (page) => {
      await goto(page, '/admin/skills');
      const old = '防災・応急手当';
      const renamed = '防災・応急手当・AED';
      await skillRow(page, old).getByRole('textbox').fill(renamed);
      await clickAndWait(page, buttonFor(skillRow(page, old), M['skills.rename'], old));
      await assertFlash(page, M['flash.skill_renamed']);
      assert.equal(await skillRow(page, renamed).count(), 1);
      assert.equal(await skillRow(page, old).count(), 0);
    });
    const anon = await pageFor(null);
    try {
      await goto(anon, `/matching/needs/${ids.bosai}`);
      const f = await anon.locator('dl.facts').first().evaluate((dl) => {
        const out = {};
        for (const dt of dl.querySelectorAll('dt')) out[dt.textContent.trim()] = dt.nextElementSibling.textContent.trim();
        return out;
      });
      assert.equal(f[M['field.required_skills']], '防災・応急手当・AED');
    } finally { await anon.close(); }
  });

  test('adding a name that exists is refused, with the name kept', async () => {
    await as(CITY_ADMIN, async (page) => {
      await goto(page, '/admin/skills');
      await page.locator('#f-label').fill('調理');
      await clickAndWait(page, page.getByRole('button', { name: M['skills.add'], exact: true }));
      await assertErrorSummary(page, { label: M['error.skill_exists'] });
      assert.equal(await page.locator('#f-label').inputValue(), '調理');
      assert.equal(await page.locator('#f-label').getAttribute('aria-invalid'), 'true');
      await goto(page, '/admin/skills');
      assert.equal(await skillRow(page, '調理').count(), 1, 'still one 調理');
    });
  });

  test('renaming to the name of another skill is refused, next to that field, with the name kept', async () => {
    await as(CITY_ADMIN, async (page) => {
      await goto(page, '/admin/skills');
      const it = 'パソコン・IT';
      await skillRow(page, it).getByRole('textbox').fill('調理');
      await clickAndWait(page, buttonFor(skillRow(page, it), M['skills.rename'], it));
      const row = skillRow(page, it);
      assert.equal(await row.count(), 1, `the row of ${it} is still there`);
      assert.equal((await row.locator('.error-message').innerText()).trim(), M['error.skill_exists']);
      assert.equal(await row.getByRole('textbox').inputValue(), '調理');
      // The error summary names the field and leads to it.
      const link = page.locator('.error-summary a[href="#f-rename"]');
      assert.equal((await link.innerText()).trim(), `${M['skills.rename_label']}（${it}）：${M['error.skill_exists']}`);
      assert.equal(await row.locator('#f-rename').count(), 1);
      await goto(page, '/admin/skills');
      assert.equal(await skillRow(page, it).count(), 1, 'not renamed');
      const labels = await page.locator('form.skill-form input[name=label]').evaluateAll((els) => els.map((e) => e.value));
      assert.equal(labels.filter((l) => l === '調理').length, 1, 'still one 調理');
    });
  });

  test('a resident and a council officer are refused', async () => {
    for (const who of [RESIDENT, COUNCIL_SUE]) {
      await as(who, async (page) => {
        await goto(page, '/admin/skills', 403);
        assert.equal((await page.locator('main .lead').innerText()).trim(), M['error.forbidden']);
        assert.equal(await postFromPage(page, '/admin/skills', { label: '住民が足したスキル' }), 403);
      });
    }
    await as(CITY_ADMIN, async (page) => {
      await goto(page, '/admin/skills');
      assert.equal(await skillRow(page, '住民が足したスキル').count(), 0);
    });
  });
});

// ---------------------------------------------------------------------------------------------
// 8. The JSON API.

describe('the JSON API', () => {
  test('GET /api/v1/needs lists the open needs as {items, total, page}', async () => {
    const { status, type, body } = await api('/api/v1/needs');
    assert.equal(status, 200);
    assert.match(type, /^application\/json/);
    assert.deepEqual(Object.keys(body).sort(), ['items', 'page', 'total']);
    assert.equal(body.page, 1);
    assert.equal(body.total, body.items.length);
    const titles = body.items.map((i) => i.title);
    for (const t of [NEED.mochi, NEED.study, TODAY_NEED.title]) assert.ok(titles.includes(t), `${t} is listed`);
    // Paged: the second page of two holds the third and fourth needs of the same list.
    const second = await api('/api/v1/needs?page=2&per_page=2');
    assert.equal(second.status, 200);
    assert.equal(second.body.page, 2);
    assert.equal(second.body.total, body.total);
    assert.deepEqual(second.body.items.map((i) => i.id), body.items.slice(2, 4).map((i) => i.id));
    const tooMany = await api('/api/v1/needs?per_page=101');
    assert.equal(tooMany.status, 400);
    assert.ok(tooMany.body.fields.page, 'the field named');
    assert.ok(!titles.includes(NEED.cleanup), 'not the closed one');
    const mochi = body.items.find((i) => i.title === NEED.mochi);
    assert.equal(mochi.url, `/matching/needs/${ids.mochi}`);
    assert.equal(mochi.region, 'sue');
    assert.equal(mochi.organisation.name, '陶地域づくり協議会');
    assert.equal(mochi.minors_allowed, true);
    assert.ok(!JSON.stringify(body).includes(DETAILS.mochi), 'the details are not public');
    const minors = await api('/api/v1/needs?minors=1');
    assert.ok(minors.body.items.length > 0 && minors.body.items.every((i) => i.minors_allowed));
    const bad = await api('/api/v1/needs?region=atlantis');
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error, M['error.unknown_region']);
  });

  test('my recommendations need a login: 401 JSON for an anonymous visitor', async () => {
    const { status, type, body } = await api('/api/v1/people/me/recommendations');
    assert.equal(status, 401);
    assert.match(type, /^application\/json/);
    assert.equal(body.error, M['error.login_required']);
  });

  test('with a browser session they come with a score and reasons', async () => {
    await as(PEOPLE.probono.email, async (page) => {
      const res = await page.request.get(url('/api/v1/people/me/recommendations'));
      assert.equal(res.status(), 200);
      const body = await res.json();
      assert.equal(body.page, 1);
      assert.ok(body.items.length > 0);
      assert.equal(body.total, body.items.length);
      for (const i of body.items) {
        assert.ok(i.score >= 1 && i.score <= 100, JSON.stringify(i));
        assert.ok(Array.isArray(i.reasons) && i.reasons.length > 0);
        assert.equal(i.url, `/matching/needs/${i.need_id}`);
      }
      assert.ok(!body.items.some((i) => i.title === NEED.paper), 'not the need that declined them');
      // The same list as on /me/matches.
      await goto(page, '/me/matches');
      assert.deepEqual(await recTitles(page), body.items.slice(0, 10).map((i) => i.title));
    });
  });
});

// ---------------------------------------------------------------------------------------------
// 9. Misuse.

describe('misuse', () => {
  test('nobody decides on their own place, even for a need they run', async () => {
    // ouentai belongs to 協働推進課, so he runs its 広報紙 need: he sees its people, not an
    // apply button, and it is not recommended to him.
    await as(PEOPLE.ouentai.email, async (page) => {
      await goto(page, `/matching/needs/${ids.paper}`);
      assert.equal(await page.locator('#people-heading').count(), 1, 'he runs the need');
      assert.equal(await page.getByRole('button', { name: M['need.apply'], exact: true }).count(), 0, 'no apply button for his own need');
      // Applying and accepting anyway, as crafted requests: he never ends up confirmed by himself.
      await postFromPage(page, `/matching/needs/${ids.paper}/apply`);
      await goto(page, `/matching/needs/${ids.paper}`);
      const own = personCard(page, PEOPLE.ouentai.name);
      if (await own.count()) {
        assert.equal(await buttonFor(own, M['need.accept'], PEOPLE.ouentai.name).count(), 0, 'no 承諾する on his own application');
        const id = await myMatchId(page, NEED.paper);
        await goto(page, `/matching/needs/${ids.paper}`);
        const status = await postFromPage(page, `/matching/matches/${id}/accept`);
        assert.ok(status === 403 || status === 409, `accepting his own application is refused: ${status}`);
        await goto(page, '/me/matches');
        assert.equal((await facts(myMatchCard(page, NEED.paper)))[M['need.col_status']], M['matching.status.applied']);
      }
      await goto(page, `/matching/needs/${ids.paper}`);
      for (const c of await candidateNames(page)) assert.notEqual(c, PEOPLE.ouentai.name, 'not his own candidate');
    });
  });

  test('an applicant cannot accept their own application, nor someone else\'s', async () => {
    let sueMatch;
    await as(PEOPLE.sue.email, async (page) => {
      await apply(page, ids.paper);
      sueMatch = await myMatchId(page, NEED.paper);
      assert.equal(await postFromPage(page, `/matching/matches/${sueMatch}/accept`), 409);
      // Back on the need's page, with the reason in the error summary.
      assert.equal((await page.locator('h1').innerText()).trim(), NEED.paper);
      assert.equal((await page.locator('.error-summary p').innerText()).trim(), M['matching.cannot_accept']);
      await goto(page, '/me/matches');
      assert.equal((await facts(myMatchCard(page, NEED.paper)))[M['need.col_status']], M['matching.status.applied']);
    });
    await as(PEOPLE.probono.email, async (page) => {
      await goto(page, '/me/matches');
      // Someone else's match does not exist, as far as this person can tell.
      assert.equal(await postFromPage(page, `/matching/matches/${sueMatch}/accept`), 404);
      assert.equal((await page.locator('main .lead').innerText()).trim(), M['error.not_found']);
    });
  });

  test('a resident cannot post a need', async () => {
    await as(RESIDENT, async (page) => {
      await goto(page, '/matching/new', 403);
      assert.equal((await page.locator('main .lead').innerText()).trim(), M['matching.cannot_post']);
      await goto(page, '/matching');
      assert.equal(await page.getByRole('link', { name: M['matching.link_new'], exact: true }).count(), 0);
    });
  });
});

// The id of the person's own match for a need, from the withdraw/accept forms on /me/matches.
async function myMatchId(page, title) {
  await goto(page, '/me/matches');
  const action = await myMatchCard(page, title).locator('form').first().getAttribute('action');
  return action.match(/^\/matching\/matches\/(\d+)\//)[1];
}

// ---------------------------------------------------------------------------------------------
// 10. Accessibility and narrow screens, with the states the flows left behind.

const PAGES = [
  { name: 'the list of needs', path: '/matching' },
  { name: 'the list of needs, filtered', path: '/matching?region=sue&minors=1' },
  { name: 'the list of needs', as: PEOPLE.student.email, path: '/matching' },
  { name: 'the list of needs with the post and batch links', as: CITY, path: '/matching' },
  { name: 'a need', path: () => `/matching/needs/${ids.mochi}` },
  { name: 'a need, as the confirmed applicant with the details', as: PEOPLE.student.email, path: () => `/matching/needs/${ids.study}` },
  { name: 'a need, as an applicant waiting', as: PEOPLE.sue.email, path: () => `/matching/needs/${ids.paper}` },
  { name: 'a need closed to minors, as the high-school student', as: PEOPLE.hs.email, path: () => `/matching/needs/${ids.study}` },
  { name: 'a need, without a profile', as: RESIDENT, path: () => `/matching/needs/${ids.mochi}` },
  { name: 'a need with applicants, hours and candidates, as the poster', as: EDITOR, path: () => `/matching/needs/${ids.today}` },
  { name: 'a need with declined and waiting applicants, as the poster', as: EDITOR, path: () => `/matching/needs/${ids.paper}` },
  { name: 'a need, refused hours', as: EDITOR, path: () => `/matching/needs/${ids.study}`,
    async act(page) {
      await confirmHours(page, ids.study, PEOPLE.student.name, '99');
      await assertHoursError(page, PEOPLE.student.name, '99', M['error.hours_before_activity']);
    } },
  { name: 'posting a need', as: EDITOR, path: '/matching/new' },
  { name: 'posting a need, with errors', as: EDITOR, path: '/matching/new',
    async act(page) {
      await page.locator('#f-title').fill('E2E');
      await page.locator('#f-start_time').fill('10:00');
      await page.locator('#f-end_time').fill('09:00');
      await clickAndWait(page, page.getByRole('button', { name: M['need_form.submit'], exact: true }));
      assert.ok(await page.locator('.error-summary').isVisible());
    } },
  { name: 'the volunteer profile, empty', as: 'resident-aio@example.jp', path: '/me/volunteer' },
  { name: 'the volunteer profile, filled', as: PEOPLE.senior.email, path: '/me/volunteer' },
  { name: 'the volunteer profile of a minor with consent', as: PEOPLE.hs.email, path: '/me/volunteer' },
  { name: 'the volunteer profile, with errors', as: 'resident-aio@example.jp', path: '/me/volunteer',
    async act(page) {
      await page.locator('#f-max_km').fill('999');
      await clickAndWait(page, page.getByRole('button', { name: M['form.submit_save'], exact: true }));
      assert.ok(await page.locator('.error-summary').isVisible());
      assert.equal((await page.locator('#e-slots').innerText()).trim(), M['error.slots_required']);
    } },
  { name: 'my matches, without a profile', as: 'resident-aio@example.jp', path: '/me/matches' },
  { name: 'my matches with certificates and recommendations', as: PEOPLE.student.email, path: '/me/matches' },
  { name: 'my matches with an accepted invitation and a withdrawal', as: PEOPLE.iju.email, path: '/me/matches' },
  { name: 'the batch page', as: CITY, path: '/matching/batch' },
  { name: 'the batch page, computed', as: CITY, path: '/matching/batch?run=1' },
  { name: 'the skills list', as: CITY_ADMIN, path: '/admin/skills' },
  { name: 'the skills list, failed add', as: CITY_ADMIN, path: '/admin/skills',
    async act(page) {
      await page.locator('#f-label').fill('');
      await clickAndWait(page, page.getByRole('button', { name: M['skills.add'], exact: true }));
      assert.ok(await page.locator('.error-summary').isVisible());
    } },
];

describe('matching pages: axe (WCAG 2.1 AA) and no sideways scrolling, at 360 px and 1280 px', () => {
  for (const p of PAGES) {
    test(`${p.name}${p.as ? ` (as ${p.as})` : ''}`, async () => {
      await as(p.as, async (page) => {
        const pth = typeof p.path === 'function' ? p.path() : p.path;
        const label = `${p.name} (${pth})`;
        await goto(page, pth, p.status ?? 200);
        if (p.act) await p.act(page);
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          assert.equal(await page.evaluate(() => window.innerWidth), width);
          await assertAccessible(page, `${label} at ${width}px`);
          await assertNoHorizontalScroll(page, width, label);
        }
      }, WIDTHS[0]);
    });
  }
});
