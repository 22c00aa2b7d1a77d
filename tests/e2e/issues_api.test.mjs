// End-to-end tests of local issues (地域課題) through the JSON API and Open311 GeoReport v2
// (issue 4, items 6 and 7): a resident raises an issue in a 自治会, it climbs by subsidiarity
// (補完性の原則) to the council and the city's department and is resolved, the resident is
// mailed at each step; the permission answers in their order (401, 404, 403 before 400/409,
// 400 for a missing note); and an Open311 client reports, lists and follows requests without
// ever seeing a reporter's name or email.
//
//   cd /work/main && node --test --test-concurrency=1 tests/e2e/issues_api.test.mjs
//
// One server (fresh SQLite with demo data, or the database of TSUNAGU_ISSUES_API_DB) for the whole
// file; the describe blocks run in order.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { BIN, startServer, readMails } from './harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// The message catalogue as the server loads it: ja.json and its ja_*.json siblings.
const M = Object.assign({}, ...readdirSync(path.join(root, 'messages'))
  .filter((f) => f === 'ja.json' || (f.startsWith('ja_') && f.endsWith('.json')))
  .sort((a, b) => (a === 'ja.json' ? -1 : b === 'ja.json' ? 1 : a.localeCompare(b)))
  .map((f) => JSON.parse(readFileSync(path.join(root, 'messages', f), 'utf8'))));

const REGION = 'ogori';
const OTHER = 'ato';
const resident = (slug) => `resident-${slug}@example.jp`;
const association = (slug) => `association-${slug}@example.jp`;
const council = (slug) => `council-${slug}@example.jp`;
const BOSAI = 'bosai@example.jp'; // 防災危機管理課: responsible for 防災
const KOTSU = 'kotsu@example.jp'; // 交通政策課: not responsible for 防災
const RUN = Date.now().toString(36).slice(-5);
const CATEGORIES = { bosai: '防災', fukushi: '福祉', kotsu: '交通', kaimono: '買い物・生活', kodomo: '子ども・教育', kankyo: '環境', akiya: '空き家', chiiki: '地域づくり', other: 'その他' };
const ISO_JST = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+09:00$/;
const W3C = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)$/;

let server;
const tokens = {};
// TSUNAGU_ISSUES_API_DB=postgresql://... runs the same on an (empty) PostgreSQL database.
before(async () => { server = await startServer(process.env.TSUNAGU_ISSUES_API_DB ? { db: process.env.TSUNAGU_ISSUES_API_DB } : {}); });
after(async () => { await server?.stop(); });

const url = (p) => server.url + p;
function token(email) {
  if (!tokens[email]) {
    const out = execFileSync(BIN, ['token', 'create', '--user', email, '--db', server.db], { encoding: 'utf8' });
    tokens[email] = out.trim().split('\n').pop();
    assert.match(tokens[email], /^[0-9a-f]{64}$/);
  }
  return tokens[email];
}
async function getJson(p, tok) {
  const res = await fetch(url(p), { headers: tok ? { authorization: `Bearer ${tok}` } : {} });
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type'), text, body: JSON.parse(text) };
}
async function postJson(p, body, tok) {
  const headers = { 'content-type': 'application/json' };
  if (tok) headers.authorization = `Bearer ${tok}`;
  const res = await fetch(url(p), { method: 'POST', headers, body: JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, body: JSON.parse(text) };
}
const act = (id, email, action, note) =>
  postJson(`/api/v1/issues/${id}/transition`, note === undefined ? { action } : { action, note }, token(email));

// Open311: a form POST (as every GeoReport client sends it) and plain GETs.
async function o311Post(file, fields) {
  const res = await fetch(url(`/open311/v2/${file}`), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
    body: new URLSearchParams(fields),
  });
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type'), text, body: file.endsWith('.json') ? JSON.parse(text) : text };
}
async function o311Get(p) {
  const res = await fetch(url(`/open311/v2/${p}`));
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type'), text, body: p.split('?')[0].endsWith('.json') ? JSON.parse(text) : text };
}
function assertO311Error(r, status) {
  assert.equal(r.status, status, r.text);
  assert.match(r.type, /^application\/json/);
  assert.ok(Array.isArray(r.body) && r.body.length >= 1, r.text);
  for (const e of r.body) {
    assert.deepEqual(Object.keys(e).sort(), ['code', 'description']);
    assert.equal(e.code, status);
    assert.ok(e.description.length > 0);
  }
}

async function me(email) {
  const r = await getJson('/api/v1/me', token(email));
  assert.equal(r.status, 200);
  return r.body;
}
const mailsTo = (email, title) => readMails(server.dir).filter((m) => m.to.includes(email) && (!title || m.subject.includes(title) || m.body.includes(title)));

// Every key anywhere in a JSON value.
function keysOf(v, out = new Set()) {
  if (Array.isArray(v)) v.forEach((x) => keysOf(x, out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { out.add(k); keysOf(x, out); }
  return out;
}
const PERSONAL_KEYS = ['email', 'reporter', 'reporter_id', 'reporter_name', 'user_id', 'contact_email', 'first_name', 'last_name', 'display_name'];

// ---- The JSON API ---------------------------------------------------------------------------

describe('JSON API: an issue climbs from the 自治会 to the city and is resolved', () => {
  const title = `避難所までの道が暗い ${RUN}`;
  let id;
  let associationId;
  let residentName;

  test('a resident raises it in a 自治会: 201, held by the 自治会 as new, with its first timeline entry', async () => {
    const officer = await me(association(REGION));
    const m = officer.memberships.find((x) => x.role === 'officer' && x.org_name.includes('自治会')) ||
      officer.memberships.find((x) => x.role === 'officer');
    assert.ok(m, JSON.stringify(officer));
    associationId = m.org_id;
    residentName = (await me(resident(REGION))).display_name;

    const r = await postJson('/api/v1/issues', {
      region: REGION, association_id: associationId, category: '防災', title,
      description: '夜、避難所の小学校までの道に街灯がなく、お年寄りが歩けません。', lat: 34.1541, lon: 131.3920, address: '山口市小郡下郷',
    }, token(resident(REGION)));
    assert.equal(r.status, 201, r.text);
    id = r.body.id;
    assert.ok(Number.isInteger(id));
    assert.equal(r.headers.get('location'), url(`/issues/${id}`));
    const i = r.body;
    assert.equal(i.url, url(`/issues/${id}`));
    assert.equal(i.region, REGION);
    assert.ok(i.region_name);
    assert.equal(i.association_id, associationId);
    assert.equal(i.association_name, m.org_name);
    assert.equal(i.category, '防災');
    assert.equal(i.title, title);
    assert.equal(i.address, '山口市小郡下郷');
    assert.equal(i.lat, 34.1541);
    assert.equal(i.lon, 131.392);
    assert.equal(i.level, 'association');
    assert.equal(i.state, 'new');
    assert.equal(i.agency_responsible, m.org_name);
    assert.match(i.created_at, ISO_JST);
    assert.match(i.updated_at, ISO_JST);
    assert.match(i.due_at, ISO_JST);
    assert.ok(Date.parse(i.due_at) > Date.parse(i.created_at));
    assert.equal(i.overdue, false);
    assert.equal(i.metoo, 0);
    assert.equal(i.followers, 1, 'the reporter follows the issue');
    assert.deepEqual(i.images, []);
    assert.equal(i.resolution, null);
    assert.equal(i.reporter_org, null);
    assert.equal(i.timeline.length, 1);
    assert.equal(i.timeline[0].kind, 'raise');
    assert.match(i.timeline[0].at, ISO_JST);
    assert.deepEqual(i.timeline[0].to, { level: 'association', state: 'new' });
  });

  test('nothing about the reporter is shown: no name, email or account in the issue or the list', async () => {
    const one = await getJson(`/api/v1/issues/${id}`);
    const list = await getJson(`/api/v1/issues?region=${REGION}&per_page=100`);
    assert.equal(one.status, 200);
    assert.ok(list.body.items.some((x) => x.id === id));
    for (const r of [one, list]) {
      assert.ok(!r.text.includes(resident(REGION)), 'no reporter email');
      assert.ok(!r.text.includes(residentName), `no reporter name (${residentName})`);
      for (const k of PERSONAL_KEYS) assert.ok(!keysOf(r.body).has(k), `no ${k} key`);
    }
    assert.ok(!one.body.timeline[0].who.includes(residentName));
  });

  test('anonymous POSTs get 401; an unknown issue 404; bad input 400 with the field', async () => {
    const anon = await postJson('/api/v1/issues', { region: REGION, category: '防災', title: 'x', description: 'y' });
    assert.equal(anon.status, 401);
    assert.equal(anon.body.error, M['error.token_required']);
    assert.equal((await postJson(`/api/v1/issues/${id}/transition`, { action: 'start' })).status, 401);
    assert.equal((await act(99999999, association(REGION), 'start')).status, 404);
    assert.equal((await getJson('/api/v1/issues/99999999')).status, 404);
    assert.equal((await getJson('/api/v1/issues/abc')).status, 404);

    const bad = await postJson('/api/v1/issues', { region: REGION, category: 'bosai', title: `分類なし ${RUN}`, description: 'キーは不可' }, token(resident(REGION)));
    assert.equal(bad.status, 400, bad.text);
    assert.equal(bad.body.fields.category, M['api.issue_category_label']);
    const region = await postJson('/api/v1/issues', { region: 'atlantis', category: '防災', title: `地域なし ${RUN}`, description: 'x' }, token(resident(REGION)));
    assert.equal(region.status, 400, region.text);
    assert.ok(region.body.fields.region);
    const empty = await postJson('/api/v1/issues', { region: REGION, category: '環境', title: '', description: '' }, token(resident(REGION)));
    assert.equal(empty.status, 400);
    assert.ok(empty.body.fields.title);
    // None of them was kept.
    const all = await getJson(`/api/v1/issues?region=${REGION}&per_page=100`);
    assert.ok(!all.text.includes(`分類なし ${RUN}`) && !all.text.includes(`地域なし ${RUN}`));
  });

  test('403 comes first: the council, other residents and departments may not act at the 自治会 level, whatever the action', async () => {
    for (const action of ['start', 'resolve', 'escalate', 'decline']) {
      for (const note of [undefined, '理由']) {
        const r = await act(id, council(REGION), action, note);
        assert.equal(r.status, 403, `council ${action}: ${r.text}`);
      }
    }
    assert.equal((await act(id, council(REGION), 'bogus')).status, 403, 'an unknown action: 403 first');
    // The next level up may reopen — but only a closed issue: this one is open (409).
    assert.equal((await act(id, council(REGION), 'reopen', 'x')).status, 409);
    // Those with no part in it get 403 whatever they send, even an unknown action or no note.
    for (const who of [resident(REGION), association(OTHER), council(OTHER), BOSAI]) {
      for (const [action, note] of [['start'], ['resolve'], ['escalate'], ['reopen', 'x'], ['bogus']]) {
        const r = await act(id, who, action, note);
        assert.equal(r.status, 403, `${who} ${action}: ${r.text}`);
      }
    }
    assert.equal((await getJson(`/api/v1/issues/${id}`)).body.state, 'new', 'nothing changed');
  });

  test('the 自治会: 400 for an unknown action or a missing note, 409 out of order, then escalates it to the council (new)', async () => {
    const before = mailsTo(resident(REGION), title).length;
    assert.equal((await act(id, association(REGION), 'bogus')).status, 400);
    assert.equal((await act(id, association(REGION), 'reopen', '再開')).status, 409, 'an open issue cannot be reopened');
    for (const action of ['escalate', 'resolve', 'decline']) {
      const r = await act(id, association(REGION), action);
      assert.equal(r.status, 400, `${action} without a note`);
      assert.equal((await act(id, association(REGION), action, '　')).status, 400, `${action} with a blank note`);
    }
    assert.equal(mailsTo(resident(REGION), title).length, before, 'refused moves tell nobody');
    const r = await act(id, association(REGION), 'escalate', '街灯の設置は自治会だけでは決められないため');
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.level, 'council');
    assert.equal(r.body.state, 'new');
    assert.equal(r.body.id, id);
    assert.equal(r.body.association_id, associationId, 'the 自治会 stays named');
    const last = r.body.timeline.at(-1);
    assert.equal(last.kind, 'escalate');
    assert.deepEqual(last.from, { level: 'association', state: 'new' });
    assert.deepEqual(last.to, { level: 'council', state: 'new' });
    assert.equal(last.note, '街灯の設置は自治会だけでは決められないため');
    assert.equal(mailsTo(resident(REGION), title).length, before + 1, 'the resident is told');
    // The 自治会 no longer holds it.
    assert.equal((await act(id, association(REGION), 'start')).status, 403);
  });

  test('the council starts it (409 the second time) and escalates it to the city', async () => {
    let before = mailsTo(resident(REGION), title).length;
    const s = await act(id, council(REGION), 'start');
    assert.equal(s.status, 200, s.text);
    assert.equal(s.body.level, 'council');
    assert.equal(s.body.state, 'in_progress');
    assert.equal(mailsTo(resident(REGION), title).length, before + 1);
    assert.equal((await act(id, council(REGION), 'start')).status, 409);
    before = mailsTo(resident(REGION), title).length;
    const e = await act(id, council(REGION), 'escalate', '市の防災計画で街灯を検討してほしい');
    assert.equal(e.status, 200, e.text);
    assert.equal(e.body.level, 'city');
    assert.equal(e.body.state, 'new');
    assert.match(e.body.agency_responsible, /防災危機管理課/);
    assert.equal(mailsTo(resident(REGION), title).length, before + 1);
  });

  test('at the city: only the responsible department (or 協働推進課) acts; it starts and resolves; 409 to resolve twice', async () => {
    assert.equal((await act(id, council(REGION), 'start')).status, 403, 'the council is a party, not the holder');
    assert.equal((await act(id, KOTSU, 'start')).status, 403, 'another department');
    // A neighbour follows it for a while.
    const f = await postJson(`/api/v1/issues/${id}/follow`, { follow: true }, token(resident(OTHER)));
    assert.equal(f.status, 200, f.text);
    assert.equal(f.body.followers, 2);
    let before = mailsTo(resident(REGION), title).length;
    const s = await act(id, BOSAI, 'start');
    assert.equal(s.status, 200, s.text);
    assert.equal(s.body.state, 'in_progress');
    assert.equal(mailsTo(resident(REGION), title).length, before + 1);
    assert.equal(mailsTo(resident(OTHER), title).length, 1, 'a follower is told');
    const unf = await postJson(`/api/v1/issues/${id}/follow`, { follow: false }, token(resident(OTHER)));
    assert.equal(unf.body.followers, 1);
    // 協働で解決: the council stays a party and writes on the timeline; outsiders may not.
    const c = await postJson(`/api/v1/issues/${id}/comments`, { note: '協議会も現地確認に同行します' }, token(council(REGION)));
    assert.equal(c.status, 201, c.text);
    assert.equal(c.body.timeline.at(-1).kind, 'comment');
    assert.match(c.body.timeline.at(-1).who, /地域づくり協議会/);
    assert.equal(c.body.state, 'in_progress', 'a comment changes nothing else');
    assert.equal((await postJson(`/api/v1/issues/${id}/comments`, { note: '通りがかりです' }, token(council(OTHER)))).status, 403);
    assert.equal((await postJson(`/api/v1/issues/${id}/comments`, { note: '' }, token(council(REGION)))).status, 400);
    assert.equal((await postJson(`/api/v1/issues/${id}/comments`, { note: 'x' })).status, 401);
    assert.equal((await act(id, BOSAI, 'escalate', '上はない')).status, 409, 'nothing above the city');
    before = mailsTo(resident(REGION), title).length;
    const done = '協議会と現地を確認し、避難路に街灯を3基設置しました。';
    const r = await act(id, BOSAI, 'resolve', done);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.level, 'city');
    assert.equal(r.body.state, 'resolved');
    assert.equal(r.body.resolution, done);
    const mails = mailsTo(resident(REGION), title);
    assert.equal(mails.length, before + 1);
    assert.ok(mails.at(-1).body.includes(done), 'the mail says what was done');
    assert.equal(mailsTo(resident(OTHER), title).length, 1, 'no mail after unfollowing');
    assert.equal((await act(id, BOSAI, 'resolve', 'もう一度')).status, 409);
    assert.equal((await act(id, BOSAI, 'decline', '対応不可')).status, 409);
  });

  test('the timeline records every step, in order, as role and organisation, never the resident', async () => {
    const r = await getJson(`/api/v1/issues/${id}`);
    assert.equal(r.status, 200);
    const t = r.body.timeline;
    assert.deepEqual(t.map((e) => e.kind), ['raise', 'escalate', 'start', 'escalate', 'start', 'comment', 'resolve']);
    assert.deepEqual(t.map((e) => e.to && `${e.to.level}/${e.to.state}`),
      ['association/new', 'council/new', 'council/in_progress', 'city/new', 'city/in_progress', null, 'city/resolved']);
    for (const e of t) {
      assert.match(e.at, ISO_JST);
      assert.ok(e.who.length > 0);
      assert.ok(!e.who.includes(residentName));
    }
    assert.match(t.at(-1).who, /防災危機管理課/);
    for (let k = 1; k < t.length; k++) assert.ok(Date.parse(t[k].at) >= Date.parse(t[k - 1].at));
  });

  test('GET /api/v1/issues filters by region, level, state, category label and overdue; bad filters are 400', async () => {
    const has = async (q) => (await getJson(`/api/v1/issues?${q}&per_page=100`)).body.items.some((x) => x.id === id);
    assert.ok(await has(`region=${REGION}&level=city&state=resolved&category=${encodeURIComponent('防災')}`));
    assert.ok(!(await has(`region=${OTHER}`)));
    assert.ok(!(await has(`region=${REGION}&level=council`)));
    assert.ok(!(await has(`region=${REGION}&state=new`)));
    assert.ok(!(await has(`region=${REGION}&category=${encodeURIComponent('交通')}`)));
    assert.ok(!(await has(`region=${REGION}&overdue=1`)), 'a resolved issue is never overdue');
    const page = await getJson(`/api/v1/issues?state=resolved&per_page=1&page=1`);
    assert.equal(page.status, 200);
    assert.deepEqual(Object.keys(page.body).sort(), ['items', 'page', 'total']);
    assert.equal(page.body.page, 1);
    assert.ok(page.body.total >= 1 && page.body.items.length === 1);
    for (const x of page.body.items) assert.equal(x.state, 'resolved');
    const overdue = await getJson('/api/v1/issues?overdue=1&per_page=100');
    assert.equal(overdue.status, 200);
    for (const x of overdue.body.items) assert.equal(x.overdue, true);
    for (const [q, field] of [['level=prefecture', 'level'], ['state=escalated', 'state'], ['category=天気', 'category'], ['region=atlantis', 'region'], ['overdue=maybe', 'overdue']]) {
      const r = await getJson(`/api/v1/issues?${encodeURI(q)}`);
      assert.equal(r.status, 400, q);
      assert.ok(r.body.fields[field], `${q}: ${r.text}`);
    }
    assert.equal((await getJson('/api/v1/issues?page=0')).status, 400);
  });

  test('a resolved issue can be reopened by the level holding it, then is open again', async () => {
    assert.equal((await act(id, resident(REGION), 'reopen', '再発')).status, 403);
    const r = await act(id, BOSAI, 'reopen', '別の場所も暗いとの声');
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.level, 'city');
    assert.ok(['new', 'in_progress'].includes(r.body.state), r.body.state);
    assert.equal((await act(id, BOSAI, 'reopen', 'もう一度')).status, 409);
  });

  test('issues are found by the Japanese search, on the page and through the API', async () => {
    const api = await getJson(`/api/v1/search?q=${encodeURIComponent('カラス')}&kind=issue`);
    assert.equal(api.status, 200, api.text);
    const hit = api.body.items.find((h) => h.title === 'ごみ集積所のカラス被害');
    assert.ok(hit, api.text);
    assert.equal(hit.kind, 'issue');
    assert.match(hit.url, /\/issues\/\d+$/);
    const page = await fetch(url(`/search?q=${encodeURIComponent('カラス')}`));
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.ok(html.includes(new URL(hit.url).pathname), 'the page links to the issue');
    assert.ok(html.includes('環境'), 'with its category label');
  });

  test('同じ課題がある (me too): once per person, 409 the second time, 401 anonymous', async () => {
    const r = await postJson(`/api/v1/issues/${id}/metoo`, {}, token(resident(OTHER)));
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.metoo, 1);
    const again = await postJson(`/api/v1/issues/${id}/metoo`, {}, token(resident(OTHER)));
    assert.equal(again.status, 409);
    assert.equal((await getJson(`/api/v1/issues/${id}`)).body.metoo, 1);
    assert.equal((await postJson(`/api/v1/issues/${id}/metoo`, {})).status, 401);
  });

  test('a 自治会 declines with a reason; the council (next level up) may reopen it', async () => {
    const r = await postJson('/api/v1/issues', { region: REGION, association_id: associationId, category: '環境', title: `ごみ置き場のカラス ${RUN}`, description: 'ネットが足りない' }, token(resident(REGION)));
    assert.equal(r.status, 201, r.text);
    const d = await act(r.body.id, association(REGION), 'decline', '市のネット貸出で対応できるため');
    assert.equal(d.status, 200, d.text);
    assert.equal(d.body.level, 'association');
    assert.equal(d.body.state, 'declined');
    const o = (await o311Get(`requests/${r.body.id}.json`)).body[0];
    assert.equal(o.status, 'closed');
    assert.equal(o.status_notes, '市のネット貸出で対応できるため');
    assert.equal((await act(r.body.id, association(OTHER), 'reopen', 'x')).status, 403);
    assert.equal((await act(r.body.id, council(REGION), 'reopen')).status, 200, 'reopen needs no note');
    const after = (await getJson(`/api/v1/issues/${r.body.id}`)).body;
    assert.ok(['new', 'in_progress'].includes(after.state), after.state);
    assert.equal(after.timeline.at(-1).kind, 'reopen');
    assert.equal((await o311Get(`requests/${r.body.id}.json`)).body[0].status, 'open');
  });

  test('raised without a 自治会 it starts at the council', async () => {
    const r = await postJson('/api/v1/issues', { region: REGION, category: '空き家', title: `倒れそうな空き家 ${RUN}`, description: '台風の前に見てほしい' }, token(resident(REGION)));
    assert.equal(r.status, 201, r.text);
    assert.equal(r.body.level, 'council');
    assert.equal(r.body.state, 'new');
    assert.equal(r.body.association_id, null);
    assert.equal(r.body.lat, null);
  });
});

// ---- Open311 GeoReport v2 -------------------------------------------------------------------

describe('Open311 GeoReport v2', () => {
  const EMAIL = `o311-${RUN}@example.org`;
  const FIRST = 'ハナコ', LAST = 'ツナギ';
  let requestId;
  const description = `交差点のカーブミラーが割れています ${RUN}　見通しが悪く、通学の時間帯に危険です。\n場所は小郡の交差点です。`;

  test('services.json: one service per category, as the spec shapes it; XML the same', async () => {
    const r = await o311Get('services.json');
    assert.equal(r.status, 200);
    assert.match(r.type, /^application\/json/);
    assert.deepEqual(r.body.map((s) => s.service_code), Object.keys(CATEGORIES));
    for (const s of r.body) {
      assert.deepEqual(Object.keys(s).sort(), ['description', 'group', 'keywords', 'metadata', 'service_code', 'service_name', 'type']);
      assert.equal(s.service_name, CATEGORIES[s.service_code]);
      assert.equal(s.metadata, false);
      assert.equal(s.type, 'realtime');
      assert.equal(typeof s.keywords, 'string');
      assert.ok(s.description.length > 0 && s.group.length > 0);
    }
    const x = await o311Get('services.xml');
    assert.equal(x.status, 200);
    assert.match(x.type, /^text\/xml/);
    assert.equal(XMLValidator.validate(x.body), true);
    assert.match(x.body, /^<\?xml version="1\.0" encoding="utf-8"\?>/i);
    const parsed = new XMLParser({ parseTagValue: false }).parse(x.body);
    assert.deepEqual(parsed.services.service.map((s) => s.service_code), Object.keys(CATEGORIES));
    assert.equal(parsed.services.service[2].service_name, '交通');
    assert.equal(parsed.services.service[2].metadata, 'false');
  });

  test('service discovery names the v2 endpoint and its formats; unknown resources are 404 in the spec\'s error form', async () => {
    const r = await fetch(url('/open311/discovery.json'));
    assert.equal(r.status, 200);
    const d = await r.json();
    assert.equal(d.endpoints.length, 1);
    assert.equal(d.endpoints[0].specification, 'http://wiki.open311.org/GeoReport_v2');
    assert.equal(d.endpoints[0].url, url('/open311/v2'));
    assert.deepEqual(d.endpoints[0].formats.sort(), ['application/json', 'text/xml']);
    assert.match(d.changeset, W3C);
    const x = await fetch(url('/open311/discovery.xml'));
    const xd = new XMLParser().parse(await x.text());
    assert.deepEqual(xd.discovery.endpoints.endpoint.formats.format.sort(), ['application/json', 'text/xml']);
    assertO311Error(await o311Get('tokens.json'), 404);
    assert.equal((await o311Get('tokens.xml')).status, 404);
  });

  test('services/{code}.json is the service definition; an unknown code is 404 in the spec\'s error form', async () => {
    const r = await o311Get('services/kotsu.json');
    assert.equal(r.status, 200);
    assert.deepEqual(r.body, { service_code: 'kotsu', attributes: [] });
    assertO311Error(await o311Get('services/pothole.json'), 404);
    const x = await o311Get('services/pothole.xml');
    assert.equal(x.status, 404);
    const e = new XMLParser().parse(x.body);
    assert.equal(e.errors.error.code, 404);
  });

  test('POST requests.json without a usable api_key is 403; a bad service_code 404/400; no location 400', async () => {
    const base = { service_code: 'kotsu', lat: '34.1541', long: '131.392', description: `鍵なし ${RUN}` };
    assertO311Error(await o311Post('requests.json', base), 403);
    assertO311Error(await o311Post('requests.json', { ...base, api_key: 'f'.repeat(64) }), 403);
    assertO311Error(await o311Post('requests.json', { ...base, api_key: 'nope' }), 403);
    const key = token(resident(REGION));
    assertO311Error(await o311Post('requests.json', { ...base, api_key: key, service_code: 'pothole' }), 404);
    assertO311Error(await o311Post('requests.json', { ...base, api_key: key, service_code: '' }), 400);
    const { lat, long, ...noWhere } = base;
    assertO311Error(await o311Post('requests.json', { ...noWhere, api_key: key }), 400);
    assertO311Error(await o311Post('requests.json', { ...noWhere, api_key: key, lat }), 400);
    assertO311Error(await o311Post('requests.json', { ...base, api_key: key, lat: 'north' }), 400);
    assertO311Error(await o311Post('requests.json', { ...base, api_key: key, email: 'not-an-email' }), 400);
    // XML errors for an .xml request.
    const x = await o311Post('requests.xml', base);
    assert.equal(x.status, 403);
    assert.match(x.type, /^text\/xml/);
    assert.equal(new XMLParser().parse(x.body).errors.error.code, 403);
    // Nothing was kept.
    const all = await o311Get('requests.json');
    assert.ok(!all.text.includes(`鍵なし ${RUN}`));
  });

  test('POST requests.json with an api_key gives a service_request_id; the issue is in the reporter\'s home region', async () => {
    const r = await o311Post('requests.json', {
      api_key: token(resident(REGION)), jurisdiction_id: 'city.yamaguchi.lg.jp', service_code: 'kotsu',
      lat: '34.154100', long: '131.392000', address_string: '山口市小郡 交差点', description,
      email: EMAIL, first_name: FIRST, last_name: LAST, media_url: 'https://example.org/mirror.jpg',
    });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.length, 1);
    assert.deepEqual(Object.keys(r.body[0]).sort(), ['service_notice', 'service_request_id']);
    requestId = r.body[0].service_request_id;
    assert.match(requestId, /^\d+$/);
    assert.ok(r.body[0].service_notice.length > 0);
    const issue = (await getJson(`/api/v1/issues/${requestId}`)).body;
    assert.equal(issue.region, REGION);
    assert.equal(issue.category, '交通');
    assert.equal(issue.level, 'council');
    // The title is the description's first line, at most 40 characters.
    const firstLine = description.split('\n')[0];
    assert.ok([...issue.title].length <= 40, issue.title);
    assert.ok(firstLine.startsWith(issue.title.replace(/…$/, '')), issue.title);
    assert.ok(issue.title.endsWith('…'));
    assert.equal(issue.description, description);
    assert.equal(issue.media_url, 'https://example.org/mirror.jpg');
  });

  test('GET requests/{id}.json: an array of one with the spec\'s fields', async () => {
    const r = await o311Get(`requests/${requestId}.json`);
    assert.equal(r.status, 200);
    assert.equal(r.body.length, 1);
    const s = r.body[0];
    for (const k of ['service_request_id', 'status', 'status_notes', 'service_name', 'service_code', 'description', 'agency_responsible', 'service_notice', 'requested_datetime', 'updated_datetime', 'expected_datetime', 'address', 'address_id', 'zipcode', 'lat', 'long', 'media_url']) {
      assert.ok(k in s, `field ${k}`);
    }
    assert.equal(s.service_request_id, requestId);
    assert.equal(s.status, 'open');
    assert.equal(s.service_code, 'kotsu');
    assert.equal(s.service_name, '交通');
    assert.equal(s.description, description);
    assert.match(s.agency_responsible, /地域づくり協議会/);
    assert.match(s.requested_datetime, W3C);
    assert.match(s.updated_datetime, W3C);
    assert.match(s.expected_datetime, W3C);
    assert.equal(s.address, '山口市小郡 交差点');
    assert.equal(s.lat, 34.1541);
    assert.equal(s.long, 131.392);
    assert.equal(s.media_url, 'https://example.org/mirror.jpg');
    assertO311Error(await o311Get('requests/99999999.json'), 404);
    assertO311Error(await o311Get('requests/abc.json'), 404);
    const x = await o311Get(`requests/${requestId}.xml`);
    assert.equal(x.status, 200);
    assert.equal(XMLValidator.validate(x.body), true);
    const req = new XMLParser({ parseTagValue: false }).parse(x.body).service_requests.request;
    assert.equal(req.service_request_id, requestId);
    assert.equal(req.status, 'open');
    assert.equal(req.long, '131.392');
  });

  test('the reporter\'s email is used to tell them of changes, and never shown; names are not kept', async () => {
    const before = mailsTo(EMAIL).length;
    const r = await act(Number(requestId), council(REGION), 'start');
    assert.equal(r.status, 200, r.text);
    assert.equal(mailsTo(EMAIL).length, before + 1, 'the Open311 reporter is mailed');
    const outputs = [
      await o311Get(`requests/${requestId}.json`), await o311Get(`requests/${requestId}.xml`),
      await o311Get('requests.json'), await o311Get(`requests.json?service_request_id=${requestId}`),
      await getJson(`/api/v1/issues/${requestId}`), await getJson('/api/v1/issues?per_page=100'),
    ];
    const page = await fetch(url(`/issues/${requestId}`));
    if (page.status === 200) outputs.push({ text: await page.text() });
    for (const o of outputs) {
      for (const secret of [EMAIL, FIRST, LAST, resident(REGION)]) {
        assert.ok(!o.text.includes(secret), `${secret} must not be shown`);
      }
    }
  });

  test('GET requests.json: filters service_request_id, service_code, status, start_date, end_date', async () => {
    const ids = async (q) => {
      const r = await o311Get(`requests.json${q}`);
      assert.equal(r.status, 200, `${q}: ${r.text}`);
      return r.body.map((s) => s.service_request_id);
    };
    assert.ok((await ids('')).includes(requestId), 'the last 90 days by default');
    const other = (await postJson('/api/v1/issues', { region: REGION, category: '環境', title: `不法投棄 ${RUN}`, description: '川沿いに家電' }, token(resident(REGION)))).body.id;
    assert.deepEqual((await ids(`?service_request_id=${requestId},${other}`)).sort(), [String(other), requestId].sort());
    // service_request_id overrides the other arguments.
    assert.deepEqual(await ids(`?service_request_id=${requestId}&service_code=bosai&status=closed`), [requestId]);
    assert.ok((await ids('?service_code=kotsu')).includes(requestId));
    assert.ok(!(await ids('?service_code=kankyo')).includes(requestId));
    const both = await ids('?service_code=kotsu,kankyo');
    assert.ok(both.includes(requestId) && both.includes(String(other)));
    assert.ok((await ids('?status=open')).includes(requestId));
    assert.ok(!(await ids('?status=closed')).includes(requestId));
    assert.ok((await ids('?status=open,closed')).includes(requestId));
    for (const s of (await o311Get('requests.json?status=closed')).body) assert.equal(s.status, 'closed');
    const now = Date.now();
    const w3c = (ms) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');
    assert.ok((await ids(`?start_date=${w3c(now - 3600e3)}&end_date=${w3c(now + 3600e3)}`)).includes(requestId));
    // An offset (+09:00), encoded or sent raw (its '+' then arrives as a space).
    const jst = new Date(now - 3600e3 + 9 * 3600e3).toISOString().replace(/\.\d+Z$/, '+09:00');
    assert.ok((await ids(`?start_date=${encodeURIComponent(jst)}`)).includes(requestId));
    assert.ok((await ids(`?start_date=${jst}`)).includes(requestId));
    assert.ok(!(await ids(`?start_date=${w3c(now + 3600e3)}`)).includes(requestId), 'created before start_date');
    assert.ok(!(await ids(`?end_date=${w3c(now - 3600e3)}`)).includes(requestId), 'created after end_date');
    for (const q of ['?start_date=yesterday', '?status=pending', `?start_date=${w3c(now - 100 * 86400e3)}&end_date=${w3c(now)}`, `?start_date=${w3c(now)}&end_date=${w3c(now - 86400e3)}`, '?service_request_id=12,abc']) {
      assertO311Error(await o311Get(`requests.json${q}`), 400);
    }
    assertO311Error(await o311Get('requests.json?service_code=pothole'), 404);
    const x = await o311Get(`requests.xml?service_request_id=${requestId}`);
    assert.equal(x.status, 200);
    assert.equal(new XMLParser({ parseTagValue: false }).parse(x.body).service_requests.request.service_request_id, requestId);
  });

  test('a resolved issue is closed, with what was done as status_notes', async () => {
    const r = await act(Number(requestId), council(REGION), 'resolve', 'カーブミラーを交換しました。');
    assert.equal(r.status, 200, r.text);
    const s = (await o311Get(`requests/${requestId}.json`)).body[0];
    assert.equal(s.status, 'closed');
    assert.equal(s.status_notes, 'カーブミラーを交換しました。');
    assert.ok((await o311Get('requests.json?status=closed')).body.some((x) => x.service_request_id === requestId));
  });

  test('without a home region the region is the one whose 地域交流センター is nearest; an address alone is then 400', async () => {
    const csv = await (await fetch(url('/opendata/facilities.csv'))).text();
    const rows = csv.replace(/^\uFEFF/, '').split(/\r?\n/).slice(1).filter(Boolean).map((l) => l.split(','));
    const regions = (await getJson('/api/v1/regions?per_page=100')).body.items;
    const target = regions.find((g) => g.slug === OTHER);
    const centre = rows.find((c) => c[4] === target.community_centre.name && c[10] && c[11]);
    assert.ok(centre, `a position for ${target.community_centre.name}`);
    const key = token(KOTSU); // city staff: no home region
    const r = await o311Post('requests.json', { api_key: key, service_code: 'kankyo', lat: centre[10], long: centre[11], description: `センター前の側溝が詰まっている ${RUN}` });
    assert.equal(r.status, 200, r.text);
    assert.equal((await getJson(`/api/v1/issues/${r.body[0].service_request_id}`)).body.region, OTHER);
    assertO311Error(await o311Post('requests.json', { api_key: key, service_code: 'kankyo', address_string: '山口市のどこか', description: `住所だけ ${RUN}` }), 400);
    // A resident with a home region may give an address alone.
    const a = await o311Post('requests.json', { api_key: token(resident(OTHER)), service_code: 'kankyo', address_string: '阿東の県道沿い', description: `住所だけ ${RUN}` });
    assert.equal(a.status, 200, a.text);
    assert.equal((await o311Get(`requests/${a.body[0].service_request_id}.json`)).body[0].lat, null);
  });

  test('a request without a description (optional in the spec) is taken, named by its service', async () => {
    const r = await o311Post('requests.json', { api_key: token(resident(REGION)), service_code: 'akiya', address_string: `空き家の前 ${RUN}` });
    assert.equal(r.status, 200, r.text);
    const got = (await o311Get(`requests/${r.body[0].service_request_id}.json`)).body[0];
    assert.equal(got.service_name, '空き家');
    assert.equal(got.address, `空き家の前 ${RUN}`);
    const issue = (await getJson(`/api/v1/issues/${r.body[0].service_request_id}`)).body;
    assert.equal(issue.title, '空き家');
    assert.ok(issue.description.length > 0);
  });

  test('POST requests.xml answers in XML', async () => {
    const r = await o311Post('requests.xml', { api_key: token(resident(REGION)), service_code: 'other', address_string: '小郡駅前', description: `XMLで報告 ${RUN}` });
    assert.equal(r.status, 200, r.text);
    assert.match(r.type, /^text\/xml/);
    const req = new XMLParser({ parseTagValue: false }).parse(r.body).service_requests.request;
    assert.match(req.service_request_id, /^\d+$/);
  });
});
