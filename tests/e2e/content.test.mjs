// End-to-end tests of the regional information platform (issue 3): posts with Markdown and
// images, residents' posts and the council's review desk, comments and reports, events with
// sign-up and waitlist, Atom and iCalendar feeds (parsed by standard parsers), the open data
// CSVs and their import, Japanese search and the JSON API; in Debian's Chromium driven by
// playwright-core, with axe-core for accessibility.
//
//   cd /work/main && node --test --test-concurrency=1 tests/e2e/content.test.mjs
//
// One server (fresh SQLite with demo data; a fresh PostgreSQL database instead when
// TSUNAGU_CONTENT_PG=1 and TSUNAGU_TEST_PG is set) and one browser for the whole file. The
// describe blocks run in order and share that server; each flow makes its own records (titles
// carry a per-run mark) and reads counts from the server at the time. Search is run once more
// on a fresh PostgreSQL database when TSUNAGU_TEST_PG is set (scripts/test sets it).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { BIN, Client, DEMO_PASSWORD, startServer, readMails } from './harness.mjs';
import {
  M, button, makePng, submit, assertAccessible, assertFlash, assertNoHorizontalScroll, clickAndWait, kit, launchBrowser,
  stopServer,
} from './browser_kit.mjs';

const council = (slug) => `council-${slug}@example.jp`;
const resident = (slug) => `resident-${slug}@example.jp`;
const NPO_EDITOR = 'npo-editor@example.jp';
const RUN = Date.now().toString(36).slice(-5); // keeps this run's titles apart
const msg = (key, values) => Object.entries(values).reduce((s, [k, v]) => s.replaceAll(`{${k}}`, v), M[key]);

// The exact header lines of the issue (自治体標準オープンデータセット).
const EVENTS_HEADER = '都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,イベント名,イベント名_カナ,イベント名_英語,開始日,終了日,開始時間,終了時間,開始日時特記事項,説明,料金(基本),料金(詳細),連絡先名称,連絡先電話番号,連絡先内線番号,主催者,場所名称,住所,方書,緯度,経度,アクセス方法,駐車場情報,定員,参加申込終了日,参加申込終了時間,参加申込方法,URL,備考';
const FACILITIES_HEADER = '都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,名称,名称_カナ,名称_通称,POIコード,住所,方書,緯度,経度,電話番号,内線番号,法人番号,団体名,利用可能曜日,開始時間,終了時間,利用可能日時特記事項,説明,バリアフリー情報,URL,備考';
const ATTENDEES_HEADER = '番号,氏名,メールアドレス,状態,申込日時';

// ---- PostgreSQL: a fresh database in the throw-away cluster of TSUNAGU_TEST_PG ----------------

const PG_BIN = (() => {
  try {
    const dirs = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(a) - Number(b));
    return dirs.length ? `/usr/lib/postgresql/${dirs[dirs.length - 1]}/bin` : null;
  } catch { return null; }
})();
const pgDatabases = [];
function freshPgDb(name) {
  const u = new URL(process.env.TSUNAGU_TEST_PG);
  const db = `${name}_${process.pid}_${RUN}`.replace(/[^a-z0-9_]/g, '_');
  execFileSync(`${PG_BIN}/createdb`, ['-h', u.hostname, '-p', u.port, '-U', u.username || 'tsunagu', db], { stdio: 'pipe' });
  pgDatabases.push({ u, db });
  u.pathname = `/${db}`;
  return u.toString();
}
function dropPgDatabases() {
  for (const { u, db } of pgDatabases) {
    spawnSync(`${PG_BIN}/dropdb`, ['-h', u.hostname, '-p', u.port, '-U', u.username || 'tsunagu', '--if-exists', db], { stdio: 'pipe' });
  }
}
const ON_PG = process.env.TSUNAGU_CONTENT_PG === '1' && !!process.env.TSUNAGU_TEST_PG;

// ---- Fixtures -------------------------------------------------------------------------------

const PNG = makePng(40, 30);

// Today + n days in Asia/Tokyo, YYYY-MM-DD.
function jstDate(n = 0) { return new Date(Date.now() + 9 * 3600 * 1000 + n * 86400000).toISOString().slice(0, 10); }

// ---- Server, browser and helpers ------------------------------------------------------------

let server;
let browser;
const { url, goto, contextFor, pageFor, as } = kit(() => server, () => browser);
const tokens = {};

before(async () => {
  server = await startServer(ON_PG ? { db: freshPgDb('content') } : {});
  browser = await launchBrowser();
});

after(async () => {
  if (browser) await browser.close();
  if (server) await stopServer(server);
  dropPgDatabases();
});


async function getJson(p, token) {
  const res = await fetch(url(p), { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, body: await res.json() };
}
async function postJson(p, body, token) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(url(p), { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}
async function text(p) {
  const res = await fetch(url(p));
  return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
}
function token(email) {
  if (!tokens[email]) {
    const out = execFileSync(BIN, ['token', 'create', '--user', email, '--db', server.db], { encoding: 'utf8' });
    tokens[email] = out.trim().split('\n').pop();
    assert.match(tokens[email], /^[0-9a-f]{64}$/);
  }
  return tokens[email];
}
async function searchApi(q, extra = '') {
  const r = await getJson(`/api/v1/search?q=${encodeURIComponent(q)}${extra}`);
  assert.equal(r.status, 200, `search ${q}: ${JSON.stringify(r.body)}`);
  return r.body;
}
async function postsTotal(region) {
  return (await getJson(`/api/v1/posts?region=${region}&per_page=1`)).body.total;
}
async function eventsTotal(region) {
  return (await getJson(`/api/v1/events?region=${region}&per_page=1`)).body.total;
}

// Every mail the server wrote, decoded (see matching.test.mjs).
function mails() {
  return readMails(server.dir);
}
const mailsTo = (to, subjectKey) => mails().filter((m) => m.to === to && m.subject === M[subjectKey]);

// The error summary lists exactly these fields; each message is next to its field.
async function assertFieldErrors(page, errors) {
  const summary = page.locator('.error-summary');
  assert.ok(await summary.isVisible(), 'the error summary is shown');
  for (const [field, message] of Object.entries(errors)) {
    assert.equal(await summary.locator(`a[href="#f-${field}"]`).count(), 1, `the summary links to #f-${field}`);
    const shown = (await page.locator(`#e-${field}`).innerText()).trim();
    if (message instanceof RegExp) assert.match(shown, message, `message next to ${field}`);
    else assert.equal(shown, message, `message next to ${field}`);
    assert.equal(await page.locator(`#f-${field}`).getAttribute('aria-invalid'), 'true', `${field} is marked invalid`);
  }
  assert.equal(await summary.locator('a').count(), Object.keys(errors).length,
    `exactly these fields are in the summary: ${Object.keys(errors).join(', ')}; got ${await summary.locator('a').allInnerTexts()}`);
}

// Fills the post form (a fresh /posts/new page).
async function fillPost(page, { title, category = '防災', body, tags = '' }) {
  await page.locator('#f-title').fill(title);
  await page.locator('#f-category').selectOption({ label: category });
  await page.locator('#f-body').fill(body);
  await page.locator('#f-tags').fill(tags);
}
const postIdOf = (page) => Number(new URL(page.url()).pathname.match(/^\/posts\/(\d+)$/)[1]);
const eventIdOf = (page) => Number(new URL(page.url()).pathname.match(/^\/events\/(\d+)$/)[1]);

const MARKDOWN = [
  '## 避難所の開設手順',
  '',
  '- 受付を設ける',
  '- 避難者名簿を作る',
  '- 段ボールベッドを組み立てる',
  '',
  '<script>alert("xss")</script>',
  '',
  '[危ないリンク](javascript:alert(1)) と <a href="javascript:alert(2)">生のリンク</a>',
].join('\n');

const shared = {}; // ids made by earlier tests, used by later ones

// ---------------------------------------------------------------------------------------------
// 1. A council officer writes a post with Markdown, tags and an image.

describe('a council officer publishes a post with Markdown and an image (Chromium)', () => {
  const title = `陶地域 避難所開設の手引き ${RUN}`;

  test('the published page shows the Markdown safely and the image with its size and alt text', async () => {
    await as(council('sue'), async (page) => {
      await goto(page, '/posts/new');
      assert.notEqual(await page.locator('#f-org').inputValue(), '', 'the council is the default author');
      assert.equal(await page.locator('#f-region').inputValue(), 'sue');
      await fillPost(page, { title, body: MARKDOWN, tags: '避難所、訓練 #防災' });
      await page.locator('#f-image1').setInputFiles({ name: 'shelter.png', mimeType: 'image/png', buffer: PNG });
      await page.locator('#f-alt1').fill('体育館に並んだ段ボールベッド');
      assert.equal(await submit(page, button(page, M['post.publish'])), 303);
      await assertFlash(page, M['flash.post_published']);
      shared.councilPost = postIdOf(page);
      assert.equal((await page.locator('h1').innerText()).trim(), title);
      const body = page.locator('.post-body');
      assert.equal((await body.locator('h2').innerText()).trim(), '避難所の開設手順');
      assert.deepEqual((await body.locator('ul > li').allInnerTexts()).map((t) => t.trim()),
        ['受付を設ける', '避難者名簿を作る', '段ボールベッドを組み立てる']);
      assert.equal(await page.locator('.post-body script').count(), 0, 'no script element in the body');
      assert.ok(!(await body.innerHTML()).includes('<script'), 'no script markup in the body');
      assert.equal(await page.locator('a[href^="javascript:" i]').count(), 0, 'no javascript: link');
      assert.equal(await page.evaluate(() => window.xssRan === true), false);
      const img = page.locator('figure.post-image img');
      assert.equal(await img.count(), 1);
      assert.equal(await img.getAttribute('alt'), '体育館に並んだ段ボールベッド');
      assert.equal(await img.getAttribute('width'), '40');
      assert.equal(await img.getAttribute('height'), '30');
      await img.scrollIntoViewIfNeeded();
      await page.waitForFunction(() => document.querySelector('figure.post-image img').complete);
      assert.equal(await img.evaluate((i) => i.naturalWidth), 40, 'the image loads');
      const tags = (await page.locator('p.tags a.tag').allInnerTexts()).map((t) => t.trim());
      assert.deepEqual(tags, ['避難所', '訓練', '防災']);
      assert.equal((await page.locator('.post .meta .tag').first().innerText()).trim(), '防災');
      // Open Graph with the image.
      const og = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('meta[property], meta[name^="twitter:"]')]
        .map((m) => [m.getAttribute('property') || m.getAttribute('name'), m.getAttribute('content')])));
      assert.equal(og['og:title'], title);
      assert.equal(og['og:url'], url(`/posts/${shared.councilPost}`));
      assert.match(og['og:description'], /避難所の開設手順/);
      assert.doesNotMatch(og['og:description'], /<|script|javascript/);
      assert.match(og['og:image'], new RegExp(`^${url('/media/')}[0-9a-f]{64}\\.png$`));
      assert.ok(og['twitter:card']);
    });
    const media = await fetch(url(`/api/v1/posts/${shared.councilPost}`)).then((r) => r.json());
    assert.equal(media.images.length, 1);
    const served = await fetch(media.images[0].url);
    assert.equal(served.headers.get('x-content-type-options'), 'nosniff', 'the header once, not twice');
    const png = Buffer.from(await served.arrayBuffer());
    assert.equal(png.subarray(1, 4).toString('ascii'), 'PNG', 'the stored image is served as a PNG');
  });

  test('the post is on /posts, the region page, the Atom feed and in search', async () => {
    const id = shared.councilPost;
    await as(null, async (page) => {
      await goto(page, '/posts');
      assert.ok(await page.locator(`.card-list a[href="/posts/${id}"]`).count() > 0, 'on /posts');
      await goto(page, '/regions/sue');
      assert.ok(await page.locator(`a[href="/posts/${id}"]`).count() > 0, 'on the region page');
      await goto(page, '/posts?region=sue&category=bosai');
      assert.ok(await page.locator(`a[href="/posts/${id}"]`).count() > 0, 'in the category filter');
      await goto(page, `/search?q=${encodeURIComponent('避難所開設')}`);
      assert.ok(await page.locator(`.search-results a[href="/posts/${id}"]`).count() > 0, 'found by search');
    });
    const feed = await text('/feed.atom');
    assert.ok(feed.body.includes(`<id>${url(`/posts/${id}`)}</id>`), 'in /feed.atom');
    assert.ok((await text('/regions/sue/feed.atom')).body.includes(url(`/posts/${id}`)), 'in the region feed');
    assert.ok(!(await text('/regions/ato/feed.atom')).body.includes(url(`/posts/${id}`)), 'not in another region\'s feed');
  });

  test('a text file named x.png is refused next to the image field; the other values are kept; nothing is saved', async () => {
    const before = await postsTotal('sue');
    await as(council('sue'), async (page) => {
      await goto(page, '/posts/new');
      const bad = `偽の画像 ${RUN}`;
      await fillPost(page, { title: bad, category: '交通', body: '本文は残ります。', tags: 'バス' });
      await page.locator('#f-image1').setInputFiles({ name: 'x.png', mimeType: 'image/png', buffer: Buffer.from('this is not a picture\n') });
      await page.locator('#f-alt1').fill('説明');
      assert.equal(await submit(page, button(page, M['post.publish'])), 400);
      await assertFieldErrors(page, { image1: M['error.image_type'] });
      assert.equal(await page.locator('#f-title').inputValue(), bad);
      assert.equal(await page.locator('#f-body').inputValue(), '本文は残ります。');
      assert.equal(await page.locator('#f-tags').inputValue(), 'バス');
      assert.equal(await page.locator('#f-alt1').inputValue(), '説明');
      assert.equal(await page.locator('#f-category option:checked').innerText(), '交通');
      assert.equal((await page.locator('fieldset.images .notice').innerText()).trim(), M['post.reselect_images']);
      await assertAccessible(page, 'the post form with an image error');
      assert.equal((await searchApi(bad)).total, 0);
    });
    assert.equal(await postsTotal('sue'), before, 'nothing was saved');
  });

  test('an image without its alt text: the error is at the alt field', async () => {
    const before = await postsTotal('sue');
    await as(council('sue'), async (page) => {
      await goto(page, '/posts/new');
      await fillPost(page, { title: `説明のない画像 ${RUN}`, body: '本文' });
      await page.locator('#f-image1').setInputFiles({ name: 'a.png', mimeType: 'image/png', buffer: PNG });
      assert.equal(await submit(page, button(page, M['post.publish'])), 400);
      await assertFieldErrors(page, { alt1: M['error.required'] });
    });
    assert.equal(await postsTotal('sue'), before, 'nothing was saved');
  });

  test('an image in the second slot without alt text: the error is at the second alt field', async () => {
    await as(council('sue'), async (page) => {
      await goto(page, '/posts/new');
      await fillPost(page, { title: `二枚目の画像 ${RUN}`, body: '本文' });
      await page.locator('#f-image2').setInputFiles({ name: 'b.png', mimeType: 'image/png', buffer: PNG });
      assert.equal(await submit(page, button(page, M['post.publish'])), 400);
      await assertFieldErrors(page, { alt2: M['error.required'] });
    });
  });
});

// ---------------------------------------------------------------------------------------------
// 2. A resident's post through the council's review desk; posting rules.

describe('a resident\'s post is reviewed by the council', () => {
  const title = `ゴミ拾いの参加者募集 ${RUN}`;
  const rules = `投稿ルール ${RUN}\n個人名や電話番号は書かないでください。\n営業の宣伝は載せません。`;
  const returnComment = '集合場所と時間を書き足してください。';

  test('the council edits its posting rules; an empty rule is refused; the resident\'s form shows them', async () => {
    await as(council('sue'), async (page) => {
      await goto(page, '/regions/sue/review');
      await page.locator('#f-rules').fill('');
      assert.equal(await submit(page, button(page, M['review.rules_save'])), 400);
      await assertFieldErrors(page, { rules: M['error.required'] });
      await page.locator('#f-rules').fill(rules);
      assert.equal(await submit(page, button(page, M['review.rules_save'])), 303);
      await assertFlash(page, M['flash.rules_saved']);
      assert.equal(await page.locator('#f-rules').inputValue(), rules);
    });
    await as(resident('sue'), async (page) => {
      await goto(page, '/posts/new');
      const panel = page.locator('section[aria-labelledby="rules-heading"]');
      assert.equal((await panel.locator('h2').innerText()).trim(), M['post.rules_heading']);
      assert.equal((await panel.locator('p').innerText()).trim().replace(/\s+/g, ' '), rules.replace(/\s+/g, ' '));
    });
  });

  test('line breaks survive: the posting rules show as written', async () => {
    await as(resident('sue'), async (page) => {
      await goto(page, '/posts/new');
      assert.equal((await page.locator('section[aria-labelledby="rules-heading"] p').innerText()).trim(), rules);
    });
  });

  test('line breaks survive: saving a post\'s edit form unchanged keeps its Markdown', async () => {
    const r = await postJson('/api/v1/posts', { region: 'sue', title: `編集で崩れない ${RUN}`, body: MARKDOWN, category: '防災', tags: [] }, token(council('sue')));
    assert.equal(r.status, 201);
    await as(council('sue'), async (page) => {
      await goto(page, `/posts/${r.body.id}/edit`);
      assert.equal(await page.locator('#f-body').inputValue(), MARKDOWN);
      assert.equal(await submit(page, button(page, M['post.publish'])), 303);
      assert.equal(await page.locator('.post-body ul > li').count(), 3);
    });
  });

  test('submitted: 確認待ち and not public; returned with a comment; resubmitted; published', async () => {
    await as(resident('sue'), async (page) => {
      await goto(page, '/posts/new');
      assert.equal(await page.locator('#f-org').inputValue(), '', 'a resident posts as a resident');
      await fillPost(page, { title, category: '環境', body: '日曜日に川のゴミを拾います。', tags: '清掃' });
      assert.equal(await submit(page, button(page, M['post.publish'])), 303);
      await assertFlash(page, M['flash.post_submitted']);
      shared.residentPost = postIdOf(page);
      assert.equal((await page.locator('.post .notice strong').innerText()).trim(), M['post_status.review']);
    });
    const id = shared.residentPost;
    // Not public anywhere.
    assert.equal((await fetch(url(`/posts/${id}`))).status, 404);
    assert.equal((await getJson(`/api/v1/posts/${id}`)).status, 404);
    assert.ok(!(await text('/posts?region=sue')).body.includes(`/posts/${id}"`));
    assert.ok(!(await text('/feed.atom')).body.includes(url(`/posts/${id}`)));
    assert.ok(!(await text('/regions/sue/feed.atom')).body.includes(url(`/posts/${id}`)));
    assert.equal((await searchApi('ゴミ拾いの参加者募集')).items.filter((i) => i.id === id && i.kind === 'post').length, 0);

    await as(council('sue'), async (page) => {
      await goto(page, '/regions/sue/review');
      const link = page.locator(`section[aria-labelledby="queue-heading"] a[href="/posts/${id}"]`);
      assert.equal((await link.innerText()).trim(), title);
      await clickAndWait(page, link);
      // Returning needs a comment.
      assert.equal(await submit(page, button(page, M['post.review_return'])), 400);
      assert.equal((await page.locator('#e-comment').innerText()).trim(), M['error.required']);
      assert.equal(await page.locator('#f-comment').getAttribute('aria-invalid'), 'true');
      await page.locator('#f-comment').fill(returnComment);
      assert.equal(await submit(page, button(page, M['post.review_return'])), 303);
      await assertFlash(page, M['flash.post_returned']);
    });
    const sent = mailsTo(resident('sue'), 'mail.post_returned_subject');
    assert.equal(sent.length, 1, 'the resident is told by email');
    assert.ok(sent[0].body.includes(returnComment) && sent[0].body.includes(title));
    await as(resident('sue'), async (page) => {
      await goto(page, '/me/posts');
      const card = page.locator('li.card').filter({ has: page.locator(`a[href="/posts/${id}"]`) });
      assert.equal((await card.locator('.meta strong').innerText()).trim(), M['post_status.draft']);
      assert.ok((await card.innerText()).includes(returnComment));
      await goto(page, `/posts/${id}/edit`);
      await page.locator('#f-body').fill('日曜日の9時に中央公園に集まり、川のゴミを拾います。');
      assert.equal(await submit(page, button(page, M['post.publish'])), 303);
      await goto(page, '/me/posts');
      assert.equal((await page.locator('li.card').filter({ has: page.locator(`a[href="/posts/${id}"]`) }).locator('.meta strong').innerText()).trim(),
        M['post_status.review']);
    });
    await as(council('sue'), async (page) => {
      await goto(page, `/posts/${id}`);
      assert.equal(await submit(page, button(page, M['post.review_publish'])), 303);
      await assertFlash(page, M['flash.post_published']);
    });
    assert.equal(mailsTo(resident('sue'), 'mail.post_published_subject').length, 1);
    assert.equal((await fetch(url(`/posts/${id}`))).status, 200);
    assert.ok((await text('/posts?region=sue')).body.includes(`/posts/${id}"`));
    assert.ok((await text('/feed.atom')).body.includes(url(`/posts/${id}`)));
    const api = (await getJson(`/api/v1/posts/${id}`)).body;
    assert.equal(api.status, 'published');
    assert.equal(api.author, M['post.by_resident']);
    assert.ok((await searchApi('ゴミ拾いの参加者募集')).items.some((i) => i.id === id && i.kind === 'post'));
  });

  test('another region\'s council cannot review it (403) nor see the desk', async () => {
    const c = new Client(server.url);
    await c.login(council('ato'));
    assert.equal((await c.get('/regions/sue/review')).status, 403);
    // A new resident post in review, then council-ato tries to publish it.
    const r = await postJson('/api/v1/posts', { region: 'sue', title: `確認待ち ${RUN}`, body: '本文', category: '福祉', tags: [] }, token(resident('sue')));
    assert.equal(r.status, 201);
    assert.equal(r.body.status, 'review');
    shared.reviewPostApi = r.body.id;
    const res = await c.post(`/posts/${r.body.id}/review`, { decision: 'publish', comment: '' }, { csrfFrom: '/posts/new' });
    assert.equal(res.status, 403);
    assert.equal((await getJson(`/api/v1/posts/${r.body.id}`, token(council('sue')))).body.status, 'review');
  });
});

// ---------------------------------------------------------------------------------------------
// 3. Comments, reports and moderation.

describe('comments: three reports hide one, the council restores or hides', () => {
  const body = `素敵な取り組みですね ${RUN}`;

  async function commentShownTo(email, id) {
    const c = new Client(server.url);
    if (email) await c.login(email);
    return (await c.get(`/posts/${shared.councilPost}`)).text.includes(`id="comment-${id}"`);
  }
  // csrfFrom: the page the form is taken from.
  async function report(client, id, csrfFrom = `/posts/${shared.councilPost}`) {
    const r = await client.post(`/comments/${id}/report`, {}, { csrfFrom });
    assert.equal(r.status, 303, `report: ${r.status} ${(r.text.match(/<p class="lead">([^<]*)/) || [])[1]}`);
  }

  test('a resident comments; an empty comment is refused', async () => {
    await as(resident('sue'), async (page) => {
      await goto(page, `/posts/${shared.councilPost}`);
      assert.equal(await submit(page, button(page, M['post.comment_submit'])), 400);
      assert.equal((await page.locator('#e-comment').innerText()).trim(), M['error.required']);
      await page.locator('#f-comment').fill(body);
      assert.equal(await submit(page, button(page, M['post.comment_submit'])), 303);
      await assertFlash(page, M['flash.comment_added']);
      const li = page.locator('ol.comment-list li').filter({ hasText: body });
      assert.equal(await li.count(), 1);
      shared.comment = Number((await li.getAttribute('id')).replace('comment-', ''));
    });
    assert.ok(await commentShownTo(null, shared.comment));
  });

  test('three different reporters (two members, one visitor) hide it; the same reporter twice counts once', async () => {
    const id = shared.comment;
    const a = new Client(server.url); await a.login(resident('ato'));
    const b = new Client(server.url); await b.login(resident('hirakawa'));
    const anon = new Client(server.url);
    await report(a, id);
    await report(a, id); // again: not counted
    await report(b, id);
    assert.ok(await commentShownTo(null, id), 'two reporters do not hide it');
    await report(anon, id, `/posts/${shared.councilPost}?visitor=${RUN}`);
    assert.ok(!(await commentShownTo(null, id)), 'hidden from visitors after three reporters');
    assert.ok(!(await commentShownTo(resident('osaba'), id)), 'hidden from members');
    assert.ok(!(await text(`/posts/${shared.councilPost}`)).body.includes(body));
  });

  test('the council sees it at the review desk and restores it; it stays after a further report', async () => {
    const id = shared.comment;
    await as(council('sue'), async (page) => {
      await goto(page, '/regions/sue/review');
      const card = page.locator('section[aria-labelledby="reported-heading"] li.card').filter({ hasText: body });
      assert.equal(await card.count(), 1);
      assert.ok((await card.locator('.meta').innerText()).includes(`${M['review.reports']}：3`));
      await assertAccessible(page, 'the review desk with a reported comment');
      assert.equal(await submit(page, button(card, M['comment.restore'])), 303);
      await assertFlash(page, M['flash.comment_restored']);
      assert.equal(await page.locator('section[aria-labelledby="reported-heading"] li.card').filter({ hasText: body }).count(), 0);
    });
    assert.ok(await commentShownTo(null, id), 'shown again');
    const d = new Client(server.url); await d.login(resident('osaba'));
    await report(d, id);
    assert.ok(await commentShownTo(null, id), 'a restored comment stays after a further report');
  });

  test('a visitor reports a comment from the post page as everyone sees it', async () => {
    const c = new Client(server.url);
    await c.login(resident('sue'));
    const made = await c.post(`/posts/${shared.councilPost}/comments`, { comment: `訪問者が報告 ${RUN}` }, { csrfFrom: `/posts/${shared.councilPost}` });
    assert.equal(made.status, 303);
    const id = Number(made.headers.get('location').match(/comment-(\d+)/)[1]);
    await fetch(url(`/posts/${shared.councilPost}`)); // someone else looked at the page first
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    try {
      await goto(page, `/posts/${shared.councilPost}`);
      const li = page.locator(`#comment-${id}`);
      assert.equal(await submit(page, li.getByRole('button', { name: new RegExp(`^${M['comment.report']}`) })), 303);
      await assertFlash(page, M['flash.comment_reported']);
    } finally { await ctx.close(); }
  });

  test('the council hides a comment from the post page', async () => {
    const id = shared.comment;
    await as(council('sue'), async (page) => {
      await goto(page, `/posts/${shared.councilPost}`);
      const li = page.locator(`#comment-${id}`);
      assert.equal(await submit(page, li.getByRole('button', { name: new RegExp(`^${M['comment.hide']}`) })), 303);
      await assertFlash(page, M['flash.comment_hidden']);
      assert.ok((await page.locator(`#comment-${id}`).innerText()).includes(M['comment_status.hidden']));
    });
    assert.ok(!(await commentShownTo(null, id)));
    assert.ok(!(await commentShownTo(resident('sue'), id)));
  });
});

// ---------------------------------------------------------------------------------------------
// 4. Events: the organiser's form, sign-up and waitlist, the attendee list.

describe('events: an NPO\'s event with capacity 1, waitlist and attendee CSV', () => {
  const title = `ミニスーパー試食会 ${RUN}`;
  const day = jstDate(10);

  async function openForm(page) {
    await goto(page, '/events/new');
    await page.locator('#f-org').selectOption({ label: 'NPO法人 地福ほほえみ（デモ）' });
    await page.locator('#f-region').selectOption('ato');
  }

  test('bad input: messages next to the fields, values kept, nothing saved', async () => {
    const before = await eventsTotal('ato');
    await as(NPO_EDITOR, async (page) => {
      await openForm(page);
      await page.locator('#f-title').fill('');
      await page.locator('#f-title_kana').fill('ししょくかい');
      // A browser without a date picker sends what was typed.
      await page.locator('#f-start_date').evaluate((i) => { i.type = 'text'; });
      await page.locator('#f-start_date').fill('2026-02-30');
      await page.locator('#f-start_time').fill('10:00');
      await page.locator('#f-place').fill('店舗前');
      await page.locator('#f-capacity').fill('-3');
      await page.locator('#f-lat').fill('200');
      await page.locator('#f-lon').fill('131.5');
      assert.equal(await submit(page, button(page, M['event.save'])), 400);
      await assertFieldErrors(page, {
        title: M['error.required'], start_date: M['error.date'],
        capacity: msg('error.number_range', { min: 1, max: 100000 }), lat: msg('error.coordinate', { max: 90 }),
      });
      assert.equal(await page.locator('#f-title_kana').inputValue(), 'ししょくかい');
      assert.equal(await page.locator('#f-place').inputValue(), '店舗前');
      assert.equal(await page.locator('#f-capacity').inputValue(), '-3');
      assert.equal(await page.locator('#f-lat').inputValue(), '200');
      assert.equal(await page.locator('#f-region').inputValue(), 'ato');
      await assertAccessible(page, 'the event form with errors');

      await openForm(page);
      await page.locator('#f-title').fill(title);
      await page.locator('#f-title_kana').fill('ししょくかい');
      await page.locator('#f-start_date').fill(day);
      await page.locator('#f-start_time').fill('10:00');
      await page.locator('#f-end_time').fill('09:00');
      assert.equal(await submit(page, button(page, M['event.save'])), 400);
      await assertFieldErrors(page, { end_time: M['error.end_before_start'] });
      assert.equal(await page.locator('#f-title').inputValue(), title);
      assert.equal(await page.locator('#f-start_date').inputValue(), day);
    });
    assert.equal(await eventsTotal('ato'), before, 'nothing was saved');
  });

  test('a bad start date is reported at the start date only, not at the empty end date', async () => {
    await as(NPO_EDITOR, async (page) => {
      await openForm(page);
      await page.locator('#f-title').fill('日付の確認');
      await page.locator('#f-title_kana').fill('ひづけ');
      await page.locator('#f-start_date').evaluate((i) => { i.type = 'text'; });
      await page.locator('#f-start_date').fill('2026-02-30');
      await page.locator('#f-start_time').fill('10:00');
      assert.equal(await submit(page, button(page, M['event.save'])), 400);
      await assertFieldErrors(page, { start_date: M['error.date'] });
    });
  });

  test('latitude 200: the message names both limits', async () => {
    await as(NPO_EDITOR, async (page) => {
      await openForm(page);
      await page.locator('#f-lat').fill('200');
      await page.locator('#f-lon').fill('131.5');
      assert.equal(await submit(page, button(page, M['event.save'])), 400);
      assert.equal((await page.locator('#e-lat').innerText()).trim(), msg('error.coordinate', { max: 90 }));
    });
  });

  test('the organiser creates the event; the hiragana kana title becomes katakana', async () => {
    await as(NPO_EDITOR, async (page) => {
      await openForm(page);
      await page.locator('#f-title').fill(title);
      await page.locator('#f-title_kana').fill('みにすーぱーししょくかい');
      await page.locator('#f-description').fill('新しい総菜の試食会です。');
      await page.locator('#f-start_date').fill(day);
      await page.locator('#f-start_time').fill('10:00');
      await page.locator('#f-end_time').fill('12:00');
      await page.locator('#f-place').fill('ミニスーパー店舗前');
      await page.locator('#f-capacity').fill('1');
      await page.locator('#f-lat').fill('34.3476');
      await page.locator('#f-lon').fill('131.5868');
      assert.equal(await submit(page, button(page, M['event.save'])), 303);
      await assertFlash(page, M['flash.event_created']);
      shared.event = eventIdOf(page);
      assert.equal((await page.locator('h1 .kana').innerText()).trim(), 'ミニスーパーシショクカイ');
      const og = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('meta[property], meta[name^="twitter:"]')]
        .map((m) => [m.getAttribute('property') || m.getAttribute('name'), m.getAttribute('content')])));
      assert.equal(og['og:title'], title);
      assert.equal(og['og:url'], url(`/events/${shared.event}`));
      assert.ok(og['og:description'] && og['og:description'].includes('10:00'));
      assert.ok(og['twitter:card']);
    });
    const e = (await getJson(`/api/v1/events/${shared.event}`)).body;
    assert.equal(e.title_kana, 'ミニスーパーシショクカイ');
    assert.equal(e.capacity, 1);
    assert.equal(e.region, 'ato');
    assert.equal(e.starts_at, `${day}T10:00:00+09:00`);
  });

  test('two residents sign up: the first is confirmed, the second waits; a cancellation promotes and emails', async () => {
    const id = shared.event;
    await as(resident('ato'), async (page) => {
      await goto(page, `/events/${id}`);
      assert.equal(await submit(page, button(page, M['event.sign_up'])), 303);
      await assertFlash(page, M['flash.signed_up']);
      assert.equal((await page.locator('section[aria-labelledby="signup-heading"] p[role=status]').innerText()).trim(), M['signup.mine_confirmed']);
    });
    await as(resident('sue'), async (page) => {
      await goto(page, `/events/${id}`);
      assert.equal(await submit(page, button(page, M['event.join_waitlist'])), 303);
      await assertFlash(page, M['flash.waitlisted']);
      assert.equal((await page.locator('section[aria-labelledby="signup-heading"] p[role=status]').innerText()).trim(), M['signup.mine_waitlist']);
    });
    assert.equal(mailsTo(resident('sue'), 'mail.event_promoted_subject').length, 0);
    await as(resident('ato'), async (page) => {
      await goto(page, `/events/${id}`);
      assert.equal(await submit(page, button(page, M['event.withdraw'])), 303);
      await assertFlash(page, M['flash.signup_cancelled']);
    });
    const sent = mailsTo(resident('sue'), 'mail.event_promoted_subject');
    assert.equal(sent.length, 1, 'the promoted resident is emailed');
    assert.ok(sent[0].body.includes(title) && sent[0].body.includes(url(`/events/${id}`)));
    await as(resident('sue'), async (page) => {
      await goto(page, `/events/${id}`);
      assert.equal((await page.locator('section[aria-labelledby="signup-heading"] p[role=status]').innerText()).trim(), M['signup.mine_confirmed']);
      await goto(page, '/me/posts');
      const card = page.locator('li.card').filter({ has: page.locator(`a[href="/events/${id}"]`) });
      assert.ok((await card.innerText()).includes(M['signup.confirmed']));
    });
  });

  test('the organiser downloads attendees.csv: BOM, the header, CRLF; others may not', async () => {
    const id = shared.event;
    const ctx = await contextFor(NPO_EDITOR);
    const res = await ctx.request.get(url(`/events/${id}/attendees.csv`));
    assert.equal(res.status(), 200);
    assert.match(res.headers()['content-type'], /^text\/csv/);
    const buf = await res.body();
    assert.deepEqual([...buf.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
    const csv = buf.subarray(3).toString('utf8');
    assert.ok(csv.endsWith('\r\n'));
    assert.ok(!/[^\r]\n/.test(csv), 'every line ends with CRLF');
    const lines = csv.split('\r\n').filter(Boolean);
    assert.equal(lines[0], ATTENDEES_HEADER);
    const rows = lines.slice(1).map((l) => l.split(','));
    // The one who withdrew is not on the list; the promoted resident is, as 参加, number 1.
    assert.equal(rows.length, 1, csv);
    assert.equal(rows[0][0], '1');
    assert.equal(rows[0][2], resident('sue'));
    assert.equal(rows[0][3], M['signup.confirmed']);
    assert.match(rows[0][4], /^\d{4}[-/]\d\d[-/]\d\d \d\d:\d\d/);
    const other = await (await contextFor(resident('sue'))).request.get(url(`/events/${id}/attendees.csv`));
    assert.equal(other.status(), 403);
  });
});

// ---------------------------------------------------------------------------------------------
// 5. JSON API.

describe('JSON API: posts and events', () => {
  test('POST /api/v1/posts: council 201 published, resident 201 review, other region 403, no token 401, bad category 400', async () => {
    const post = { region: 'sue', title: `APIのお知らせ ${RUN}`, body: '# 見出し\n\n本文です。', category: '防災', tags: ['API', '防災'] };
    const c = await postJson('/api/v1/posts', post, token(council('sue')));
    assert.equal(c.status, 201, JSON.stringify(c.body));
    assert.equal(c.body.status, 'published');
    assert.equal(c.body.url, url(`/posts/${c.body.id}`));
    shared.apiPost = c.body.id;
    const r = await postJson('/api/v1/posts', { ...post, title: `住民のAPI投稿 ${RUN}` }, token(resident('sue')));
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.equal(r.body.status, 'review');
    const other = await postJson('/api/v1/posts', post, token(resident('ato')));
    assert.equal(other.status, 403, JSON.stringify(other.body));
    const none = await postJson('/api/v1/posts', post);
    assert.equal(none.status, 401);
    assert.equal(none.body.error, M['error.token_required']);
    const bad = await postJson('/api/v1/posts', { ...post, category: '天気' }, token(council('sue')));
    assert.equal(bad.status, 400);
    assert.equal(bad.body.fields.category, M['error.category_label']);
    const empty = await postJson('/api/v1/posts', { ...post, title: '', category: '天気' }, token(council('sue')));
    assert.equal(empty.status, 400);
    assert.deepEqual(Object.keys(empty.body.fields).sort(), ['category', 'title']);
    const region = await postJson('/api/v1/posts', { ...post, region: 'atlantis' }, token(council('sue')));
    assert.equal(region.status, 400);
    assert.ok(region.body.fields.region);
  });

  test('GET /api/v1/posts?region=sue&category=防災 lists only those, as {items,total,page}', async () => {
    const { status, body } = await getJson(`/api/v1/posts?region=sue&category=${encodeURIComponent('防災')}`);
    assert.equal(status, 200);
    assert.deepEqual(Object.keys(body).sort(), ['items', 'page', 'total']);
    assert.equal(body.page, 1);
    assert.ok(body.total >= 2);
    assert.ok(body.items.every((i) => i.region === 'sue' && i.category === '防災'));
    assert.ok(body.items.some((i) => i.id === shared.apiPost));
    assert.ok(body.items.some((i) => i.id === shared.councilPost));
    const full = (await getJson(`/api/v1/posts/${shared.apiPost}`)).body;
    assert.deepEqual(full.tags, ['API', '防災']);
    assert.match(full.body_html, /<h1>見出し<\/h1>/);
    const bad = await getJson(`/api/v1/posts?category=${encodeURIComponent('天気')}`);
    assert.equal(bad.status, 400);
  });

  test('POST /api/v1/events: ends_at before starts_at is 400 naming ends_at; a good one 201; GET with region and from', async () => {
    const day = jstDate(20);
    const ev = {
      region: 'sue', title: `APIの防災講座 ${RUN}`, title_kana: 'ぼうさいこうざ', description: '非常食の試食もあります。',
      starts_at: `${day}T13:00:00+09:00`, ends_at: `${day}T11:00:00+09:00`, place: '陶地域交流センター', capacity: 30,
    };
    const bad = await postJson('/api/v1/events', ev, token(council('sue')));
    assert.equal(bad.status, 400);
    assert.deepEqual(Object.keys(bad.body.fields), ['ends_at']);
    assert.equal(bad.body.fields.ends_at, M['error.end_before_start']);
    const good = await postJson('/api/v1/events', { ...ev, ends_at: `${day}T15:00:00+09:00` }, token(council('sue')));
    assert.equal(good.status, 201, JSON.stringify(good.body));
    shared.apiEvent = good.body.id;
    const allDay = await postJson('/api/v1/events', {
      ...ev, title: `APIの終日行事 ${RUN}`, all_day: true, starts_at: `${day}T00:00:00+09:00`, ends_at: `${jstDate(21)}T00:00:00+09:00`,
    }, token(council('sue')));
    assert.equal(allDay.status, 201, JSON.stringify(allDay.body));
    shared.allDayEvent = allDay.body.id;
    const forbidden = await postJson('/api/v1/events', ev, token(resident('sue')));
    assert.equal(forbidden.status, 403);
    const list = await getJson(`/api/v1/events?region=sue&from=${day}&to=${day}`);
    assert.equal(list.status, 200);
    assert.deepEqual(Object.keys(list.body).sort(), ['items', 'page', 'total']);
    assert.ok(list.body.items.some((e) => e.id === shared.apiEvent));
    assert.ok(list.body.items.every((e) => e.region === 'sue' && e.starts_at >= `${day}T00:00:00+09:00` && e.starts_at < `${day}T24`));
    const got = list.body.items.find((e) => e.id === shared.apiEvent);
    assert.equal(got.title_kana, 'ボウサイコウザ');
    assert.equal(got.capacity, 30);
    const later = await getJson(`/api/v1/events?region=sue&from=${jstDate(22)}`);
    assert.ok(!later.body.items.some((e) => e.id === shared.apiEvent));
    const badFrom = await getJson('/api/v1/events?from=yesterday');
    assert.equal(badFrom.status, 400);
    assert.ok(badFrom.body.fields.from);
  });
});

// ---------------------------------------------------------------------------------------------
// 6. Feeds in standard parsers; Open Graph.

describe('feeds parse in standard parsers (fast-xml-parser, ical.js)', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (n) => ['entry', 'link', 'category'].includes(n) });
  const rfc3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

  for (const p of ['/feed.atom', '/regions/sue/feed.atom']) {
    test(`${p} is Atom 1.0 with ids, updated and links`, async () => {
      const r = await text(p);
      assert.equal(r.status, 200);
      assert.match(r.type, /^application\/atom\+xml/);
      assert.equal(XMLValidator.validate(r.body), true, 'well-formed XML');
      const { feed } = parser.parse(r.body);
      assert.equal(feed['@xmlns'], 'http://www.w3.org/2005/Atom');
      assert.equal(feed.id, url(p));
      assert.match(feed.updated, rfc3339);
      assert.ok(feed.title);
      assert.ok(feed.link.some((l) => l['@rel'] === 'self' && l['@href'] === url(p)));
      assert.ok(feed.link.some((l) => l['@rel'] === 'alternate' && l['@href'].startsWith(url('/posts'))));
      assert.ok(feed.entry.length > 0);
      const ids = new Set();
      for (const e of feed.entry) {
        assert.match(e.id, new RegExp(`^${url('/posts/')}\\d+$`));
        ids.add(e.id);
        assert.match(e.updated, rfc3339);
        assert.ok(e.updated <= feed.updated || new Date(e.updated) <= new Date(feed.updated), 'feed updated is the latest');
        assert.ok(e.link.some((l) => l['@rel'] === 'alternate' && l['@href'] === e.id));
        assert.ok(typeof e.title === 'string' || e.title['#text']);
        assert.ok(e.author && e.author.name);
      }
      assert.equal(ids.size, feed.entry.length, 'entry ids are unique');
      if (p.includes('sue')) assert.ok(ids.has(url(`/posts/${shared.councilPost}`)));
    });
  }

  for (const p of ['/events.ics', '/regions/ato/events.ics', '/regions/sue/events.ics']) {
    test(`${p} is iCalendar with VTIMEZONE, stable UIDs and Asia/Tokyo or DATE times`, async () => {
      const a = await text(p);
      assert.equal(a.status, 200);
      assert.match(a.type, /^text\/calendar/);
      assert.ok(a.body.startsWith('BEGIN:VCALENDAR\r\n'));
      for (const line of a.body.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `line over 75 octets: ${line}`);
      const cal = new ICAL.Component(ICAL.parse(a.body));
      const tz = cal.getAllSubcomponents('vtimezone');
      assert.equal(tz.length, 1);
      assert.equal(tz[0].getFirstPropertyValue('tzid'), 'Asia/Tokyo');
      const events = cal.getAllSubcomponents('vevent');
      assert.ok(events.length > 0);
      for (const ev of events) {
        assert.ok(ev.getFirstPropertyValue('uid'));
        assert.ok(ev.getFirstPropertyValue('dtstamp'));
        assert.ok(ev.getFirstPropertyValue('summary'));
        const start = ev.getFirstProperty('dtstart');
        if (start.type === 'date') {
          assert.ok(ev.getFirstProperty('dtend') === null || ev.getFirstProperty('dtend').type === 'date');
        } else {
          assert.equal(start.getParameter('tzid'), 'Asia/Tokyo', `DTSTART of ${ev.getFirstPropertyValue('uid')}`);
        }
      }
      const b = await text(p);
      const uids = (s) => new ICAL.Component(ICAL.parse(s)).getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('uid'));
      assert.deepEqual(uids(b.body), uids(a.body), 'UIDs are stable between fetches');
      if (p === '/regions/ato/events.ics') {
        const mine = events.find((e) => e.getFirstPropertyValue('url') === url(`/events/${shared.event}`));
        assert.ok(mine, 'the NPO\'s event is in the region calendar');
        const start = mine.getFirstPropertyValue('dtstart');
        assert.equal(start.toString(), `${jstDate(10)}T10:00:00`);
        assert.equal(mine.getFirstProperty('dtstart').getParameter('tzid'), 'Asia/Tokyo');
        assert.equal(mine.getFirstPropertyValue('geo').map(Number).join(','), '34.3476,131.5868');
      }
      if (p === '/regions/sue/events.ics') {
        const allDay = events.find((e) => e.getFirstPropertyValue('url') === url(`/events/${shared.allDayEvent}`));
        assert.ok(allDay, 'the all-day event is in the calendar');
        assert.equal(allDay.getFirstProperty('dtstart').type, 'date');
        assert.equal(allDay.getFirstPropertyValue('dtstart').toString(), jstDate(20));
        // DTEND of an all-day event is exclusive: the day after the last day.
        assert.equal(allDay.getFirstPropertyValue('dtend').toString(), jstDate(22));
      }
    });
  }

  test('text with commas, semicolons and newlines is escaped in iCalendar', async () => {
    const day = jstDate(25);
    const summary = `持ち物: 軍手, 帽子; 水筒 ${RUN}`;
    const r = await postJson('/api/v1/events', {
      region: 'sue', title: summary, title_kana: 'もちもの', description: '一行目\n二行目, 三行目; 終わり\\',
      starts_at: `${day}T09:00:00+09:00`, ends_at: `${day}T10:00:00+09:00`,
    }, token(council('sue')));
    assert.equal(r.status, 201, JSON.stringify(r.body));
    const cal = new ICAL.Component(ICAL.parse((await text('/regions/sue/events.ics')).body));
    const ev = cal.getAllSubcomponents('vevent').find((e) => e.getFirstPropertyValue('url') === url(`/events/${r.body.id}`));
    assert.equal(ev.getFirstPropertyValue('summary'), summary);
    assert.equal(ev.getFirstPropertyValue('description'), '一行目\n二行目, 三行目; 終わり\\');
  });
});

// ---------------------------------------------------------------------------------------------
// 7. Open data CSVs and the facilities import.

// RFC 4180: records end with CRLF (a line break inside a quoted field is data). Returns the
// records as arrays of fields; fails on a record ended by a bare LF or CR.
function parseCsv(s, label) {
  const records = [];
  let fields = [];
  let f = '';
  let i = 0;
  let quoted = false;
  while (i < s.length) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') { f += '"'; i += 2; continue; }
      if (ch === '"') { quoted = false; i++; continue; }
      f += ch; i++; continue;
    }
    if (ch === '"' && f === '') { quoted = true; i++; continue; }
    if (ch === ',') { fields.push(f); f = ''; i++; continue; }
    if (ch === '\r' && s[i + 1] === '\n') { fields.push(f); records.push(fields); fields = []; f = ''; i += 2; continue; }
    assert.ok(ch !== '\n' && ch !== '\r', `${label}: record ${records.length + 1} ends with a bare line break`);
    f += ch; i++;
  }
  assert.equal(f, '');
  assert.equal(fields.length, 0);
  const width = records[0].length;
  records.forEach((r, n) => assert.equal(r.length, width, `${label}: record ${n + 1} has ${r.length} fields`));
  return records;
}

describe('open data: CSV headers exactly as the Digital Agency\'s, BOM, CRLF; facilities import', () => {
  async function csv(p) {
    const res = await fetch(url(p));
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /^text\/csv; charset=utf-8/);
    const buf = Buffer.from(await res.arrayBuffer());
    assert.deepEqual([...buf.subarray(0, 3)], [0xef, 0xbb, 0xbf], `${p}: UTF-8 BOM`);
    const s = buf.subarray(3).toString('utf8');
    assert.ok(s.endsWith('\r\n'), `${p} ends with CRLF`);
    const records = parseCsv(s, p);
    return { records, lines: s.split('\r\n', 1).concat(records.slice(1).map((r) => r.join(','))) };
  }

  test('/opendata/events.csv', async () => {
    const { records, lines } = await csv('/opendata/events.csv');
    assert.equal(lines[0], EVENTS_HEADER);
    assert.ok(records.length - 1 > 0);
    const cells = records.find((r) => r[30] === url(`/events/${shared.event}`));
    assert.ok(cells, 'the NPO\'s event is a row');
    assert.equal(cells[0], '352039');
    assert.equal(cells[5], 'ミニスーパーシショクカイ');
    assert.equal(cells[7], jstDate(10));
    assert.equal(cells[9], '10:00');
    assert.equal(cells[10], '12:00');
    assert.equal(cells[26], '1');
    assert.equal(cells[22], '34.347600');
    assert.equal(cells[23], '131.586800');
    for (const r of records.slice(1)) assert.equal(r[0], '352039');
  });

  test('/opendata/facilities.csv: 21 community centres', async () => {
    const { records, lines } = await csv('/opendata/facilities.csv');
    assert.equal(lines[0], FACILITIES_HEADER);
    assert.equal(records.length - 1, 21);
    assert.ok(records.slice(1).every((r) => r[4].endsWith('地域交流センター')));
  });

  test('/opendata page links the CSVs and every region\'s feeds', async () => {
    await as(null, async (page) => {
      await goto(page, '/opendata');
      assert.equal(await page.locator('a[href="/opendata/events.csv"]').count(), 1);
      assert.equal(await page.locator('a[href="/opendata/facilities.csv"]').count(), 1);
      assert.equal(await page.locator('a[href$="/events.ics"][href^="/regions/"]').count(), 21);
    });
  });

  test('tsunagu import facilities: a file with 2 bad rows is refused by line; a good file replaces the rows', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tsunagu-import-'));
    let second;
    try {
      const db = ON_PG ? freshPgDb('import') : `sqlite:${path.join(dir, 'import.db')}`;
      execFileSync(BIN, ['seed', '--demo', '--demo-password', DEMO_PASSWORD, '--db', db], { stdio: 'pipe' });
      await csv('/opendata/facilities.csv'); // checked above; the raw lines here (no line breaks in fields)
      const original = (await text('/opendata/facilities.csv')).body.replace(/^\ufeff/, '').split('\r\n').slice(0, -1);
      const rows = original.slice(1).map((l) => l);
      // Line 4 (third data row) without a name; line 7 with latitude "abc".
      const bad = [...rows];
      const c3 = bad[2].split(','); c3[4] = ''; bad[2] = c3.join(',');
      const c6 = bad[5].split(','); c6[10] = 'abc'; bad[5] = c6.join(',');
      const badFile = path.join(dir, 'bad.csv');
      writeFileSync(badFile, `\ufeff${[original[0], ...bad].join('\r\n')}\r\n`);
      const r = spawnSync(BIN, ['import', 'facilities', badFile, '--db', db], { encoding: 'utf8' });
      assert.notEqual(r.status, 0, 'refused');
      assert.match(r.stderr, /4行目: 名称がありません/);
      assert.match(r.stderr, /7行目: 緯度が数値ではありません/);
      assert.match(r.stderr, /2 rows rejected/);

      second = await startServer({ db, seed: false });
      const after = await (await fetch(`${second.url}/opendata/facilities.csv`)).text();
      assert.equal(after.replace(/^\ufeff/, '').split('\r\n').slice(0, -1).join('\n'), original.join('\n'), 'nothing changed');
      await stopServer(second); second = null;

      const good = [
        original[0],
        '352039,1,山口県,山口市,テスト交流センター,テストコウリュウセンター,,,山口市亀山町2-1,,34.1785,131.4737,083-000-9999,,,山口市,"月,火",09:00,17:00,,説明,,,',
        '352039,2,山口県,山口市,"第二 テスト館",ダイニテストカン,,,山口市中央,,,,,,,山口市,,,,,,,,',
      ];
      const goodFile = path.join(dir, 'good.csv');
      writeFileSync(goodFile, `${good.join('\n')}\n`);
      const ok = spawnSync(BIN, ['import', 'facilities', goodFile, '--db', db], { encoding: 'utf8' });
      assert.equal(ok.status, 0, ok.stderr);
      assert.match(ok.stdout, /imported 2 facilities/);
      second = await startServer({ db, seed: false });
      const now = (await (await fetch(`${second.url}/opendata/facilities.csv`)).text()).replace(/^\ufeff/, '').split('\r\n').slice(0, -1);
      assert.equal(now[0], FACILITIES_HEADER);
      assert.equal(now.length - 1, 2);
      assert.equal(now[1].split(',')[4], 'テスト交流センター');
      assert.ok(now[2].includes('第二 テスト館'));
    } finally {
      if (second) await stopServer(second);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// ---------------------------------------------------------------------------------------------
// 8. Japanese search.

async function searchScenario(base) {
  const get = async (q, extra = '') => {
    const r = await fetch(`${base}/api/v1/search?q=${encodeURIComponent(q)}${extra}`);
    assert.equal(r.status, 200, `search ${q}`);
    return r.json();
  };
  for (const q of ['防災', '交通', '祭']) {
    const r = await get(q);
    assert.ok(r.total > 0, `${q} finds something`);
    assert.ok(r.items.some((i) => (i.title + i.snippet).includes(q)), `${q}: a hit contains it`);
  }
  assert.ok((await get('祭')).items.some((i) => i.title.includes('祭')), '祭 (one character) finds titles with it');
  const wide = await get('ＮＰＯ');
  const narrow = await get('npo');
  assert.ok(wide.total > 0);
  assert.equal(wide.total, narrow.total, 'ＮＰＯ and npo find the same');
  assert.equal((await get('NPO')).total, narrow.total, 'case does not matter');
  const half = await get('ﾐﾆｽｰﾊﾟｰ');
  const full = await get('ミニスーパー');
  assert.ok(full.total > 0);
  assert.equal(half.total, full.total, 'half-width katakana matches full-width');
}

describe('Japanese search', () => {
  test('防災, 交通, 祭 (one character), ＮＰＯ = npo, ﾐﾆｽｰﾊﾟｰ = ミニスーパー', async () => {
    await searchScenario(server.url);
  });

  test('the search page: results with the match highlighted, count, filters by region and kind', async () => {
    await as(null, async (page) => {
      await goto(page, `/search?q=${encodeURIComponent('防災')}`);
      assert.match(await page.locator('#results-heading').innerText(), /^[\d,]+件見つかりました$/);
      assert.ok(await page.locator('.search-results li').count() > 0);
      assert.ok((await page.locator('.search-results mark').allInnerTexts()).some((t) => t.includes('防災')));
      await page.locator('#f-region').selectOption('sayama');
      await page.locator('#f-kind').selectOption('event');
      await clickAndWait(page, page.locator('form.search-page-form button[type=submit]'));
      const u = new URL(page.url());
      assert.equal(u.searchParams.get('region'), 'sayama');
      assert.equal(u.searchParams.get('kind'), 'event');
      const kinds = (await page.locator('.search-results .meta .tag').allInnerTexts()).filter((t) => t === M['search.kind_event']);
      assert.equal(kinds.length, await page.locator('.search-results li').count(), 'only events');
      assert.ok(kinds.length > 0);
    });
    const region = await searchApi('防災', '&region=sayama');
    assert.ok(region.total > 0 && region.items.every((i) => i.region === 'sayama'));
    const kind = await searchApi('防災', '&kind=event');
    assert.ok(kind.total > 0 && kind.items.every((i) => i.kind === 'event'));
    const all = await searchApi('防災');
    assert.ok(region.total < all.total && kind.total < all.total);
  });

  test('a 1,000-character query and a control character: a Japanese message at the field (400), the form kept', async () => {
    await as(null, async (page) => {
      const long = '防'.repeat(1000);
      await goto(page, `/search?q=${encodeURIComponent(long)}&region=sue`, 400);
      assert.equal((await page.locator('#e-q').innerText()).trim(), M['error.query_too_long']);
      assert.equal(await page.locator('#f-q').inputValue(), long);
      assert.equal(await page.locator('#f-region').inputValue(), 'sue');
      assert.equal(await page.locator('#f-q').getAttribute('aria-invalid'), 'true');
      await assertAccessible(page, 'the search page with a too long query');
      await goto(page, `/search?q=${encodeURIComponent('防災\u0001')}`, 400);
      assert.equal((await page.locator('#e-q').innerText()).trim(), M['error.bad_text']);
      assert.equal(await page.locator('.search-results').count(), 0);
    });
    const api = await getJson(`/api/v1/search?q=${encodeURIComponent('防'.repeat(1000))}`);
    assert.equal(api.status, 400);
    assert.equal(api.body.fields.q, M['error.query_too_long']);
  });

  test('GET /api/v1/search items have exactly kind, id, title, snippet, region, url', async () => {
    const r = await searchApi('防災');
    assert.deepEqual(Object.keys(r).sort(), ['items', 'page', 'total']);
    assert.ok(r.items.length > 0);
    for (const i of r.items) {
      assert.deepEqual(Object.keys(i).sort(), ['id', 'kind', 'region', 'snippet', 'title', 'url']);
      assert.ok(['post', 'event', 'org'].includes(i.kind));
      assert.equal(typeof i.id, 'number');
      // City-wide organisations belong to no region.
      if (i.kind === 'org' && i.region === '') continue;
      assert.match(i.region, /^[a-z-]+$/);
    }
  });

  test('search results show titles as written', async () => {
    const r = await searchApi('ミニスーパー', '&kind=post');
    const hit = r.items.find((i) => i.kind === 'post');
    const post = (await getJson(`/api/v1/posts/${hit.id}`)).body;
    assert.equal(hit.title, post.title);
  });

  test('search API urls are absolute like the rest of the API', async () => {
    const r = await searchApi('防災');
    for (const i of r.items) assert.ok(i.url.startsWith(server.url), i.url);
  });
});

describe('Japanese search on PostgreSQL (fresh database with demo data)', { skip: !process.env.TSUNAGU_TEST_PG && 'TSUNAGU_TEST_PG not set (scripts/test sets it)' }, () => {
  test('two-character and one-character search, width and case folding', async () => {
    const pg = await startServer({ db: freshPgDb('search') });
    try {
      await searchScenario(pg.url);
    } finally { await stopServer(pg); }
  });
});

// ---------------------------------------------------------------------------------------------
// 9. Accessibility and narrow screens.

const PAGES = [
  { path: '/' },
  { path: '/posts' },
  { path: () => `/posts/${shared.councilPost}` },
  { path: () => `/posts/${shared.councilPost}`, as: council('sue') },
  { path: '/posts/new', as: resident('sue') },
  { path: '/posts/new', as: council('sue') },
  { path: () => `/posts/${shared.councilPost}/edit`, as: council('sue') },
  { path: () => `/posts/${shared.reviewPostApi}`, as: council('sue') },
  { path: '/events' },
  { path: () => `/events/${shared.event}` },
  { path: () => `/events/${shared.event}`, as: NPO_EDITOR },
  { path: '/events/new', as: NPO_EDITOR },
  { path: '/regions/sue' },
  { path: '/regions/sue/review', as: council('sue') },
  { path: `/search?q=${encodeURIComponent('防災')}` },
  { path: '/opendata' },
  { path: '/me/posts', as: resident('sue') },
];

describe('axe-core (WCAG 2.1 AA): zero violations on every new page', () => {
  for (const p of PAGES) {
    const name = typeof p.path === 'function' ? p.path.toString().replace(/^\(\) => `|`$/g, '') : p.path;
    test(`${name}${p.as ? ` (as ${p.as})` : ''}`, async () => {
      await as(p.as || null, async (page) => {
        const where = typeof p.path === 'function' ? p.path() : p.path;
        await goto(page, where);
        await assertAccessible(page, where);
      });
    });
  }
});

describe('no sideways scrolling at 390 px', () => {
  for (const [name, p] of [['/', () => '/'], ['/posts/{id}', () => `/posts/${shared.councilPost}`], ['/events/{id}', () => `/events/${shared.event}`]]) {
    test(name, async () => {
      await as(null, async (page) => {
        await goto(page, p());
        await assertNoHorizontalScroll(page, 390, p());
        await assertAccessible(page, `${p()} at 390px`);
      }, 390);
    });
  }
});
