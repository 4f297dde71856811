// A token's status in a Token Status List: the token made here with Node's crypto pointing at
// index 0, 1 or 16 of the list the draft publishes as its example (draft-ietf-oauth-status-
// list-17 §5.1, kept in core/tests/status_list/ with its provenance), read as the draft says:
// index 0 is INVALID, index 1 VALID, index 16 past the end. Nothing is fetched or kept.
import { createHmac, generateKeyPairSync, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test, expect, ready, expectAccessible } from './fixtures.js';

const LIST = readFileSync(new URL('../../core/tests/status_list/status_list_jwt_raw.txt', import.meta.url), 'utf8').replace(/\s+/g, '');
const b64u = (s) => Buffer.from(s).toString('base64url');
function referenced(idx) {
  const input = `${b64u(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${b64u(JSON.stringify({
    sub: '42', status: { status_list: { idx, uri: 'https://example.com/statuslists/1' } },
  }))}`;
  return `${input}.${createHmac('sha256', 'k3Vq9ZtX2mLw8RfP4nYb7HsJ1cGd6AeQ').update(input).digest('base64url')}`;
}

for (const width of [1280, 360]) {
  test(`a token's status read from the draft's own list at ${width} px`, async ({ page, guard }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/inspector/');
    await ready(page);
    await page.getByRole('link', { name: "check a token's status" }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("Check a token's status");
    await ready(page);
    const before = guard.requests.length;

    await page.getByLabel('Token with a status claim').fill(referenced(0));
    const where = page.getByRole('region', { name: 'Where its status is published' });
    await expect(where).toContainText('Entry 0 of the list at https://example.com/statuslists/1.');
    await expect(where.locator('pre.command')).toHaveText(
      "curl -fsS -H 'Accept: application/statuslist+jwt' --url 'https://example.com/statuslists/1'",
    );
    await page.getByLabel('Status List Token (what the command prints)').fill(LIST);
    const read = page.getByRole('region', { name: 'What the list says' });
    await expect(read.locator('.status-entry')).toContainText("This token's status: 0x01 INVALID");
    await expect(read).toContainText('16 entries of 1 bit each.');
    await expect(read).toContainText('signature is not verified: verify it');
    await expect(read.getByRole('link', { name: /draft-ietf-oauth-status-list-17 §7\.1/ })).toHaveAttribute('href', /#section-7\.1$/);

    await page.getByLabel('Token with a status claim').fill(referenced(1));
    await expect(read.locator('.status-entry')).toContainText("This token's status: 0x00 VALID");
    await page.getByLabel('Token with a status claim').fill(referenced(16));
    await expect(read.locator('.status-entry')).toContainText('Index 16 is past the end of the list (16 entries)');

    // Nothing fetched, nothing kept, nothing wider than the screen.
    expect(guard.requests.length).toBe(before);
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(stored).not.toContain(LIST.slice(0, 20));
    expect(page.url()).not.toContain(LIST.slice(0, 20));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await expectAccessible(page);
  });
}

test("the list token's signature is verified in the worker with its issuer's key", async ({ page, guard }) => {
  // The draft's list, signed here with a P-256 key of our own (the draft publishes no key).
  const claims = LIST.split('.')[1];
  const header = b64u(JSON.stringify({ alg: 'ES256', kid: '12', typ: 'statuslist+jwt' }));
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const other = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey;
  const signature = sign('sha256', Buffer.from(`${header}.${claims}`), { key: privateKey, dsaEncoding: 'ieee-p1363' });
  const signed = `${header}.${claims}.${signature.toString('base64url')}`;
  await page.goto('/token-status');
  await ready(page);
  const before = guard.requests.length;
  await page.getByLabel('Token with a status claim').fill(referenced(1));
  await page.getByLabel('Status List Token (what the command prints)').fill(signed);
  const read = page.getByRole('region', { name: 'What the list says' });
  await expect(read).toContainText('signature is not verified: verify it with its issuer');
  await page.getByLabel("Its issuer's public key (PEM, JWK or JWKS), to verify it").fill(publicKey.export({ type: 'spki', format: 'pem' }));
  await expect(read.locator('.verified-list')).toContainText('Its signature: Signature valid');
  await page.getByLabel("Its issuer's public key (PEM, JWK or JWKS), to verify it").fill(other.export({ type: 'spki', format: 'pem' }));
  await expect(read).toContainText('Its signature:');
  await expect(read.locator('.verified-list')).toHaveCount(0);
  // The draft's own token, with our key: not its signer.
  await page.getByLabel('Status List Token (what the command prints)').fill(LIST);
  await page.getByLabel("Its issuer's public key (PEM, JWK or JWKS), to verify it").fill(publicKey.export({ type: 'spki', format: 'pem' }));
  await expect(read).toContainText('Its signature:');
  await expect(read.locator('.verified-list')).toHaveCount(0);
  for (const url of guard.requests.slice(before)) expect(url).toMatch(/\/crypto-worker-[0-9a-f]{16}(_bg\.wasm|\.js)$/);
  await expectAccessible(page);
});

test('a token without a status claim, and a list token that is not one, say so', async ({ page }) => {
  await page.goto('/token-status');
  await ready(page);
  await page.getByLabel('Token with a status claim').fill(LIST);
  await expect(page.locator('#status-token-error')).toContainText('This token has no status claim');
  await page.getByLabel('Status List Token (what the command prints)').fill(referenced(0));
  await expect(page.locator('#status-list-token-error')).toContainText('it is not a Status List Token');
  await expectAccessible(page);
});
