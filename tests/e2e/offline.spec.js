// After one visit the app works without a network: the service worker serves this release's
// files, and reloading offline still runs the guide, the trade-off pages, the exports and the
// token inspector.
import { test, expect, ready } from './fixtures.js';
import { Q, walk, cards, SESSION } from './guide.js';

test('after the first visit, the app works offline', async ({ page, context }) => {
  await page.goto('/');
  await ready(page);
  // Wait until the worker controls the page (it claims clients once its cache is filled).
  await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });

  await context.setOffline(true);
  await page.reload();
  await ready(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sessions, JWTs, or both?');

  await walk(page, [
    [Q.clients, ['Our own web app in the browser']],
    [Q.frontend, ['Server-rendered pages']],
    [Q.backend, ['One application']],
    [Q.domains, []],
    [Q.revoke, []],
    [Q.data, []],
    [Q.scale, []],
    [Q.store, []],
    [Q.run, ['Yes, with a maintained library']],
    [Q.sso, []],
    [Q.team, []],
  ]);
  expect((await cards(page))[0][1]).toBe(SESSION);
  // The export needs no network either.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download decision record' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.md$/);

  // A deep link opened offline, and the other pages.
  for (const [path, heading] of [
    ['/guide?v=1&view=result&clients=mobile', 'Your recommendation'],
    ['/costs', 'What each approach costs'],
    ['/glossary', 'Glossary'],
    ['/inspector/', 'Token inspector'],
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  }
  // The inspector is a module of its own, cached on the first visit to the guide: it decodes,
  // searches and verifies offline.
  await ready(page);
  await page.getByRole('button', { name: 'Weak secret', exact: true }).click();
  await expect(page.locator('.secret-search')).toContainText('“secret”');
  await expect(page.locator('#verify-outcome')).toContainText('Signature valid');
  await context.setOffline(false);
});

test('a new release is offered, and taking it switches every file at once', async ({ browser }) => {
  // A private copy of the build on its own port, so "releasing" does not disturb other tests.
  const { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } = await import('node:fs');
  const { spawn } = await import('node:child_process');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'authpick-release-'));
  cpSync(new URL('../../dist', import.meta.url).pathname, dir, { recursive: true });
  const port = 4300 + Math.floor(Math.random() * 500);
  const server = spawn('python3', [new URL('../../scripts/serve_dist.py', import.meta.url).pathname, '--port', String(port), '--dir', dir], { stdio: 'ignore' });
  try {
    const base = `http://127.0.0.1:${port}`;
    const context = await browser.newContext();
    const page = await context.newPage();
    for (let i = 0; i < 50; i++) {
      try {
        await page.goto(`${base}/`);
        break;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    await expect(page.getByRole('combobox', { name: 'Theme' })).toBeVisible();
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
    await expect(page.getByRole('combobox', { name: 'Theme' })).toBeVisible();
    await expect(note).toHaveCount(0);
    await context.close();
  } finally {
    server.kill();
  }
});
