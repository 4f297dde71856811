// After one visit every page works without a network: the service worker serves this release's
// files. Proven with the server stopped (not only the browser set offline, which a service
// worker's own fetches can escape): every route loads from the worker, with and without its
// trailing slash, and the guide, its export, the token inspector and the chain check still work.
import { readFileSync, mkdtempSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, ready, watch, privateServer, DIST } from './fixtures.js';
import { Q, walk, cards, SESSION } from './guide.js';

// Every route and the heading its page shows. The test below checks that this covers every
// route of the build's navigation, so a new route cannot be left out.
const ROUTES = [
  ['/', 'Sessions, JWTs, or both?'],
  ['/guide', Q.clients],
  ['/costs', 'What each approach costs'],
  ['/revocation', 'How long does a stolen credential work?'],
  ['/glossary', 'Glossary'],
  ['/inspector/', 'Token inspector'],
  ['/compare-tokens', 'Compare two tokens'],
  ['/token-status', "Check a token's status"],
  ['/token-chain', 'Check a certificate chain'],
  ['/token-kit', 'Test your verifier'],
];

test('the list of routes covers every route of the build', () => {
  // The service worker's map of pages holds every route, those off the navigation too.
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const pages = JSON.parse(sw.match(/PAGES = (\{[^}]*\})/)[1]);
  const served = Object.entries(pages).map(([segment, url]) => (segment === '' ? '/' : `/${url.replace(/^\.\//, '')}`));
  expect(served.length).toBeGreaterThan(5);
  expect(ROUTES.map(([path]) => (path === '/' ? '/' : `${path.replace(/\/$/, '')}/`)).sort()).toEqual(served.sort());
});

test('after one visit, every page works with the server stopped', async ({ browser }) => {
  test.setTimeout(90_000);
  const server = await privateServer(DIST);
  const context = await browser.newContext();
  const page = await context.newPage();
  const watched = await watch(page, server.base);
  await page.goto(`${server.base}/`);
  await ready(page);
  // The worker controls the page once it has cached every file of the release.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });

  await server.stop();

  for (const [path, heading] of ROUTES) {
    const bare = path.replace(/\/$/, '');
    // The inspector has no router, so its page also opens as its folder's index.html.
    const variants = path === '/' ? ['/'] : [bare, `${bare}/`];
    if (path === '/inspector/') variants.push('/inspector/index.html');
    for (const variant of variants) {
      const response = await page.goto(`${server.base}${variant}`);
      expect(response.fromServiceWorker(), `${variant} comes from the service worker`).toBe(true);
      await expect(page.getByRole('heading', { level: 1 }), variant).toHaveText(heading);
      await ready(page);
    }
  }
  // An address that does not exist gets the cached "Page not found" (404.html), from the first
  // paint: not the start page's copy.
  const missing = await page.goto(`${server.base}/no/such/page`);
  expect(missing.fromServiceWorker()).toBe(true);
  const served = await missing.text();
  expect(served).toContain('Page not found');
  expect(served).not.toContain('Sessions, JWTs, or both?');
  await ready(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');

  // The guide, start to finish, and its export.
  await walk(page, [
    [Q.clients, ['Our own web app in the browser']],
    [Q.frontend, ['Server-rendered pages']],
    [Q.backend, ['One application']],
    [Q.domains, []],
    [Q.revoke, []],
    [Q.data, []],
    [Q.stake, []],
    [Q.scale, []],
    [Q.store, []],
    [Q.run, ['Yes, ourselves']],
    [Q.signin, []],
    [Q.team, []],
    [Q.stack, []],
  ], server.base);
  expect((await cards(page))[0][1]).toBe(SESSION);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download decision record' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.md$/);

  // A deep link, and the inspector: its module and its crypto worker come from the cache, so it
  // decodes, searches and verifies.
  await page.goto(`${server.base}/guide?v=2&view=result&clients=mobile`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your recommendation');
  await page.goto(`${server.base}/inspector/`);
  await ready(page);
  await page.getByRole('button', { name: 'Weak secret', exact: true }).click();
  await expect(page.locator('.secret-search')).toContainText('“secret”');
  await expect(page.locator('#verify-outcome')).toContainText('Signature valid');
  // The token tools start the same worker, from the same cache.
  const good = JSON.parse(readFileSync(new URL('../../crypto/tests/vectors/chains.json', import.meta.url), 'utf8'))
    .cases.find((c) => c.name === 'good-p256-p256-p256');
  await page.goto(`${server.base}/token-chain`);
  await ready(page);
  await page.getByLabel('Token with an x5c header').fill(good.token);
  await page.getByLabel('Your trust anchor (PEM certificates)').fill(good.anchors);
  await expect(page.locator('.chain-headline')).toHaveText(/^Trusted\./);
  watched.check();
  await context.close();
});

test('a new release is offered, and taking it switches every file at once', async ({ browser }) => {
  // A private copy of the build, so "releasing" does not disturb other tests.
  const { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'authpick-release-'));
  cpSync(DIST, dir, { recursive: true });
  const server = await privateServer(dir);
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.base}/`);
    await ready(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
    const first = await page.evaluate(() => caches.keys());

    // "Release" a new version: a different worker (its version and cache name change).
    const sw = join(dir, 'sw.js');
    writeFileSync(sw, readFileSync(sw, 'utf8').replace(/const VERSION = '([0-9a-f]+)'/, "const VERSION = 'next-$1'"));
    // The pre-compressed copies are of the old worker.
    rmSync(sw + '.br', { force: true });
    rmSync(sw + '.gz', { force: true });
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));

    const note = page.getByRole('status').filter({ hasText: 'A new version of Authpick is ready.' });
    await expect(note).toBeVisible({ timeout: 15_000 });
    await note.getByRole('button', { name: 'Reload to update' }).click();
    await page.waitForFunction((old) => caches.keys().then((k) => k.length === 1 && !old.includes(k[0])), first, { timeout: 15_000 });
    await ready(page);
    await expect(note).toHaveCount(0);
    await context.close();
  } finally {
    await server.stop();
  }
});

/** The files the build's `_headers` marks immutable: those named after their content. */
function hashedFiles() {
  const blocks = readFileSync(join(DIST, '_headers'), 'utf8').split(/\n(?=\S)/);
  return blocks.filter((b) => b.includes('immutable')).map((b) => b.split('\n')[0].trim());
}

/** Visits `path` on a server of its own until the service worker controls the page, and
 * returns how many times each path was requested from the server. */
async function firstVisit(browser, path, { saveData = false } = {}) {
  const log = join(mkdtempSync(join(tmpdir(), 'authpick-visit-')), 'requests.log');
  const server = await privateServer(DIST, { log });
  const context = await browser.newContext();
  if (saveData) {
    await context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'connection', { get: () => ({ saveData: true }) });
    });
  }
  const page = await context.newPage();
  await page.goto(`${server.base}${path}`);
  await ready(page);
  let registrations = 0;
  if (saveData) {
    // The loader says what it decided once the app has started: with Save-Data, no copy.
    await expect(page.locator('html')).toHaveAttribute('data-offline', 'declined');
    registrations = await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
  } else {
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
  }
  await page.waitForLoadState('networkidle');
  await context.close();
  const counts = {};
  let bytes = 0;
  for (const line of readFileSync(log, 'utf8').trim().split('\n')) {
    const [method, target, length] = line.split(' ');
    const url = target.split('?')[0];
    counts[url] = (counts[url] || 0) + 1;
    if (method === 'GET') bytes += Number(length);
  }
  const headers = {};
  for (const file of [hashedFiles()[0], path]) {
    headers[file] = (await fetch(`${server.base}${file}`)).headers.get('cache-control');
  }
  await server.stop();
  return { counts, headers, bytes, registrations };
}

test('a first visit downloads each file once: the service worker reuses what the page fetched', async ({ browser }) => {
  test.setTimeout(60_000);
  const hashed = hashedFiles();
  expect(hashed.length, 'the guide, the inspector and the crypto worker').toBeGreaterThanOrEqual(8);
  const { counts, headers, bytes } = await firstVisit(browser, '/inspector/');
  // The preview server sends hashed files as immutable, and pages without it.
  expect(headers[hashed[0]]).toBe('public, max-age=31536000, immutable');
  expect(headers['/inspector/']).toBeNull();
  // Every hashed file of the release was fetched (the offline copy is whole), and none twice.
  for (const file of hashed) {
    expect(counts[file], file).toBe(1);
  }
  // Budget: the bytes sent until the network is quiet stay within 1.1× of the release sent
  // once (each file of the worker's list as the server sends it, Brotli where there is a copy).
  const once = releaseBytes();
  console.log(`first visit at /inspector/ until quiet: ${bytes} bytes; the release once: ${once}`);
  expect(bytes).toBeLessThanOrEqual(1.1 * once);
});

/** The bytes of every file in the service worker's list, as the preview server sends them to a
 * browser that accepts Brotli. */
function releaseBytes() {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const files = JSON.parse(sw.match(/const FILES = (\[.*?\]);/)[1]);
  let total = statSync(join(DIST, 'sw.js')).size;
  for (const url of files) {
    const path = join(DIST, url.replace(/^\.\//, '').replace(/(^|\/)$/, '$1index.html'));
    total += existsSync(`${path}.br`) ? statSync(`${path}.br`).size : statSync(path).size;
  }
  return total;
}

test('with Save-Data no offline copy is made, so nothing but the page is downloaded', async ({ browser }) => {
  test.setTimeout(60_000);
  const { counts, registrations } = await firstVisit(browser, '/inspector/', { saveData: true });
  expect(registrations, 'no service worker is registered').toBe(0);
  const guideModule = hashedFiles().find((f) => /^\/authpick-[0-9a-f]+_bg\.wasm$/.test(f));
  expect(guideModule, "the guide's module is in the build").toBeTruthy();
  expect(counts[guideModule] ?? 0, "the guide's module, which this visit did not need").toBe(0);
  for (const file of hashedFiles().filter((f) => f.startsWith('/inspector-'))) {
    expect(counts[file], file).toBe(1);
  }
});
