// End-to-end tests of talks (話し合い, issue 4 items 8–10): a council plans a talk (bad input
// first), residents sign up through its event (waitlist included), minutes are refused before
// the talk and recorded after it with age bands and action items followed to done, an action
// item becomes a local issue, the region's fiscal-year summary, the facilitator register, the
// organisation's ground rules, cancellation and the JSON API; in Debian's Chromium driven by
// playwright-core, with axe-core for accessibility at 390px and 1280px.
//
//   cd /work/main && node --test --test-concurrency=1 tests/e2e/talks.test.mjs
//
// One server (fresh SQLite with demo data; a fresh PostgreSQL database instead when
// TSUNAGU_TALKS_PG=1 and TSUNAGU_TEST_PG is set) and one browser for the whole file; the describe
// blocks run in order and share what earlier ones made (`shared`).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { readMails, startServer } from './harness.mjs';
import {
  M, button, submit, assertAccessible, assertFlash, assertNoHorizontalScroll, clickAndWait, kit, launchBrowser,
  postFromPage, stopServer,
} from './browser_kit.mjs';

const COUNCIL = 'council-sue@example.jp';
const OTHER_COUNCIL = 'council-aio@example.jp';
const CITY = 'city@example.jp';
const RESIDENT = 'resident-sue@example.jp';
const RESIDENT2 = 'resident-aio@example.jp';
const RUN = Date.now().toString(36).slice(-5);
const jstDate = (n = 0) => new Date(Date.now() + 9 * 3600 * 1000 + n * 86400000).toISOString().slice(0, 10);
const msg = (key, values) => Object.entries(values).reduce((s, [k, v]) => s.replaceAll(`{${k}}`, v), M[key]);

// ---- PostgreSQL: a fresh database in the throw-away cluster of TSUNAGU_TEST_PG ----------------

const ON_PG = process.env.TSUNAGU_TALKS_PG === '1' && !!process.env.TSUNAGU_TEST_PG;
const PG_BIN = (() => {
  try {
    const dirs = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(a) - Number(b));
    return dirs.length ? `/usr/lib/postgresql/${dirs[dirs.length - 1]}/bin` : null;
  } catch { return null; }
})();
let pgDb = null;
function freshPgDb() {
  const u = new URL(process.env.TSUNAGU_TEST_PG);
  const db = `talks_${process.pid}_${RUN}`.replace(/[^a-z0-9_]/g, '_');
  execFileSync(`${PG_BIN}/createdb`, ['-h', u.hostname, '-p', u.port, '-U', u.username || 'tsunagu', db], { stdio: 'pipe' });
  pgDb = { u: new URL(u), db };
  u.pathname = `/${db}`;
  return u.toString();
}
function dropPgDb() {
  if (!pgDb) return;
  const { u, db } = pgDb;
  spawnSync(`${PG_BIN}/dropdb`, ['-h', u.hostname, '-p', u.port, '-U', u.username || 'tsunagu', '--if-exists', db], { stdio: 'pipe' });
}

let server;
let browser;
const { url, goto, as } = kit(() => server, () => browser);
const shared = {};

before(async () => {
  server = await startServer(ON_PG ? { db: freshPgDb() } : {});
  browser = await launchBrowser();
});

after(async () => {
  if (browser) await browser.close();
  if (server) await stopServer(server);
  dropPgDb();
});

async function getJson(p) {
  const res = await fetch(url(p));
  return { status: res.status, body: await res.json() };
}
const talkIdOf = (page) => Number(new URL(page.url()).pathname.match(/^\/talks\/(\d+)$/)[1]);
async function talksTotal(region) {
  return (await getJson(`/api/v1/talks?region=${region}&per_page=1`)).body.total;
}

// The error summary lists exactly these fields; each message is next to its field.
async function assertFieldErrors(page, errors) {
  const summary = page.locator('.error-summary');
  assert.ok(await summary.isVisible(), 'the error summary is shown');
  for (const [field, message] of Object.entries(errors)) {
    assert.equal(await summary.locator(`a[href="#f-${field}"]`).count(), 1, `the summary links to #f-${field}`);
    assert.equal((await page.locator(`#e-${field}`).innerText()).trim(), message, `message next to ${field}`);
  }
  assert.equal(await summary.locator('a').count(), Object.keys(errors).length,
    `exactly these fields: ${Object.keys(errors).join(', ')}; got ${await summary.locator('a').allInnerTexts()}`);
}

// Fills the plan form of 陶地域づくり協議会 (a fresh /talks/new page).
async function fillTalk(page, { title, day, from = '10:00', to = '12:00', capacity = '' }) {
  await page.locator('#f-org').selectOption({ label: '陶地域づくり協議会' });
  await page.locator('#f-region').selectOption('sue');
  await page.locator('#f-title').fill(title);
  await page.locator('#f-title_kana').fill('すえのはなしあい');
  await page.locator('#f-purpose').fill('買い物の困りごとを話し合います。');
  await page.locator('#f-format').selectOption('meeting');
  await page.locator('#f-date').fill(day);
  await page.locator('#f-start_time').fill(from);
  await page.locator('#f-end_time').fill(to);
  await page.locator('#f-place').fill('陶地域交流センター');
  await page.locator('#f-agenda').fill('1. いまの困りごと\n2. できること');
  await page.locator('#f-audience').check();  // the first box: all generations
  await page.locator('#f-capacity').fill(capacity);
}

describe('anyone reads the talks, a region\'s summary and a held demo talk', () => {
  test('the list with the 平川 summary: fiscal year, age bands, open action items; axe at 390 and 1280', async () => {
    for (const width of [390, 1280]) {
      await as(null, async (page) => {
        await goto(page, '/talks?region=hirakawa');
        const summary = page.locator('#summary-heading');
        assert.equal((await summary.innerText()).trim(), msg('talk.summary_heading', { region: '平川' }));
        const table = page.getByRole('table', { name: M['talk.summary_people_table'] });
        assert.equal(await table.locator('tbody tr').count(), 8, 'one row per age band, 10代 … 80代以上');
        assert.match(await table.innerText(), /10代\s+18/);
        assert.match(await page.locator('main').innerText(), /農道の街灯を増やせないか市に相談する/);
        await assertNoHorizontalScroll(page, width, '/talks?region=hirakawa');
        await assertAccessible(page, `/talks?region=hirakawa at ${width}px`);
      }, width);
    }
  });

  test('the held 高校生熟議: minutes as HTML, participants, decisions, one item done and one open', async () => {
    await as(null, async (page) => {
      await goto(page, '/talks?region=hirakawa&when=held');
      await clickAndWait(page, page.getByRole('link', { name: /高校生熟議/ }));
      assert.equal(await page.locator('#minutes-heading + .post-body h2').first().innerText(), '話し合ったこと');
      const actions = page.locator('#actions-heading ~ ul li');
      assert.equal(await actions.count(), 2);
      assert.match(await actions.nth(0).innerText(), new RegExp(M['talk.action_done']));
      assert.match(await actions.nth(1).innerText(), new RegExp(M['talk.action_open']));
      assert.equal(await page.getByRole('button', { name: new RegExp(M['talk.mark_done']) }).count(), 0,
        'no done toggles for visitors');
      await assertAccessible(page, 'a held talk');
      await page.setViewportSize({ width: 390, height: 900 });
      await assertNoHorizontalScroll(page, 390, 'a held talk');
    });
  });

  test('the 阿東 salon lists the local issue it discusses', async () => {
    await as(null, async (page) => {
      await goto(page, '/talks?region=ato&when=upcoming');
      await clickAndWait(page, page.getByRole('link', { name: /ふれあいサロン/ }));
      const issues = page.locator('h2:has-text("' + M['talk.issues_heading'] + '") + ul a');
      assert.equal(await issues.count(), 1);
      assert.match(await issues.first().getAttribute('href'), /^\/issues\/\d+$/);
      assert.match(await page.locator('.panel').innerText(), new RegExp(M['event.login_to_sign_up']));
    });
  });

  test('the facilitator register is public and kept by city staff', async () => {
    await as(null, async (page) => {
      await goto(page, '/talks/facilitators');
      assert.ok((await page.locator('.card').count()) >= 3);
      await assertAccessible(page, '/talks/facilitators');
    });
    await as(RESIDENT, async (page) => {
      await goto(page, '/talks/facilitators/new', 403);
    });
    await as(CITY, async (page) => {
      await goto(page, '/talks/facilitators/new');
      assert.equal(await submit(page, button(page, M['talk.facilitator_save'])), 400);
      await assertFieldErrors(page, {
        name: M['error.required'], qualification: M['error.required'], regions: M['talk.err_regions_required'],
      });
      await assertAccessible(page, 'the facilitator form with errors');
      await page.locator('#f-name').fill(`佐藤 はるか ${RUN}`);
      await page.locator('#f-qualification').fill('市民ファシリテーター養成講座 修了（2026年度）');
      await page.locator('#f-regions').check();  // the first region: 大殿
      await page.locator('#f-regions-sue').check();
      await page.locator('#f-availability').fill('土曜日の午前');
      await submit(page, button(page, M['talk.facilitator_save']));
      await assertFlash(page, M['flash.talk_facilitator_saved']);
      assert.match(await page.locator('main').innerText(), new RegExp(`佐藤 はるか ${RUN}[\\s\\S]*大殿、陶`));
    });
  });
});

describe('a council plans a talk; residents sign up through its event', () => {
  const title = `陶の買い物を考える会議 ${RUN}`;
  const day = jstDate(12);

  test('bad input: Japanese messages next to the fields, values kept, nothing saved', async () => {
    const before = await talksTotal('sue');
    await as(COUNCIL, async (page) => {
      await goto(page, '/talks/new');
      await assertNoHorizontalScroll(page, 390, 'the talk form');
      await fillTalk(page, { title, day, from: '15:00', to: '13:00' });
      await page.locator('#f-title_kana').fill('陶');
      await page.locator('#f-place').fill('');
      assert.equal(await submit(page, button(page, M['talk.create'])), 400);
      await assertFieldErrors(page, {
        title_kana: M['error.kana'], end_time: M['error.end_before_start'], place: M['talk.err_place'],
      });
      assert.equal(await page.locator('#f-title').inputValue(), title);
      assert.equal(await page.locator('#f-date').inputValue(), day);
      assert.equal(await page.locator('#f-agenda').inputValue(), '1. いまの困りごと\n2. できること');
      assert.ok(await page.locator('#f-audience').isChecked(), 'the ticked box stays ticked');
      await assertAccessible(page, 'the talk form with errors');
    }, 390);
    assert.equal(await talksTotal('sue'), before, 'nothing was saved');
  });

  test('the talk is saved with its event: on /events, in the region\'s iCalendar feed', async () => {
    await as(COUNCIL, async (page) => {
      await goto(page, '/talks/new');
      await assertAccessible(page, 'the talk form');
      await fillTalk(page, { title, day, capacity: '1' });
      await page.locator('#f-facilitator').selectOption({ index: 1 });
      await submit(page, button(page, M['talk.create']));
      await assertFlash(page, M['flash.talk_created']);
      shared.talk = talkIdOf(page);
      assert.equal(await page.locator('h1').innerText(), title);
      assert.equal(await page.locator('p.kana').innerText(), 'スエノハナシアイ');
      assert.match(await page.locator('.facts').innerText(), /会議/);
      await assertAccessible(page, 'a planned talk (organiser)');
    });
    const t = (await getJson(`/api/v1/talks/${shared.talk}`)).body;
    assert.equal(t.status, 'planned');
    assert.equal(t.capacity, 1);
    assert.ok(t.event_id);
    shared.event = t.event_id;
    const ev = await getJson(`/api/v1/events/${shared.event}`);
    assert.equal(ev.status, 200);
    assert.equal(ev.body.title, title);
    const ics = await (await fetch(url('/regions/sue/events.ics'))).text();
    assert.ok(ics.includes(title.slice(0, 10)), 'the talk is in the region\'s calendar');
  });

  test('a resident signs up from the talk page; the next one waits', async () => {
    await as(RESIDENT, async (page) => {
      await goto(page, `/talks/${shared.talk}`);
      await assertAccessible(page, 'a planned talk (resident)');
      await submit(page, button(page, M['event.sign_up']));
      await assertFlash(page, M['flash.signed_up']);
      await goto(page, `/talks/${shared.talk}`);
      assert.equal((await page.locator('#signup-heading ~ p[role=status]').innerText()).trim(), M['signup.mine_confirmed']);
    });
    await as(RESIDENT2, async (page) => {
      await goto(page, `/talks/${shared.talk}`);
      await submit(page, button(page, M['event.join_waitlist']));
      await assertFlash(page, M['flash.waitlisted']);
    });
    await as(null, async (page) => {
      await goto(page, `/talks/${shared.talk}`);
      assert.match(await page.locator('.panel').innerText(), new RegExp(msg('talk.capacity_text', { n: 1, c: 1 })));
    });
  });

  test('minutes on a talk not yet held: a Japanese message, nothing saved', async () => {
    await as(COUNCIL, async (page) => {
      await goto(page, `/talks/${shared.talk}/close`, 409);
      assert.match(await page.locator('main').innerText(), new RegExp(M['talk.err_not_held']));
      await goto(page, `/talks/${shared.talk}`);
      const status = await postFromPage(page, `/talks/${shared.talk}/close`, {
        minutes: '## 記録', people_70s: '3', action_rows: '1', action_what_1: 'チラシを配る',
      });
      assert.equal(status, 400);
      assert.equal((await page.locator('#e-minutes').innerText()).trim(), M['talk.err_not_held']);
    });
    const t = (await getJson(`/api/v1/talks/${shared.talk}`)).body;
    assert.equal(t.status, 'planned');
    assert.deepEqual(t.action_items, []);
  });

  test('another council may not edit it', async () => {
    await as(OTHER_COUNCIL, async (page) => {
      await goto(page, `/talks/${shared.talk}/edit`, 403);
    });
  });

  test('the organiser moves it; the event follows', async () => {
    await as(COUNCIL, async (page) => {
      await goto(page, `/talks/${shared.talk}/edit`);
      await page.locator('#f-start_time').fill('13:30');
      await page.locator('#f-end_time').fill('15:00');
      await submit(page, button(page, M['talk.save']));
      await assertFlash(page, M['flash.talk_saved']);
    });
    const ev = (await getJson(`/api/v1/events/${shared.event}`)).body;
    assert.match(ev.starts_at, new RegExp(`^${day}T13:30`));
  });

  test('its event is changed only through the talk', async () => {
    await as(COUNCIL, async (page) => {
      await goto(page, `/events/${shared.event}/edit`);
      assert.ok(page.url().endsWith(`/talks/${shared.talk}/edit`), page.url());
      await goto(page, `/events/${shared.event}`);
      const csrf = await page.locator('input[name=csrf]').first().inputValue();
      const r = await page.request.post(url(`/events/${shared.event}/cancel`), { form: { csrf } });
      assert.equal(r.status(), 409);
      assert.ok((await r.text()).includes(M['error.event_of_talk']));
    });
    assert.equal((await getJson(`/api/v1/events/${shared.event}`)).body.status, 'published');
  });

  test('cancelled: the event too, and both residents are told', async () => {
    await as(COUNCIL, async (page) => {
      await goto(page, `/talks/${shared.talk}`);
      await submit(page, button(page, M['talk.cancel']));
      await assertFlash(page, M['flash.talk_cancelled']);
      assert.equal((await page.locator('.notice-warning').innerText()).trim(), M['talk.cancelled_notice']);
    });
    assert.equal((await getJson(`/api/v1/events/${shared.event}`)).body.status, 'cancelled');
    const told = readMails(server.dir).filter((m) => m.subject === M['mail.event_cancelled_subject']);
    assert.deepEqual(told.map((m) => m.to).sort(), [RESIDENT2, RESIDENT].sort());
  });
});

describe('after the talk: minutes, age bands and action items followed to done', () => {
  const title = `陶のふりかえり会議 ${RUN}`;

  test('a talk held yesterday is minuted; bad numbers are reported next to their fields', async () => {
    await as(COUNCIL, async (page) => {
      await goto(page, '/talks/new');
      await fillTalk(page, { title, day: jstDate(-1) });
      await submit(page, button(page, M['talk.create']));
      shared.held = talkIdOf(page);
      await clickAndWait(page, page.getByRole('link', { name: M['talk.close_link'] }));
      await assertAccessible(page, 'the minutes form');
      await page.locator('#f-minutes').fill('## 話し合ったこと\n\n- 移動販売の曜日\n- 見守り');
      await page.locator('#f-decisions').fill('移動販売を週2回にする');
      await page.locator('#f-people_60s').fill('4');
      // A browser without number inputs sends what was typed.
      await page.locator('#f-people_70s').evaluate((i) => { i.type = 'text'; });
      await page.locator('#f-people_70s').fill('abc');
      await page.locator('#f-action_what_1').fill('販売車の会社に相談する');
      await page.locator('#f-action_org_1').selectOption({ label: '陶地域づくり協議会' });
      await page.locator('#f-action_due_1').fill(jstDate(30));
      await page.locator('#f-action_who_2').fill('山田');
      assert.equal(await submit(page, button(page, M['talk.save_minutes'])), 400);
      await assertFieldErrors(page, {
        people_70s: msg('error.number_range', { min: 0, max: 100000 }), action_what_2: M['error.required'],
      });
      assert.equal(await page.locator('#f-action_what_1').inputValue(), '販売車の会社に相談する');
      await assertAccessible(page, 'the minutes form with errors');
      await page.setViewportSize({ width: 390, height: 900 });
      await assertNoHorizontalScroll(page, 390, 'the minutes form');
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.locator('#f-people_70s').fill('6');
      await page.locator('#f-action_what_2').fill('回覧板で知らせる');
      await submit(page, button(page, M['talk.save_minutes']));
      await assertFlash(page, M['flash.talk_minutes_saved']);
      assert.equal(await page.locator('#minutes-heading + .post-body h2').innerText(), '話し合ったこと');
      const table = page.getByRole('table', { name: new RegExp(M['talk.people_legend']) });
      assert.match(await table.locator('caption').innerText(), /10人/);
      await assertAccessible(page, 'a minuted talk (organiser)');
    });
    const t = (await getJson(`/api/v1/talks/${shared.held}`)).body;
    assert.equal(t.status, 'held');
    assert.equal(t.participants['70s'], 6);
    assert.equal(t.participants_total, 10);
    assert.deepEqual(t.action_items.map((a) => [a.what, a.who, a.done]),
      [['販売車の会社に相談する', '陶地域づくり協議会', false], ['回覧板で知らせる', '山田', false]]);
    shared.actions = t.action_items.map((a) => a.id);
  });

  test('an item is marked done, and shows as done; the region\'s summary counts what is open', async () => {
    const openBefore = await as(null, async (page) => {
      await goto(page, '/talks?region=sue');
      return page.locator('#summary-heading ~ ul li').count();
    });
    await as(COUNCIL, async (page) => {
      await goto(page, `/talks/${shared.held}`);
      const item = page.locator(`#action-${shared.actions[1]}`);
      await submit(page, item.getByRole('button', { name: new RegExp(M['talk.mark_done']) }));
      await assertFlash(page, M['flash.talk_action_done']);
      assert.match(await page.locator(`#action-${shared.actions[1]}`).innerText(), new RegExp(M['talk.action_done']));
    });
    await as(null, async (page) => {
      await goto(page, '/talks?region=sue');
      assert.equal(await page.locator('#summary-heading ~ ul li').count(), openBefore - 1);
      assert.match(await page.locator('#summary-heading ~ ul').innerText(), /販売車の会社に相談する/);
    });
  });

  test('an action item becomes a local issue of the region, and the issue lists the talk', async () => {
    await as(COUNCIL, async (page) => {
      await goto(page, `/talks/${shared.held}`);
      const item = page.locator(`#action-${shared.actions[0]}`);
      await item.getByLabel(M['talk.issue_category']).selectOption({ label: '買い物・生活' });
      await submit(page, item.getByRole('button', { name: new RegExp(M['talk.to_issue']) }));
      await assertFlash(page, M['flash.talk_action_issue']);
      await assertAccessible(page, 'a talk with an item made an issue');
    });
    const t = (await getJson(`/api/v1/talks/${shared.held}`)).body;
    const issue = t.action_items[0].issue_id;
    assert.ok(issue, 'the item keeps the issue id');
    assert.deepEqual(t.issues, [issue], 'the talk is linked to the issue');
    const i = await getJson(`/api/v1/issues/${issue}`);
    assert.equal(i.status, 200);
    assert.equal(i.body.title, '販売車の会社に相談する');
    assert.equal(i.body.region, 'sue');
  });

  test('the council\'s ground rules are edited and fill the next talk', async () => {
    await as(COUNCIL, async (page) => {
      await goto(page, `/talks/${shared.held}`);
      await clickAndWait(page, page.getByRole('link', { name: M['talk.rules_link'] }));
      await assertAccessible(page, 'the ground rules form');
      await page.locator('#f-ground_rules').fill('');
      assert.equal(await submit(page, button(page, M['talk.rules_save'])), 400);
      await assertFieldErrors(page, { ground_rules: M['error.required'] });
      await page.locator('#f-ground_rules').fill(`陶のルール ${RUN}\n・短く話す`);
      await submit(page, button(page, M['talk.rules_save']));
      await assertFlash(page, M['flash.talk_rules_saved']);
      await goto(page, '/talks/new');
      await fillTalk(page, { title: `ルールの確認 ${RUN}`, day: jstDate(40) });
      await submit(page, button(page, M['talk.create']));
      assert.equal((await getJson(`/api/v1/talks/${talkIdOf(page)}`)).body.ground_rules, `陶のルール ${RUN}\n・短く話す`);
    });
  });
});

describe('JSON API', () => {
  test('GET /api/v1/talks: {items,total,page} with region, from and to; bad input is a 400 with fields', async () => {
    const all = await getJson('/api/v1/talks?region=sue&per_page=100');
    assert.equal(all.status, 200);
    assert.deepEqual(Object.keys(all.body).sort(), ['items', 'page', 'total']);
    assert.ok(all.body.items.every((t) => t.region === 'sue'));
    const from = jstDate(-2);
    const to = jstDate(0);
    const some = await getJson(`/api/v1/talks?region=sue&from=${from}&to=${to}`);
    assert.ok(some.body.items.some((t) => t.id === shared.held));
    assert.ok(some.body.items.every((t) => t.starts_at.slice(0, 10) >= from && t.starts_at.slice(0, 10) <= to));
    const bad = await getJson('/api/v1/talks?region=nowhere&from=2026-02-30');
    assert.equal(bad.status, 400);
    assert.deepEqual(Object.keys(bad.body.fields).sort(), ['from', 'region']);
    assert.equal((await getJson('/api/v1/talks/999999')).status, 404);
  });
});
