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
    [Q.stake, []],
    [Q.scale, ['Under 10,000 users']],
    [Q.store, ['No, but we could add one']],
    [Q.run, ['Yes, ourselves']],
    [Q.signin, ['Passwords (with or without a second factor)']],
    [Q.team, ['A small team without security specialists']],
    [Q.stack, []],
  ]);
  expect(norm(await cards(page))).toEqual([['browser app', SESSION]]);
  await expect(page.getByRole('heading', { name: 'Implementation checklist' })).toBeVisible();
  await expect(page.locator('.checklist code', { hasText: '__Host-' }).first()).toBeVisible();
});

test('native mobile app: access + refresh tokens (the web question is skipped)', async ({ page }) => {
  await walk(page, [
    [Q.clients, ['Our own native mobile app']],
    [Q.backend, ['One application']],
    [Q.domains, ['One site']],
    [Q.revoke, ['Within minutes']],
    [Q.data, ['Personal data']],
    [Q.stake, []],
    [Q.scale, []],
    [Q.store, []],
    [Q.run, ['Yes, ourselves']],
    [Q.signin, []],
    [Q.team, []],
    [Q.stack, []],
  ]);
  expect(norm(await cards(page))).toEqual([['native mobile app', ACCESS_REFRESH]]);
  await expect(page.locator('.checklist p').getByText(/Keychain/)).toBeVisible();
});

test('microservices with a cross-site SPA and mobile app: JWTs, and service JWTs inside', async ({ page }) => {
  await walk(page, [
    [Q.clients, ['Our own web app in the browser', 'Our own native mobile app', 'Our own services calling each other']],
    [Q.frontend, ['Single-page app on a different site from its API']],
    [Q.backend, ['Many microservices']],
    [Q.domains, ['One site']],
    [Q.revoke, ['Within minutes']],
    [Q.data, ['Low']],
    [Q.stake, []],
    [Q.scale, ['100,000 to a million users']],
    [Q.store, ['No, and we cannot add one']],
    [Q.run, ['Yes, ourselves']],
    [Q.signin, []],
    [Q.team, []],
    [Q.stack, []],
  ]);
  expect(norm(await cards(page))).toEqual([
    ['browser app', ACCESS_REFRESH],
    ['native mobile app', ACCESS_REFRESH],
    ['service to service', SERVICE_JWT],
  ]);
  // Checklist items say which clients they serve.
  const checklist = page.getByRole('region', { name: 'Implementation checklist' });
  const mesh = checklist.getByRole('listitem').filter({ hasText: 'Give each service its own signing key' });
  await expect(mesh).toContainText('For: Service to service');
  // The session cookie lost to a hard constraint, and the page says why.
  await expect(page.getByText('Ruled out by your answers.').first()).toBeVisible();
  // A reason no answer triggered says so, without "every service to service".
  await expect(page.locator('.reason').filter({ hasText: 'Counts whatever you answered.' }).first()).toBeAttached();
  await expect(page.locator('main')).not.toContainText('Applies to every');
});

test('regulated SPA on another site with instant revocation: backend-for-frontend', async ({ page }) => {
  await walk(page, [
    [Q.clients, ['Our own web app in the browser']],
    [Q.frontend, ['Single-page app on a different site from its API']],
    [Q.backend, ['One application']],
    [Q.domains, ['One site']],
    [Q.revoke, ['Instantly']],
    [Q.data, ['Regulated']],
    [Q.stake, []],
    [Q.scale, []],
    [Q.store, ['Yes, we already run one']],
    [Q.run, ['Yes, ourselves']],
    [Q.signin, []],
    [Q.team, ['A dedicated security or identity team']],
    [Q.stack, []],
  ]);
  expect(norm(await cards(page))).toEqual([['browser app', BFF]]);
});

test('not sure about anything: the simplest defensible answer per surface', async ({ page }) => {
  await walk(page, [
    [Q.clients, ['Not sure']],
    [Q.frontend, ['Not sure']],
    [Q.backend, ['Not sure']],
    [Q.domains, ['Not sure']],
    [Q.revoke, ['Not sure']],
    [Q.data, ['Not sure']],
    [Q.stake, []],
    [Q.scale, ['Not sure']],
    [Q.store, ['Not sure']],
    [Q.run, ['Not sure']],
    [Q.signin, ['Not sure']],
    [Q.team, ['Not sure']],
    [Q.stack, []],
  ]);
  expect(norm(await cards(page))).toEqual([
    ['browser app', SESSION],
    ['native mobile app', ACCESS_REFRESH],
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
    [Q.stake, []],
    [Q.scale, []],
    [Q.store, []],
    [Q.run, ['No, we prefer a managed provider']],
    [Q.signin, ['Enterprise single sign-on']],
    [Q.team, []],
    [Q.stack, []],
  ]);
  expect(norm(await cards(page))).toEqual([['browser app', PROVIDER]]);
});

test('libraries follow the stack named, with their lowest safe version; the review says what changed', async ({ page }) => {
  await walk(page, [
    [Q.clients, ['Our own web app in the browser']],
    [Q.frontend, ['Single-page app on a different site from its API']],
    [Q.backend, ['Many microservices']],
    [Q.domains, ['One site']],
    [Q.revoke, ['Within minutes']],
    [Q.data, ['Low']],
    [Q.stake, ['Real harm to one person']],
    [Q.scale, []],
    [Q.store, ['No, and we cannot add one']],
    [Q.run, ['Yes, ourselves']],
    [Q.signin, ['Passkeys']],
    [Q.team, []],
    [Q.stack, ['Rust']],
  ]);
  const libs = page.getByRole('region', { name: 'Maintained libraries' });
  await expect(libs.getByRole('heading', { level: 3 }).first()).toHaveText('Rust');
  await expect(libs.getByRole('heading', { name: 'Go' })).toHaveCount(0);
  const jwt = libs.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'jsonwebtoken', exact: true }) });
  await expect(jwt).toContainText('10.3.0 or later (fixes CVE-2026-25537)');
  await expect(jwt.getByRole('link', { name: 'CVE-2026-25537' })).toHaveAttribute('href', /GHSA-h395-gr6q-cpjc/);
  // The assurance level sets the timeouts.
  const checklist = page.getByRole('region', { name: 'Implementation checklist' });
  await expect(checklist).toContainText('every 24 hours and after an hour idle');
  // Inline code is code, not backticks.
  await expect(checklist.locator('code', { hasText: 'none' }).first()).toBeVisible();
  await expect(checklist).not.toContainText('`');
  const review = page.locator('details.review-changes');
  await review.getByText('What changed in this review').click();
  await expect(review.getByRole('listitem').first()).toContainText('names the advisory that sets it');
});
