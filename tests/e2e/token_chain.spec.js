// A certificate chain checked against the anchor the user pastes, on chains made with Python's
// `cryptography` (scripts/chain_fixtures.py, crypto/tests/vectors/chains.json), each with the
// outcome written from RFC 5280 §6.1 and RFC 7515 §4.1.6. The certificates are valid from 2025
// to 2035, so the page's own clock judges them. The check runs in the crypto worker: the only
// requests after the page loads are the worker's own files, and nothing is kept.
import { readFileSync } from 'node:fs';
import { test, expect, ready, expectAccessible } from './fixtures.js';

const FIXTURE = JSON.parse(readFileSync(new URL('../../crypto/tests/vectors/chains.json', import.meta.url), 'utf8'));
const chain = (name) => FIXTURE.cases.find((c) => c.name === name);

for (const width of [1280, 360]) {
  test(`an x5c chain checked against the user's anchor at ${width} px`, async ({ page, guard }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/inspector/');
    await ready(page);
    await page.getByRole('link', { name: 'check a certificate chain' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check a certificate chain');
    await ready(page);
    const before = guard.requests.length;
    const good = chain('good-rsa-p384-p256');

    // The token alone: the page asks for the anchor, and says it is not an error.
    await page.getByLabel('Token with an x5c header').fill(good.token);
    await expect(page.locator('.chain-next')).toContainText('Paste the certificate you trust (your trust anchor)');
    await expect(page.getByLabel('Token with an x5c header')).toHaveAttribute('aria-invalid', 'false');

    await page.getByLabel('Your trust anchor (PEM certificates)').fill(good.anchors);
    const verdict = page.getByRole('region', { name: 'Verdict' });
    await expect(verdict.locator('.chain-headline')).toHaveText(
      'Trusted. The token\'s chain leads to your anchor “CN=Root,O=Authpick Test”, and its first certificate\'s key signed this token.',
    );
    await expect(page.locator('[data-chain]')).toHaveAttribute('data-chain', 'done');
    await expect(verdict.locator('.chain-fail')).toHaveCount(0);
    await expect(verdict.locator('.chain-pass').first()).toContainText('Passed: The token\'s signature verifies with the key of certificate 1');
    await expect(verdict.getByRole('link', { name: 'RFC 7515 §4.1.6' })).toHaveAttribute('href', /rfc7515#section-4\.1\.6$/);
    await expect(verdict.locator('.chain-certs li')).toHaveCount(2);

    // An intermediate that expired in 2021: not trusted, and the line says why and where.
    const expired = chain('expired-intermediate');
    await page.getByLabel('Token with an x5c header').fill(expired.token);
    await page.getByLabel('Your trust anchor (PEM certificates)').fill(expired.anchors);
    await expect(verdict.locator('.chain-headline')).toHaveText('Not trusted. The token\'s chain fails 2 of 6 checks.');
    await expect(verdict.locator('.chain-fail').first()).toContainText('Failed: Certificate 2 (“CN=Intermediate,O=Authpick Test”) expired on 2021-01-01');
    await expect(verdict.locator('.chain-fail').first().getByRole('link')).toHaveText('RFC 5280 §4.1.2.5');

    // The wrong anchor: a root of the same name with another key.
    const impostor = chain('wrong-anchor-same-name');
    await page.getByLabel('Token with an x5c header').fill(impostor.token);
    await page.getByLabel('Your trust anchor (PEM certificates)').fill(impostor.anchors);
    await expect(verdict.locator('.chain-fail')).toHaveCount(1);
    await expect(verdict.locator('.chain-fail')).toContainText('your anchor\'s key did not sign it');

    // Only the worker's own files were fetched; the token and anchors are nowhere but the page.
    const fetched = guard.requests.slice(before);
    expect(fetched.length).toBeGreaterThan(0);
    for (const url of fetched) expect(url).toMatch(/\/crypto-worker-[0-9a-f]{16}(_bg\.wasm|\.js)$/);
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(stored).not.toContain(impostor.token.slice(0, 30));
    expect(page.url()).not.toContain(impostor.token.slice(0, 30));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await expectAccessible(page);
  });
}

test('a pasted chain serves a token without x5c, and a bad anchor is named beside its field', async ({ page }) => {
  await page.goto('/token-chain');
  await ready(page);
  const pasted = chain('good-pasted-chain');
  await page.getByLabel('Token with an x5c header').fill(pasted.token);
  await expect(page.locator('.chain-next')).toContainText('The token carries no x5c header');
  await page.getByLabel('Chain as PEM, for a token without x5c (optional)').fill(pasted.chain);
  await page.getByLabel('Your trust anchor (PEM certificates)').fill('my root certificate');
  await expect(page.locator('#chain-anchors-error')).toHaveText(
    'Paste the trust anchors as PEM: each certificate between -----BEGIN CERTIFICATE----- and -----END CERTIFICATE----- lines.',
  );
  await expect(page.getByLabel('Your trust anchor (PEM certificates)')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Your trust anchor (PEM certificates)').fill(pasted.anchors);
  await expect(page.locator('.chain-headline')).toHaveText(/^Trusted\. The pasted chain leads to your anchor/);
  await expectAccessible(page);
});
