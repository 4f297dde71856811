// A representative part of the conformance suite of real tokens (tests/fixtures/real-tokens.json,
// which crypto/tests/real_tokens.rs runs in full) in the browser: each pasted as a user would,
// with the key its source publishes, on a page whose clock reads the moment the token is judged
// at. The verdict, the kind and the findings are the ones the specifications give.
import { readFileSync } from 'node:fs';
import { test, expect, ready } from './fixtures.js';

const tokens = JSON.parse(readFileSync(new URL('../fixtures/real-tokens.json', import.meta.url), 'utf8')).tokens;
const byId = (id) => tokens.find((t) => t.id === id);

const HEADLINE = {
  accept: /^✓ Accept/,
  reject: /^✗ Reject/,
  undecided: /^(Cannot tell yet|Encrypted)/,
};
const KIND = {
  access: 'as an access token',
  id: 'as an OpenID Connect ID token',
  'dpop-proof': 'as a DPoP proof',
  credential: 'as a verifiable credential',
  'entity-statement': 'as an OpenID Federation entity statement',
  'service-account': 'as a Kubernetes service-account token',
  unknown: 'Kind unknown',
};

const SUBSET = [
  'jwtio-classic-hs256-your-256-bit-secret',
  'entra-v2-access-msdocs',
  'entra-v1-id-identitymodel-cyrano',
  'google-id-token-federated-authlibjava',
  'k8s-projected-sa-token-minikube-vault',
  'gematik-fed-entity-statement-aud-null',
  'rfc9449-dpop-proof-resource-with-ath',
  'sd-jwt-vc-figure7-issuance',
];

for (const id of SUBSET) {
  test(`a real token: ${id}`, async ({ page }) => {
    const t = byId(id);
    await page.clock.setFixedTime(new Date(t.at * 1000));
    await page.goto('/inspector/');
    await ready(page);
    await expect(page.locator('.inspector')).toHaveAttribute('data-crypto', 'ready');
    await page.getByLabel('Paste a JWT or a header or URL containing one').fill(t.token);
    if (t.key?.proof) {
      await page.getByRole('button', { name: "Use the proof's own key (jwk)" }).click();
    } else if (t.key?.secret) {
      await page.getByLabel('A shared secret (HS256, HS384, HS512)').check();
      await page.getByLabel('Secret', { exact: true }).fill(t.key.secret);
    } else if (t.key?.public) {
      await page.getByLabel('A public key (PEM, JWK or JWKS)').check();
      await page.getByLabel(/^Public key/).fill(t.key.public);
    }
    if (t.access_token) await page.getByLabel('Access token', { exact: true }).fill(t.access_token);
    const e = t.expect;
    await expect(page.locator('.verdict-headline')).toHaveText(HEADLINE[e.decision]);
    await expect(page.getByTestId('token-kind')).toContainText(KIND[e.kind]);
    const ids = () => page.locator('li.finding').evaluateAll((els) => els.map((x) => x.dataset.finding));
    for (const f of e.findings) await expect.poll(ids).toContain(f);
    const shown = await ids();
    for (const f of e.absent) expect(shown, `${id}: ${f}`).not.toContain(f);
  });
}

test("a provider's own claims are explained, from the worker, with the provider's page", async ({ page }) => {
  const t = byId('entra-v2-access-msdocs');
  await page.goto('/inspector/');
  await ready(page);
  await page.getByLabel('Paste a JWT or a header or URL containing one').fill(t.token);
  const scp = page.locator('table.claims tr', { has: page.locator('th', { hasText: /^scp$/ }) });
  await expect(scp).toContainText("Microsoft Entra ID (v2.0)'s own claim");
  await expect(scp.getByRole('link')).toHaveAttribute('href', /^https:\/\/learn\.microsoft\.com\//);
  // The same name in a token of no known provider is nobody's.
  await page.getByLabel('Paste a JWT or a header or URL containing one').fill(byId('jwtio-current-rs256').token);
  const admin = page.locator('table.claims tr', { has: page.locator('th', { hasText: /^admin$/ }) });
  await expect(admin).toContainText('its meaning is up to the issuer');
});

test('Google IAP is sent to the keys it publishes, not to discovery it does not serve', async ({ page }) => {
  await page.goto('/inspector/');
  await ready(page);
  await page.getByLabel('Paste a JWT or a header or URL containing one').fill(byId('google-iap-jwt-authlibjava').token);
  await page.getByText('Where does the issuer publish its keys?').click();
  await expect(page.locator('details.discovery')).toContainText('https://www.gstatic.com/iap/verify/public_key-jwk');
  await expect(page.locator('details.discovery')).not.toContainText('.well-known');
});
