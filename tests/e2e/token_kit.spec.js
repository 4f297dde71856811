// The test kit for one's own verifier: from an HS256 token made here with Node's crypto and its
// secret, the tokens a verifier must reject and the one it must accept, signed in the crypto
// worker, each with its rule and source; exported as JSON and as a curl script. Node checks
// the kit's control token with the secret, and that the alg-none tokens carry no signature.
// The only requests are the worker's own files; nothing is stored or put in the link.
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test, expect, ready, expectAccessible } from './fixtures.js';

const b64u = (s) => Buffer.from(s).toString('base64url');
const SECRET = 'k3Vq9ZtX2mLw8RfP4nYb7HsJ1cGd6AeQ';
function hs256(header, payload) {
  const input = `${b64u(JSON.stringify(header))}.${b64u(JSON.stringify(payload))}`;
  return `${input}.${createHmac('sha256', SECRET).update(input).digest('base64url')}`;
}
const TOKEN = hs256({ alg: 'HS256', typ: 'at+jwt' }, { iss: 'https://id.example', aud: 'https://api.example', sub: '42', client_id: 'app', jti: 'j1', iat: 1, exp: 2 });

for (const width of [1280, 360]) {
  test(`a test kit for your own verifier, signed in the worker, at ${width} px`, async ({ page, guard }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/inspector/');
    await ready(page);
    await page.getByRole('link', { name: 'test your verifier' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Test your verifier');
    await ready(page);
    const before = guard.requests.length;
    await expect(page.locator('.notice')).toHaveText('Use these tokens only against systems you are allowed to test.');
    const make = page.getByRole('button', { name: 'Make the kit' });
    await expect(make).toBeDisabled();
    await page.getByLabel('One of your tokens').fill(TOKEN);
    await page.getByLabel(/^Your signing key/).fill(SECRET);
    await make.click();
    const kit = page.getByRole('region', { name: /^The kit: \d+ tokens$/ });
    await expect(kit).toBeVisible();
    const items = kit.locator('li');
    const count = await items.count();
    expect(count).toBeGreaterThanOrEqual(15);
    await expect(kit.getByRole('heading')).toHaveText(`The kit: ${count} tokens`);
    // One token to accept: signed with the secret, as Node's HMAC says; every other to reject.
    await expect(kit.locator('li strong', { hasText: 'Must accept' })).toHaveCount(1);
    const control = await items.first().locator('code').textContent();
    const [h, p, s] = control.split('.');
    expect(createHmac('sha256', SECRET).update(`${h}.${p}`).digest('base64url')).toBe(s);
    expect(JSON.parse(Buffer.from(p, 'base64url').toString()).sub).toBe('42');
    for (const id of ['alg-none', 'signature-stripped']) {
      const t = await kit.locator(`li[data-case="${id}"] code`).textContent();
      expect(t.endsWith('.'), id).toBe(true);
    }
    await expect(kit.locator('li[data-case="alg-none"]').getByRole('link')).toHaveAttribute('href', /rfc8725/);

    // JSON: the schema and every token with its expectation.
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as JSON' }).click()]);
    expect(json.suggestedFilename()).toBe('authpick-kit.json');
    const doc = JSON.parse(readFileSync(await json.path(), 'utf8'));
    expect(doc.schema).toBe('authpick-kit/1');
    expect(doc.tokens).toHaveLength(count);
    expect(doc.tokens[0]).toMatchObject({ id: 'valid', expected: 'accept', token: control });
    // The script: only for an address it can quote, said beside the field.
    const script = page.getByRole('button', { name: 'Download as a shell script' });
    await expect(script).toBeDisabled();
    await page.getByLabel('Address of your API, for the script').fill("https://api.example/x'; rm -rf ~");
    await expect(page.locator('#kit-url-error')).toHaveText('Give an http or https address without spaces, quotes or backslashes.');
    await page.getByLabel('Address of your API, for the script').fill('https://api.example.test/me');
    const [sh] = await Promise.all([page.waitForEvent('download'), script.click()]);
    const text = readFileSync(await sh.path(), 'utf8');
    expect(text.startsWith('#!/bin/sh\n')).toBe(true);
    expect(text).toContain(`-H 'Authorization: Bearer ${control}' --url 'https://api.example.test/me'`);

    // Only the worker's own files were fetched; nothing kept.
    for (const url of guard.requests.slice(before)) expect(url).toMatch(/\/crypto-worker-[0-9a-f]{16}(_bg\.wasm|\.js)$/);
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(stored).not.toContain(SECRET);
    expect(stored).not.toContain(TOKEN.slice(0, 30));
    expect(page.url()).not.toContain(SECRET);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await expectAccessible(page);
  });
}

test('a key that does not sign the token\'s algorithm says so', async ({ page }) => {
  await page.goto('/token-kit');
  await ready(page);
  await page.getByLabel('One of your tokens').fill(TOKEN.replace(/^[^.]+/, b64u(JSON.stringify({ alg: 'ES256' }))));
  await page.getByLabel(/^Your signing key/).fill(SECRET);
  await page.getByRole('button', { name: 'Make the kit' }).click();
  await expect(page.locator('[role=status] .field-error')).toContainText("Your key does not sign this token's algorithm");
  await page.getByLabel('One of your tokens').fill('not a token');
  await expect(page.locator('#kit-token-error')).toContainText('No token found');
  await expectAccessible(page);
});
