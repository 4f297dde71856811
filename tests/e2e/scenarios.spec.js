// Four-plus app shapes walked through the UI by their visible labels; each must end on the
// recommendation the knowledge digest's "who wins where" table expects.
import { test, expect, expectAccessible } from './fixtures.js';
import { Q, walk, cards, signIn, SESSION, SEALED, ACCESS_REFRESH, HYBRID, PROVIDER, IN_APP, SERVICE_JWT, BFF } from './guide.js';

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
    [Q.team, ['Small team, no specialists']],
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
    [Q.frontend, ['SPA, API on another site']],
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
    [Q.frontend, ['SPA, API on another site']],
    [Q.backend, ['One application']],
    [Q.domains, ['One site']],
    [Q.revoke, ['Instantly']],
    [Q.data, ['Regulated']],
    [Q.stake, []],
    [Q.scale, []],
    [Q.store, ['Yes, we already run one']],
    [Q.run, ['Yes, ourselves']],
    [Q.signin, []],
    [Q.team, ['A dedicated security team']],
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

test('a team that does not want to own auth: the provider signs people in, the app keeps its session', async ({ page }) => {
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
    [Q.run, ['No, a managed provider']],
    [Q.signin, ['Enterprise single sign-on']],
    [Q.team, []],
    [Q.stack, []],
  ]);
  expect(await signIn(page)).toBe(PROVIDER);
  expect(norm(await cards(page))).toEqual([['browser app', SESSION]]);
  // Enterprise sign-in brings its own checks.
  const checklist = page.getByRole('region', { name: 'Implementation checklist' });
  await expect(checklist).toContainText('accept each SAML assertion only once');
  await expect(checklist).toContainText('SCIM');
  await expect(checklist).toContainText('SameSite=Lax');
});

test('libraries follow the stack named, with their lowest safe version; the review says what changed', async ({ page }) => {
  await walk(page, [
    [Q.clients, ['Our own web app in the browser']],
    [Q.frontend, ['SPA, API on another site']],
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
  const libs = page.getByRole('region', { name: 'Libraries' });
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
  await expect(review.getByRole('listitem').first()).toContainText('Sign-in and staying signed in are now two decisions');
});

// The two decisions, the new clients and the assurance level, walked by their labels on a
// phone (360 px, nothing overflows sideways) and scanned by axe.
async function onAPhone(page) {
  await page.setViewportSize({ width: 360, height: 740 });
}

async function fitsSideways(page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
}

test('a command-line tool: browser sign-in on a loopback address, tokens in the keychain', async ({ page }) => {
  await onAPhone(page);
  await walk(page, [
    [Q.clients, ['Our own command-line or desktop app']],
    [Q.backend, ['One application']],
    [Q.domains, ['One site']],
    [Q.revoke, []],
    [Q.data, []],
    [Q.stake, []],
    [Q.scale, []],
    [Q.store, []],
    [Q.run, ['Yes, ourselves']],
    [Q.signin, ['Passwords (with or without a second factor)']],
    [Q.team, []],
    [Q.stack, ['Go']],
  ]);
  expect(await signIn(page)).toBe(IN_APP);
  expect(norm(await cards(page))).toEqual([['command-line or desktop app', ACCESS_REFRESH]]);
  const checklist = page.getByRole('region', { name: 'Implementation checklist' });
  await expect(checklist).toContainText('http://127.0.0.1');
  await expect(checklist).toContainText('personal access tokens');
  await expect(checklist).not.toContainText('ASWebAuthenticationSession');
  await fitsSideways(page);
  await expectAccessible(page);
});

test('devices without a browser pair with the device grant', async ({ page }) => {
  await walk(page, [
    [Q.clients, ['Devices without a browser']],
    [Q.backend, []],
    [Q.domains, []],
    [Q.revoke, []],
    [Q.data, []],
    [Q.stake, []],
    [Q.scale, []],
    [Q.store, []],
    [Q.run, []],
    [Q.signin, []],
    [Q.team, []],
    [Q.stack, []],
  ]);
  expect(norm(await cards(page))).toEqual([['devices without a browser', ACCESS_REFRESH]]);
  await expect(page.getByRole('region', { name: 'Implementation checklist' })).toContainText('device authorization grant');
});

test('edge functions with no store and customers on subdomains: an encrypted cookie session and Origin checks', async ({ page }) => {
  await onAPhone(page);
  await walk(page, [
    [Q.clients, ['Our own web app in the browser']],
    [Q.frontend, ['Server-rendered pages']],
    [Q.backend, ['Serverless functions']],
    [Q.domains, ['Subdomains per customer']],
    [Q.revoke, ['Within minutes']],
    [Q.data, ['Personal data']],
    [Q.stake, []],
    [Q.scale, []],
    [Q.store, ['No, and we cannot add one']],
    [Q.run, []],
    [Q.signin, []],
    [Q.team, []],
    [Q.stack, []],
  ]);
  expect(norm(await cards(page))).toEqual([['browser app', SEALED]]);
  const checklist = page.getByRole('region', { name: 'Implementation checklist' });
  await expect(checklist).toContainText('cannot be ended before that expiry');
  await expect(checklist).toContainText('Origin');
  // The store-backed session is ruled out, not only docked.
  await expect(page.getByText('Ruled out by your answers.').first()).toBeVisible();
  await fitsSideways(page);
  await expectAccessible(page);
});

test('a regulated mobile bank: level 3, sender-constrained tokens and FAPI 2.0', async ({ page }) => {
  await walk(page, [
    [Q.clients, ['Our own native mobile app']],
    [Q.backend, ['A few services']],
    [Q.domains, ['One site']],
    [Q.revoke, ['Instantly']],
    [Q.data, ['Regulated']],
    [Q.stake, ['Severe harm']],
    [Q.scale, []],
    [Q.store, ['Yes, we already run one']],
    [Q.run, ['No, a managed provider']],
    [Q.signin, []],
    [Q.team, []],
    [Q.stack, []],
  ]);
  expect(await signIn(page)).toBe(PROVIDER);
  const level = page.locator('.level');
  await expect(level).toContainText('ASVS Level 3');
  await expect(level).toContainText('Because: At stake: Severe harm; Data sensitivity: Regulated.');
  const checklist = page.getByRole('region', { name: 'Implementation checklist' });
  await expect(checklist).toContainText('Refresh-token rotation alone is allowed at levels 1 and 2 only');
  await expect(checklist).toContainText('FAPI 2.0');
  await expect(checklist).toContainText('15 minutes idle');
  await expectAccessible(page);
});

test('a result that rests on an open answer says so above the cards', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.goto('/guide?v=2&view=result&clients=web&frontend=ssr&backend=monolith&run=unsure');
  const open = page.locator('.recommendation .open-answers');
  await expect(open).toContainText('This result rests on');
  await expect(open).toContainText('Who runs auth');
  await page.goto('/guide?v=2&view=result&clients=web&frontend=ssr&backend=monolith&run=self');
  await expect(page.locator('.card').first()).toBeVisible();
  await expect(page.locator('.recommendation')).not.toContainText('Who runs auth');
});

test('a team can end early, told which questions ahead could still change the result', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.goto('/guide?v=2&step=backend&clients=web&frontend=spa-other');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(Q.backend);
  const end = page.locator('.end-early');
  await expect(end).toContainText('Still open and able to change it:');
  await expect(end).toContainText('Revocation');
  await expect(end).not.toContainText('Data sensitivity');
  await expectAccessible(page);
  await end.getByRole('button', { name: 'See the recommendation now' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your recommendation' })).toBeVisible();
  await expect(page).toHaveURL(/view=result/);
  // The first question offers no early end: nothing has been said yet.
  await page.goto('/guide?v=2&step=clients&clients=web');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(Q.clients);
  await expect(page.locator('.end-early')).toHaveCount(0);
});
