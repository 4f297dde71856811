// Decrypting JWEs in the page, with tokens another implementation encrypted (Python's
// joserfc: crypto/tests/vectors/joserfc_jwe.json) and RFC 7520's nested example: each kind of
// key by its label, what a wrong key says, a nested token inspected in its turn, the findings a
// header alone gives, and not one request while any of it happens.
import { readFileSync } from 'node:fs';
import { test, expect, ready, expectAccessible } from './fixtures.js';

const vectors = (file) => JSON.parse(readFileSync(new URL(`../../crypto/tests/vectors/${file}`, import.meta.url), 'utf8')).vectors;
const joserfc = vectors('joserfc_jwe.json');
const rfc7520 = vectors('rfc7520_jwe.json');
const token = (alg, enc) => joserfc.find((v) => v.alg === alg && v.enc === enc);

async function open(page) {
  await page.goto('/inspector/');
  await ready(page);
  await expect(page.locator('.inspector')).toHaveAttribute('data-crypto', 'ready');
}

const tokenBox = (page) => page.getByLabel('Paste a JWT or a header or URL containing one');
const outcome = (page) => page.locator('#verify-outcome');
const privateKey = (page) => page.getByLabel(/^Private key: a JWK, a JWKS/);

test('a JWE decrypts with the recipient key of each kind, and nothing leaves the page', async ({ page, guard }) => {
  await open(page);
  await page.waitForLoadState('networkidle');
  const before = guard.requests.length;
  // RSA-OAEP-256 with a PEM private key (PKCS#8).
  const rsa = token('RSA-OAEP-256', 'A128GCM');
  await tokenBox(page).fill(rsa.compact);
  await privateKey(page).fill(rsa.pem);
  await expect(outcome(page)).toContainText('✓ Decrypted with the PEM private key.');
  await expect(outcome(page)).toContainText("anyone with the recipient's public key can encrypt");
  await expect(page.getByRole('heading', { name: 'Decrypted claims' })).toBeVisible();
  await expect(page.locator('pre.decrypted')).toContainText('"sub": "RSA-OAEP-256 A128GCM"');
  // ECDH-ES+A256KW with a JWK, from a set by kid.
  const ec = token('ECDH-ES+A256KW', 'A256CBC-HS512');
  await tokenBox(page).fill(ec.compact);
  await privateKey(page).fill(JSON.stringify({ keys: [{ ...ec.jwk, kid: ec.alg + '/' + ec.enc }] }));
  await expect(outcome(page)).toContainText(`✓ Decrypted with the set's key with kid ${ec.alg}/${ec.enc}.`);
  await expect(page.locator('pre.decrypted')).toContainText('ECDH-ES+A256KW A256CBC-HS512');
  // A128KW: the shared key, written as base64url; compressed (zip DEF) before encryption.
  const kw = token('A128KW', 'A128GCM');
  expect(kw.zip).toBe('DEF');
  await tokenBox(page).fill(kw.compact);
  await expect(page.getByLabel('Secret', { exact: true })).toBeVisible();
  await page.getByLabel('Secret', { exact: true }).fill(kw.jwk.k);
  await page.getByLabel('Written as').selectOption('base64url');
  await expect(outcome(page)).toContainText('✓ Decrypted with the shared secret (16 bytes). Only holders of that key could have made it.');
  await expect(page.locator('li.finding[data-finding="jwe-compressed"]')).toBeVisible();
  // PBES2: the password as text.
  const pbes2 = token('PBES2-HS256+A128KW', 'A256GCM');
  await tokenBox(page).fill(pbes2.compact);
  await page.getByLabel('Written as').selectOption('text');
  await page.getByLabel('Secret', { exact: true }).fill(pbes2.password);
  await expect(outcome(page)).toContainText('✓ Decrypted with the password.');
  await expectAccessible(page);
  expect(guard.requests.slice(before)).toEqual([]);
});

test('a wrong key, a changed token and RSA1_5 say what they are', async ({ page }) => {
  await open(page);
  const rsa = token('RSA-OAEP', 'A256GCM');
  await tokenBox(page).fill(rsa.compact);
  // The public half cannot decrypt.
  const { d, p, q, dp, dq, qi, ...publicJwk } = rsa.jwk;
  await privateKey(page).fill(JSON.stringify(publicJwk));
  await expect(outcome(page)).toContainText('it is a public key: decrypting needs the recipient');
  await privateKey(page).fill(JSON.stringify(rsa.jwk));
  await expect(outcome(page)).toContainText('✓ Decrypted with the JWK.');
  // One character of the ciphertext changed: the tag no longer matches.
  const parts = rsa.compact.split('.');
  parts[3] = (parts[3][0] === 'A' ? 'B' : 'A') + parts[3].slice(1);
  await tokenBox(page).fill(parts.join('.'));
  await expect(outcome(page)).toContainText('✗ Decryption failed: the authentication tag does not match.');
  await expect(page.locator('pre.decrypted')).toHaveCount(0);
  // RSA1_5 still decrypts, under a Critical finding.
  const old = token('RSA1_5', 'A128CBC-HS256');
  await tokenBox(page).fill(old.compact);
  await privateKey(page).fill(old.pem);
  await expect(outcome(page)).toContainText('✓ Decrypted with the PEM private key.');
  const finding = page.locator('li.finding[data-finding="jwe-rsa1-5"]');
  await expect(finding).toContainText('RSA1_5 key encryption is deprecated');
  await expect(finding).toContainText('Critical');
});

test('a nested JWT (RFC 7520 §6): decrypted, then inspected as a token of its own, both layers in view', async ({ page }) => {
  await open(page);
  const nested = rfc7520.find((v) => v.section === '§6');
  await tokenBox(page).fill(nested.compact);
  await privateKey(page).fill(JSON.stringify(nested.key));
  await expect(outcome(page)).toContainText('✓ Decrypted with the JWK.');
  await expect(page.getByRole('heading', { name: 'A nested token' })).toBeVisible();
  await page.getByRole('button', { name: 'Inspect the inner token' }).click();
  await expect(tokenBox(page)).toHaveValue(nested.plaintext);
  await expect(page.getByRole('heading', { name: 'Verify the signature' })).toBeVisible();
  // The inner token is verified with the signer's public key, not the recipient's.
  const { d, p, q, dp, dq, qi, ...signer } = nested.inner_key;
  await page.getByLabel('A public key (PEM, JWK or JWKS)').check();
  await page.getByLabel(/^Public key: PEM/).fill(JSON.stringify(signer));
  await expect(outcome(page)).toContainText('Signature valid');
  // Both layers stay in view: which key decrypted the outer token, and the way back to it.
  const layer = page.locator('.notice.layer');
  await expect(layer).toContainText('Inner token of a nested JWT. The outer, encrypted token: Decrypted with the JWK.');
  await expectAccessible(page);
  await layer.getByRole('button', { name: 'Back to the encrypted token' }).click();
  await expect(tokenBox(page)).toHaveValue(nested.compact);
  await expect(outcome(page)).toContainText('✓ Decrypted with the JWK.');
  await expect(layer).toHaveCount(0);
});

test('a header asking for too many PBES2 iterations is refused before any work', async ({ page }) => {
  await open(page);
  const b64u = (s) => Buffer.from(s).toString('base64url');
  const header = { alg: 'PBES2-HS256+A128KW', enc: 'A128GCM', p2s: 'c2FsdHNhbHQ', p2c: 2000000000 };
  await tokenBox(page).fill(`${b64u(JSON.stringify(header))}.${b64u('0123456789abcdef01234567')}.${b64u('0123456789ab')}.${b64u('ct')}.${b64u('0123456789abcdef')}`);
  await expect(page.locator('li.finding[data-finding="jwe-p2c-too-large"]')).toContainText('p2c asks for 2000000000 PBKDF2 iterations');
  await expect(page.locator('.nothing-to-verify')).toContainText('p2c is 2000000000: more than the 1200000');
});
