// Browser tests: what a resident, a council officer and a city administrator see and do,
// in Debian's Chromium driven by playwright-core, with axe-core for accessibility.
//
//   cd /work/main && node --test tests/e2e/browser.test.mjs
//
// One server (fresh SQLite with demo data) and one browser for the whole file. The tests in
// this file run in order; the flows share that server, so each flow uses its own accounts.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './harness.mjs';
import {
  M, WIDTHS, assertAccessible, assertFlash, assertNoHorizontalScroll, clickAndWait, kit,
  launchBrowser, stopServer,
} from './browser_kit.mjs';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

let server;
let browser;
const { url, newContext, goto, login, contextFor } = kit(() => server, () => browser);

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  if (browser) await browser.close();
  if (server) await stopServer(server);
});

async function logout(page) {
  await clickAndWait(page, page.getByRole('button', { name: M['nav.logout'] }));
  await assertFlash(page, M['flash.logged_out']);
  const nav = page.getByRole('navigation', { name: M['nav.main'] });
  assert.equal(await nav.getByRole('link', { name: M['nav.login'], exact: true }).count(), 1,
    'the header offers ログイン again');
}

async function assertErrorSummary(page, errors) {
  const summary = page.locator('.error-summary');
  assert.ok(await summary.isVisible(), 'the error summary is shown');
  assert.equal((await summary.locator('h2').innerText()).trim(), M['error.summary_heading']);
  for (const [field, message] of Object.entries(errors)) {
    const link = summary.locator(`a[href="#f-${field}"]`);
    assert.equal(await link.count(), 1, `the summary links to #f-${field}`);
    // Each entry names its field, as the label says, then the message.
    const label = await page.locator(`label[for="f-${field}"]`).evaluate((l) => l.firstChild.textContent.trim());
    assert.equal((await link.innerText()).trim(), `${label}：${message}`);
  }
  // The summary is the first thing in the main content.
  const first = await page.evaluate(() => document.querySelector('main').firstElementChild.className);
  assert.match(first, /error-summary/);
}

async function whoami(page) {
  const el = page.locator('.whoami');
  return (await el.count()) ? (await el.innerText()).trim() : '';
}

// ---------------------------------------------------------------------------------------------
// 1. Accessibility and narrow screens on every page.

// Ids looked up from the pages themselves (demo data ids are not fixed).
const ids = {};
async function orgIdByName(name) {
  const ctx = await contextFor(null);
  const page = await ctx.newPage();
  try {
    await goto(page, '/regions/sue');
    const href = await page.getByRole('link', { name, exact: true }).first().getAttribute('href');
    return Number(href.match(/\/orgs\/(\d+)/)[1]);
  } finally { await page.close(); }
}

async function resetLinkFor(email) {
  const ctx = await newContext();
  const page = await ctx.newPage();
  try {
    await goto(page, '/password/forgot');
    await page.locator('#f-email').fill(email);
    await clickAndWait(page, page.getByRole('button', { name: M['form.submit_send'] }));
    await assertFlash(page, M['flash.reset_sent']);
  } finally { await ctx.close(); }
  const mail = server.lastMail();
  assert.ok(mail, 'a reset mail was written');
  const m = mail.body.match(/https?:\/\/[^\s]+\/password\/reset\?token=[0-9A-Za-z_%-]+/);
  assert.ok(m, `the mail contains a reset link:\n${mail.body}`);
  return m[0];
}

const PAGES = [
  // Anonymous visitors.
  { name: 'portal', path: '/' },
  { name: 'the 21 regions', path: '/regions' },
  { name: 'a region (sue)', path: '/regions/sue' },
  { name: 'a council', path: () => `/orgs/${ids.council}` },
  { name: 'a subcommittee', path: () => `/orgs/${ids.sub}` },
  { name: 'the registration form', path: '/register' },
  { name: 'the registration form with errors', path: '/register', status: 200,
    async act(page) {
      await page.locator('#f-email').fill('not-an-email');
      await page.locator('#f-password').fill('short');
      await clickAndWait(page, page.getByRole('button', { name: M['form.submit_register'] }));
      await page.locator('.error-summary').waitFor();
    } },
  { name: 'the login form', path: '/login' },
  { name: 'the login form after a failed login', path: '/login',
    async act(page) {
      await page.locator('#f-email').fill('resident-tokuji@example.jp');
      await page.locator('#f-password').fill('wrong-password-123');
      await clickAndWait(page, page.getByRole('button', { name: M['form.submit_login'] }));
      await page.locator('.error-summary').waitFor();
    } },
  { name: 'forgotten password', path: '/password/forgot' },
  { name: 'reset password (emailed link)', path: () => ids.resetPath },
  { name: 'page not found', path: '/regions/nowhere', status: 404 },
  // Logged in.
  { name: 'my page (city admin)', as: 'cityadmin@example.jp', path: '/me' },
  { name: 'my page with memberships', as: 'association-sue@example.jp', path: '/me' },
  { name: 'an organisation with its members', as: 'cityadmin@example.jp', path: () => `/orgs/${ids.council}` },
  { name: 'a region with admin actions', as: 'cityadmin@example.jp', path: '/regions/sue' },
  { name: 'admin home (city admin)', as: 'cityadmin@example.jp', path: '/admin' },
  { name: 'admin home (council officer)', as: 'council-sue@example.jp', path: '/admin' },
  { name: 'organisations', as: 'cityadmin@example.jp', path: '/admin/orgs' },
  { name: 'organisations filtered', as: 'cityadmin@example.jp', path: '/admin/orgs?region=sue&kind=association' },
  { name: 'organisations, none found', as: 'cityadmin@example.jp', path: '/admin/orgs?region=sue&kind=school' },
  { name: 'new organisation', as: 'cityadmin@example.jp', path: '/admin/orgs/new' },
  { name: 'new organisation with errors', as: 'cityadmin@example.jp', path: '/admin/orgs/new',
    async act(page) {
      await page.locator('#f-phone').fill('phone?');
      await page.locator('#f-website').fill('ftp://x');
      await clickAndWait(page, page.getByRole('button', { name: M['form.submit_save'] }));
      await page.locator('.error-summary').waitFor();
    } },
  { name: 'edit organisation', as: 'cityadmin@example.jp', path: () => `/admin/orgs/${ids.council}/edit` },
  { name: 'organisation members', as: 'cityadmin@example.jp', path: () => `/admin/orgs/${ids.council}/members` },
  { name: 'community centre', as: 'cityadmin@example.jp', path: '/admin/regions/sue/center' },
  { name: 'audit log', as: 'cityadmin@example.jp', path: '/admin/audit' },
  { name: 'forbidden (403)', as: 'resident-sue@example.jp', path: '/admin/orgs/new', status: 403 },
];

describe('every page: axe (WCAG 2.1 AA) at 360 px and 1280 px, no sideways scrolling at 360 px', () => {
  before(async () => {
    ids.council = await orgIdByName('陶地域づくり協議会');
    ids.sub = await orgIdByName('これから部会');
    const link = new URL(await resetLinkFor('resident-ajisu@example.jp'));
    ids.resetPath = link.pathname + link.search;
  });

  for (const p of PAGES) {
    test(`${p.name}${p.as ? ` (as ${p.as})` : ''}`, async () => {
      const ctx = await contextFor(p.as);
      const page = await ctx.newPage();
      try {
        const path = typeof p.path === 'function' ? p.path() : p.path;
        const label = `${p.name} (${path})`;
        // Loaded once at the narrow width, then widened: there are no scripts, so the layout
        // after resizing is what a fresh load at that width gives.
        await page.setViewportSize({ width: WIDTHS[0], height: 900 });
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
// 2. What users do.

describe('a resident: register, log out and in, profile, password, reset', () => {
  const name = 'つなぐ 花子（テスト）';
  const email = 'hanako-e2e@example.jp';
  let ctx;
  let page;
  let password = 'first-password-2024';

  before(async () => {
    ctx = await newContext(360);
    page = await ctx.newPage();
  });
  after(async () => { await ctx.close(); });

  test('a failed registration (passwords differ) keeps what was typed and says what is wrong', async () => {
    await goto(page, '/register');
    await page.locator('#f-display_name').fill(name);
    await page.locator('#f-email').fill(email);
    await page.locator('#f-password').fill(password);
    await page.locator('#f-password_confirm').fill('something-else-entirely');
    await clickAndWait(page, page.getByRole('button', { name: M['form.submit_register'] }));
    await assertErrorSummary(page, { password_confirm: M['error.password_mismatch'] });
    assert.equal(await page.locator('#f-display_name').inputValue(), name);
    assert.equal(await page.locator('#f-email').inputValue(), email);
    assert.equal(await page.locator('#f-password').inputValue(), '', 'passwords are not echoed back');
    assert.equal(await page.locator('#f-password_confirm').getAttribute('aria-invalid'), 'true');
    assert.equal(await whoami(page), '', 'not logged in');
  });

  test('the error summary link takes the user to the field', async () => {
    await page.locator('.error-summary a[href="#f-password_confirm"]').click();
    await page.waitForFunction(() => location.hash === '#f-password_confirm');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'f-password_confirm',
      'the field with the error has the focus');
    assert.ok(await page.locator('#f-password_confirm').isVisible());
    await page.keyboard.type('typed-after-jump');
    assert.equal(await page.locator('#f-password_confirm').inputValue(), 'typed-after-jump');
  });

  test('a failed registration (email already registered) keeps what was typed', async () => {
    await goto(page, '/register');
    await page.locator('#f-display_name').fill(name);
    await page.locator('#f-email').fill('resident-sue@example.jp');
    await page.locator('#f-password').fill(password);
    await page.locator('#f-password_confirm').fill(password);
    await page.locator('#f-home_region').selectOption('sue');
    await clickAndWait(page, page.getByRole('button', { name: M['form.submit_register'] }));
    await assertErrorSummary(page, { email: M['error.email_taken'] });
    assert.equal(await page.locator('#f-display_name').inputValue(), name);
    assert.equal(await page.locator('#f-email').inputValue(), 'resident-sue@example.jp');
    assert.equal(await page.locator('#f-home_region').inputValue(), 'sue');
    assert.equal(await page.locator('#f-password').inputValue(), '');
    assert.equal(await page.locator('#e-email').innerText(), M['error.email_taken']);
    await assertAccessible(page, 'registration with a taken email');
  });

  test('registering logs the new resident in and shows their page with their name', async () => {
    await goto(page, '/register');
    await page.locator('#f-display_name').fill(name);
    await page.locator('#f-email').fill(email);
    await page.locator('#f-password').fill(password);
    await page.locator('#f-password_confirm').fill(password);
    await page.locator('#f-home_region').selectOption('sue');
    await page.locator('#f-age_band').selectOption('30s');
    await clickAndWait(page, page.getByRole('button', { name: M['form.submit_register'] }));
    assert.equal(new URL(page.url()).pathname, '/me');
    await assertFlash(page, M['flash.registered']);
    assert.equal(await page.locator('h1').innerText(), M['page.me_title']);
    assert.equal(await whoami(page), M['nav.logged_in_as'] + name);
    assert.equal(await page.locator('#f-display_name').inputValue(), name);
    assert.equal(await page.locator('#f-home_region').inputValue(), 'sue');
    assert.equal(await page.locator('#f-age_band').inputValue(), '30s');
    assert.match(await page.locator('dl.facts').innerText(), new RegExp(email.replace(/\./g, '\\.')));
    await assertAccessible(page, 'my page after registering (flash message)');
  });

  test('logging out with the header button', async () => {
    await logout(page);
    assert.equal(new URL(page.url()).pathname, '/');
    assert.equal(await whoami(page), '');
    const res = await page.goto(url('/me'));
    assert.equal(new URL(res.url()).pathname, '/login', '/me now asks to log in');
    await assertFlash(page, M['flash.login_required']);
  });

  test('a wrong password is refused with a Japanese message and the email kept', async () => {
    await login(page, email, 'not-my-password-000');
    assert.equal(new URL(page.url()).pathname, '/login');
    await assertErrorSummary(page, { email: M['error.login_failed'] });
    assert.match(M['error.login_failed'], JAPANESE);
    assert.equal(await page.locator('#f-email').inputValue(), email);
    assert.equal(await page.locator('#f-password').inputValue(), '');
    assert.equal(await whoami(page), '');
  });

  test('logging in', async () => {
    await login(page, email, password);
    await assertFlash(page, M['flash.logged_in']);
    assert.equal(new URL(page.url()).pathname, '/');
    assert.equal(await whoami(page), M['nav.logged_in_as'] + name);
  });

  test('changing home region and age band is saved', async () => {
    await goto(page, '/me');
    await page.locator('#f-home_region').selectOption('yuda');
    await page.locator('#f-age_band').selectOption('60s');
    await clickAndWait(page, page.getByRole('button', { name: M['form.submit_save'] }));
    await assertFlash(page, M['flash.profile_saved']);
    await goto(page, '/me');
    assert.equal(await page.locator('#f-home_region').inputValue(), 'yuda');
    assert.equal(await page.locator('#f-age_band').inputValue(), '60s');
    const chosen = await page.locator('#f-age_band option:checked').innerText();
    assert.equal(chosen, M['age_band.60s']);
  });

  test('a wrong current password is refused', async () => {
    await goto(page, '/me');
    await page.locator('#f-current').fill('this-is-not-it-000');
    await page.locator('#f-password').fill('second-password-2024');
    await page.locator('#f-password_confirm').fill('second-password-2024');
    await clickAndWait(page, page.getByRole('button', { name: M['form.submit_change_password'] }));
    await assertErrorSummary(page, { current: M['error.current_password'] });
    assert.equal(await page.locator('#f-current').inputValue(), '');
    await assertAccessible(page, 'my page with a password error');
  });

  test('changing the password; the new one works for the next login', async () => {
    await goto(page, '/me');
    const next = 'second-password-2024';
    await page.locator('#f-current').fill(password);
    await page.locator('#f-password').fill(next);
    await page.locator('#f-password_confirm').fill(next);
    await clickAndWait(page, page.getByRole('button', { name: M['form.submit_change_password'] }));
    await assertFlash(page, M['flash.password_changed']);
    assert.equal(await whoami(page), M['nav.logged_in_as'] + name, 'still logged in here');
    password = next;
    await logout(page);
    await login(page, email, password);
    await assertFlash(page, M['flash.logged_in']);
    assert.equal(await whoami(page), M['nav.logged_in_as'] + name);
    await logout(page);
  });

  test('resetting a forgotten password with the emailed link', async () => {
    await goto(page, '/login');
    await clickAndWait(page, page.getByRole('link', { name: M['login.forgot'] }));
    assert.equal(new URL(page.url()).pathname, '/password/forgot');
    await page.locator('#f-email').fill(email);
    await clickAndWait(page, page.getByRole('button', { name: M['form.submit_send'] }));
    assert.equal(new URL(page.url()).pathname, '/login');
    await assertFlash(page, M['flash.reset_sent']);

    const mail = server.lastMail();
    assert.ok(mail, 'a mail was sent');
    assert.match(mail.head, new RegExp(email.replace(/\./g, '\\.')));
    const link = mail.body.match(/https?:\/\/[^\s]+\/password\/reset\?token=[0-9A-Za-z_%-]+/);
    assert.ok(link, `the mail has a reset link:\n${mail.body}`);
    assert.ok(link[0].startsWith(server.url), 'the link points to this site');

    await goto(page, new URL(link[0]).pathname + new URL(link[0]).search);
    assert.equal(await page.locator('h1').innerText(), M['page.reset_title']);
    const fresh = 'third-password-after-reset';
    await page.locator('#f-password').fill(fresh);
    await page.locator('#f-password_confirm').fill(fresh);
    await clickAndWait(page, page.getByRole('button', { name: M['form.submit_reset'] }));
    assert.equal(new URL(page.url()).pathname, '/login');
    await assertFlash(page, M['flash.password_reset']);

    await login(page, email, password);
    await assertErrorSummary(page, { email: M['error.login_failed'] });
    await login(page, email, fresh);
    await assertFlash(page, M['flash.logged_in']);
    assert.equal(await whoami(page), M['nav.logged_in_as'] + name);

    // The link works once only.
    const again = await page.goto(link[0]);
    assert.equal(again.status(), 400);
    assert.equal((await page.locator('main .lead').innerText()).trim(), M['error.reset_token']);
  });
});

describe('a city admin manages an organisation', () => {
  const orgName = 'テスト北自治会（E2E）';
  const renamed = 'テスト北町内会（E2E）';
  const memberEmail = 'resident-sue@example.jp';
  const memberName = '陶の住民（デモ）';
  let ctx;
  let page;
  let orgId;

  before(async () => {
    ctx = await newContext();
    page = await ctx.newPage();
    await login(page, 'cityadmin@example.jp');
    await assertFlash(page, M['flash.logged_in']);
  });
  after(async () => { await ctx.close(); });

  test('creates a 自治会 in sue and it appears on the region page', async () => {
    await goto(page, '/regions/sue');
    await clickAndWait(page, page.getByRole('link', { name: M['region.add_org'] }));
    assert.equal(await page.locator('h1').innerText(), M['page.org_new_title']);
    assert.equal(await page.locator('#f-kind').inputValue(), 'association', 'kind prefilled');
    assert.equal(await page.locator('#f-region').inputValue(), 'sue', 'region prefilled');
    await page.locator('#f-name').fill(orgName);
    await page.locator('#f-kana').fill('てすときたじちかい');
    await page.locator('#f-phone').fill('083-000-9999');
    await clickAndWait(page, page.getByRole('button', { name: M['form.submit_save'] }));
    await assertFlash(page, M['flash.org_created']);
    const m = new URL(page.url()).pathname.match(/^\/orgs\/(\d+)$/);
    assert.ok(m, `redirected to the new organisation, got ${page.url()}`);
    orgId = Number(m[1]);
    assert.match(await page.locator('h1').innerText(), new RegExp(orgName.replace(/[()（）]/g, '.')));
    assert.match(await page.locator('main').innerText(), new RegExp(M['org_kind.association']));

    await goto(page, '/regions/sue');
    const section = page.locator('section[aria-labelledby="assoc-heading"]');
    const link = section.getByRole('link', { name: orgName, exact: true });
    assert.equal(await link.count(), 1, 'listed under 自治会・町内会 on /regions/sue');
    assert.equal(await link.getAttribute('href'), `/orgs/${orgId}`);
  });

  test('the organisation list can be filtered by region and kind', async () => {
    await goto(page, '/admin/orgs');
    await page.locator('#f-region').selectOption('sue');
    await page.locator('#f-kind').selectOption('association');
    await clickAndWait(page, page.getByRole('button', { name: M['form.submit_filter'] }));
    const u = new URL(page.url());
    assert.equal(u.searchParams.get('region'), 'sue');
    assert.equal(u.searchParams.get('kind'), 'association');
    const rows = await page.locator('.data-table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.children].map((c) => c.innerText.trim())));
    assert.ok(rows.length >= 2);
    for (const [, kind, region] of rows) {
      assert.equal(kind, M['org_kind.association']);
      assert.equal(region, '陶');
    }
    assert.ok(rows.some(([n]) => n === orgName), 'the new 自治会 is listed');
    assert.equal(await page.locator('#f-region').inputValue(), 'sue', 'the filter stays chosen');
  });

  test('edits it', async () => {
    await goto(page, `/orgs/${orgId}`);
    await clickAndWait(page, page.getByRole('link', { name: M['org.edit'] }));
    assert.equal(await page.locator('h1').innerText(), M['page.org_edit_title']);
    assert.equal(await page.locator('#f-name').inputValue(), orgName);
    await page.locator('#f-name').fill(renamed);
    await page.locator('#f-description').fill('ごみ当番と夏祭りを行っています。');
    await clickAndWait(page, page.getByRole('button', { name: M['form.submit_save'] }));
    await assertFlash(page, M['flash.org_saved']);
    assert.equal(new URL(page.url()).pathname, `/orgs/${orgId}`);
    assert.match(await page.locator('h1').innerText(), /テスト北町内会/);
    assert.equal((await page.locator('main p.lead').innerText()).trim(), 'ごみ当番と夏祭りを行っています。');
    await goto(page, '/regions/sue');
    assert.equal(await page.getByRole('link', { name: renamed, exact: true }).count(), 1);
    assert.equal(await page.getByRole('link', { name: orgName, exact: true }).count(), 0);
  });

  test('an invalid edit shows the error summary and keeps the input', async () => {
    await goto(page, `/admin/orgs/${orgId}/edit`);
    await page.locator('#f-website').fill('www.example.jp');
    await clickAndWait(page, page.getByRole('button', { name: M['form.submit_save'] }));
    await assertErrorSummary(page, { website: M['error.url'] });
    assert.equal(await page.locator('#f-website').inputValue(), 'www.example.jp');
    assert.equal(await page.locator('#f-name').inputValue(), renamed);
  });

  test('adds a member by email and changes their role', async () => {
    await goto(page, `/orgs/${orgId}`);
    await clickAndWait(page, page.getByRole('link', { name: M['org.manage'] }));
    assert.equal(new URL(page.url()).pathname, `/admin/orgs/${orgId}/members`);

    // An unknown address is refused with a message next to the field.
    await page.locator('#f-email').fill('nobody-here@example.jp');
    await clickAndWait(page, page.getByRole('button', { name: M['form.submit_add'] }));
    await assertErrorSummary(page, { email: M['error.no_such_account'] });
    assert.equal(await page.locator('#f-email').inputValue(), 'nobody-here@example.jp');

    await page.locator('#f-email').fill(memberEmail);
    await page.locator('#f-role').selectOption('member');
    await clickAndWait(page, page.getByRole('button', { name: M['form.submit_add'] }));
    await assertFlash(page, M['flash.member_added']);
    const row = page.locator('.data-table tbody tr', { has: page.locator('th', { hasText: memberName }) });
    assert.equal(await row.count(), 1, 'the new member is listed');
    assert.equal((await row.locator('td').first().innerText()).trim(), M['member_role.member']);

    const select = row.getByLabel(memberName + M['members.role_for']);
    await select.selectOption('officer');
    await clickAndWait(page, row.getByRole('button', { name: M['form.submit_change_role'] }));
    await assertFlash(page, M['flash.member_saved']);
    const after = page.locator('.data-table tbody tr', { has: page.locator('th', { hasText: memberName }) });
    assert.equal((await after.locator('td').first().innerText()).trim(), M['member_role.officer']);
    await assertAccessible(page, 'members page with a flash message');

    await goto(page, `/orgs/${orgId}`);
    assert.match(await page.locator('.member-list').innerText(), new RegExp(`${memberName}（${M['member_role.officer']}）`));
  });
});

describe('permissions', () => {
  test('a council officer edits the community centre of their region, not another one', async () => {
    const ctx = await newContext(360);
    const page = await ctx.newPage();
    try {
      await login(page, 'council-sue@example.jp');
      await goto(page, '/regions/sue');
      await clickAndWait(page, page.getByRole('link', { name: M['region.edit_center'] }));
      assert.equal(new URL(page.url()).pathname, '/admin/regions/sue/center');
      const hours = '火曜日〜土曜日 9:00〜17:00（E2E）';
      await page.locator('#f-center_hours').fill(hours);
      await clickAndWait(page, page.getByRole('button', { name: M['form.submit_save'] }));
      assert.equal(new URL(page.url()).pathname, '/regions/sue');
      await assertFlash(page, M['flash.center_saved']);
      assert.match(await page.locator('section[aria-labelledby="center-heading"]').innerText(), new RegExp(hours.replace(/[()（）.]/g, '.')));

      // Another region: refused, in Japanese.
      await goto(page, '/regions/yuda');
      assert.equal(await page.getByRole('link', { name: M['region.edit_center'] }).count(), 0, 'no edit link on yuda');
      await goto(page, '/admin/regions/yuda/center', 403);
      assert.equal(await page.locator('h1').innerText(), M['error.title_403']);
      assert.equal((await page.locator('main .lead').innerText()).trim(), M['error.forbidden']);
    } finally { await ctx.close(); }
  });

  test('a resident cannot add organisations', async () => {
    const ctx = await contextFor('resident-sue@example.jp');
    const page = await ctx.newPage();
    try {
      await goto(page, '/regions/sue');
      assert.equal(await page.getByRole('link', { name: M['region.add_org'] }).count(), 0);
      assert.equal(await page.getByRole('link', { name: M['nav.admin'], exact: true }).count(), 0);
      await goto(page, '/admin/orgs/new', 403);
      assert.equal(await page.locator('h1').innerText(), M['error.title_403']);
      assert.equal((await page.locator('main .lead').innerText()).trim(), M['error.forbidden']);
    } finally { await page.close(); }
  });
});

describe('keyboard', () => {
  test('Tab from the top focuses the skip link first, visibly, and it moves focus to the content', async () => {
    const ctx = await newContext(360);
    const page = await ctx.newPage();
    try {
      await goto(page, '/');
      await page.keyboard.press('Tab');
      const skip = await page.evaluate(() => {
        const el = document.activeElement;
        const s = getComputedStyle(el);
        const b = el.getBoundingClientRect();
        return {
          tag: el.tagName, text: el.textContent.trim(), href: el.getAttribute('href'),
          outlineStyle: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth),
          left: b.left, top: b.top, right: b.right, width: b.width,
        };
      });
      assert.equal(skip.tag, 'A');
      assert.equal(skip.text, M['nav.skip']);
      assert.equal(skip.text, '本文へ移動');
      assert.equal(skip.href, '#main');
      assert.notEqual(skip.outlineStyle, 'none', 'the focused skip link has an outline');
      assert.ok(skip.outlineWidth > 0, 'the outline has a width');
      assert.ok(skip.left >= 0 && skip.right <= 360 && skip.top >= 0, `the skip link is on screen when focused: ${JSON.stringify(skip)}`);

      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.id === 'main');
      // The next Tab goes to the first link inside the content, not back to the header.
      await page.keyboard.press('Tab');
      const inMain = await page.evaluate(() => document.activeElement.closest('main') !== null);
      assert.ok(inMain, 'focus continues inside the main content');
    } finally { await ctx.close(); }
  });

  test('every focusable control in the header and forms shows a visible focus outline', async () => {
    const ctx = await newContext();
    const page = await ctx.newPage();
    try {
      await goto(page, '/login');
      const seen = [];
      for (let i = 0; i < 30; i++) {
        await page.keyboard.press('Tab');
        const f = await page.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body) return null; // past the last control
          const s = getComputedStyle(el);
          return { what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} ${el.textContent.trim().slice(0, 20)}`,
            outlineStyle: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth) };
        });
        if (!f) break;
        seen.push(f);
        assert.ok(f.outlineStyle !== 'none' && f.outlineWidth > 0, `no visible focus on ${f.what}`);
      }
      assert.ok(seen.some((f) => f.what.startsWith('input#f-email')), 'the email field is reachable by Tab');
      assert.ok(seen.some((f) => f.what.startsWith('button')), 'the submit button is reachable by Tab');
      assert.ok(seen.length >= 8, `all controls visited: ${seen.map((f) => f.what).join(' / ')}`);
    } finally { await ctx.close(); }
  });
});

// ---------------------------------------------------------------------------------------------
// 3. Not found.

describe('page not found', () => {
  test('is in Japanese and links back to the top page', async () => {
    const ctx = await newContext(360);
    const page = await ctx.newPage();
    try {
      await goto(page, '/regions/nowhere', 404);
      assert.equal(await page.getAttribute('html', 'lang'), 'ja');
      assert.equal(await page.locator('h1').innerText(), M['error.title_404']);
      assert.match(await page.title(), JAPANESE);
      assert.equal((await page.locator('main .lead').innerText()).trim(), M['error.no_region']);
      const back = page.locator('main').getByRole('link', { name: M['error.back'] });
      assert.equal(await back.getAttribute('href'), '/');
      await clickAndWait(page, back);
      assert.equal(new URL(page.url()).pathname, '/');
      assert.equal(await page.locator('h1').innerText(), M['site.full_name']);

      await goto(page, '/no/such/page', 404);
      assert.equal(await page.locator('h1').innerText(), M['error.title_404']);
      assert.equal((await page.locator('main .lead').innerText()).trim(), M['error.not_found']);
      assert.equal(await page.locator('main').getByRole('link', { name: M['error.back'] }).getAttribute('href'), '/');
    } finally { await ctx.close(); }
  });
});
