// Browser tests for regional plans (地域づくり計画) with their yearly PDCA lines, the city's
// KGI/KPI (/indicators) and the annual report (page, XLSX and PDF), in Debian's Chromium driven
// by playwright-core, with axe-core for accessibility.
//
//   cd /work/main && node --test --test-concurrency=1 tests/e2e/plans.test.mjs
//
// One server (fresh SQLite with demo data) and one browser for the whole file. The tests run
// in order and share that server; each flow uses its own region's officer or its own records,
// and reads the numbers it compares (KPI counts, statuses) from the server at the time.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { BIN, startServer } from './harness.mjs';
import {
  M, button, submit, WIDTHS, assertAccessible, assertFlash, assertNoHorizontalScroll, clickAndWait, kit, postFromPage,
  launchBrowser, stopServer,
} from './browser_kit.mjs';

const CITY = 'city@example.jp';
const council = (slug) => `council-${slug}@example.jp`;
const resident = (slug) => `resident-${slug}@example.jp`;
// The demo data (src/domain/seed.cpp).
const SUE3 = '第三次陶地域づくり計画';
const SUE4 = '第四次陶地域づくり計画（素案）';
const SALON = 'ふれあい・いきいきサロン'; // every region's plan has one, flagged 生活支援
const RESIDENT_NAME = { sue: '陶の住民（デモ）', ajisu: '阿知須の住民（デモ）' };
const CITY_STAFF_NAME = '協働推進課 職員（デモ）';

let server;
let browser;
const { url, goto, contextFor } = kit(() => server, () => browser);
// A catalogue message with its {placeholders} filled in.
const msg = (key, values) => Object.entries(values).reduce((s, [k, v]) => s.replace(`{${k}}`, v), M[key]);
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Today and the fiscal year (April to March) in Asia/Tokyo, as the server counts them.
function todayJst() { return new Date(Date.now() + 9 * 3600 * 1000).toISOString().slice(0, 10); }
function fiscalYearJst() {
  const [y, m] = todayJst().split('-').map(Number);
  return m >= 4 ? y : y - 1;
}
const FY = fiscalYearJst(); // 2026 while these tests were written
// 「2026年度（令和8年度）」
function fy(year) {
  const era = year >= 2019 ? `令和${year === 2019 ? '元' : year - 2018}` : `平成${year - 1988}`;
  return `${year}年度（${era}年度）`;
}


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

async function api(path) {
  const res = await fetch(url(path));
  return { status: res.status, type: res.headers.get('content-type'), body: await res.json() };
}


// The error summary: field errors (field -> message, each linking to its field, the message
// also next to the field) and/or a message for the whole form.
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
    assert.match(await page.locator(`#f-${field}`).getAttribute('aria-describedby'), new RegExp(`\\be-${field}\\b`),
      `${field} is described by its message`);
  }
  const links = await summary.locator('a').count();
  assert.equal(links, Object.keys(errors).length, `exactly the expected fields are in the summary (${Object.keys(errors).join(', ')})`);
  if (message !== undefined) {
    assert.equal((await summary.locator('p').innerText()).trim(), message);
  }
  const first = await page.evaluate(() => document.querySelector('main').firstElementChild.className);
  assert.match(first, /error-summary/, 'the summary is the first thing in the main content');
}

async function assertForbiddenPage(page) {
  assert.equal(await page.locator('h1').innerText(), M['error.title_403']);
  assert.equal((await page.locator('main .lead').innerText()).trim(), M['error.forbidden']);
}

// The cells of a table's body rows, as trimmed text (header cell first).
async function rows(table) {
  return table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.innerText.trim())));
}

// The demo ids (not fixed), looked up once through the API.
const ids = {};
const byCode = {}; // indicator code -> API item at the start

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const sue = (await api('/api/v1/plans?region=sue')).body.items;
  ids.sue3 = sue.find((p) => p.name === SUE3).id;
  ids.sue4 = sue.find((p) => p.name === SUE4).id;
  ids.niho3 = (await api('/api/v1/plans?region=niho')).body.items.find((p) => p.name === '第三次仁保地域づくり計画').id;
  ids.kagawa3 = (await api('/api/v1/plans?region=kagawa')).body.items.find((p) => p.name === '第三次嘉川地域づくり計画').id;
  for (const item of (await api('/api/v1/indicators')).body.items) {
    ids[item.code] = item.id;
    byCode[item.code] = item;
  }
  const projects = (await api(`/api/v1/projects?region=sue&year=${FY}`)).body.items;
  ids.salon = projects.find((p) => p.title === SALON && p.plan === SUE3).id;
});

// The indicators from the API, by code.
async function indicators() {
  const { status, body } = await api('/api/v1/indicators');
  assert.equal(status, 200);
  return Object.fromEntries(body.items.map((i) => [i.code, i]));
}
const actualFor = (item, year) => item.actuals.find((a) => a.year === year)?.value;
// A value as the pages write it: 81.2% or 43件.
const withUnit = (item, v) => (item.unit === '%' ? `${v.toFixed(1)}%` : `${v}件`);

// ---------------------------------------------------------------------------------------------
// 1. Accessibility and narrow screens.

async function fillNewPlanBadly(page) {
  await page.locator('#f-name').fill('');
  await page.locator('#f-must_goals').fill('');
  await page.locator('#f-want_goals').fill('');
  assert.equal(await submit(page, button(page, M['plan.save'])), 400);
  await assertErrorSummary(page, { name: M['error.required'], must_goals: M['error.goal_required'] });
}

async function fillNewProjectBadly(page) {
  // The goal is optional: its first option ties the project to no goal, and it is left so.
  const goal = page.locator('#f-goal_id');
  assert.deepEqual(await goal.locator('option').first().evaluate((o) => [o.value, o.textContent.trim()]), ['', M['field.no_goal']]);
  assert.equal(await goal.inputValue(), '');
  assert.equal(await goal.getAttribute('required'), null, 'the goal is not required');
  await page.locator('#f-runner_id').selectOption('');
  await page.locator('#f-budget').fill('abc');
  assert.equal(await submit(page, button(page, M['project.save'])), 400);
  // No goal is no error: every other missing or bad field is reported.
  await assertErrorSummary(page, {
    title: M['error.required'], runner_id: M['error.runner_required'],
    budget: M['error.whole_number'], funding: M['error.choose'],
  });
  assert.equal(await page.locator('#f-goal_id').getAttribute('aria-invalid'), null);
  // The year's target may be written later (the API plans budgets without one).
  assert.equal(await page.locator('#f-target').getAttribute('required'), null, 'the target is optional');
}

const PAGES = [
  { name: 'all plans', path: '/plans' },
  { name: 'one region\'s plans, for its council', as: council('sue'), path: '/plans?region=sue' },
  { name: 'a plan with goals and projects, for its council', as: council('sue'), path: () => `/plans/${ids.sue3}` },
  { name: 'a plan open for comments, for a resident', as: resident('sue'), path: () => `/plans/${ids.sue4}` },
  { name: 'a project with its years and the progress form, for its council', as: council('sue'), path: () => `/projects/${ids.salon}` },
  { name: 'a project', path: () => `/projects/${ids.salon}` },
  { name: 'all regions\' summary', path: '/plans/summary' },
  { name: 'one region\'s summary', path: '/plans/summary?region=sue' },
  { name: 'the indicators', path: '/indicators' },
  { name: 'a survey indicator with the entry forms, for city staff', as: CITY, path: () => `/indicators/${ids.kgi1}` },
  { name: 'a counted indicator with its projects, for city staff', as: CITY, path: () => `/indicators/${ids.kpi3}?year=${FY}` },
  { name: 'the annual report', path: `/reports/annual?year=${FY}` },
  { name: 'the new plan form', as: council('sue'), path: '/plans/new' },
  { name: 'the new plan form, failed', as: council('sue'), path: '/plans/new', act: fillNewPlanBadly },
  { name: 'the plan edit form', as: council('sue'), path: () => `/plans/${ids.sue3}/edit` },
  { name: 'the new project form', as: council('sue'), path: () => `/plans/${ids.sue3}/projects/new` },
  { name: 'the new project form, failed', as: council('sue'), path: () => `/plans/${ids.sue3}/projects/new`, act: fillNewProjectBadly },
  { name: 'a project, failed progress', as: council('sue'), path: () => `/projects/${ids.salon}`,
    async act(page) {
      await page.locator('#f-percent').fill('150');
      assert.equal(await submit(page, button(page, M['project.progress_submit'])), 400);
      await assertErrorSummary(page, { percent: msg('error.number_range', { min: 0, max: 100 }) });
    } },
  { name: 'a survey indicator, failed entry', as: CITY, path: () => `/indicators/${ids.kgi1}`,
    async act(page) {
      await page.locator('#f-value').fill('abc');
      assert.equal(await submit(page, button(page, M['indicator.actual_submit'])), 400);
      await assertErrorSummary(page, {
        value: M['error.percent_value'], source: M['error.required'], sample_size: M['error.required'],
      });
    } },
];

describe('plan and indicator pages: axe (WCAG 2.1 AA) and no sideways scrolling at 360 px and 1280 px', () => {
  for (const p of PAGES) {
    test(`${p.name}${p.as ? ` (as ${p.as})` : ''}`, async () => {
      const page = await pageFor(p.as, WIDTHS[0]);
      try {
        const path = typeof p.path === 'function' ? p.path() : p.path;
        const label = `${p.name} (${path})`;
        await goto(page, path);
        if (p.act) await p.act(page);
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          assert.equal(await page.evaluate(() => window.innerWidth), width);
          await assertAccessible(page, `${label} at ${width}px`);
          await assertNoHorizontalScroll(page, width, label);
        }
      } finally { await page.close(); }
    });
  }
});

// ---------------------------------------------------------------------------------------------
// 2. A council's plan from creation to its second year (Plan, Do, Check, Action).

// The goals of a plan page: {やるべきこと: [goal, ...], やりたいこと: [...]}.
async function planGoals(page) {
  const out = {};
  for (const panel of await page.locator('main section.panel').filter({ has: page.locator('h3') }).all()) {
    out[(await panel.locator('h3').innerText()).trim()] = (await panel.locator('h4').allInnerTexts()).map((t) => t.trim());
  }
  return out;
}

// The facts (dt -> dd) of the first dl.facts in scope.
async function facts(scope) {
  return scope.locator('dl.facts').first().evaluate((dl) => {
    const out = {};
    for (const dt of dl.querySelectorAll('dt')) out[dt.textContent.trim()] = dt.nextElementSibling.textContent.trim();
    return out;
  });
}

const yearPanel = (page, year) => page.locator(`section.panel[aria-labelledby="y-${year}"]`);

describe('a council plans, records progress, evaluates and plans the next year', () => {
  const plan = {
    name: 'E2E 第五次陶地域づくり計画（テスト）',
    vision: '窯の火と人の輪を次の世代へつなぐ陶（E2E）',
    must: ['ため池と水路の見回りを続ける', '通学路の安全を守る'],
    want: ['陶の焼き物の歴史を伝える'],
  };
  const project = {
    title: 'E2E 通学路の見守りと危険箇所マップ（テスト）',
    runner: '東陶自治会（自治会・町内会）',
    partner: '協働推進課（市の部署）',
    target: '見守り当番を全自治会でつくる',
    toChange: '見守り当番に中学生も加わってもらう',
    note: '当番表を作り、毎朝の見守りを始めた',
  };
  let page;
  let planId;
  let projectId;
  let line2025; // the id of the project's FY2025 line

  before(async () => { page = await pageFor(council('sue'), 360); });
  after(async () => { await page.close(); });

  test('creates a plan (確定, FY2025–2029) from /plans', async () => {
    await goto(page, '/plans?region=sue');
    await clickAndWait(page, page.getByRole('link', { name: M['page.plan_new_title'], exact: true }));
    assert.equal(new URL(page.url()).pathname, '/plans/new');
    const councils = (await page.locator('#f-council_id option').allInnerTexts()).filter((o) => o !== M['field.choose']);
    assert.deepEqual(councils, ['陶地域づくり協議会'], 'only the officer\'s own council is offered');
    assert.notEqual(await page.locator('#f-council_id').inputValue(), '', 'and it is chosen already');
    await page.locator('#f-name').fill(plan.name);
    await page.locator('#f-year_from').fill('2025');
    await page.locator('#f-year_to').fill('2029');
    await page.locator('#f-status').selectOption({ label: M['plan_status.final'] });
    await page.locator('#f-vision').fill(plan.vision);
    await page.locator('#f-must_goals').fill(plan.must.join('\n'));
    await page.locator('#f-want_goals').fill(`${plan.want.join('\n')}\n\n`);
    await clickAndWait(page, button(page, M['plan.save']));
    await assertFlash(page, M['flash.plan_saved']);
    const m = new URL(page.url()).pathname.match(/^\/plans\/(\d+)$/);
    assert.ok(m, `redirected to the new plan, got ${page.url()}`);
    planId = Number(m[1]);

    assert.equal(await page.locator('h1').innerText(), plan.name);
    assert.equal((await page.locator('p.tags').innerText()).trim(), M['plan_status.final']);
    const f = await facts(page);
    assert.equal(f[M['plan.col_council']], '陶地域づくり協議会');
    assert.equal(f[M['plan.col_period']], `${fy(2025)}〜${fy(2029)}`);
    assert.equal(f[M['plan.col_vision']], plan.vision);
    assert.deepEqual(await planGoals(page), { [M['goal_kind.must']]: plan.must, [M['goal_kind.want']]: plan.want },
      'one goal per line, blank lines dropped');
    assert.match(await page.locator('main').innerText(), new RegExp(escapeRe(M['plan.no_projects'])));

    await goto(page, '/plans?region=sue');
    const item = page.locator('section[aria-labelledby="r-sue"] li').filter({ has: page.getByRole('link', { name: plan.name, exact: true }) });
    assert.equal(await item.count(), 1, 'listed under 陶');
    assert.match(await item.innerText(), new RegExp(`${escapeRe(M['plan_status.final'])}.*${escapeRe(`${fy(2025)}〜${fy(2029)}`)}`));
    const fromApi = (await api('/api/v1/plans?region=sue')).body.items.find((p) => p.id === planId);
    assert.deepEqual(fromApi.fiscal_years, { from: 2025, to: 2029 });
    assert.equal(fromApi.status, 'final');
    assert.deepEqual(fromApi.goals.map((g) => [g.kind, g.text]), [
      ...plan.must.map((g) => ['must', g]), ...plan.want.map((g) => ['want', g])]);
  });

  test('adds a project run by a 自治会, flagged 市と連携した地域課題解決事業, with FY2025\'s target and budget', async () => {
    await goto(page, `/plans/${planId}`);
    await clickAndWait(page, page.getByRole('link', { name: M['page.project_new_title'], exact: true }));
    assert.equal(new URL(page.url()).pathname, `/plans/${planId}/projects/new`);
    // The goal is optional: first 「（目標に結びつけない）」, then the plan's goals.
    const goals = await page.locator('#f-goal_id option').allInnerTexts();
    assert.deepEqual(goals, [M['field.no_goal'],
      ...plan.must.map((g) => `${M['goal_kind.must']}：${g}`), ...plan.want.map((g) => `${M['goal_kind.want']}：${g}`)]);
    assert.equal(await page.locator('#f-goal_id option').first().getAttribute('value'), '');
    const runners = await page.locator('#f-runner_id option').allInnerTexts();
    assert.ok(runners.includes(project.runner), `the region's 自治会 can run it: ${runners.join(', ')}`);
    assert.ok(!runners.some((r) => r.startsWith('東仁保自治会')), 'another region\'s 自治会 is not offered');

    await page.locator('#f-goal_id').selectOption({ label: `${M['goal_kind.must']}：${plan.must[1]}` });
    await page.locator('#f-title').fill(project.title);
    await page.locator('#f-description').fill('登下校の時間に見守りを行い、危険箇所を地図にまとめます。');
    await page.locator('#f-runner_id').selectOption({ label: project.runner });
    await page.getByRole('group', { name: M['field.partners'] }).getByRole('checkbox', { name: project.partner, exact: true }).check();
    await page.locator('#f-youth_roles').fill('高校生が危険箇所の写真を撮り、マップを作る');
    await page.locator('#f-year_from').fill('2025');
    await page.locator('#f-year_to').fill('2029');
    await page.getByRole('checkbox', { name: M['flag.city_collaboration'], exact: true }).check();
    await page.locator('#f-year').fill('2025');
    await page.locator('#f-target').fill(project.target);
    await page.locator('#f-budget').fill('180000');
    await page.locator('#f-funding').selectOption('kofukin');
    await clickAndWait(page, button(page, M['project.save']));
    await assertFlash(page, M['flash.project_saved']);
    const m = new URL(page.url()).pathname.match(/^\/projects\/(\d+)$/);
    assert.ok(m, `redirected to the new project, got ${page.url()}`);
    projectId = Number(m[1]);

    assert.equal(await page.locator('h1').innerText(), project.title);
    assert.match(await page.locator('p.tags').innerText(), new RegExp(escapeRe(M['flag.city_collaboration'])));
    assert.doesNotMatch(await page.locator('p.tags').innerText(), new RegExp(escapeRe(M['flag.life_support'])));
    const f = await facts(page);
    assert.equal(f[M['project.col_region']], '陶');
    assert.equal(f[M['project.col_goal']], plan.must[1]);
    assert.equal(f[M['project.col_runner']], project.runner);
    assert.equal(f[M['project.col_partners']], '協働推進課');
    assert.equal(f[M['project.col_period']], `${fy(2025)}〜${fy(2029)}`);
    const y2025 = yearPanel(page, 2025);
    assert.equal((await y2025.locator('h3').innerText()).trim(), fy(2025));
    const lf = await facts(y2025);
    assert.equal(lf[M['field.line_target']], project.target);
    assert.equal(lf[M['field.budget']], `180,000円（${M['funding.kofukin']}）`);
    assert.match(await y2025.innerText(), new RegExp(escapeRe(M['project.no_progress'])));
    // FY2025 has ended, so both the progress and the evaluation forms are offered.
    assert.equal(await button(y2025, M['project.progress_submit']).count(), 1);
    assert.equal(await button(y2025, M['project.evaluation_submit']).count(), 1);

    await goto(page, `/plans/${planId}`);
    const li = page.locator('main li').filter({ has: page.getByRole('link', { name: project.title, exact: true }) });
    assert.equal(await li.count(), 1, 'the plan lists the project');
    assert.match(await li.innerText(), new RegExp(`（東陶自治会）\\s*${escapeRe(M['flag.city_short'])}`));
    const goalOfProject = await li.evaluate((el) => el.closest('ul').previousElementSibling.textContent.trim());
    assert.equal(goalOfProject, plan.must[1], 'under its goal');
  });

  test('records progress of 60% on a day in FY2025', async () => {
    await goto(page, `/projects/${projectId}`);
    const y2025 = yearPanel(page, 2025);
    await y2025.getByLabel(M['field.progress_date']).fill('2025-10-15');
    await y2025.getByLabel(M['field.percent']).fill('60');
    await y2025.getByLabel(M['field.progress_note']).fill(project.note);
    await clickAndWait(page, button(y2025, M['project.progress_submit']));
    await assertFlash(page, M['flash.progress_saved']);
    const entries = (await yearPanel(page, 2025).locator('ul.org-list li').allInnerTexts()).map((t) => t.trim());
    assert.deepEqual(entries, [`2025-10-15 60% ${project.note}`]);
  });

  test('evaluates FY2025 (B) now that it has ended; the next-year form starts from the evaluation', async () => {
    await goto(page, `/projects/${projectId}`);
    let y2025 = yearPanel(page, 2025);
    line2025 = (await y2025.locator('form[action$="/evaluation"]').getAttribute('action')).match(/^\/projects\/years\/(\d+)\/evaluation$/)[1];
    // (The evaluation form is labelled by its heading, which also says 自己評価: ids, then.)
    await y2025.locator('#f-grade').selectOption('B');
    await y2025.locator('#f-went_well').fill('毎朝10人が見守りに立った');
    await y2025.locator('#f-to_change').fill(project.toChange);
    await clickAndWait(page, button(y2025, M['project.evaluation_submit']));
    await assertFlash(page, M['flash.evaluation_saved']);
    y2025 = yearPanel(page, 2025);
    const ev = await y2025.locator('dl.facts').nth(1).evaluate((dl) => [...dl.querySelectorAll('dt')].map((dt) => [dt.textContent.trim(), dt.nextElementSibling.textContent.trim()]));
    assert.deepEqual(ev, [
      [M['field.grade'], M['grade.B']], [M['field.went_well'], '毎朝10人が見守りに立った'], [M['field.to_change'], project.toChange]]);
    assert.equal(await y2025.locator('form').count(), 0, 'no more forms for an evaluated year');

    const next = page.locator('section[aria-labelledby="next-heading"]');
    assert.equal((await next.locator('h3').innerText()).trim(), `${M['project.next_heading']}（${fy(2026)}）`);
    const intro = await next.locator('p').first().innerText();
    assert.ok(intro.includes(M['project.from_evaluation']), intro);
    assert.ok(intro.includes(`${fy(2025)}：${M['grade.B']}`), `the evaluation is shown: ${intro}`);
    assert.ok(intro.includes(`${M['field.to_change']}：${project.toChange}`), `and what to change: ${intro}`);
    assert.equal(await next.locator('#f-year').inputValue(), '2026');
    assert.equal(await next.locator('#f-target').inputValue(), project.toChange, 'the target starts from to_change');
    assert.equal(await next.locator('#f-budget').inputValue(), '180000', 'the budget is carried over');
    assert.equal(await next.locator('#f-funding').inputValue(), 'kofukin');
    await assertAccessible(page, 'a project with the next-year form (360px)');
    await assertNoHorizontalScroll(page, 360, 'a project with the next-year form');

    // The region's one-page summary for FY2025 shows the progress and the grade.
    await goto(page, '/plans/summary?region=sue&year=2025');
    const row = (await rows(page.locator('main table'))).find((r) => r[0] === project.title);
    assert.ok(row, 'the project is in the FY2025 summary');
    assert.deepEqual(row.slice(1), [project.runner, M['flag.city_short'], project.target, '180,000円', '60%', M['grade.B']]);
  });

  test('adds FY2026 from that form; the project shows both years, newest first', async () => {
    await goto(page, `/projects/${projectId}`);
    const next = page.locator('section[aria-labelledby="next-heading"]');
    await next.locator('#f-budget').fill('200000');
    await next.locator('#f-funding').selectOption('own');
    await clickAndWait(page, button(next, M['project.next_submit']));
    await assertFlash(page, M['flash.line_added']);
    assert.equal(new URL(page.url()).pathname, `/projects/${projectId}`);
    assert.equal(await page.locator('#next-heading').count(), 0, 'no next-year form until FY2026 is evaluated');
    const years = (await page.locator('main section.panel h3').allInnerTexts()).map((t) => t.trim());
    assert.deepEqual(years, [fy(2026), fy(2025)]);
    const y2026 = yearPanel(page, 2026);
    const lf = await facts(y2026);
    assert.equal(lf[M['field.line_target']], project.toChange);
    assert.equal(lf[M['field.budget']], `200,000円（${M['funding.own']}）`);
    assert.match(await y2026.innerText(), new RegExp(escapeRe(M['project.evaluation_later'])), 'FY2026 is evaluated after it ends');
    assert.equal(await button(y2026, M['project.evaluation_submit']).count(), 0);
    assert.equal(await button(y2026, M['project.progress_submit']).count(), 1);
    assert.equal(await yearPanel(page, 2025).locator('form').count(), 0,
      'the evaluated year takes no more progress: the forms go with the earliest year not yet evaluated');
    assert.match(await yearPanel(page, 2025).innerText(), new RegExp(escapeRe(M['grade.B'])));

    const item = (await api(`/api/v1/projects?region=sue&year=2026`)).body.items.find((p) => p.id === projectId);
    assert.ok(item, 'the API lists the project for FY2026');
    const fromPlan = (await api('/api/v1/plans?region=sue')).body.items.find((p) => p.id === planId);
    assert.equal(item.region, 'sue');
    assert.equal(item.council_id, fromPlan.council.id);
    assert.equal(item.plan_id, planId);
    assert.equal(item.plan, plan.name);
    assert.equal(item.goal_id, fromPlan.goals.find((g) => g.text === plan.must[1]).id);
    assert.equal(item.goal, plan.must[1]);
    assert.deepEqual({ name: item.runner.name, kind: item.runner.kind }, { name: '東陶自治会', kind: 'association' });
    assert.equal(typeof item.runner.id, 'number');
    assert.deepEqual(item.partners.map((p) => p.name), ['協働推進課']);
    assert.equal(typeof item.partners[0].id, 'number');
    assert.deepEqual(item.fiscal_years, [2025, 2026, 2027, 2028, 2029]);
    assert.deepEqual(item.flags, ['city_collaboration']);
    assert.equal(item.url, `/projects/${projectId}`);
    assert.deepEqual(item.lines.map((l) => l.funding_label), [M['funding.kofukin'], M['funding.own']]);
    assert.deepEqual(item.lines.map((l) => [l.year, l.target, l.budget, l.funding]), [
      [2025, project.target, 180000, 'kofukin'], [2026, project.toChange, 200000, 'own']]);
    assert.deepEqual(item.lines[0].progress.map((p) => [p.date, p.percent]), [['2025-10-15', 60]]);
    assert.equal(item.lines[0].evaluation.grade, 'B');
    assert.equal(item.lines[1].evaluation, null);
  });

  test('corrects FY2026\'s target and budget until it is evaluated; a bad budget keeps what was typed', async () => {
    await goto(page, `/projects/${projectId}`);
    const y2026 = yearPanel(page, 2026);
    const lineId = Number((await y2026.locator('form[action^="/projects/years/"]').first().getAttribute('action')).split('/')[3]);
    await y2026.locator('summary', { hasText: M['project.line_edit'] }).click();
    await page.locator(`#f-target-${lineId}`).fill('訪問先を30軒にする');
    await page.locator(`#f-budget-${lineId}`).fill('20万');
    assert.equal(await submit(page, button(y2026, M['project.line_edit_submit'])), 400);
    await assertErrorSummary(page, { [`budget-${lineId}`]: M['error.whole_number'] });
    assert.equal(await page.locator(`#f-target-${lineId}`).inputValue(), '訪問先を30軒にする', 'the typed target is kept');
    assert.equal(await page.locator(`#f-budget-${lineId}`).inputValue(), '20万');
    await page.locator(`#f-budget-${lineId}`).fill('210,000');
    await clickAndWait(page, button(yearPanel(page, 2026), M['project.line_edit_submit']));
    await assertFlash(page, M['flash.line_saved']);
    const lf = await facts(yearPanel(page, 2026));
    assert.equal(lf[M['field.line_target']], '訪問先を30軒にする');
    assert.equal(lf[M['field.budget']], `210,000円（${M['funding.own']}）`);
    assert.equal(await yearPanel(page, 2025).locator('summary', { hasText: M['project.line_edit'] }).count(), 0,
      'an evaluated year is closed');
    const item = (await api(`/api/v1/projects/${projectId}`)).body;
    assert.deepEqual(item.lines.map((l) => [l.year, l.budget]), [[2025, 180000], [2026, 210000]]);
  });

  test('an evaluated year is closed: more progress or a second evaluation of FY2025 is refused (409)', async () => {
    const lines0 = (await api(`/api/v1/projects?region=sue&year=2025`)).body.items.find((p) => p.id === projectId).lines;
    for (const [kind, fields] of [
      ['progress', { date: '2025-12-01', percent: '90', note: '評価の後の進捗（E2E）' }],
      ['evaluation', { grade: 'A', went_well: '評価のやり直し（E2E）', to_change: 'なし' }],
    ]) {
      await goto(page, `/projects/${projectId}`);
      assert.equal(await postFromPage(page, `/projects/years/${line2025}/${kind}`, fields), 409, `${kind}: status`);
      // The project page comes back with the reason for the whole form.
      assert.equal(await page.locator('h1').innerText(), project.title);
      await assertErrorSummary(page, {}, M['error.line_evaluated']);
      assert.equal(await yearPanel(page, 2025).locator('form').count(), 0, `${kind}: still no form for FY2025`);
    }
    const lines = (await api(`/api/v1/projects?region=sue&year=2025`)).body.items.find((p) => p.id === projectId).lines;
    assert.deepEqual(lines, lines0, 'nothing changed');
    assert.equal(lines[0].evaluation.grade, 'B');
  });

  test('the new-project form explains its checkbox groups (hints for 連携する団体 and the KPI flags)', async () => {
    await goto(page, `/plans/${planId}/projects/new`);
    for (const [field, hint] of [['flags', M['hint.flags']], ['partners', M['hint.partners']]]) {
      const group = page.locator(`fieldset[aria-describedby~="h-${field}"]`);
      assert.equal(await group.count(), 1, `the ${field} group is described by #h-${field}`);
      assert.equal((await page.locator(`#h-${field}`).innerText()).trim(), hint, `the hint of ${field} is shown`);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// 3. KPI 3 and KPI 4 are counted from the flags on projects, not typed in.

describe('KPI 3 and KPI 4 follow the project flags', () => {
  const title = 'E2E 高齢者の見守りと買い物支援（KPIテスト）';
  let page;
  let projectId;
  let before0;

  before(async () => {
    page = await pageFor(council('kagawa'));
    const all = await indicators();
    before0 = { kpi3: actualFor(all.kpi3, FY), kpi4: actualFor(all.kpi4, FY) };
    assert.equal(typeof before0.kpi3, 'number', `KPI 3 has a value for ${FY}`);
    assert.equal(typeof before0.kpi4, 'number', `KPI 4 has a value for ${FY}`);
  });
  after(async () => { await page.close(); });

  // What the API, /indicators and the indicator pages say for FY, checked against expected.
  async function assertCounts(expected, { listedUnder }) {
    const all = await indicators();
    for (const code of ['kpi3', 'kpi4']) {
      const item = all[code];
      assert.equal(actualFor(item, FY), expected[code], `${code} in /api/v1/indicators`);
      assert.equal(item.actuals.find((a) => a.year === FY).computed, true);
      const detail = (await api(`/api/v1/indicators/${item.id}`)).body;
      const ids2 = (detail.records[String(FY)] || []).map((r) => r.id);
      assert.equal(ids2.length, expected[code], `${code}: the records count what the value says`);
      assert.equal(ids2.includes(projectId), listedUnder.includes(code), `${code}: the project is ${listedUnder.includes(code) ? '' : 'not '}counted`);
    }
    await goto(page, '/indicators');
    const overview = await rows(page.locator(`.table-wrap[aria-label="${M['indicators.overview']}"] table`));
    for (const code of ['kpi3', 'kpi4']) {
      const item = all[code];
      const row = overview.find((r) => r[0].endsWith(item.name));
      assert.equal(row[2], `${expected[code]}件（${fy(FY)}）`, `${code}: 最新の実績 on /indicators`);
      const numbers = await rows(page.locator(`#ind-${item.id} table`));
      const yearRow = numbers.find((r) => r[0].startsWith(`${FY}年度`));
      assert.equal(yearRow[3], `${expected[code]}件`, `${code}: the ${FY} row of its table on /indicators`);
      assert.match(await page.locator(`#ind-${item.id} svg[role=img]`).getAttribute('aria-label'), new RegExp(escapeRe(item.name)));

      await goto(page, `/indicators/${item.id}?year=${FY}`);
      const section = page.locator('section[aria-labelledby="contrib-heading"]');
      assert.equal((await section.locator('h2').innerText()).trim(), `${M['indicator.contributing_heading']}（${fy(FY)}・${expected[code]}件）`);
      assert.equal(await section.locator('tbody tr').count(), expected[code], `${code}: one row per counted project`);
      const link = section.getByRole('link', { name: title, exact: true });
      if (listedUnder.includes(code)) {
        assert.equal(await link.getAttribute('href'), `/projects/${projectId}`);
        const row = (await rows(section.locator('table'))).find((r) => r[0] === title);
        assert.deepEqual(row, [title, '嘉川', '第三次嘉川地域づくり計画', '嘉川地域づくり協議会']);
      } else {
        assert.equal(await link.count(), 0, `${code}: the project is not listed`);
      }
      await goto(page, '/indicators');
    }
  }

  async function setFlags(flags) {
    await goto(page, `/projects/${projectId}`);
    await clickAndWait(page, page.getByRole('link', { name: M['project.edit'], exact: true }));
    await page.getByRole('checkbox', { name: M['flag.city_collaboration'], exact: true }).setChecked(flags.city);
    await page.getByRole('checkbox', { name: M['flag.life_support'], exact: true }).setChecked(flags.life);
    await clickAndWait(page, button(page, M['project.save']));
    await assertFlash(page, M['flash.project_saved']);
    assert.equal(new URL(page.url()).pathname, `/projects/${projectId}`);
  }

  test(`a new project in FY${FY} flagged 市と連携 adds one to KPI 3 only`, async () => {
    await goto(page, `/plans/${ids.kagawa3}/projects/new`);
    await page.locator('#f-goal_id').selectOption({ index: 2 });
    await page.locator('#f-title').fill(title);
    await page.locator('#f-year_from').fill(String(FY));
    await page.locator('#f-year_to').fill(String(FY + 1));
    await page.getByRole('checkbox', { name: M['flag.city_collaboration'], exact: true }).check();
    await page.locator('#f-year').fill(String(FY));
    await page.locator('#f-target').fill('見守りの訪問先を20軒にする');
    await page.locator('#f-budget').fill('50000');
    await page.locator('#f-funding').selectOption('own');
    await clickAndWait(page, button(page, M['project.save']));
    await assertFlash(page, M['flash.project_saved']);
    projectId = Number(new URL(page.url()).pathname.match(/^\/projects\/(\d+)$/)[1]);

    await assertCounts({ kpi3: before0.kpi3 + 1, kpi4: before0.kpi4 }, { listedUnder: ['kpi3'] });
    const flagged = async (flag) => (await api(`/api/v1/projects?region=kagawa&year=${FY}&flag=${flag}`)).body.items.map((p) => p.id);
    assert.ok((await flagged('city_collaboration')).includes(projectId));
    assert.ok(!(await flagged('life_support')).includes(projectId));
  });

  test('moving the flag to 生活支援サービス事業 moves the count from KPI 3 to KPI 4', async () => {
    await setFlags({ city: false, life: true });
    assert.match(await page.locator('p.tags').innerText(), new RegExp(escapeRe(M['flag.life_support'])));
    await assertCounts({ kpi3: before0.kpi3, kpi4: before0.kpi4 + 1 }, { listedUnder: ['kpi4'] });
  });

  test('with neither flag, both counts are back where they were', async () => {
    await setFlags({ city: false, life: false });
    assert.equal((await facts(page))[M['field.flags']], M['project.no_flags']);
    await assertCounts(before0, { listedUnder: [] });
  });
});

// ---------------------------------------------------------------------------------------------
// 4. City staff enter survey results for a KGI; nobody else can.

describe('survey results for KGI 1, entered by city staff', () => {
  const source = `${fy(FY).replace(/^.*（|）$/g, '')} 山口市市民意識調査（E2E）`;
  let page;

  before(async () => { page = await pageFor(CITY, 360); });
  after(async () => { await page.close(); });

  async function fill({ year = String(FY), value, sample = '1512', date = `${FY}-07-10` }) {
    await goto(page, `/indicators/${ids.kgi1}`);
    await page.locator('#f-year').fill(year);
    await page.locator('#f-value').fill(value);
    await page.locator('#f-source').fill(source);
    await page.locator('#f-sample_size').fill(sample);
    await page.locator('#f-survey_date').fill(date);
    return submit(page, button(page, M['indicator.actual_submit']));
  }
  const history = () => rows(page.locator(`.table-wrap[aria-label="${M['indicator.history_heading']}"] table`));

  for (const bad of ['abc', '101']) {
    test(`"${bad}" is refused next to the value, what was typed is kept, nothing is saved`, async () => {
      assert.equal(await fill({ value: bad }), 400);
      await assertErrorSummary(page, { value: M['error.percent_value'] });
      assert.equal(await page.locator('#f-value').inputValue(), bad);
      assert.equal(await page.locator('#f-year').inputValue(), String(FY));
      assert.equal(await page.locator('#f-source').inputValue(), source);
      assert.equal(await page.locator('#f-sample_size').inputValue(), '1512');
      assert.equal(await page.locator('#f-survey_date').inputValue(), `${FY}-07-10`);
      const item = (await indicators()).kgi1;
      assert.deepEqual(item.actuals, byCode.kgi1.actuals, 'no actual was added');
    });
  }

  test(`81.2% for ${FY}: the history, the chart, the latest value and the status follow`, async () => {
    await goto(page, `/indicators/${ids.kgi1}`);
    const points0 = await page.locator('svg.chart circle.actual').count();
    assert.equal(await fill({ value: '81.2' }), 303);
    await assertFlash(page, M['flash.actual_saved']);
    assert.equal(new URL(page.url()).pathname, `/indicators/${ids.kgi1}`);
    // The path runs from 80.0 (2022) to 85.0 (2027), so 84.0 is expected in 2026; 81.2 is
    // short of it but past half the rise from the baseline 74.7 (79.35): やや遅れ.
    const slightly = M['indicator_status.slightly_behind'];
    const h = await history();
    assert.deepEqual(h[0], [fy(FY), '81.2%', slightly, source, '1512', `${FY}-07-10`, CITY_STAFF_NAME, todayJst()]);
    assert.equal(h.length, byCode.kgi1.actuals.length + 1);
    const f = await facts(page);
    assert.equal(f[M['indicator.col_latest']], `81.2%（${fy(FY)}）`);
    assert.equal(f[M['indicator.col_status']], slightly);
    assert.equal(await page.locator('svg.chart circle.actual').count(), points0 + 1, 'the chart has one more point');
    const item = (await indicators()).kgi1;
    // An entered actual also says the day it was recorded (JST), as the history does.
    assert.deepEqual(item.actuals.find((a) => a.year === FY),
      { year: FY, value: 81.2, source, computed: false, sample_size: 1512, survey_date: `${FY}-07-10`, recorded_on: todayJst() });
    assert.equal(item.status, 'slightly_behind');
  });

  test('a second entry for the same year replaces the first; 84.5% is 順調', async () => {
    assert.equal(await fill({ value: '84.5', sample: '1600' }), 303);
    await assertFlash(page, M['flash.actual_saved']);
    const h = await history();
    assert.equal(h.filter((r) => r[0] === fy(FY)).length, 1, `one row for ${FY}`);
    assert.deepEqual(h[0].slice(0, 5), [fy(FY), '84.5%', M['indicator_status.on_track'], source, '1600']);
    assert.equal((await facts(page))[M['indicator.col_status']], M['indicator_status.on_track']);
    await goto(page, '/indicators');
    const row = (await rows(page.locator(`.table-wrap[aria-label="${M['indicators.overview']}"] table`)))
      .find((r) => r[0].endsWith(byCode.kgi1.name));
    assert.equal(row[2], `84.5%（${fy(FY)}）`);
    assert.equal(row[4], M['indicator_status.on_track']);
    assert.equal((await indicators()).kgi1.status, 'on_track');
    // Back to 81.2 for the rest of the file.
    assert.equal(await fill({ value: '81.2' }), 303);
    assert.equal(actualFor((await indicators()).kgi1, FY), 81.2);
  });

  test('only city staff see who entered a value; others see 「市の職員」', async () => {
    for (const who of [null, resident('sue'), council('sue')]) {
      const other = await pageFor(who, 360);
      try {
        await goto(other, `/indicators/${ids.kgi1}`);
        const h = await rows(other.locator(`.table-wrap[aria-label="${M['indicator.history_heading']}"] table`));
        assert.deepEqual(h[0], [fy(FY), '81.2%', M['indicator_status.slightly_behind'], source, '1512', `${FY}-07-10`, M['indicator.by_city'], todayJst()],
          `the ${FY} row for ${who || 'an anonymous visitor'}`);
        assert.ok(!(await other.locator('main').innerText()).includes(CITY_STAFF_NAME), `the staff member's name is not shown to ${who || 'an anonymous visitor'}`);
      } finally { await other.close(); }
    }
    await goto(page, `/indicators/${ids.kgi1}`);
    assert.equal((await history())[0][6], CITY_STAFF_NAME, 'city staff see the name');
  });

  test('a resident sees no entry form, and a crafted entry is refused (403)', async () => {
    const res = await pageFor(resident('sue'), 360);
    try {
      await goto(res, `/indicators/${ids.kgi1}`);
      assert.equal(await res.locator('#actual-heading').count(), 0);
      assert.equal(await res.locator(`form[action="/indicators/${ids.kgi1}/actuals"]`).count(), 0);
      assert.equal(await res.locator(`form[action="/indicators/${ids.kgi1}/targets"]`).count(), 0);
      assert.equal(await postFromPage(res, `/indicators/${ids.kgi1}/actuals`, {
        year: String(FY), value: '12.0', source: '住民が入れた値', sample_size: '1', survey_date: '',
      }), 403);
      await assertForbiddenPage(res);
      assert.equal(actualFor((await indicators()).kgi1, FY), 81.2, 'unchanged');
    } finally { await res.close(); }
  });
});

// ---------------------------------------------------------------------------------------------
// 5. Bad input: a message next to the field, what was typed kept, nothing saved.

describe('bad input is refused in Japanese and nothing changes', () => {
  let page;
  before(async () => { page = await pageFor(council('sue'), 360); });
  after(async () => { await page.close(); });

  const salonLines = async () => (await api(`/api/v1/projects?region=sue&year=${FY}`)).body.items.find((p) => p.id === ids.salon).lines;

  for (const percent of ['101', '-5']) {
    test(`progress of ${percent}%`, async () => {
      const lines0 = await salonLines();
      await goto(page, `/projects/${ids.salon}`);
      const panel = yearPanel(page, FY);
      await panel.getByLabel(M['field.progress_date']).fill(`${FY}-11-01`);
      await panel.getByLabel(M['field.percent']).fill(percent);
      await panel.getByLabel(M['field.progress_note']).fill('入力の確認（E2E）');
      assert.equal(await submit(page, button(panel, M['project.progress_submit'])), 400);
      await assertErrorSummary(page, { percent: msg('error.number_range', { min: 0, max: 100 }) });
      assert.equal(await page.locator('#f-percent').inputValue(), percent);
      assert.equal(await page.locator('#f-date').inputValue(), `${FY}-11-01`);
      assert.equal(await page.locator('#f-note').inputValue(), '入力の確認（E2E）');
      assert.deepEqual(await salonLines(), lines0, 'no progress was recorded');
    });
  }

  test(`an evaluation of FY${FY} before it has ended`, async () => {
    const lines0 = await salonLines();
    await goto(page, `/projects/${ids.salon}`);
    const panel = yearPanel(page, FY);
    assert.match(await panel.innerText(), new RegExp(escapeRe(M['project.evaluation_later'])));
    assert.equal(await button(panel, M['project.evaluation_submit']).count(), 0, 'no evaluation form is offered');
    const lineId = (await panel.locator('form[action$="/progress"]').getAttribute('action')).match(/\/projects\/years\/(\d+)\/progress/)[1];
    assert.equal(await postFromPage(page, `/projects/years/${lineId}/evaluation`, {
      grade: 'A', went_well: '早めに評価してみた（E2E）', to_change: '来年度も続ける',
    }), 400);
    await assertErrorSummary(page, { grade: M['error.evaluate_after_year'] });
    assert.equal(await page.locator('#f-grade').inputValue(), 'A');
    assert.equal(await page.locator('#f-went_well').inputValue(), '早めに評価してみた（E2E）');
    assert.equal(await page.locator('#f-to_change').inputValue(), '来年度も続ける');
    const lines = await salonLines();
    assert.deepEqual(lines, lines0);
    assert.equal(lines.find((l) => l.year === FY).evaluation, null, 'not evaluated');
  });

  test('a project without a running body (実施主体) and a budget with letters', async () => {
    const count0 = (await api('/api/v1/plans?region=sue')).body.items.find((p) => p.id === ids.sue3).projects;
    await goto(page, `/plans/${ids.sue3}/projects/new`);
    await page.locator('#f-goal_id').selectOption({ index: 1 });
    await page.locator('#f-title').fill('E2E 実施主体のない事業（テスト）');
    await page.locator('#f-runner_id').selectOption('');
    await page.getByRole('checkbox', { name: M['flag.life_support'], exact: true }).check();
    await page.locator('#f-target').fill('やってみる');
    await page.locator('#f-budget').fill('12万円');
    await page.locator('#f-funding').selectOption('other');
    assert.equal(await submit(page, button(page, M['project.save'])), 400);
    await assertErrorSummary(page, { runner_id: M['error.runner_required'], budget: M['error.whole_number'] });
    assert.equal(await page.locator('#f-title').inputValue(), 'E2E 実施主体のない事業（テスト）');
    assert.equal(await page.locator('#f-budget').inputValue(), '12万円');
    assert.equal(await page.locator('#f-funding').inputValue(), 'other');
    assert.equal(await page.locator('#f-target').inputValue(), 'やってみる');
    assert.equal(await page.getByRole('checkbox', { name: M['flag.life_support'], exact: true }).isChecked(), true);
    assert.notEqual(await page.locator('#f-goal_id').inputValue(), '');
    assert.equal((await api('/api/v1/plans?region=sue')).body.items.find((p) => p.id === ids.sue3).projects, count0, 'nothing was saved');
  });

  test('a plan whose last year comes before its first, when the name is missing too', async () => {
    await goto(page, '/plans/new');
    await page.locator('#f-name').fill('');
    await page.locator('#f-year_from').fill('2027');
    await page.locator('#f-year_to').fill('2024');
    await page.locator('#f-must_goals').fill('目標');
    assert.equal(await submit(page, button(page, M['plan.save'])), 400);
    // Every problem at once, so the officer does not have to send the form twice.
    await assertErrorSummary(page, { name: M['error.required'], year_to: M['error.year_order'] });
    assert.equal(await page.locator('#f-year_to').inputValue(), '2024');
  });

  test('a target year before the baseline year (city staff)', async () => {
    const city = await pageFor(CITY, 360);
    try {
      await goto(city, `/indicators/${ids.kgi1}`);
      await city.locator('#f-target_year').fill('2015');
      await city.locator('#f-target_value').fill('70.0');
      assert.equal(await submit(city, button(city, M['indicator.target_submit'])), 400);
      await assertErrorSummary(city, { target_year: M['error.target_before_baseline'] });
      assert.equal(await city.locator('#f-target_year').inputValue(), '2015');
      assert.equal(await city.locator('#f-target_value').inputValue(), '70.0');
      assert.deepEqual((await indicators()).kgi1.targets, byCode.kgi1.targets, 'the targets are unchanged');
    } finally { await city.close(); }
  });

  test('a council officer cannot edit another council\'s plan (403)', async () => {
    const plan0 = (await api('/api/v1/plans?region=niho')).body.items.find((p) => p.id === ids.niho3);
    await goto(page, `/plans/${ids.niho3}`);
    assert.equal(await page.getByRole('link', { name: M['plan.edit'], exact: true }).count(), 0, 'no edit link');
    assert.equal(await page.getByRole('link', { name: M['page.project_new_title'], exact: true }).count(), 0, 'no add-project link');
    await goto(page, `/plans/${ids.niho3}/edit`, 403);
    await assertForbiddenPage(page);
    await goto(page, `/plans/${ids.sue3}`);
    assert.equal(await postFromPage(page, `/plans/${ids.niho3}/edit`, {
      name: '陶が書き換えた仁保の計画', year_from: '2023', year_to: '2027', status: 'ended',
      vision: '', must_goals: '書き換え', want_goals: '',
    }), 403);
    await assertForbiddenPage(page);
    await goto(page, `/plans/${ids.niho3}/projects/new`, 403);
    const plan = (await api('/api/v1/plans?region=niho')).body.items.find((p) => p.id === ids.niho3);
    assert.deepEqual(plan, plan0, 'the plan is unchanged');
  });

  test('a resident cannot make a plan, nor can an officer make one for another council or add to its plan', async () => {
    const niho0 = (await api('/api/v1/plans?region=niho')).body.items;
    const sue0 = (await api('/api/v1/plans?region=sue')).body.items;
    const nihoCouncil = niho0.find((p) => p.id === ids.niho3).council.id;
    const res = await pageFor(resident('sue'), 360);
    try {
      await goto(res, '/plans?region=sue');
      assert.equal(await res.getByRole('link', { name: M['page.plan_new_title'], exact: true }).count(), 0, 'no link for a resident');
      await goto(res, '/plans/new', 403);
      await assertForbiddenPage(res);
      await goto(res, '/plans?region=sue');
      assert.equal(await postFromPage(res, '/plans', {
        council_id: String(sue0[0].council.id), name: '住民が作った計画（E2E）', year_from: '2026', year_to: '2027',
        status: 'final', vision: '', must_goals: '目標', want_goals: '',
      }), 403);
      await assertForbiddenPage(res);
    } finally { await res.close(); }
    // Another council: the form comes back with the reason next to the council field, as typed.
    await goto(page, '/plans/new');
    assert.equal(await postFromPage(page, '/plans', {
      council_id: String(nihoCouncil), name: '陶が作った仁保の計画（E2E）', year_from: '2026', year_to: '2027',
      status: 'final', vision: '仁保の将来像（E2E）', must_goals: '目標', want_goals: '',
    }), 400);
    assert.equal(new URL(page.url()).pathname, '/plans');
    await assertErrorSummary(page, { council_id: M['error.council_not_yours'] });
    assert.equal(await page.locator('#f-name').inputValue(), '陶が作った仁保の計画（E2E）');
    assert.equal(await page.locator('#f-year_from').inputValue(), '2026');
    assert.equal(await page.locator('#f-year_to').inputValue(), '2027');
    assert.equal(await page.locator('#f-status').inputValue(), 'final');
    assert.equal(await page.locator('#f-vision').inputValue(), '仁保の将来像（E2E）');
    assert.equal(await page.locator('#f-must_goals').inputValue(), '目標');
    assert.ok(!(await page.locator('#f-council_id option').allInnerTexts()).includes(niho0.find((p) => p.id === ids.niho3).council.name),
      'the other council is still not offered');
    await goto(page, `/plans/${ids.sue3}`);
    const goalId = String((await api('/api/v1/plans?region=niho')).body.items.find((p) => p.id === ids.niho3).goals[0].id);
    assert.equal(await postFromPage(page, `/plans/${ids.niho3}/projects`, {
      goal_id: goalId, title: '陶が足した仁保の事業（E2E）', description: '', runner_id: String(nihoCouncil), youth_roles: '',
      year_from: String(FY), year_to: String(FY), 'flags:city_collaboration': '1', year: String(FY), target: 'x', budget: '1', funding: 'own',
    }), 403);
    await assertForbiddenPage(page);
    assert.deepEqual((await api('/api/v1/plans?region=niho')).body.items, niho0, 'nothing was added to 仁保');
    assert.deepEqual((await api('/api/v1/plans?region=sue')).body.items.map((p) => p.name), sue0.map((p) => p.name),
      'the resident made no plan for 陶');
  });

  test('KPI 3 cannot be entered by hand (403), and no form offers it', async () => {
    const city = await pageFor(CITY, 360);
    try {
      await goto(city, `/indicators/${ids.kpi3}`);
      assert.equal(await city.locator('#actual-heading').count(), 0, 'no survey form for a counted indicator');
      assert.match(await city.locator('main').innerText(), new RegExp(escapeRe(M['indicator.computed_note'])));
      const kpi3 = actualFor((await indicators()).kpi3, FY);
      assert.equal(await postFromPage(city, `/indicators/${ids.kpi3}/actuals`, {
        year: String(FY), value: '100', source: '手入力（E2E）', sample_size: '1', survey_date: '',
      }), 403);
      assert.equal(await city.locator('h1').innerText(), M['error.title_403']);
      assert.equal((await city.locator('main .lead').innerText()).trim(), M['error.actual_computed']);
      assert.equal(actualFor((await indicators()).kpi3, FY), kpi3, 'still the counted value');
    } finally { await city.close(); }
  });
});

// ---------------------------------------------------------------------------------------------
// 6. Comments on a plan open for comments (意見募集中).

describe('comments on 陶\'s draft plan', () => {
  const first = 'バス停の近くにベンチを置いてほしいです。（E2E）';
  const second = '通学路の街灯を増やしてください。（E2E）';
  const answer = '自治会と相談し、来年度の事業に入れます。（E2E）';
  const comment = (page, body) => page.locator('#comments li.panel').filter({ hasText: body });

  test('an anonymous visitor is asked to log in; a closed plan takes no comments', async () => {
    const page = await pageFor(null);
    try {
      await goto(page, `/plans/${ids.sue4}`);
      assert.equal((await page.locator('p.tags').innerText()).trim(), M['plan_status.consultation']);
      const section = page.locator('#comments');
      assert.match(await section.innerText(), new RegExp(escapeRe(M['plan.comments_open'])));
      assert.match(await section.innerText(), new RegExp(escapeRe(M['plan.no_comments'])));
      assert.equal(await section.getByRole('link', { name: M['plan.login_to_comment'] }).getAttribute('href'), `/login?next=/plans/${ids.sue4}`);
      assert.equal(await page.locator('#f-body').count(), 0);
    } finally { await page.close(); }
    const res = await pageFor(resident('sue'));
    try {
      await goto(res, `/plans/${ids.sue3}`);
      assert.equal(await res.locator('#comments').count(), 0, 'a 確定 plan has no comment section');
      const status = await postFromPage(res, `/plans/${ids.sue3}/comments`, { body: '確定した計画への意見（E2E）' });
      assert.ok(status === 400 || status === 409, `refused: ${status}`);
      await assertErrorSummary(res, {}, M['error.plan_not_open']);
      assert.doesNotMatch(await res.locator('main').innerText(), /確定した計画への意見/);
    } finally { await res.close(); }
  });

  test('residents comment; their names are not shown', async () => {
    for (const [slug, body] of [['sue', first], ['ajisu', second]]) {
      const page = await pageFor(resident(slug), 360);
      try {
        await goto(page, `/plans/${ids.sue4}`);
        assert.equal(await submit(page, button(page, M['plan.comment_submit'])), 400, 'an empty comment is refused');
        await assertErrorSummary(page, { body: M['error.required'] });
        await page.locator('#f-body').fill(body);
        await clickAndWait(page, button(page, M['plan.comment_submit']));
        await assertFlash(page, M['flash.comment_posted']);
        assert.equal(new URL(page.url()).pathname, `/plans/${ids.sue4}`);
        const li = comment(page, body);
        assert.equal(await li.count(), 1);
        assert.equal((await li.locator('p.pre-line').innerText()).trim(), body);
        assert.equal((await li.locator('p.hint').innerText()).trim(), `${M['plan.comment_posted']} ${todayJst()}`);
        assert.equal(await li.locator('form').count(), 0, 'a resident cannot answer');
      } finally { await page.close(); }
    }
    for (const who of [null, resident('sue'), council('sue')]) {
      const page = await pageFor(who);
      try {
        await goto(page, `/plans/${ids.sue4}`);
        const text = await page.locator('main').innerText();
        assert.ok(text.includes(first) && text.includes(second), 'both comments are shown');
        for (const name of Object.values(RESIDENT_NAME)) assert.ok(!text.includes(name), `${name} is not shown to ${who || 'anyone'}`);
        for (const email of [resident('sue'), resident('ajisu')]) assert.ok(!text.includes(email));
      } finally { await page.close(); }
    }
  });

  test('another council\'s officer cannot answer (no form; a crafted answer is refused)', async () => {
    const own = await pageFor(council('sue'));
    let action;
    try {
      await goto(own, `/plans/${ids.sue4}`);
      action = await comment(own, first).locator('form').getAttribute('action');
      assert.match(action, /^\/plans\/comments\/\d+\/answer$/);
    } finally { await own.close(); }
    const page = await pageFor(council('niho'), 360);
    try {
      await goto(page, `/plans/${ids.sue4}`);
      assert.equal(await page.locator('#comments form[action$="/answer"]').count(), 0);
      assert.equal(await button(page, M['plan.answer_submit']).count(), 0);
      const cid = action.match(/\/comments\/(\d+)\//)[1];
      assert.equal(await postFromPage(page, action, { [`answer-${cid}`]: '仁保からの回答（E2E）' }), 403);
      await assertForbiddenPage(page);
      await goto(page, `/plans/${ids.sue4}`);
      assert.equal(await comment(page, first).locator('.answer').count(), 0, 'no answer was published');
      assert.doesNotMatch(await page.locator('main').innerText(), /仁保からの回答/);
    } finally { await page.close(); }
  });

  test('with two comments, each answer box has its own label (clicking it puts the cursor in that box)', async () => {
    const page = await pageFor(council('sue'), 360);
    try {
      await goto(page, `/plans/${ids.sue4}`);
      const names = [];
      for (const body of [first, second]) {
        const li = comment(page, body);
        // Each box is named after its comment: answer-{id}, with the id f-answer-{id}.
        const cid = (await li.locator('form').getAttribute('action')).match(/^\/plans\/comments\/(\d+)\/answer$/)[1];
        await li.locator('form label').click();
        assert.deepEqual(await li.evaluate((el) => el.contains(document.activeElement) && [document.activeElement.name, document.activeElement.id]),
          [`answer-${cid}`, `f-answer-${cid}`], `the label of the answer to 「${body}」 focuses its own box`);
        names.push(`answer-${cid}`);
      }
      assert.notEqual(names[0], names[1], 'the two boxes have different names');
      const dup = await page.evaluate(() => {
        const seen = new Map();
        for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) || 0) + 1);
        return [...seen].filter(([, n]) => n > 1).map(([id, n]) => `${id} x${n}`);
      });
      assert.deepEqual(dup, [], 'no id is used twice on the page');
    } finally { await page.close(); }
  });

  test('陶\'s council answers one comment; the answer is public with its date', async () => {
    const page = await pageFor(council('sue'), 360);
    try {
      await goto(page, `/plans/${ids.sue4}`);
      assert.equal(await page.locator('#comments form[action$="/answer"]').count(), 2, 'an answer form for each comment');
      await assertAccessible(page, 'a plan with two comments and their answer forms (360px)');
      let li = comment(page, first);
      const cid = (await li.locator('form').getAttribute('action')).match(/^\/plans\/comments\/(\d+)\/answer$/)[1];
      // An empty answer is refused next to that comment's own box (answer-{id}).
      assert.equal(await submit(page, button(li, M['plan.answer_submit'])), 400);
      await assertErrorSummary(page, { [`answer-${cid}`]: M['error.required'] });
      li = comment(page, first);
      await li.getByLabel(M['field.answer']).fill(answer);
      await clickAndWait(page, button(li, M['plan.answer_submit']));
      await assertFlash(page, M['flash.answer_posted']);
      assert.equal(await comment(page, first).locator('form').count(), 0, 'answered: no form any more');
      assert.equal(await comment(page, second).locator('form').count(), 1, 'the other comment can still be answered');
    } finally { await page.close(); }
    const anon = await pageFor(null);
    try {
      await goto(anon, `/plans/${ids.sue4}`);
      const box = comment(anon, first).locator('.answer');
      assert.equal((await box.locator('h3').innerText()).trim(), `${M['plan.answer_heading']}（${todayJst()}）`);
      assert.equal((await box.locator('p').innerText()).trim(), answer);
      assert.equal(await comment(anon, second).locator('.answer').count(), 0);
    } finally { await anon.close(); }
  });
});

// ---------------------------------------------------------------------------------------------
// 7. The indicator tables and the annual report agree with the API, in every format.

describe(`the FY${FY} numbers agree: API, /indicators, /reports/annual, XLSX and PDF`, () => {
  let all; // API items by code
  let report; // the report page's indicator rows, by name
  let reportTotals;

  before(async () => {
    all = await indicators();
    const page = await pageFor(null);
    try {
      await goto(page, `/reports/annual?year=${FY}`);
      assert.equal(await page.locator('h1').innerText(), `${fy(FY)} ${M['page.report_title']}`);
      report = {};
      for (const r of await rows(page.locator(`.table-wrap[aria-label="${M['report.indicators_heading']}"] table`))) {
        report[r[0].replace(/^(KGI|KPI)\s+/, '')] = r;
      }
      const total = await page.locator('main p', { hasText: `${M['summary.total']}：` }).first().innerText();
      const m = total.match(new RegExp(`事業 (\\d+)件・${escapeRe(M['flag.city_collaboration'])} (\\d+)件・${escapeRe(M['flag.life_support'])} (\\d+)件・予算 ([\\d,]+)円`));
      assert.ok(m, `the report's totals: ${total}`);
      reportTotals = { projects: Number(m[1]), kpi3: Number(m[2]), kpi4: Number(m[3]), budget: Number(m[4].replace(/,/g, '')) };
    } finally { await page.close(); }
  });

  const statusLabel = (item) => M[`indicator_status.${item.status}`];
  // The latest actual up to FY: the one the status is judged on.
  const latest = (item) => item.actuals.filter((a) => a.year <= FY).sort((a, b) => b.year - a.year)[0];

  test('GET /api/v1/indicators lists KGI 1-3 and KPI 1-4; KPI 2-4 are counted, KPI 2 has no baseline', async () => {
    const r = await api('/api/v1/indicators');
    assert.equal(r.status, 200);
    assert.match(r.type, /^application\/json/);
    assert.equal(r.body.total, 7);
    assert.equal(r.body.page, 1);
    assert.deepEqual(r.body.items.map((i) => [i.code, i.kind, i.unit, i.computed]), [
      ['kgi1', 'KGI', '%', false], ['kgi2', 'KGI', '%', false], ['kgi3', 'KGI', '%', false],
      ['kpi1', 'KPI', '%', false], ['kpi2', 'KPI', 'count', true], ['kpi3', 'KPI', 'count', true], ['kpi4', 'KPI', 'count', true]]);
    assert.equal(all.kpi2.baseline, null);
    assert.deepEqual(all.kgi1.baseline, { value: 74.7, year: 2017 });
    const raw = await (await fetch(url('/api/v1/indicators'))).text();
    assert.ok(raw.includes('"baseline":{"value":74.7,"year":2017}'), 'a percentage is written as a plain decimal (74.7)');
    for (const code of ['kpi3', 'kpi4']) {
      const d = await api(`/api/v1/indicators/${all[code].id}`);
      assert.equal(d.status, 200);
      assert.equal((d.body.records[String(FY)] || []).length, actualFor(all[code], FY), `${code}: records for ${FY}`);
    }
  });

  test('the report page says what the API says', async () => {
    assert.equal(Object.keys(report).length, 7);
    for (const item of Object.values(all)) {
      const r = report[item.name];
      assert.ok(r, `${item.name} is in the report`);
      assert.equal(r[5], statusLabel(item), `${item.code}: status`);
      assert.equal(item.status_label, statusLabel(item));
      const v = actualFor(item, FY);
      assert.equal(r[3], v === undefined ? M['indicator.no_actual_year'] : withUnit(item, v), `${item.code}: the year's actual`);
      const l = latest(item);
      assert.equal(r[4], `${withUnit(item, l.value)}（${fy(l.year)}）`, `${item.code}: the latest actual`);
    }
    assert.equal(reportTotals.kpi3, actualFor(all.kpi3, FY), 'the report counts KPI 3\'s projects');
    assert.equal(reportTotals.kpi4, actualFor(all.kpi4, FY), 'the report counts KPI 4\'s projects');
    // The survey value entered above, and a KGI status.
    assert.equal(report[all.kgi1.name][3], '81.2%');
  });

  test('/indicators shows the same latest values and statuses, with each year labelled once', async () => {
    const page = await pageFor(null);
    try {
      await goto(page, '/indicators');
      assert.match(await page.locator('main').innerText(), new RegExp(escapeRe(`${M['indicators.status_as_of']}${fy(FY)}`)));
      assert.match(await page.locator('details.rule').innerText(), new RegExp(escapeRe(M['indicator_status.slightly_behind'])));
      const overview = await rows(page.locator(`.table-wrap[aria-label="${M['indicators.overview']}"] table`));
      for (const item of Object.values(all)) {
        const row = overview.find((r) => r[0].endsWith(item.name));
        assert.equal(row[4], statusLabel(item), `${item.code}: status`);
        assert.equal(row[2], report[item.name][4], `${item.code}: latest actual`);
        // The targets with their era: 「2022年度（令和4年度） 80.0%、2027年度（令和9年度） 85.0%」.
        assert.equal(row[3], item.targets.map((t) => `${fy(t.year)} ${withUnit(item, t.value)}`).join('、'), `${item.code}: targets`);
        assert.equal(await page.locator(`#ind-${item.id} svg[role=img]`).getAttribute('aria-label'),
          msg('chart.aria', { name: item.name }));
        const heads = (await rows(page.locator(`#ind-${item.id} table`))).map((r) => r[0]);
        for (const h of heads) {
          const year = Number(h.slice(0, 4));
          assert.equal(h, fy(year), `${item.code}: the year is labelled as 「${fy(year)}」`);
        }
      }
    } finally { await page.close(); }
  });

  test('the XLSX has the sheets 指標 and 事業 with numbers as numbers and the same values', async () => {
    const res = await fetch(url(`/reports/annual.xlsx?year=${FY}`));
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    assert.match(res.headers.get('content-disposition'), /^attachment;/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()));
    assert.deepEqual(wb.worksheets.map((s) => s.name), ['指標', '事業', '実績の推移']);

    const ind = wb.getWorksheet('指標');
    assert.ok(String(ind.getCell('A1').value).includes(fy(FY)), `the title names the year: ${ind.getCell('A1').value}`);
    const head = ind.getRow(2).values;
    const col = (name) => {
      const i = head.indexOf(name);
      assert.ok(i > 0, `指標 has a column ${name}: ${head.join(' | ')}`);
      return i;
    };
    // Year headers carry the era: 「実績 2026年度（令和8年度）」, 「目標値 2027年度（令和9年度）」.
    const [cName, cUnit, cBase, cActual, cStatus] = ['指標', '単位', '基準値', `実績 ${fy(FY)}`, '状況'].map(col);
    const seen = new Set();
    for (let r = 3; r <= ind.rowCount; r += 1) {
      const row = ind.getRow(r).values;
      const item = Object.values(all).find((i) => i.name === row[cName]);
      assert.ok(item, `row ${r} is an indicator: ${row[cName]}`);
      seen.add(item.code);
      assert.equal(row[cUnit], item.unit === '%' ? '%' : '件');
      assert.equal(row[cStatus], statusLabel(item), `${item.code}: status`);
      if (item.baseline) {
        assert.equal(typeof row[cBase], 'number', `${item.code}: the baseline is a number`);
        assert.equal(row[cBase], item.baseline.value, `${item.code}: baseline as on the page (74.7, not 0.747)`);
      } else {
        assert.ok(row[cBase] === undefined || row[cBase] === null, `${item.code}: no baseline`);
      }
      for (const t of item.targets) {
        const cTarget = col(`目標値 ${fy(t.year)}`);
        assert.equal(typeof row[cTarget], 'number', `${item.code}: the ${t.year} target is a number`);
        assert.equal(row[cTarget], t.value, `${item.code}: the ${t.year} target`);
      }
      const v = actualFor(item, FY);
      if (v === undefined) {
        assert.ok(row[cActual] === undefined || row[cActual] === null, `${item.code}: no actual for ${FY}`);
      } else {
        assert.equal(typeof row[cActual], 'number', `${item.code}: the actual is a number`);
        assert.equal(row[cActual], v, `${item.code}: the actual`);
      }
    }
    assert.deepEqual([...seen].sort(), Object.keys(all).sort(), 'one row per indicator');

    // 実績の推移: every actual up to the year, as numbers, the same as the API's.
    const hist = wb.getWorksheet('実績の推移');
    const expected = Object.values(all).flatMap((i) => i.actuals.filter((a) => a.year <= FY)
      .map((a) => `${i.name}|${a.year}|${a.value}`)).sort();
    const listed = [];
    for (let r = 2; r <= hist.rowCount; r += 1) {
      const row = hist.getRow(r).values;
      assert.equal(typeof row[5], 'number', `実績の推移 row ${r}: the value is a number`);
      listed.push(`${row[2]}|${row[3]}|${row[5]}`);
    }
    assert.deepEqual(listed.sort(), expected, '実績の推移 lists the same actuals as the API');

    const pj = wb.getWorksheet('事業');
    const ph = pj.getRow(1).values;
    const c3 = ph.indexOf(M['flag.city_collaboration']);
    const c4 = ph.indexOf(M['flag.life_support']);
    const cBudget = ph.indexOf('予算（円）');
    assert.ok(c3 > 0 && c4 > 0 && cBudget > 0, `事業 has the flag and budget columns: ${ph.join(' | ')}`);
    const last = pj.getRow(pj.rowCount).values;
    assert.equal(last[1], M['summary.total'], 'the last row is 合計');
    assert.equal(last[c3], actualFor(all.kpi3, FY), '合計 of 市と連携 = KPI 3');
    assert.equal(last[c4], actualFor(all.kpi4, FY), '合計 of 生活支援 = KPI 4');
    let n3 = 0; let n4 = 0; let budget = 0;
    for (let r = 2; r < pj.rowCount; r += 1) {
      const row = pj.getRow(r).values;
      if (row[c3]) n3 += 1;
      if (row[c4]) n4 += 1;
      if (row[cBudget] !== undefined && row[cBudget] !== null) {
        assert.equal(typeof row[cBudget], 'number', `row ${r}: the budget is a number`);
        budget += row[cBudget];
      }
    }
    assert.equal(n3, last[c3], 'the marked rows add up to 合計 (市と連携)');
    assert.equal(n4, last[c4], 'the marked rows add up to 合計 (生活支援)');
    assert.equal(pj.rowCount - 2, reportTotals.projects, 'as many projects as the report page');
    assert.equal(last[cBudget], budget);
    assert.equal(budget, reportTotals.budget, 'the same budget total as the report page');
  });

  test('the PDF is in Japanese and states the same statuses and values', async () => {
    const res = await fetch(url(`/reports/annual.pdf?year=${FY}`));
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/pdf');
    const pdf = Buffer.from(await res.arrayBuffer());
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8');
    assert.ok(text.includes(fy(FY)), `the PDF names the year 「${fy(FY)}」`);
    const flat = text.replace(/\s+/g, '');
    for (const item of Object.values(all)) assert.ok(flat.includes(item.name), `the PDF names ${item.name}`);
    const statuses = [...flat.split('地域別の事業')[0].matchAll(/状況(やや遅れ|遅れ|順調|未計測)/g)].map((m) => m[1]);
    const order = Object.values(all); // the API's order: KGI 1-3, KPI 1-4
    assert.deepEqual(statuses, order.map(statusLabel), 'the statuses, indicator by indicator');
    // The facts beside each chart, read in reading order: with -layout, a fact wrapped onto the
    // next line (「…：4」「件」) would take in the chart's axis label printed beside it.
    const reading = execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString('utf8');
    const indicatorsPart = reading.replace(/\s+/g, '').split('地域別の事業')[0];
    // 「実績2025年度（令和7年度）：80.5%」: each year with its era.
    const actuals = [...indicatorsPart.matchAll(/実績(\d{4})年度（(?:令和|平成)(?:\d+|元)年度）：([\d.]+)(%|件)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    assert.deepEqual(actuals, order.map((i) => [latest(i).year, latest(i).value]), 'the latest actuals');
    for (const item of order) {
      assert.ok(indicatorsPart.includes(`実績${fy(latest(item).year)}：${withUnit(item, latest(item).value)}`), `${item.code}: the latest actual with its era`);
      for (const t of item.targets) {
        assert.ok(indicatorsPart.includes(`目標${fy(t.year)}：${withUnit(item, t.value)}`), `${item.code}: 目標${fy(t.year)}：${withUnit(item, t.value)}`);
      }
    }
    assert.ok(indicatorsPart.includes(`実績${fy(FY)}：${actualFor(all.kpi3, FY)}件`), 'KPI 3\'s value');
    assert.ok(indicatorsPart.includes(`実績${fy(FY)}：${actualFor(all.kpi4, FY)}件`), 'KPI 4\'s value');
  });

  test('the PDF charts\' year labels do not run into each other', async () => {
    const res = await fetch(url(`/reports/annual.pdf?year=${FY}`));
    const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: Buffer.from(await res.arrayBuffer()) }).toString('utf8');
    const runTogether = text.split('\n').filter((l) => /(?:19|20)\d\d(?:19|20)\d\d/.test(l));
    assert.deepEqual(runTogether, [], 'axis years printed without a gap between them');
  });
});

// ---------------------------------------------------------------------------------------------
// 8. Projects through the JSON API, with a council officer's API token (Bearer).

describe('projects through the JSON API (陶\'s officer with an API token)', () => {
  const title = 'E2E APIで登録した買い物支援（テスト）';
  let token;
  let created; // the project made through the API
  const body = (over = {}) => ({
    region: 'sue', title, runner: { kind: 'council' }, fiscal_years: [FY, FY + 1],
    budget: { [String(FY)]: 120000 }, funding_source: '自主財源', flags: ['life_support'], ...over,
  });
  async function post(path, data) {
    const res = await fetch(url(path), {
      method: 'POST', body: JSON.stringify(data),
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    });
    return { status: res.status, type: res.headers.get('content-type'), location: res.headers.get('location'), body: await res.json() };
  }
  const total = async (region) => (await api(`/api/v1/projects?region=${region}`)).body.total;
  const kpi4 = async () => actualFor((await indicators()).kpi4, FY);

  before(() => {
    const out = execFileSync(BIN, ['token', 'create', '--user', council('sue'), '--db', server.db], { encoding: 'utf8' });
    token = out.trim().split('\n').pop();
    assert.match(token, /^[0-9a-f]{64}$/);
  });

  test('POST /api/v1/projects: 201 with the project, directly under the region; KPI 4 goes up by one', async () => {
    const [kpi40, total0] = [await kpi4(), await total('sue')];
    const r = await post('/api/v1/projects', body());
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.match(r.type, /^application\/json/);
    created = r.body;
    assert.equal(typeof created.id, 'number');
    assert.equal(r.location, `/api/v1/projects/${created.id}`);
    const sueCouncil = (await api('/api/v1/plans?region=sue')).body.items.find((p) => p.id === ids.sue3).council;
    assert.deepEqual(created, {
      id: created.id, title, description: '', region: 'sue', council_id: sueCouncil.id,
      plan_id: null, plan: null, goal_id: null, goal: null,
      runner: { id: sueCouncil.id, name: sueCouncil.name, kind: 'council' },
      partners: [], youth_roles: '', fiscal_years: [FY, FY + 1], flags: ['life_support'],
      lines: [{ year: FY, target: '', budget: 120000, funding: 'own', funding_label: M['funding.own'], progress: [], evaluation: null }],
      url: `/projects/${created.id}`,
    });
    assert.deepEqual((await api(`/api/v1/projects/${created.id}`)).body, created, 'GET answers the same');
    assert.equal(await total('sue'), total0 + 1);
    assert.equal(await kpi4(), kpi40 + 1, 'KPI 4 counts it');
    const detail = (await api(`/api/v1/indicators/${ids.kpi4}`)).body;
    assert.ok(detail.records[String(FY)].some((p) => p.id === created.id), 'and lists it');

    // Its page: no plan, no goal.
    const page = await pageFor(null);
    try {
      await goto(page, created.url);
      assert.equal(await page.locator('h1').innerText(), title);
      const f = await facts(page);
      assert.equal(f[M['plan.col_plan']], M['project.no_plan']);
      assert.equal(f[M['project.col_goal']], M['project.no_goal']);
      assert.match(await page.locator('p.tags').innerText(), new RegExp(escapeRe(M['flag.life_support'])));
    } finally { await page.close(); }
  });

  test('for another region\'s council (湯田): 403, nothing created', async () => {
    const [yuda0, kpi40] = [await total('yuda'), await kpi4()];
    const r = await post('/api/v1/projects', body({ region: 'yuda', title: 'E2E 陶が湯田に作った事業（テスト）' }));
    assert.equal(r.status, 403);
    assert.equal(r.body.error, M['error.forbidden']);
    assert.equal(await total('yuda'), yuda0);
    assert.equal(await kpi4(), kpi40);
  });

  for (const [name, over, field, message] of [
    ['without a runner', { runner: undefined }, 'runner', M['error.runner_required']],
    ['with an unknown funding_source', { funding_source: '寄付金' }, 'funding_source', M['error.funding_source']],
    ['with fiscal_years that are not consecutive', { fiscal_years: [FY, FY + 2] }, 'fiscal_years', M['error.fiscal_years']],
  ]) {
    test(`a project ${name}: 400 with fields.${field}, nothing created`, async () => {
      const [total0, kpi40] = [await total('sue'), await kpi4()];
      const r = await post('/api/v1/projects', body({ ...over, title: `E2E 失敗する事業 ${field}（テスト）` }));
      assert.equal(r.status, 400);
      assert.deepEqual(Object.keys(r.body.fields), [field], JSON.stringify(r.body));
      assert.equal(r.body.fields[field], message);
      assert.equal(await total('sue'), total0, 'nothing was created');
      assert.equal(await kpi4(), kpi40);
    });
  }

  test(`progress for FY${FY}: 201; 101% is refused with fields.percent`, async () => {
    const note = 'APIから進捗を記録（E2E）';
    const r = await post(`/api/v1/projects/${created.id}/progress`, { year: FY, date: todayJst(), percent: 30, note });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.deepEqual(r.body.lines[0].progress, [{ date: todayJst(), percent: 30, note }]);
    const bad = await post(`/api/v1/projects/${created.id}/progress`, { year: FY, date: todayJst(), percent: 101, note: '多すぎる（E2E）' });
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body.fields, { percent: msg('error.number_range', { min: 0, max: 100 }) });
    assert.deepEqual((await api(`/api/v1/projects/${created.id}`)).body.lines[0].progress, [{ date: todayJst(), percent: 30, note }],
      'only the first was recorded');
  });

  test(`an evaluation of FY${FY} before it has ended: 400 with fields.grade`, async () => {
    const r = await post(`/api/v1/projects/${created.id}/evaluation`, { year: FY, grade: 'A', went_well: '早すぎる評価（E2E）', to_change: 'なし' });
    assert.equal(r.status, 400);
    assert.equal(r.body.fields.grade, M['error.evaluate_after_year']);
    assert.equal((await api(`/api/v1/projects/${created.id}`)).body.lines[0].evaluation, null);
  });

  test('the session cookie alone is not enough: 401', async () => {
    const [total0, project0] = [await total('sue'), (await api(`/api/v1/projects/${created.id}`)).body];
    const ctx = await contextFor(council('sue'));
    for (const [path, data] of [
      ['/api/v1/projects', body({ title: 'E2E クッキーだけで作った事業（テスト）' })],
      [`/api/v1/projects/${created.id}/progress`, { year: FY, date: todayJst(), percent: 50, note: 'クッキーだけ（E2E）' }],
    ]) {
      const res = await ctx.request.post(url(path), { data });
      assert.equal(res.status(), 401, path);
      assert.match(res.headers()['content-type'], /^application\/json/);
      assert.equal((await res.json()).error, M['error.token_required']);
    }
    assert.equal(await total('sue'), total0);
    assert.deepEqual((await api(`/api/v1/projects/${created.id}`)).body, project0);
  });

  test('years are evaluated in order, and the page\'s forms go with the earliest year not yet evaluated', async () => {
    const r = await post('/api/v1/projects', body({
      title: 'E2E 二年分の計画がある事業（テスト）', fiscal_years: [FY - 2, FY - 1],
      budget: { [String(FY - 2)]: 10000, [String(FY - 1)]: 20000 }, flags: [],
    }));
    assert.equal(r.status, 201, JSON.stringify(r.body));
    const id = r.body.id;
    assert.deepEqual(r.body.lines.map((l) => [l.year, l.budget, l.evaluation]), [[FY - 2, 10000, null], [FY - 1, 20000, null]]);
    const evaluation = (year) => ({ year, grade: 'B', went_well: `${year}年度はよくできた（E2E）`, to_change: `${year + 1}年度も続ける` });

    const early = await post(`/api/v1/projects/${id}/evaluation`, evaluation(FY - 1));
    assert.equal(early.status, 400, 'the later year first');
    assert.equal(early.body.fields.grade, M['error.evaluate_in_order']);

    const page = await pageFor(council('sue'), 360);
    try {
      const formsIn = async (year) => [
        await button(yearPanel(page, year), M['project.progress_submit']).count(),
        await button(yearPanel(page, year), M['project.evaluation_submit']).count()];
      await goto(page, `/projects/${id}`);
      assert.deepEqual(await formsIn(FY - 2), [1, 1], `FY${FY - 2} (the earliest not evaluated) has the forms`);
      assert.deepEqual(await formsIn(FY - 1), [0, 0], `FY${FY - 1} waits`);

      const ok = await post(`/api/v1/projects/${id}/evaluation`, evaluation(FY - 2));
      assert.equal(ok.status, 200, JSON.stringify(ok.body));
      assert.equal(ok.body.lines[0].evaluation.grade, 'B');
      // The evaluated year is closed.
      const again = await post(`/api/v1/projects/${id}/evaluation`, { ...evaluation(FY - 2), grade: 'A' });
      assert.equal(again.status, 409);
      assert.equal(again.body.error, M['error.line_evaluated']);
      const more = await post(`/api/v1/projects/${id}/progress`, { year: FY - 2, date: `${FY - 2}-12-01`, percent: 100, note: '評価の後（E2E）' });
      assert.equal(more.status, 409);
      assert.equal(more.body.error, M['error.line_evaluated']);
      const lines = (await api(`/api/v1/projects/${id}`)).body.lines;
      assert.equal(lines[0].evaluation.grade, 'B');
      assert.deepEqual(lines[0].progress, []);

      await goto(page, `/projects/${id}`);
      assert.deepEqual(await formsIn(FY - 2), [0, 0], `FY${FY - 2} is closed`);
      assert.deepEqual(await formsIn(FY - 1), [1, 1], `FY${FY - 1} is next`);
    } finally { await page.close(); }
  });

  test('a year not yet begun takes no progress on the page', async () => {
    const r = await post('/api/v1/projects', body({
      title: 'E2E 来年度からの事業（テスト）', fiscal_years: [FY + 1], budget: { [String(FY + 1)]: 5000 }, flags: [],
    }));
    assert.equal(r.status, 201, JSON.stringify(r.body));
    const page = await pageFor(council('sue'), 360);
    try {
      await goto(page, `/projects/${r.body.id}`);
      assert.equal(await yearPanel(page, FY + 1).count(), 1);
      const panel = yearPanel(page, FY + 1);
      assert.equal(await button(panel, M['project.progress_submit']).count(), 0, `no progress for FY${FY + 1} before it begins`);
      assert.equal(await button(panel, M['project.evaluation_submit']).count(), 0);
      // Its target and budget, planned through the API, can be written in beforehand.
      assert.equal(await panel.locator('summary', { hasText: M['project.line_edit'] }).count(), 1);
    } finally { await page.close(); }
  });
});
