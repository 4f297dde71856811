// Compare two tokens: reached from the inspector, both tokens made here with Node's crypto,
// what differs named in words by its row, the findings only one draws, a paste that is no
// token explained beside its box, and nothing sent or kept: no request, no link, no storage.
import { createHmac } from 'node:crypto';
import { test, expect, ready, expectAccessible } from './fixtures.js';

const b64u = (s) => Buffer.from(s).toString('base64url');
function hs256(header, payload) {
  const input = `${b64u(JSON.stringify(header))}.${b64u(JSON.stringify(payload))}`;
  return `${input}.${createHmac('sha256', 'k3Vq9ZtX2mLw8RfP4nYb7HsJ1cGd6AeQ').update(input).digest('base64url')}`;
}
const now = () => Math.floor(Date.now() / 1000);

function tokens() {
  const t = now();
  const staging = hs256(
    { alg: 'HS256', typ: 'at+jwt', kid: 'stg-1' },
    { iss: 'https://id.staging.example', aud: 'api', sub: '42', client_id: 'app', jti: 'a1', iat: t, exp: t + 900 },
  );
  const production = hs256(
    { alg: 'HS256', typ: 'JWT', kid: 'prd-7' },
    { iss: 'https://id.example', aud: 'api', sub: '42', client_id: 'app', jti: 'b2', iat: t, exp: t + 86400, email: 'ana@example.com' },
  );
  return { staging, production };
}

const row = (page, table, name) =>
  page.getByRole('region', { name: table }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}\\b`) }) });

for (const width of [1280, 360]) {
  test(`two tokens side by side at ${width} px: what differs, what it means, and the findings only one draws`, async ({ page, guard }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/inspector/');
    await ready(page);
    await page.getByRole('link', { name: 'Compare two tokens' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare two tokens');
    await ready(page);
    const before = guard.requests.length;
    const { staging, production } = tokens();
    await page.getByLabel('First token').fill(staging);
    await page.getByLabel('Second token').fill(`Authorization: Bearer ${production}`);

    const result = page.getByRole('region', { name: 'What differs' });
    await expect(result.locator('.compare-summary')).toHaveText(
      '6 header parameters and claims differ; 0 findings only the first draws, 3 findings only the second.',
    );
    await expect(result).toContainText('Lifetime (exp − iat): 15 min in the first, 24 h in the second.');
    await expect(row(page, 'Header', 'alg').getByRole('cell').last()).toHaveText('same');
    await expect(row(page, 'Header', 'typ').getByRole('cell').last()).toHaveText('differs');
    await expect(row(page, 'Claims', 'email').getByRole('cell').last()).toHaveText('only in the second');
    // What a name means, with its source one click away.
    await expect(row(page, 'Claims', 'iss')).toContainText('Issuer');
    await expect(row(page, 'Claims', 'iss').getByRole('link', { name: /RFC 7519/ })).toHaveAttribute('href', /rfc7519/);
    await expect(page.getByRole('heading', { name: 'Findings only the second draws' })).toBeVisible();
    await expect(result.locator('.compare-findings li')).toHaveCount(3);
    // Each token keeps its own verdict, without a key never better than the facts.
    await expect(result.locator('.compare-verdicts li')).toHaveCount(2);
    await expect(result.locator('.compare-verdicts')).not.toContainText('Accept');

    // Nothing was sent, and neither token is in the link or the browser's storage.
    expect(guard.requests.length).toBe(before);
    expect(page.url()).not.toContain(staging.slice(0, 20));
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(stored).not.toContain(staging.slice(0, 20));
    // The page fits the screen; only the tables scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await expectAccessible(page);
  });
}

test('a paste that holds no token is explained beside its box', async ({ page }) => {
  await page.goto('/compare-tokens');
  await ready(page);
  await page.getByLabel('First token').fill('hello');
  await expect(page.getByLabel('First token')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#first-token-error')).not.toBeEmpty();
  await expect(page.getByRole('region', { name: 'What differs' })).toHaveCount(0);
  await expectAccessible(page);
});
