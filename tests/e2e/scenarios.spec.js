// Four-plus app shapes walked through the UI by their visible labels; each must end on the
// recommendation the knowledge digest's "who wins where" table expects.
import { test, expect } from './fixtures.js';
import { Q, walk, cards, SESSION, ACCESS_REFRESH, HYBRID, PROVIDER, SERVICE_JWT, BFF } from './guide.js';

// The surface names are uppercased by CSS; innerText reflects that, so compare case-insensitively.
const norm = (pairs) => pairs.map(([s, a]) => [s.toLowerCase(), a]);

test('server-rendered monolith: session cookie', async ({ page }) => {
  await walk(page, [
    [Q.clients, ['Our own web app in the browser']],
    [Q.frontend, ['Server-rendered pages']],
    [Q.backend, ['One application']],
    [Q.domains, ['One site']],
    [Q.revoke, ['Within minutes']],
    [Q.data, ['Personal data']],
    [Q.scale, ['Under 10,000 users']],
    [Q.store, ['No, but we could add one']],
    [Q.run, ['Yes, with a maintained library']],
    [Q.sso, ['No, our own sign-in only']],
    [Q.team, ['A small team without security specialists']],
  ]);
  expect(norm(await cards(page))).toEqual([['browser app', SESSION]]);
  await expect(page.getByRole('heading', { name: 'Implementation checklist' })).toBeVisible();
  await expect(page.getByText(/__Host- prefix/)).toBeVisible();
});

test('native mobile app: access + refresh tokens (the web question is skipped)', async ({ page }) => {
  await walk(page, [
    [Q.clients, ['Our own native mobile app']],
    [Q.backend, ['One application']],
    [Q.domains, ['One site']],
    [Q.revoke, ['Within minutes']],
    [Q.data, ['Personal data']],
    [Q.scale, []],
    [Q.store, []],
    [Q.run, ['Yes, with a maintained library']],
    [Q.sso, []],
    [Q.team, []],
  ]);
  expect(norm(await cards(page))).toEqual([['native mobile app', ACCESS_REFRESH]]);
  await expect(page.locator('.checklist').getByText(/Keychain/)).toBeVisible();
});

test('microservices with a cross-site SPA and mobile app: JWTs, and service JWTs inside', async ({ page }) => {
  await walk(page, [
    [Q.clients, ['Our own web app in the browser', 'Our own native mobile app']],
    [Q.frontend, ['Single-page app on a different site from its API']],
    [Q.backend, ['Many microservices']],
    [Q.domains, ['One site']],
    [Q.revoke, ['Within minutes']],
    [Q.data, ['Low']],
    [Q.scale, ['100,000 to a million users']],
    [Q.store, ['No, and we cannot add one']],
    [Q.run, ['Yes, with a maintained library']],
    [Q.sso, []],
    [Q.team, []],
  ]);
  expect(norm(await cards(page))).toEqual([
    ['browser app', ACCESS_REFRESH],
    ['native mobile app', ACCESS_REFRESH],
    ['service to service', SERVICE_JWT],
  ]);
  // The session cookie lost to a hard constraint, and the page says why.
  await expect(page.getByText('Ruled out by your answers.').first()).toBeVisible();
});

test('regulated SPA on another site with instant revocation: backend-for-frontend', async ({ page }) => {
  await walk(page, [
    [Q.clients, ['Our own web app in the browser']],
    [Q.frontend, ['Single-page app on a different site from its API']],
    [Q.backend, ['One application']],
    [Q.domains, ['One site']],
    [Q.revoke, ['Instantly']],
    [Q.data, ['Regulated']],
    [Q.scale, []],
    [Q.store, ['Yes, we already run one']],
    [Q.run, ['Yes, with a maintained library']],
    [Q.sso, []],
    [Q.team, ['A dedicated security or identity team']],
  ]);
  expect(norm(await cards(page))).toEqual([['browser app', BFF]]);
});

test('not sure about anything: the hybrid', async ({ page }) => {
  await walk(page, [
    [Q.clients, ['Not sure']],
    [Q.frontend, ['Not sure']],
    [Q.backend, ['Not sure']],
    [Q.domains, ['Not sure']],
    [Q.revoke, ['Not sure']],
    [Q.data, ['Not sure']],
    [Q.scale, ['Not sure']],
    [Q.store, ['Not sure']],
    [Q.run, ['Not sure']],
    [Q.sso, ['Not sure']],
    [Q.team, ['Not sure']],
  ]);
  expect(norm(await cards(page))).toEqual([
    ['browser app', HYBRID],
    ['native mobile app', HYBRID],
  ]);
});

test('a team that does not want to own auth: managed provider', async ({ page }) => {
  await walk(page, [
    [Q.clients, ['Our own web app in the browser']],
    [Q.frontend, ['Server-rendered pages']],
    [Q.backend, ['One application']],
    [Q.domains, []],
    [Q.revoke, []],
    [Q.data, []],
    [Q.scale, []],
    [Q.store, []],
    [Q.run, ['No, we prefer a managed provider']],
    [Q.sso, ['Enterprise single sign-on']],
    [Q.team, []],
  ]);
  expect(norm(await cards(page))).toEqual([['browser app', PROVIDER]]);
});
