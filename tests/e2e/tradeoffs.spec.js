// The trade-off pages: the cost and latency calculator (hand-worked figures, validation,
// editable assumptions, SVG charts), the revocation timeline (sliders, denylist), the glossary
// and its links, the guide's links with the user's numbers, and accessibility of all three.
import { test, expect, ready, expectAccessible } from './fixtures.js';
import { Q, walk, SESSION, HYBRID, ACCESS_REFRESH } from './guide.js';

// The pages name approaches as the guide does (core/src/names.rs).
const SESSION_ROW = SESSION;
const JWT_ROW = 'A JWT alone, no refresh token (not a guide option)';

const HAND_WORKED = '/costs?rpd=1000000&users=10000&store=redis&alg=es256&body=402&rtt=0.5';

/** Opens a page and waits for the app: the built copy shows the route's default figures, not
 * the link's, until then. */
async function open(page, url) {
  await page.goto(url);
  await ready(page);
}

/** The cells of the calculator table's row for an approach. */
async function row(page, approach) {
  const tr = page.locator('table tbody tr').filter({ has: page.getByRole('rowheader', { name: approach, exact: true }) });
  await expect(tr).toBeVisible();
  return tr.locator('td').allInnerTexts();
}

test('the calculator shows the hand-worked figures for a million requests a day', async ({ page }) => {
  // The fields show numbers with their digits grouped, as people read them.
  await open(page, '/costs');
  await expect(page.getByLabel('Requests per day')).toHaveValue('1,000,000');
  await open(page, HAND_WORKED);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What each approach costs');
  const session = await row(page, SESSION_ROW);
  expect(session.slice(0, 7)).toEqual(['510 µs', '54 B', '54 MB', '1.6 GB', '0 s', '1,000,000', '$6.12–$90.10']);
  const jwt = await row(page, JWT_ROW);
  expect(jwt.slice(0, 7)).toEqual(['63 µs', '489 B', '489 MB', '14.7 GB', '63 s', '0', '—']);
  const hybrid = await row(page, HYBRID);
  expect(hybrid.slice(0, 7)).toEqual(['573 µs', '489 B', '489 MB', '14.7 GB', '63 s', '1,160,000', '$6.13–$90.12']);
  // Two SVG charts, four bars each, the longest full width.
  const charts = page.locator('figure.chart');
  await expect(charts).toHaveCount(2);
  await expect(charts.first().locator('li')).toHaveCount(4);
  const widths = await charts.nth(1).locator('rect.bar').evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('width'))));
  expect(Math.max(...widths)).toBe(100);
  expect(Math.min(...widths)).toBeLessThan(20);
});

test('the hosted store is priced from operations and memory, and the page works it out', async ({ page }) => {
  // The case: 50 million requests a day once cost "$2,500–$10,000" a month here.
  await open(page, '/costs?rpd=50,000,000&users=10,000&store=redis&alg=es256&body=402&rtt=0.5');
  expect((await row(page, SESSION_ROW))[6]).toBe('$9.50–$95.10');
  const basis = page.locator('details.store-basis');
  await basis.getByText('How the hosted-store figures are worked out').click();
  const session = basis.locator('h3', { hasText: SESSION_ROW }).locator('+ ul');
  await expect(session).toContainText('50,000,000 store operations a day, about 579 a second on average');
  await expect(session).toContainText('ElastiCache Serverless for Valkey: 1,500 million ECPUs × $0.0023 = $3.45, plus 0.1 GB billed (the tariff\'s minimum) × 720 hours × $0.084 = $6.05; $9.50 a month.');
  await expect(session).toContainText('$95.10 a month.');
  await expect(basis.getByRole('link', { name: 'Amazon ElastiCache pricing: Serverless' })).toHaveAttribute('href', /aws\.amazon\.com\/elasticache\/pricing/);
  // The prices are assumptions like any other: a team on another tariff puts in its own.
  await page.getByText('Assumptions (change them to yours)').click();
  await page.getByLabel('ElastiCache Serverless for Redis OSS, per GB-hour stored').fill('0.25');
  expect((await row(page, SESSION_ROW))[6]).toBe('$9.50–$185.10');
  // A pure JWT keeps nothing in a store, so it has no store bill and no worked figures.
  expect((await row(page, JWT_ROW))[6]).toBe('—');
  await expect(basis.locator('h3', { hasText: JWT_ROW })).toHaveCount(0);
});

test('nonsense is refused next to the field, and the results follow corrections as you type', async ({ page }) => {
  await open(page, HAND_WORKED);
  const field = page.getByLabel('Requests per day');
  await field.fill('-5');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#rpd-error')).toHaveText('Enter 0 or more.');
  await expect(page.getByText('Correct the highlighted field to see the results.')).toBeVisible();
  await field.fill('');
  await expect(page.locator('#rpd-error')).toHaveText('Enter a number.');
  await field.fill('lots');
  await expect(page.locator('#rpd-error')).toContainText('not a number');
  await field.fill('2,000,000');
  await expect(field).toHaveAttribute('aria-invalid', 'false');
  expect((await row(page, SESSION_ROW))[5]).toBe('2,000,000');
});

test('pasting claims or a token measures it, and nothing is stored or sent', async ({ page, guard }) => {
  await open(page, HAND_WORKED);
  await ready(page);
  const before = guard.requests.length;
  const paste = page.getByLabel(/Or paste a token/);
  await paste.fill('{ "sub": "42" }');
  await expect(page.getByText('Measured: 53 characters before the signature.')).toBeVisible();
  await expect(page.getByLabel('Token header and payload, encoded')).toHaveValue('53');
  expect((await row(page, JWT_ROW))[1]).toBe('140 B');
  await paste.fill('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9.c2ln');
  await expect(page.getByLabel('Token header and payload, encoded')).toHaveValue('37'); // 20 + 1 + 16
  // What the inspector takes, this takes: a bearer header is measured like its token.
  await paste.fill('{ "sub": "42" }');
  await expect(page.getByLabel('Token header and payload, encoded')).toHaveValue('53');
  await paste.fill('Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9.c2ln');
  await expect(page.getByLabel('Token header and payload, encoded')).toHaveValue('37');
  await paste.fill('{ "sub": "42" }');
  await paste.fill('Cookie: theme=dark; at=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9.c2ln');
  await expect(page.getByLabel('Token header and payload, encoded')).toHaveValue('37');
  await paste.fill('not a token');
  await expect(paste).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/neither a JWT/)).toBeVisible();
  expect(guard.requests.slice(before)).toEqual([]);
  expect(page.url()).not.toContain('eyJ');
  const stored = await page.evaluate(() => JSON.stringify(localStorage));
  expect(stored).not.toContain('eyJ');
  expect(stored).not.toContain('"sub"');
});

test('every assumption is visible, sourced and editable', async ({ page }) => {
  await open(page, HAND_WORKED);
  await page.getByText('Assumptions (change them to yours)').click();
  const cookie = page.getByLabel('Session cookie (name and value)');
  await expect(cookie).toHaveValue('54');
  await expect(page.locator('.assumption').first().locator('.cites li')).toHaveCount(1);
  await cookie.fill('64');
  expect((await row(page, SESSION_ROW))[1]).toBe('64 B');
  await page.getByLabel('Where sessions would live').selectOption({ label: 'None: no server-side store' });
  expect((await row(page, SESSION_ROW))[0]).toBe('—');
  await expect(page.getByText('Needs a server-side store, and you chose none.').first()).toBeVisible();
});

test('the revocation timeline follows the sliders and the denylist', async ({ page }) => {
  await open(page, '/revocation?access=15&refresh=24&checked=0');
  const jwt = page.locator('figure.timeline li').filter({ hasText: JWT_ROW });
  await expect(jwt.locator('.bar-value')).toHaveText('usable for 15 min after logout');
  const session = page.locator('figure.timeline li').filter({ hasText: SESSION_ROW });
  await expect(session.locator('.bar-value')).toHaveText('stops at the next request');
  // Keyboard on the slider.
  const slider = page.getByRole('slider', { name: /Access token lifetime/ });
  await slider.focus();
  // The slider moves on a logarithmic scale: 15 minutes, then 20.
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', '20 min');
  await expect(jwt.locator('.bar-value')).toHaveText('usable for 20 min after logout');
  await expect(page.getByRole('row', { name: ACCESS_REFRESH })).toContainText('24 h');
  // The defaults are not squeezed against the left end any more.
  const position = await slider.evaluate((el) => (el.value - el.min) / (el.max - el.min));
  expect(position).toBeGreaterThan(0.2);
  await page.getByLabel('Check a denylist or session store on every request').check();
  await expect(jwt.locator('.bar-value')).toHaveText('stops at the next request');
  await expect(page.locator('figure.timeline figcaption')).toHaveText(/no window to draw/);
  // The page names what its figures rest on.
  await expect(page.getByRole('link', { name: 'RFC 10017 §6.3.2.3' })).toHaveAttribute('href', /rfc10017#section-6\.3\.2\.3$/);
  await expect(page.getByText('session in all but name')).toBeVisible();
});

test('the calculator keeps what was typed in its link: reload and a copied link reopen it', async ({ page, browser }) => {
  await open(page, '/costs');
  await ready(page);
  const length = await page.evaluate(() => history.length);
  const rpd = page.getByLabel('Requests per day');
  await rpd.fill('2,500,000');
  await page.getByLabel('Active users per day').fill('lots');
  await page.getByLabel('Where sessions would live').selectOption({ label: 'A relational database' });
  await page.getByText('Assumptions (change them to yours)').click();
  await page.getByLabel('Session cookie (name and value)').fill('64');
  await expect.poll(() => new URL(page.url()).search).toBe(
    '?rpd=2,500,000&users=lots&store=sql&alg=es256&body=402&rtt=0.5&cookie-bytes=64',
  );
  expect(await page.evaluate(() => history.length), 'edits replace the entry, they add none').toBe(length);

  await page.reload();
  await expect(rpd).toHaveValue('2,500,000');
  await expect(page.getByLabel('Active users per day')).toHaveValue('lots');
  await expect(page.locator('#users-error')).toContainText('not a number');
  await expect(page.getByLabel('Where sessions would live')).toHaveValue('sql');

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await open(other, page.url());
  await other.getByText('Assumptions (change them to yours)').click();
  await expect(other.getByLabel('Session cookie (name and value)')).toHaveValue('64');
  await expect(other.getByLabel('Requests per day')).toHaveValue('2,500,000');
  await fresh.close();
});

test('the timeline keeps its sliders and the denylist in its link', async ({ page }) => {
  await open(page, '/revocation');
  await ready(page);
  const slider = page.getByRole('slider', { name: /Access token lifetime/ });
  await slider.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', '30 min');
  await page.getByLabel('Check a denylist or session store on every request').check();
  await expect.poll(() => new URL(page.url()).search).toBe('?access=30&refresh=8&checked=1');
  await page.reload();
  await expect(slider).toHaveAttribute('aria-valuetext', '30 min');
  await expect(page.getByLabel('Check a denylist or session store on every request')).toBeChecked();
});

test('the guide links to both pages with numbers from the answers', async ({ page }) => {
  await walk(page, [
    [Q.clients, ['Our own web app in the browser']],
    [Q.frontend, ['SPA, API on the same site']],
    [Q.backend, ['Many microservices']],
    [Q.domains, []],
    [Q.revoke, ['Instantly']],
    [Q.data, []],
    [Q.stake, []],
    [Q.scale, ['More than a million users']],
    [Q.store, ['Yes, we already run one']],
    [Q.run, []],
    [Q.signin, []],
    [Q.team, []],
    [Q.stack, []],
  ]);
  // The scale was answered, so no default is announced.
  await expect(page.locator('.explore')).not.toContainText('Your scale is open');
  await page.getByRole('link', { name: 'what each approach costs at your scale' }).click();
  await expect(page.getByLabel('Requests per day')).toHaveValue('200,000,000');
  // The costs page names the guide's other approaches in the guide's words.
  await expect(page.locator('main')).toContainText('Backend-for-frontend: what a server-side session costs at the browser');
  await expect(page.getByLabel('Active users per day')).toHaveValue('5,000,000');
  await page.goBack();
  await page.getByRole('link', { name: 'how long a stolen credential stays usable' }).click();
  await expect(page.getByRole('slider', { name: /Access token lifetime/ })).toHaveAttribute('aria-valuetext', '5 min');
  await expect(page.getByLabel('Check a denylist or session store on every request')).toBeChecked();
});

test('glossary terms are linked where they appear and open their definition', async ({ page }) => {
  await open(page, '/guide?v=2&view=result&clients=web&frontend=spa-other&revoke=instant');
  const term = page.locator('.reasons a.term', { hasText: /^backend-for-frontend$/i }).first();
  // A learner deep in the result looks a word up without losing their place: the definition
  // opens in a new tab, and screen readers hear that before they follow the link.
  await term.scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => window.scrollY);
  expect(before).toBeGreaterThan(0);
  await expect(term).toHaveAccessibleDescription('Opens the glossary in a new tab.');
  const [glossary] = await Promise.all([page.context().waitForEvent('page'), term.click()]);
  await glossary.waitForLoadState();
  expect(await page.evaluate(() => window.scrollY)).toBe(before);
  await expect(page).toHaveURL(/\/guide\/?\?/);
  await expect(glossary.getByRole('heading', { level: 1 })).toHaveText('Glossary');
  await expect(glossary.locator('#term-bff')).toBeFocused();
  await expect(glossary.locator('#term-bff')).toContainText('Backend-for-frontend (BFF)');
  await glossary.close();
  await page.goto('/glossary');
  for (const t of ['Session fixation', 'CSRF', 'XSS', 'Refresh token rotation', 'Reuse detection', 'JWKS', 'kid', 'DPoP', 'mTLS']) {
    await expect(page.locator('.term-entry dt', { hasText: t }).first()).toBeVisible();
  }
  await expect(page.locator('.term-entry .cites a').first()).toHaveAttribute('href', /^https:\/\//);
});

for (const scheme of ['light', 'dark']) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    test('calculator (with an error showing), timeline and glossary pass axe', async ({ page }) => {
      await open(page, HAND_WORKED);
      await ready(page);
      await expectAccessible(page);
      await page.getByLabel('Active users per day').fill('-1');
      await page.getByText('Assumptions (change them to yours)').click();
      await expectAccessible(page);
      await open(page, '/revocation');
      await ready(page);
      await expectAccessible(page);
      await open(page, '/glossary');
      await ready(page);
      await expectAccessible(page);
    });
  });
}

test('the trade-off pages fit a 360 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of [HAND_WORKED, '/revocation', '/glossary']) {
    await open(page, path);
    await ready(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
  }
  // The costs table scrolls sideways on a phone, and says so.
  await open(page, HAND_WORKED);
  await ready(page);
  await expect(page.getByText('scroll it sideways to see every column')).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.getByText('scroll it sideways to see every column')).toBeHidden();
});

test('an open scale is said to be a default before the costs page uses it', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await open(page, '/guide?v=2&view=result&clients=web&frontend=ssr');
  await expect(page.locator('.explore')).toContainText(
    'Your scale is open, so the costs start from 10,000,000 requests and 100,000 active users a day',
  );
});
