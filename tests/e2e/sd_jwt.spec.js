// SD-JWTs in the page (RFC 9901), made by the IETF's reference implementation
// (tests/fixtures/sd-jwt-fixtures.json): the Disclosures decoded and checked against their
// digests, the Key Binding JWT's sd_hash and its signature with the holder's key, a changed
// Disclosure caught, the SD-JWT VC typ explained, and not one request.
import { readFileSync } from 'node:fs';
import { test, expect, ready, expectAccessible } from './fixtures.js';

const f = JSON.parse(readFileSync(new URL('../fixtures/sd-jwt-fixtures.json', import.meta.url), 'utf8'));

async function open(page) {
  await page.goto('/inspector/');
  await ready(page);
  await expect(page.locator('.inspector')).toHaveAttribute('data-crypto', 'ready');
}

const tokenBox = (page) => page.getByLabel('Paste a JWT or a header or URL containing one');

test('a presentation: disclosed claims, decoys, sd_hash and the holder key, with no request', async ({ page, guard }) => {
  await open(page);
  await page.waitForLoadState('networkidle');
  const before = guard.requests.length;
  await tokenBox(page).fill(f.presentation);
  await expect(page.locator('#token-message')).toContainText('followed by 3 Disclosures and a Key Binding JWT');
  const panel = page.getByRole('region', { name: 'Selective disclosure (SD-JWT)' });
  await expect(panel).toContainText('3 Disclosures reveal 3 claims;');
  await expect(panel.locator('ul.disclosed li')).toHaveCount(3);
  await expect(panel.locator('ul.disclosed')).toContainText('/given_name: "Erika" (Disclosure 1)');
  await expect(panel.locator('ul.disclosed')).toContainText('/address/locality: "Köln"');
  await expect(panel.locator('[data-check="sd_hash"]')).toContainText('✓ sd_hash matches');
  await expect(panel.locator('[data-check="kb-signature"]')).toContainText("checked with the holder's key in cnf.jwk: Signature valid");
  await expect(panel.locator('[data-check="kb-signature"]')).toHaveClass(/outcome-valid/);
  await expect(panel.locator('[data-check="kb-claims"]')).toContainText('aud https://verifier.example and nonce n-0S6_WzA2Mj');
  await expect(page.locator('li.finding[data-finding="sd-jwt-vc"]')).toContainText('An SD-JWT VC (typ dc+sd-jwt)');
  // The issuer's signature is the verify panel's, with the issuer's key.
  await page.getByLabel('A public key (PEM, JWK or JWKS)').check();
  await page.getByLabel(/^Public key: PEM/).fill(JSON.stringify(f.issuer_jwk));
  await expect(page.locator('#verify-outcome')).toContainText('Signature valid');
  await expectAccessible(page);
  // A Disclosure edited in place (the same count of them) is checked again, not left as it was.
  const parts = f.presentation.split('~');
  parts[2] = Buffer.from('["salt","locality","Berlin"]').toString('base64url');
  await tokenBox(page).fill(parts.join('~'));
  await expect(panel.locator('[data-check="sd_hash"]')).toContainText('✗ sd_hash is');
  await expect(panel).toContainText("Disclosure 2's digest is in no _sd array");
  expect(guard.requests.slice(before)).toEqual([]);
});

test('a Disclosure the holder made up is caught, and sd_hash no longer matches', async ({ page }) => {
  await open(page);
  const parts = f.presentation.split('~');
  parts[1] = Buffer.from('["salt","given_name","Mallory"]').toString('base64url');
  await tokenBox(page).fill(parts.join('~'));
  const panel = page.getByRole('region', { name: 'Selective disclosure (SD-JWT)' });
  await expect(panel).toContainText("Disclosure 1's digest is in no _sd array or ... element");
  await expect(panel.locator('[data-check="sd_hash"]')).toContainText('✗ sd_hash is');
  await expect(panel.locator('ul.disclosed')).not.toContainText('Mallory');
  // An issuance has every Disclosure and no Key Binding JWT.
  await tokenBox(page).fill(f.issuance);
  await expect(panel.locator('[data-check="sd_hash"]')).toContainText('No Key Binding JWT');
  await expect(panel.locator('.outcome-invalid')).toHaveCount(0);
});
