// End-to-end tests of the local issues pages (地域課題, issue 4) in Debian's Chromium driven by
// playwright-core, with axe-core on every page visited: a resident of 湯田 raises an issue in
// the region's first 自治会 with a photo; the 自治会 escalates it to the 地域づくり協議会, which
// starts it and escalates it to the city, where 防災危機管理課 starts and resolves it while the
// council comments (協働で解決); the resident is mailed at each step and never named. Then the
// permissions (another region's council, a resident, an out-of-order action), reopening,
// follow and 同じ課題がある, the secretariat's hand-over, the list filters, the dashboard,
// similar issues in other regions, a narrow screen and the city administrator's settings.
// (The JSON API and Open311 are tested in issues_api.test.mjs.)
//
//   cd /work/main && node --test --test-concurrency=1 tests/e2e/issues.test.mjs
//
// One server (fresh SQLite with demo data) and one browser for the whole file; the describe
// blocks run in order and share that server (later ones use the issues earlier ones made).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, readMails } from './harness.mjs';
import {
  M, button, makePng, submit, assertAccessible, assertFlash, assertNoHorizontalScroll, clickAndWait, kit, launchBrowser,
  postFromPage, stopServer,
} from './browser_kit.mjs';

const SLUG = 'yuda';
const resident = (slug) => `resident-${slug}@example.jp`;
const association = (slug) => `association-${slug}@example.jp`;
const council = (slug) => `council-${slug}@example.jp`;
const RESIDENT = resident(SLUG);
const RESIDENT_NAME = '湯田の住民（デモ）'; // the demo resident's display name (never shown publicly)
const ASSOC = association(SLUG);
const COUNCIL = council(SLUG);
const OTHER_COUNCIL = council('ogori');
const BOSAI = 'bosai@example.jp'; // 防災危機管理課: the department for 防災
const KOTSU = 'kotsu@example.jp'; // 交通政策課
const CITY = 'city@example.jp'; // 協働推進課: the secretariat
const CITYADMIN = 'cityadmin@example.jp';
const RUN = Date.now().toString(36).slice(-5); // keeps this run's titles apart
const fill = (key, values) => Object.entries(values).reduce((s, [k, v]) => s.replaceAll(`{${k}}`, v), M[key]);
const L = (kind, key) => M[`issue.${kind}.${key}`]; // level/state/move labels

// ---- Fixtures -------------------------------------------------------------------------------

const PNG = makePng(40, 30);

// The date n days from now in Asia/Tokyo as the pages write it: 2026年12月6日（日）.
function jstLongDate(n = 0) {
  const d = new Date(Date.now() + 9 * 3600 * 1000 + n * 86400000);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日（${'日月火水木金土'[d.getUTCDay()]}）`;
}

// ---- Server, browser and helpers ------------------------------------------------------------

let server;
let browser;
const { goto, as } = kit(() => server, () => browser);

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  if (browser) await browser.close();
  if (server) await stopServer(server);
});

const issueIdOf = (page) => Number(new URL(page.url()).pathname.match(/^\/issues\/(\d+)$/)[1]);

// Opens an issue page and checks it with axe.
async function openIssue(page, id, label = `/issues/${id}`) {
  await goto(page, `/issues/${id}`);
  await assertAccessible(page, label);
}

// "いまの状況": the state label, and the "level：holder" text after it.
async function status(page) {
  const state = (await page.locator('.issue-now .issue-status .state').innerText()).trim();
  const all = (await page.locator('.issue-now .issue-status').innerText()).trim();
  assert.ok(all.startsWith(state), `status line starts with the state: ${all}`);
  const rest = all.slice(state.length).trim();
  const [level, ...holder] = rest.split('：');
  return { state, level, holder: holder.join('：') };
}

// The timeline as shown: [{kind, who, what, note}], oldest first.
async function timeline(page) {
  return page.locator('.timeline-list li.entry').evaluateAll((lis) => lis.map((li) => {
    const kind = [...li.classList].find((c) => c.startsWith('entry-')).slice('entry-'.length);
    const meta = li.querySelector('.meta').innerText.trim();
    const who = meta.split('・').slice(1).join('・');
    const what = li.querySelector('strong').innerText.trim();
    const noteEl = li.querySelector('.pre-line');
    return { kind, who, what, note: noteEl ? noteEl.innerText.trim() : '' };
  }));
}

const actionsPanel = (page) => page.locator('section[aria-labelledby="act-heading"]');
async function actionButtons(page) {
  return (await actionsPanel(page).locator('button[name="action"]').allInnerTexts()).map((t) => t.trim());
}

// The "N件" count of the /issues list as it is now.
async function listTotal(page, query) {
  await goto(page, `/issues${query}`);
  const t = (await page.locator('p[role=status]').innerText()).trim();
  const m = t.replace(/,/g, '').match(/(\d+)/);
  assert.ok(m, `a count in "${t}"`);
  return Number(m[1]);
}
async function cardTitles(page) {
  return (await page.locator('.card-list .issue-card .card-title').allInnerTexts()).map((t) => t.trim());
}

function mails() { return readMails(server.dir); }
const changedMails = (to, title) => mails().filter((m) => m.to === to && m.subject === fill('mail.issue_changed_subject', { title }));
// The mails telling a level that an issue is now theirs: raised there, escalated from below,
// handed over by 協働推進課 or sent back by the level above.
const ARRIVALS = ['arrived', 'escalated', 'handed', 'returned'];
const arrivedMails = (to, title) => mails().filter((m) => m.to === to && ARRIVALS.some((k) => m.subject === fill(`mail.issue_${k}_subject`, { title })));

// The error summary lists exactly these fields; each message is next to its field.
async function assertFieldErrors(page, errors) {
  const summary = page.locator('.error-summary');
  assert.ok(await summary.isVisible(), 'the error summary is shown');
  for (const [field, message] of Object.entries(errors)) {
    assert.equal(await summary.locator(`a[href="#f-${field}"]`).count(), 1, `the summary links to #f-${field}`);
    assert.equal((await page.locator(`#e-${field}`).innerText()).trim(), message, `message next to ${field}`);
    assert.equal(await page.locator(`#f-${field}`).getAttribute('aria-invalid'), 'true', `${field} is marked invalid`);
  }
  assert.equal(await summary.locator('a').count(), Object.keys(errors).length,
    `exactly these fields are in the summary: ${Object.keys(errors).join(', ')}; got ${await summary.locator('a').allInnerTexts()}`);
}

// Fills the /issues/new form (already open). association: the value of a 自治会 option.
async function fillIssue(page, { title, description, category = '防災', association = '', address = '' }) {
  // The region's option reads "湯田（ゆだ）"; the 自治会 options "湯田：○○自治会".
  const regionName = (await page.locator('#f-region option:checked').innerText()).trim().replace(/（[^）]*）$/, '');
  if (association) {
    const label = (await page.locator(`#f-association option[value="${association}"]`).innerText()).trim();
    assert.ok(label.startsWith(`${regionName}：`), `the 自治会 is offered under ${regionName}: ${label}`);
    await page.locator('#f-association').selectOption(association);
  }
  await page.locator('#f-category').selectOption({ label: category });
  await page.locator('#f-title').fill(title);
  await page.locator('#f-description').fill(description);
  if (address) await page.locator('#f-address').fill(address);
  return { regionName };
}

// Clicks one of the officers' action buttons with a note; returns the POST's status.
async function act(page, moveKey, note = '') {
  await page.locator('#f-note').fill(note);
  return submit(page, button(actionsPanel(page), L('move', moveKey)));
}

const shared = {}; // ids and names made by earlier tests, used by later ones

// ---------------------------------------------------------------------------------------------
// 1. A resident raises an issue in their region's first 自治会.

describe('a resident raises an issue in their 自治会 with a photo', () => {
  const title = `避難路の階段に手すりがない ${RUN}`;
  const description = '湯田の避難所へ向かう坂道の階段に手すりがなく、高齢者が夜に避難するのは危険です。';
  const address = '湯田温泉の公園の北側の階段';

  test('the 自治会 officer\'s 自治会 is on their page', async () => {
    await as(ASSOC, async (page) => {
      await goto(page, '/me');
      await assertAccessible(page, '/me (自治会 officer)');
      const item = page.locator('ul.org-list li').filter({ hasText: `（${M['org_kind.association']}・` });
      assert.equal(await item.count(), 1, 'an officer of one 自治会');
      shared.assocId = (await item.locator('a').getAttribute('href')).match(/^\/orgs\/(\d+)$/)[1];
      shared.assocName = (await item.locator('a').innerText()).trim();
    });
  });

  test('an empty title: a Japanese error next to the field, the other values kept, nothing saved', async () => {
    await as(RESIDENT, async (page) => {
      const before = await listTotal(page, `?region=${SLUG}`);
      await goto(page, '/issues/new');
      await assertAccessible(page, '/issues/new');
      assert.equal(await page.locator('#f-region').inputValue(), SLUG, 'the home region is preselected');
      await fillIssue(page, { title: '', description, association: shared.assocId, address });
      await page.locator('#f-image1').setInputFiles({ name: 'stairs.png', mimeType: 'image/png', buffer: PNG });
      await page.locator('#f-alt1').fill('手すりのない石の階段');
      assert.equal(await submit(page, button(page, M['issue.submit'])), 400);
      await assertFieldErrors(page, { title: M['error.required'] });
      assert.equal(await page.locator('#f-region').inputValue(), SLUG);
      assert.equal(await page.locator('#f-association').inputValue(), shared.assocId, 'the 自治会 is kept');
      assert.equal((await page.locator('#f-category option:checked').innerText()).trim(), '防災');
      assert.equal(await page.locator('#f-description').inputValue(), description);
      assert.equal(await page.locator('#f-address').inputValue(), address);
      assert.equal(await page.locator('#f-alt1').inputValue(), '手すりのない石の階段');
      await assertAccessible(page, '/issues/new with an error');
      assert.equal(await listTotal(page, `?region=${SLUG}`), before, 'nothing was saved');
    });
  });

  test('a photo without its description: the error is at the alt field, nothing saved', async () => {
    await as(RESIDENT, async (page) => {
      const before = await listTotal(page, `?region=${SLUG}`);
      await goto(page, '/issues/new');
      await fillIssue(page, { title: `説明のない写真 ${RUN}`, description, association: shared.assocId });
      await page.locator('#f-image2').setInputFiles({ name: 'stairs.png', mimeType: 'image/png', buffer: PNG });
      assert.equal(await submit(page, button(page, M['issue.submit'])), 400);
      assert.equal((await page.locator('#e-alt2').innerText()).trim(), M['error.required']);
      assert.equal(await page.locator('#f-alt2').getAttribute('aria-invalid'), 'true');
      assert.equal((await page.locator('fieldset.images .notice').innerText()).trim(), M['post.reselect_images']);
      await assertAccessible(page, '/issues/new with a photo error');
      assert.equal(await listTotal(page, `?region=${SLUG}`), before, 'nothing was saved');
    });
  });

  test('the issue is raised at the 自治会 as 受付 with its photo; the reporter is not named', async () => {
    await as(RESIDENT, async (page) => {
      await goto(page, '/issues/new');
      const { regionName } = await fillIssue(page, { title, description, association: shared.assocId, address });
      shared.regionName = regionName;
      assert.equal((await page.locator('#f-association option:checked').innerText()).trim(), `${regionName}：${shared.assocName}`);
      await page.locator('#f-image1').setInputFiles({ name: 'stairs.png', mimeType: 'image/png', buffer: PNG });
      await page.locator('#f-alt1').fill('手すりのない石の階段');
      assert.equal(await submit(page, button(page, M['issue.submit'])), 303);
      await assertFlash(page, M['flash.issue_raised']);
      shared.id = issueIdOf(page);
      shared.title = title;
      await assertAccessible(page, 'the new issue');
      assert.equal((await page.locator('h1').innerText()).trim(), title);
      assert.equal((await page.locator('.issue .meta .tag').innerText()).trim(), '防災');
      assert.ok((await page.locator('.issue .meta').innerText()).includes(shared.assocName), 'the 自治会 is named');
      assert.deepEqual(await status(page), { state: L('state', 'new'), level: L('level', 'association'), holder: shared.assocName });
      assert.ok((await page.locator('article.issue').innerText()).includes(address));
      const img = page.locator('figure.post-image img');
      assert.equal(await img.count(), 1, 'the photo is shown');
      assert.equal(await img.getAttribute('alt'), '手すりのない石の階段');
      await img.scrollIntoViewIfNeeded();
      await page.waitForFunction(() => document.querySelector('figure.post-image img').complete);
      assert.equal(await img.evaluate((i) => i.naturalWidth), 40, 'the photo loads');
      const tl = await timeline(page);
      assert.equal(tl.length, 1);
      assert.deepEqual(tl[0], { kind: 'raise', who: M['issue.who_reporter'], what: M['issue.move_done.raise'], note: '' });
      // The reporter follows it from the start.
      assert.equal(await button(page, M['issue.unfollow']).count(), 1, 'the reporter follows the issue');
    });
    assert.equal(arrivedMails(ASSOC, title).length, 1, 'the 自治会 officer is told of the new issue');
    assert.equal(arrivedMails(COUNCIL, title).length, 0, 'the council is not told yet');
  });
});

// ---------------------------------------------------------------------------------------------
// 2. The 自治会 escalates it to the council.

describe('the 自治会 officer escalates it to the council (上位へ相談)', () => {
  test('it is in the 自治会 officer\'s work queue', async () => {
    await as(ASSOC, async (page) => {
      await goto(page, '/issues/queue');
      await assertAccessible(page, '/issues/queue (自治会)');
      const held = page.locator('section[aria-labelledby="held-heading"]');
      assert.equal(await held.locator(`a[href="/issues/${shared.id}"]`).count(), 1, 'listed under 対応する課題');
    });
  });

  test('上位へ相談する without a note: an error, the note empty, the state unchanged', async () => {
    await as(ASSOC, async (page) => {
      await openIssue(page, shared.id);
      assert.deepEqual(await actionButtons(page),
        ['start', 'resolve', 'escalate', 'decline'].map((k) => L('move', k)));
      assert.equal((await actionsPanel(page).locator('p', { hasText: M['issue.escalate_hint'] }).innerText()).trim(),
        M['issue.escalate_hint'] + L('level', 'council'), 'the next level is named');
      assert.equal(await act(page, 'escalate', ''), 400);
      assert.equal((await page.locator('#e-note').innerText()).trim(), M['error.issue_note']);
      assert.equal(await page.locator('#f-note').getAttribute('aria-invalid'), 'true');
      assert.equal(await page.locator('#f-note').inputValue(), '');
      assert.deepEqual(await status(page), { state: L('state', 'new'), level: L('level', 'association'), holder: shared.assocName });
      await assertAccessible(page, 'the issue with an action error');
    });
    await as(null, async (page) => {
      await openIssue(page, shared.id);
      assert.equal((await status(page)).level, L('level', 'association'), 'nothing changed');
      assert.equal((await timeline(page)).length, 1, 'no timeline entry was added');
    });
  });

  test('escalating with a reason: the council holds it as 受付; the 自治会 sees 上位へ相談', async () => {
    await as(ASSOC, async (page) => {
      await openIssue(page, shared.id);
      assert.equal(await act(page, 'escalate', '自治会だけでは手すりの設置費用を出せないため、協議会に相談します。'), 303);
      await assertFlash(page, M['flash.issue_escalate']);
      await assertAccessible(page, 'the escalated issue (自治会)');
      const s = await status(page);
      assert.equal(s.state, L('state', 'escalated'), 'the 自治会 sees 上位へ相談');
      assert.equal(s.level, L('level', 'council'));
      assert.equal(await actionButtons(page).then((b) => b.length), 0, 'the 自治会 can no longer act');
      shared.councilName = s.holder;
      assert.match(shared.councilName, new RegExp(shared.regionName));
      const tl = await timeline(page);
      assert.deepEqual(tl.at(-1), {
        kind: 'escalate',
        who: `${M['issue.who_association']}（${shared.assocName}）`,
        what: `${M['issue.move_done.escalate']}（${L('level', 'association')}・${L('state', 'new')} → ${L('level', 'council')}・${L('state', 'new')}）`,
        note: '自治会だけでは手すりの設置費用を出せないため、協議会に相談します。',
      });
      await goto(page, '/issues/queue');
      await assertAccessible(page, '/issues/queue (自治会, escalated)');
      const escalated = page.locator('section[aria-labelledby="escalated-heading"]');
      assert.equal(await escalated.locator(`a[href="/issues/${shared.id}"]`).count(), 1, 'listed under 上位へ相談中の課題');
      const held = page.locator('section[aria-labelledby="held-heading"]');
      assert.equal(await held.locator(`a[href="/issues/${shared.id}"]`).count(), 0, 'no longer held');
    });
    for (const who of [RESIDENT, null]) {
      await as(who, async (page) => {
        await openIssue(page, shared.id, `/issues/${shared.id} as ${who || 'anonymous'}`);
        assert.deepEqual(await status(page), { state: L('state', 'new'), level: L('level', 'council'), holder: shared.councilName });
        assert.equal(await actionsPanel(page).count(), 0, 'no actions');
      });
    }
    assert.equal(arrivedMails(COUNCIL, shared.title).length, 1, 'the council officer is told');
  });
});

// ---------------------------------------------------------------------------------------------
// 3. The council starts it and escalates it to the city.

describe('the council starts it and escalates it to the city', () => {
  test('対応を始める: 対応中 at the council', async () => {
    await as(COUNCIL, async (page) => {
      await goto(page, '/issues/queue');
      await assertAccessible(page, '/issues/queue (council)');
      assert.equal(await page.locator(`section[aria-labelledby="held-heading"] a[href="/issues/${shared.id}"]`).count(), 1);
      await openIssue(page, shared.id);
      assert.equal(await act(page, 'start', ''), 303);
      await assertFlash(page, M['flash.issue_start']);
      await assertAccessible(page, 'the started issue (council)');
      assert.deepEqual(await status(page), { state: L('state', 'in_progress'), level: L('level', 'council'), holder: shared.councilName });
    });
  });

  test('上位へ相談する with a note: it arrives at 防災危機管理課 as 受付, with the council', async () => {
    await as(COUNCIL, async (page) => {
      await openIssue(page, shared.id);
      assert.equal(await act(page, 'escalate', '坂道は市道のため、市の担当課と一緒に取り組みたいと考えます。'), 303);
      await assertFlash(page, M['flash.issue_escalate']);
      await assertAccessible(page, 'the issue escalated to the city (council)');
      const s = await status(page);
      assert.equal(s.state, L('state', 'escalated'), 'the council sees 上位へ相談');
      assert.equal(s.level, L('level', 'city'));
    });
    await as(null, async (page) => {
      await openIssue(page, shared.id);
      const s = await status(page);
      assert.equal(s.state, L('state', 'new'));
      assert.equal(s.level, L('level', 'city'));
      assert.ok(s.holder.startsWith(`${M['issue.city_name']} 防災危機管理課`), `held by 防災危機管理課: ${s.holder}`);
      assert.ok(s.holder.includes(shared.councilName), 'the council stays a party');
      assert.equal((await page.locator('ol.steps li[aria-current="step"]').innerText()).replace(/\s+/g, ' ').trim(), `${L('level', 'city')} 防災危機管理課`,
        'the current step is the city\'s department');
    });
    assert.equal(arrivedMails(BOSAI, shared.title).length, 1, '防災危機管理課 is told');
    assert.equal(arrivedMails(KOTSU, shared.title).length, 0, '交通政策課 is not');
  });
});

// ---------------------------------------------------------------------------------------------
// 4. The department and the council resolve it together.

describe('防災危機管理課 and the council resolve it together (協働で解決)', () => {
  const comment = '協議会で手すりの位置を住民と確認しました。設置の際は地域で周知します。';
  const resolution = '市道の階段の両側に手すりを設置しました（12月）。協議会が利用状況を確認します。';

  test('the department starts it; the council comments; the department resolves it with what was done', async () => {
    await as(BOSAI, async (page) => {
      await goto(page, '/issues/queue');
      await assertAccessible(page, '/issues/queue (防災危機管理課)');
      assert.equal(await page.locator(`section[aria-labelledby="held-heading"] a[href="/issues/${shared.id}"]`).count(), 1);
      await openIssue(page, shared.id);
      assert.deepEqual(await actionButtons(page), ['start', 'resolve', 'decline'].map((k) => L('move', k)),
        'no 上位へ相談する above the city');
      assert.equal(await actionsPanel(page).locator('p', { hasText: M['issue.escalate_hint'] }).count(), 0, 'no next level is named');
      assert.equal(await act(page, 'start', ''), 303);
      await assertFlash(page, M['flash.issue_start']);
      assert.equal((await status(page)).state, L('state', 'in_progress'));
    });
    await as(COUNCIL, async (page) => {
      await openIssue(page, shared.id);
      await page.locator('#f-comment').fill(comment);
      assert.equal(await submit(page, button(page, M['issue.comment_submit'])), 303);
      await assertFlash(page, M['flash.issue_commented']);
      await assertAccessible(page, 'the issue after a comment');
      assert.deepEqual((await timeline(page)).at(-1),
        { kind: 'comment', who: `${M['issue.who_council']}（${shared.councilName}）`, what: M['issue.move_done.comment'], note: comment });
    });
    await as(BOSAI, async (page) => {
      await openIssue(page, shared.id);
      assert.equal(await act(page, 'resolve', resolution), 303);
      await assertFlash(page, M['flash.issue_resolve']);
      await assertAccessible(page, 'the resolved issue');
      const s = await status(page);
      assert.equal(s.state, L('state', 'resolved'));
      assert.equal(s.level, L('level', 'city'));
      assert.equal((await page.locator('.issue-now .resolution').innerText()).trim(), `${M['issue.resolution']}：${resolution}`);
    });
  });

  test('the timeline shows every step with a role and an organisation, never a person', async () => {
    const city = `${M['issue.who_city']}（防災危機管理課）`;
    const councilWho = `${M['issue.who_council']}（${shared.councilName}）`;
    const step = (a, b) => `（${a[0]}・${a[1]} → ${b[0]}・${b[1]}）`;
    const [A, C, Y] = ['association', 'council', 'city'].map((k) => L('level', k));
    const [N, P, R] = ['new', 'in_progress', 'resolved'].map((k) => L('state', k));
    for (const who of [null, RESIDENT, BOSAI]) {
      await as(who, async (page) => {
        await openIssue(page, shared.id, `/issues/${shared.id} resolved, as ${who || 'anonymous'}`);
        const tl = await timeline(page);
        assert.deepEqual(tl.map((e) => [e.kind, e.who, e.what]), [
          ['raise', M['issue.who_reporter'], M['issue.move_done.raise']],
          ['escalate', `${M['issue.who_association']}（${shared.assocName}）`, M['issue.move_done.escalate'] + step([A, N], [C, N])],
          ['start', councilWho, M['issue.move_done.start'] + step([C, N], [C, P])],
          ['escalate', councilWho, M['issue.move_done.escalate'] + step([C, P], [Y, N])],
          ['start', city, M['issue.move_done.start'] + step([Y, N], [Y, P])],
          ['comment', councilWho, M['issue.move_done.comment']],
          ['resolve', city, M['issue.move_done.resolve'] + step([Y, P], [Y, R])],
        ]);
        assert.equal(tl.at(-1).note, resolution);
        const timelineText = await page.locator('section.timeline').innerText();
        assert.ok(!timelineText.includes(RESIDENT_NAME), 'the resident\'s name is not in the timeline');
        assert.ok(!timelineText.includes(RESIDENT), 'the resident\'s email is not in the timeline');
        if (who !== RESIDENT) {
          const html = await page.content();
          assert.ok(!html.includes(RESIDENT_NAME), `the resident's name is nowhere on the page (as ${who || 'anonymous'})`);
          assert.ok(!html.includes(RESIDENT), `the resident's email is nowhere on the page (as ${who || 'anonymous'})`);
        }
      });
    }
  });
});

// ---------------------------------------------------------------------------------------------
// 5. The resident is told at each step.

describe('the resident is told at each step by mail', () => {
  test('one mail per state change (escalate, start, escalate, start, resolve), none for the comment', () => {
    const got = changedMails(RESIDENT, shared.title);
    // What happened, then who holds it now and in which state, in plain words.
    const [N, P, R] = ['new', 'in_progress', 'resolved'].map((k) => L('state', k));
    const done = (k) => M[`issue.move_done.${k}`];
    const now = (holder, state) => `${M['issue.mail_now']}${holder}（${state}）`;
    const council = shared.councilName;
    const bosai = '山口市 防災危機管理課';
    const expected = [
      [done('escalate'), now(council, N)],
      [done('start'), now(council, P)],
      [done('escalate'), now(bosai, N)],
      [done('start'), now(bosai, P)],
      [done('resolve'), now(bosai, R)],
    ].map(([a, b]) => `${a}\n${b}`);
    assert.equal(got.length, expected.length, `mails to the resident: ${got.map((m) => m.body.split('\n')[3]).join(' | ')}`);
    for (const what of expected) {
      assert.equal(got.filter((m) => m.body.includes(what)).length, 1, `one mail says "${what}"`);
    }
    for (const m of got) {
      assert.ok(m.body.includes(`${server.url}/issues/${shared.id}`), 'the mail links to the issue');
    }
    assert.ok(got.some((m) => m.body.includes('市道の階段の両側に手すりを設置しました')), 'the resolution is in a mail');
  });

  test('the officers of each receiving level were told it is theirs', () => {
    for (const to of [ASSOC, COUNCIL, BOSAI]) {
      const got = arrivedMails(to, shared.title);
      assert.equal(got.length, 1, `one arrival mail to ${to}`);
      assert.ok(got[0].body.includes(`${server.url}/issues/${shared.id}`));
      assert.ok(!got[0].body.includes(RESIDENT_NAME) && !got[0].body.includes(RESIDENT), 'the reporter is not named');
    }
  });
});

// ---------------------------------------------------------------------------------------------
// 6. Permissions.

describe('permissions: only the holding level acts, in order', () => {
  const title = `公園の防災倉庫の鍵の管理 ${RUN}`;

  test('a second issue, raised without a 自治会, is held by the council', async () => {
    await as(RESIDENT, async (page) => {
      await goto(page, '/issues/new');
      await fillIssue(page, { title, description: '防災倉庫の鍵をだれが持っているか分かりません。', category: '防災' });
      assert.equal(await submit(page, button(page, M['issue.submit'])), 303);
      shared.second = issueIdOf(page);
      shared.secondTitle = title;
      assert.deepEqual(await status(page), { state: L('state', 'new'), level: L('level', 'council'), holder: shared.councilName });
    });
    assert.equal(arrivedMails(COUNCIL, title).length, 1);
    assert.equal(arrivedMails(ASSOC, title).length, 0, 'no 自治会 was named');
  });

  test('another region\'s council officer sees no actions; a forged transition gets 403', async () => {
    await as(OTHER_COUNCIL, async (page) => {
      await openIssue(page, shared.second, 'the issue as another region\'s council');
      assert.equal(await actionsPanel(page).count(), 0, 'no actions panel');
      assert.equal(await page.locator('button[name="action"]').count(), 0, 'no action buttons');
      assert.equal(await page.locator('#f-comment').count(), 0, 'no comment form');
      assert.equal(await postFromPage(page, `/issues/${shared.second}/transition`, { action: 'start', note: '' }), 403);
      assert.ok((await page.locator('main').innerText()).includes(M['error.issue_not_your_level']), 'the 403 page says why');
      await assertAccessible(page, 'the 403 page');
    });
    await as(null, async (page) => {
      await openIssue(page, shared.second);
      assert.equal((await status(page)).state, L('state', 'new'), 'unchanged');
      assert.equal((await timeline(page)).length, 1, 'no timeline entry was added');
    });
  });

  test('403 comes first, whatever is sent: a forged transition with an over-long note from another region', async () => {
    await as(OTHER_COUNCIL, async (page) => {
      await openIssue(page, shared.second);
      assert.equal(await postFromPage(page, `/issues/${shared.second}/transition`, { action: 'start', note: 'あ'.repeat(2001) }), 403,
        'a caller who may not act at this level is told so before the note is checked');
      assert.equal(await actionsPanel(page).count(), 0, 'no actions panel is shown to them');
    });
  });

  test('the resident who raised it cannot act: no buttons, a forged transition gets 403', async () => {
    await as(RESIDENT, async (page) => {
      await openIssue(page, shared.second);
      assert.equal(await actionsPanel(page).count(), 0);
      assert.equal(await postFromPage(page, `/issues/${shared.second}/transition`, { action: 'resolve', note: '自分で解決' }), 403);
    });
    await as(BOSAI, async (page) => {
      await openIssue(page, shared.second, 'a council-level issue as 防災危機管理課');
      assert.equal(await actionsPanel(page).count(), 0, 'the city cannot act before it is escalated');
      assert.equal(await postFromPage(page, `/issues/${shared.second}/transition`, { action: 'start', note: '' }), 403);
    });
    await as(null, async (page) => {
      await openIssue(page, shared.second);
      assert.equal((await status(page)).state, L('state', 'new'), 'unchanged');
    });
  });

  test('comments: the reporter as 報告者（住民）; an empty one is refused; another region\'s council gets 403', async () => {
    await as(RESIDENT, async (page) => {
      await openIssue(page, shared.second);
      assert.equal(await submit(page, button(page, M['issue.comment_submit'])), 400);
      assert.equal((await page.locator('#e-comment').innerText()).trim(), M['error.required']);
      assert.equal(await page.locator('#f-comment').getAttribute('aria-invalid'), 'true');
      await assertAccessible(page, 'the issue with a comment error');
      await page.locator('#f-comment').fill('倉庫の前に鍵の置き場所を書いた紙を貼ってほしいです。');
      assert.equal(await submit(page, button(page, M['issue.comment_submit'])), 303);
      await assertFlash(page, M['flash.issue_commented']);
      assert.deepEqual((await timeline(page)).at(-1), {
        kind: 'comment', who: M['issue.who_reporter'], what: M['issue.move_done.comment'],
        note: '倉庫の前に鍵の置き場所を書いた紙を貼ってほしいです。',
      });
    });
    await as(OTHER_COUNCIL, async (page) => {
      await openIssue(page, shared.second);
      assert.equal(await postFromPage(page, `/issues/${shared.second}/comment`, { note: '横から失礼します' }), 403);
      assert.ok((await page.locator('main').innerText()).includes(M['error.issue_comment_party']));
    });
    await as(null, async (page) => {
      await openIssue(page, shared.second);
      const tl = await timeline(page);
      assert.deepEqual(tl.map((e) => e.kind), ['raise', 'comment'], 'only the reporter\'s comment was added');
      const html = await page.content();
      assert.ok(!html.includes(RESIDENT_NAME) && !html.includes(RESIDENT), 'the reporter is not named');
    });
  });

  test('reopening an open issue as the holder: 409 with the Japanese message, nothing changed', async () => {
    await as(COUNCIL, async (page) => {
      await openIssue(page, shared.second);
      assert.ok(!(await actionButtons(page)).includes(L('move', 'reopen')), 'no reopen button on an open issue');
      assert.equal(await postFromPage(page, `/issues/${shared.second}/transition`, { action: 'reopen', note: '' }), 409);
      assert.equal((await page.locator('#e-note').innerText()).trim(), fill('error.issue_transition', { state: L('state', 'new') }));
      assert.equal((await status(page)).state, L('state', 'new'));
      await assertAccessible(page, 'the issue with a 409 message');
    });
    await as(null, async (page) => {
      await openIssue(page, shared.second);
      assert.equal((await timeline(page)).length, 2, 'no timeline entry was added');
    });
  });
});

// ---------------------------------------------------------------------------------------------
// 7. Reopen.

describe('a resolved issue reopened by the holding level', () => {
  test('防災危機管理課 reopens it: 対応中 at the city', async () => {
    await as(BOSAI, async (page) => {
      await openIssue(page, shared.id);
      assert.deepEqual(await actionButtons(page), [L('move', 'reopen')], 'only 再開する on a resolved issue');
      assert.equal(await act(page, 'reopen', '手すりの一部がぐらつくとの連絡があったため再開します。'), 303);
      await assertFlash(page, M['flash.issue_reopen']);
      await assertAccessible(page, 'the reopened issue');
      const s = await status(page);
      assert.equal(s.state, L('state', 'in_progress'));
      assert.equal(s.level, L('level', 'city'));
      assert.equal(await page.locator('.issue-now .resolution').count(), 0, 'no resolution while open again');
      const last = (await timeline(page)).at(-1);
      assert.equal(last.kind, 'reopen');
      assert.equal(last.who, `${M['issue.who_city']}（防災危機管理課）`);
    });
    assert.equal(changedMails(RESIDENT, shared.title).length, 6, 'the resident is told of the reopening too');
  });

  test('the 自治会 that escalated it can still see it and comment at city level', async () => {
    await as(ASSOC, async (page) => {
      await openIssue(page, shared.id, 'the city-level issue as the 自治会');
      assert.equal((await status(page)).state, L('state', 'escalated'), 'open above it: 上位へ相談');
      assert.equal(await actionsPanel(page).count(), 0, 'no actions for the 自治会');
      await page.locator('#f-comment').fill('自治会の回覧で再開を知らせます。');
      assert.equal(await submit(page, button(page, M['issue.comment_submit'])), 303);
      await assertFlash(page, M['flash.issue_commented']);
      assert.deepEqual((await timeline(page)).at(-1), {
        kind: 'comment', who: `${M['issue.who_association']}（${shared.assocName}）`, what: M['issue.move_done.comment'],
        note: '自治会の回覧で再開を知らせます。',
      });
    });
  });
});

describe('a declined issue reopened by the next level up', () => {
  const title = '公園の駐車場に不法投棄';

  test('佐山\'s council reopens the 自治会\'s declined demo issue: back at the 自治会 as 受付', async () => {
    let id;
    await as(council('sayama'), async (page) => {
      await goto(page, '/issues?region=sayama&state=declined');
      const link = page.locator('.card-list .card-title a', { hasText: '公民館の駐車場に不法投棄' });
      assert.equal(await link.count(), 1, 'the declined demo issue of 佐山');
      await clickAndWait(page, link);
      id = issueIdOf(page);
      await assertAccessible(page, 'the declined demo issue as the council');
      const before = await status(page);
      assert.equal(before.state, L('state', 'declined'));
      assert.equal(before.level, L('level', 'association'));
      assert.deepEqual(await actionButtons(page), [L('move', 'reopen')], 'the level above may only reopen it');
      assert.equal(await act(page, 'reopen', '持ち主が引き取っていないため、自治会で対応をお願いします。'), 303);
      await assertFlash(page, M['flash.issue_reopen']);
      const after = await status(page);
      assert.equal(after.state, L('state', 'new'));
      assert.equal(after.level, L('level', 'association'), 'it stays at the 自治会');
      assert.equal(after.holder, before.holder);
      const last = (await timeline(page)).at(-1);
      assert.equal(last.kind, 'reopen');
      assert.match(last.who, new RegExp(`^${M['issue.who_council']}（.+）$`));
      assert.equal(last.what, `${M['issue.move_done.reopen']}（${L('level', 'association')}・${L('state', 'declined')} → ${L('level', 'association')}・${L('state', 'new')}）`);
    });
    assert.equal(arrivedMails(association('sayama'), title.replace('公園', '公民館')).length, 1, 'the 自治会 officer is told it is back');
    assert.equal(changedMails(resident('sayama'), '公民館の駐車場に不法投棄').length, 1, 'the demo reporter is told');
    await as(association('sayama'), async (page) => {
      await openIssue(page, id);
      assert.ok((await actionButtons(page)).includes(L('move', 'start')), 'the 自治会 can act again');
    });
  });
});

describe('overdue issues in the work queues', () => {
  test('秋穂\'s council sees its overdue issue marked; 協働推進課 sees every overdue issue of the city', async () => {
    await as(council('aio'), async (page) => {
      await goto(page, '/issues/queue');
      await assertAccessible(page, '/issues/queue (秋穂 council)');
      const held = page.locator('section[aria-labelledby="held-heading"] .issue-card');
      assert.equal((await held.first().locator('.card-title').innerText()).trim(), '移動販売の回数を増やしてほしい', 'overdue first');
      assert.equal((await held.first().locator('.overdue').innerText()).trim(), M['issue.overdue']);
      assert.equal(await page.locator('#overdue-heading').count(), 0, 'no city-wide list for a council');
    });
    await as(CITY, async (page) => {
      await goto(page, '/issues/queue');
      await assertAccessible(page, '/issues/queue (協働推進課)');
      const all = page.locator('section[aria-labelledby="overdue-heading"]');
      assert.equal(await all.count(), 1, 'the city-wide overdue list');
      const titles = (await all.locator('.card-title').allInnerTexts()).map((t) => t.trim());
      assert.ok(titles.includes('移動販売の回数を増やしてほしい'), `the council-level overdue issue: ${titles}`);
      assert.ok(titles.includes('避難所の案内表示が分かりにくい'), `the city-level overdue issue: ${titles}`);
      assert.equal(await all.locator('.overdue').count(), titles.length, 'each marked overdue');
    });
  });
});

// ---------------------------------------------------------------------------------------------
// 8. Follow and 同じ課題がある.

describe('follow, unfollow and 同じ課題がある once per person', () => {
  const FOLLOWER = resident('ogori');

  test('a follower is mailed on a state change; after unfollowing, not any more', async () => {
    await as(FOLLOWER, async (page) => {
      await openIssue(page, shared.second);
      assert.equal(await submit(page, button(page, M['issue.follow'])), 303);
      await assertFlash(page, M['flash.issue_followed']);
      assert.equal((await page.locator('section[aria-labelledby="together-heading"] .hint').innerText()).trim(), M['issue.following_hint']);
      assert.equal(await button(page, M['issue.unfollow']).count(), 1);
      await assertAccessible(page, 'the issue, following');
    });
    await as(COUNCIL, async (page) => {
      await openIssue(page, shared.second);
      assert.equal(await act(page, 'start', ''), 303);
    });
    assert.equal(changedMails(FOLLOWER, shared.secondTitle).length, 1, 'the follower is told');
    await as(FOLLOWER, async (page) => {
      await openIssue(page, shared.second);
      assert.equal(await submit(page, button(page, M['issue.unfollow'])), 303);
      await assertFlash(page, M['flash.issue_unfollowed']);
      assert.equal(await button(page, M['issue.follow']).count(), 1);
      assert.equal(await page.locator('section[aria-labelledby="together-heading"] .hint').count(), 0);
    });
    await as(COUNCIL, async (page) => {
      await openIssue(page, shared.second);
      assert.equal(await act(page, 'resolve', '鍵は自治会長と協議会事務局で1本ずつ保管することにしました。'), 303);
    });
    assert.equal(changedMails(FOLLOWER, shared.secondTitle).length, 1, 'no mail after unfollowing');
    assert.equal(changedMails(RESIDENT, shared.secondTitle).length, 2, 'the reporter still follows');
  });

  test('同じ課題がある counts once; a second forged attempt gets 409 and the count is unchanged', async () => {
    // 「同じことで困っている人：N人」
    const count = async (page) => Number((await page.locator('section[aria-labelledby="together-heading"] p').first().innerText()).match(/(\d+)/)[1]);
    let before;
    await as(null, async (page) => {
      await openIssue(page, shared.second);
      before = await count(page);
      assert.equal(await button(page, M['issue.metoo']).count(), 0, 'anonymous people cannot press it');
      assert.equal((await page.locator(`a:text-is("${M['issue.login_to_follow']}")`).count()), 1);
    });
    await as(resident('niho'), async (page) => {
      await openIssue(page, shared.second);
      assert.equal(await submit(page, button(page, M['issue.metoo'])), 303);
      await assertFlash(page, M['flash.issue_metoo']);
      assert.equal(await count(page), before + 1);
      assert.equal(await button(page, M['issue.metoo']).count(), 0, 'the button is gone');
      assert.ok((await page.locator('section[aria-labelledby="together-heading"]').innerText()).includes(M['issue.metoo_done']));
      await assertAccessible(page, 'the issue after 同じ課題がある');
      assert.equal(await postFromPage(page, `/issues/${shared.second}/metoo`), 409);
      assert.ok((await page.locator('main').innerText()).includes(M['error.issue_metoo_twice']), 'the 409 page says why');
      await assertAccessible(page, 'the 409 page');
    });
    await as(null, async (page) => {
      await openIssue(page, shared.second);
      assert.equal(await count(page), before + 1, 'counted once');
    });
  });
});

// ---------------------------------------------------------------------------------------------
// 9. The secretariat hands a city-level issue to another department.

describe('協働推進課 hands a city-level issue to another department', () => {
  test('only the secretariat sees the hand-over form; a forged hand-over by a department gets 403', async () => {
    await as(BOSAI, async (page) => {
      await openIssue(page, shared.id);
      assert.equal(await page.locator('#handover-heading').count(), 0);
      const kotsuId = await as(CITY, async (p) => {
        await goto(p, `/issues/${shared.id}`);
        return p.locator('#f-department option', { hasText: '交通政策課' }).getAttribute('value');
      });
      assert.equal(await postFromPage(page, `/issues/${shared.id}/handover`, { department: kotsuId, handover_note: '' }), 403);
      assert.ok((await page.locator('main').innerText()).includes(M['error.issue_handover_secretariat']));
    });
    await as(null, async (page) => {
      await openIssue(page, shared.id);
      assert.ok((await status(page)).holder.startsWith(`${M['issue.city_name']} 防災危機管理課`), 'unchanged');
    });
  });

  test('to 交通政策課: the holder changes, it is 受付 there, the timeline shows it', async () => {
    await as(CITY, async (page) => {
      await openIssue(page, shared.id, 'the issue as 協働推進課');
      assert.ok((await actionButtons(page)).length > 0, 'the secretariat can act on any city-level issue');
      const options = (await page.locator('#f-department option').allInnerTexts()).map((t) => t.trim());
      assert.ok(options.includes('交通政策課'));
      assert.ok(!options.includes('防災危機管理課'), 'not the department holding it now');
      await page.locator('#f-department').selectOption({ label: '交通政策課' });
      await page.locator('#f-handover_note').fill('坂道の交通安全とあわせて検討をお願いします。');
      assert.equal(await submit(page, button(page, M['issue.handover_submit'])), 303);
      await assertFlash(page, M['flash.issue_handover']);
      await assertAccessible(page, 'the handed-over issue');
      const s = await status(page);
      assert.equal(s.state, L('state', 'new'));
      assert.ok(s.holder.startsWith(`${M['issue.city_name']} 交通政策課`), s.holder);
      const last = (await timeline(page)).at(-1);
      assert.equal(last.kind, 'handover');
      assert.equal(last.who, `${M['issue.who_city']}（協働推進課）`);
      assert.equal(last.what, `${M['issue.move_done.handover']}（${L('level', 'city')}・${L('state', 'in_progress')} → ${L('level', 'city')}・${L('state', 'new')}）`);
      assert.ok(last.note.includes(fill('issue.handover_note', { from: '防災危機管理課', to: '交通政策課' })), last.note);
      assert.ok(last.note.includes('坂道の交通安全とあわせて検討をお願いします。'));
    });
    assert.equal(arrivedMails(KOTSU, shared.title).length, 1, '交通政策課 is told');
    await as(KOTSU, async (page) => {
      await openIssue(page, shared.id, 'the issue as 交通政策課');
      assert.ok((await actionButtons(page)).includes(L('move', 'start')), '交通政策課 can act now');
    });
    await as(BOSAI, async (page) => {
      await openIssue(page, shared.id);
      assert.equal(await actionsPanel(page).count(), 0, '防災危機管理課 no longer acts');
    });
  });
});

// ---------------------------------------------------------------------------------------------
// 10. The list's filters and the city-wide dashboard.

describe('/issues filters and the dashboard', () => {
  test('the filter form narrows the list by region, level, state and category', async () => {
    await as(null, async (page) => {
      const all = await listTotal(page, '');
      await assertAccessible(page, '/issues');
      await page.locator('#f-region').selectOption(SLUG);
      await clickAndWait(page, button(page, M['filter.submit']));
      assert.equal(new URL(page.url()).searchParams.get('region'), SLUG);
      await assertAccessible(page, '/issues?region=yuda');
      const inYuda = await cardTitles(page);
      assert.ok(inYuda.includes(shared.title) && inYuda.includes(shared.secondTitle), `both issues of 湯田: ${inYuda}`);
      const regions = (await page.locator('.card-list .issue-card .meta a').allInnerTexts()).map((t) => t.trim());
      assert.ok(regions.every((r) => r === shared.regionName), `only 湯田: ${regions}`);
      assert.ok(inYuda.length < all, 'fewer than all');
      const html = await page.content();
      assert.ok(!html.includes(RESIDENT_NAME) && !html.includes(RESIDENT), 'the list does not name the reporter');

      await page.locator('#f-level').selectOption('city');
      await clickAndWait(page, button(page, M['filter.submit']));
      assert.deepEqual(await cardTitles(page), [shared.title], 'the city-level one');
      assert.equal(await page.locator('#f-level').inputValue(), 'city', 'the filter is kept');

      await goto(page, `/issues?region=${SLUG}&state=resolved`);
      assert.deepEqual(await cardTitles(page), [shared.secondTitle], 'the resolved one');
      await goto(page, `/issues?region=${SLUG}&state=new`);
      assert.deepEqual(await cardTitles(page), [shared.title], 'the one 受付 at 交通政策課');

      await goto(page, '/issues?category=kaimono');
      const kaimono = await cardTitles(page);
      assert.ok(kaimono.includes('移動販売の回数を増やしてほしい'));
      const tags = (await page.locator('.card-list .issue-card .tag').allInnerTexts()).map((t) => t.trim());
      assert.ok(tags.length > 0 && tags.every((t) => t === '買い物・生活'), `only 買い物・生活: ${tags}`);
      await assertAccessible(page, '/issues?category=kaimono');
    });
  });

  test('overdue=1 lists the demo issue past its target (秋穂, 移動販売) and nothing that is not overdue', async () => {
    await as(null, async (page) => {
      await goto(page, '/issues');
      await page.locator('#f-overdue').check();
      await clickAndWait(page, button(page, M['filter.submit']));
      assert.equal(new URL(page.url()).searchParams.get('overdue'), '1');
      await assertAccessible(page, '/issues?overdue=1');
      const titles = await cardTitles(page);
      assert.ok(titles.includes('移動販売の回数を増やしてほしい'), `overdue: ${titles}`);
      assert.ok(!titles.includes(shared.title), 'the issue that just arrived at 交通政策課 is not overdue');
      const cards = page.locator('.card-list .issue-card');
      assert.equal(await cards.locator('.overdue').count(), await cards.count(), 'every card says 目安を過ぎています');
      assert.ok(await page.locator('#f-overdue').isChecked(), 'the checkbox stays checked');
      const card = cards.filter({ hasText: '移動販売の回数を増やしてほしい' });
      assert.ok((await card.innerText()).includes('秋穂'));
    });
  });

  test('the dashboard: a row per region (21) and an SVG chart with role="img" and a title', async () => {
    await as(null, async (page) => {
      await goto(page, '/issues/dashboard');
      await assertAccessible(page, '/issues/dashboard');
      const rows = page.locator('table.data-table tbody tr');
      assert.equal(await rows.count(), 21);
      const yuda = rows.filter({ has: page.locator(`th a[href="/issues?region=${SLUG}"]`) });
      assert.equal(await yuda.count(), 1);
      assert.equal((await yuda.locator('td').last().innerText()).trim(), '2', '湯田 has this run\'s two issues');
      // The overdue counts per level match the lists they link to.
      const links = page.locator('section[aria-labelledby="overdue-heading"] li a');
      assert.equal(await links.count(), 3);
      const overdue = [];
      for (let k = 0; k < 3; k++) {
        const text = (await links.nth(k).innerText()).trim();
        overdue.push([text, await links.nth(k).getAttribute('href')]);
      }
      assert.deepEqual(overdue.map(([t]) => t.split('：')[0]), ['association', 'council', 'city'].map((k) => L('level', k)));
      for (const [text, href] of overdue) {
        const n = Number(text.split('：')[1].replace(M['issue.count_unit'], ''));
        assert.equal(await listTotal(page, href.replace(/^\/issues/, '')), n, `${text} matches ${href}`);
      }
      assert.ok(Number(overdue[2][0].split('：')[1].replace(M['issue.count_unit'], '')) >= 1, 'the city has an overdue demo issue (小郡)');
      await goto(page, '/issues/dashboard');
      const svg = page.locator('svg.chart');
      assert.equal(await svg.count(), 1);
      assert.equal(await svg.getAttribute('role'), 'img');
      const titleId = await svg.getAttribute('aria-labelledby');
      assert.equal((await svg.locator(`title#${titleId}`).textContent()).trim(), M['issue.chart_title']);
      assert.equal(await svg.locator('text').count(), 18, 'a label and a count for each of the 9 categories');
    });
  });
});

// ---------------------------------------------------------------------------------------------
// 11. Similar issues in other regions.

describe('similar issues in other regions', () => {
  test('阿東\'s bus issue shows 阿知須\'s resolved bench issue with what was done', async () => {
    await as(null, async (page) => {
      await goto(page, '/issues?region=ato&category=kotsu');
      const link = page.locator('.card-list a', { hasText: '路線バスの減便で通院が難しい' });
      assert.equal(await link.count(), 1);
      await clickAndWait(page, link);
      await assertAccessible(page, 'the 阿東 bus issue');
      const section = page.locator('section[aria-labelledby="similar-heading"]');
      assert.equal((await section.locator('h2').innerText()).trim(), M['issue.similar_heading']);
      const item = section.locator('.similar-list li').filter({ hasText: 'バス停にベンチがほしい' });
      assert.equal(await item.count(), 1, 'the bench issue is listed');
      const t = await item.innerText();
      assert.ok(t.includes('阿知須') && t.includes(L('state', 'resolved')), t);
      assert.ok(t.includes('ベンチを2基設置しました'), `how it was solved: ${t}`);
      const regions = await section.locator('.similar-list li').allInnerTexts();
      assert.ok(regions.every((r) => !r.includes('（阿東・')), 'none from 阿東 itself');
    });
  });
});

// ---------------------------------------------------------------------------------------------
// 12. A narrow screen.

describe('no sideways scrolling at 390 px', () => {
  for (const [name, who] of [['anonymous', null], ['an officer with actions', KOTSU], ['the secretariat', CITY]]) {
    test(`the issue page (${name})`, async () => {
      await as(who, async (page) => {
        await goto(page, `/issues/${shared.id}`);
        await assertNoHorizontalScroll(page, 390, `/issues/${shared.id} as ${name}`);
        await assertAccessible(page, `/issues/${shared.id} at 390px as ${name}`);
      }, 390);
    });
  }
  test('the list and the dashboard', async () => {
    await as(null, async (page) => {
      for (const p of ['/issues', '/issues/dashboard']) {
        await goto(page, p);
        await assertNoHorizontalScroll(page, 390, p);
      }
    }, 390);
  });
});

// ---------------------------------------------------------------------------------------------
// 13. The city administrator's settings.

describe('/admin/issues: the city administrator\'s settings', () => {
  test('others may not open it', async () => {
    await as(COUNCIL, async (page) => {
      await goto(page, '/admin/issues', 403);
      await assertAccessible(page, '/admin/issues as a council officer');
    });
  });

  test('a bad number (0, 400) gives a Japanese error next to the field and keeps the values', async () => {
    await as(CITYADMIN, async (page) => {
      await goto(page, '/admin/issues');
      await assertAccessible(page, '/admin/issues');
      for (const bad of ['0', '400']) {
        await page.locator('#f-target_association').fill('10');
        await page.locator('#f-target_council').fill(bad);
        assert.equal(await submit(page, button(page, M['form.submit_save'])), 400);
        await assertFieldErrors(page, { target_council: fill('error.number_range', { min: '1', max: '365' }) });
        assert.equal(await page.locator('#f-target_council').inputValue(), bad, 'the bad value is kept');
        assert.equal(await page.locator('#f-target_association').inputValue(), '10', 'the other values are kept');
        assert.equal((await page.locator('#f-dept_bosai option:checked').innerText()).trim(), '防災危機管理課');
        await assertAccessible(page, `/admin/issues with ${bad}`);
      }
      await goto(page, '/admin/issues');
      assert.equal(await page.locator('#f-target_council').inputValue(), '14', 'nothing was saved');
      assert.equal(await page.locator('#f-target_association').inputValue(), '14');
    });
  });

  test('the council target set to 7 days is saved and used for a new issue', async () => {
    await as(CITYADMIN, async (page) => {
      await goto(page, '/admin/issues');
      await page.locator('#f-target_council').fill('7');
      assert.equal(await submit(page, button(page, M['form.submit_save'])), 303);
      await assertFlash(page, M['flash.issue_settings_saved']);
      await assertAccessible(page, '/admin/issues saved');
      assert.equal(await page.locator('#f-target_council').inputValue(), '7');
      assert.equal(await page.locator('#f-target_association').inputValue(), '14', 'the others unchanged');
      assert.equal((await page.locator('#f-dept_bosai option:checked').innerText()).trim(), '防災危機管理課');
    });
    await as(RESIDENT, async (page) => {
      await goto(page, '/issues/new');
      await fillIssue(page, { title: `掲示板が古い ${RUN}`, description: '地域の掲示板が傷んでいます。', category: '地域づくり' });
      assert.equal(await submit(page, button(page, M['issue.submit'])), 303);
      assert.equal((await status(page)).level, L('level', 'council'));
      const due = (await page.locator('.issue-now p').filter({ hasText: M['issue.due'] }).innerText()).trim();
      assert.equal(due, `${M['issue.due']}：${jstLongDate(7)}`, 'a week to the first response at the council');
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Demo data: every demo story is there.

describe('demo data', () => {
  test('the 大殿 demo issue (ごみ集積所のカラス被害) is listed under 大殿', async () => {
    await as(null, async (page) => {
      await goto(page, '/issues?region=otono');
      assert.ok((await cardTitles(page)).includes('ごみ集積所のカラス被害'), 'the demo issue of 大殿 is seeded');
    });
  });
});
