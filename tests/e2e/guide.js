// Drives the questionnaire by what a person sees: question headings and option labels.
import { expect } from './fixtures.js';

export const Q = {
  clients: 'Who calls your system?',
  frontend: 'How is the web front end built?',
  backend: 'What does the back end look like?',
  domains: 'Must people stay signed in across unrelated domains?',
  revoke: 'When you revoke access, how fast must it take effect?',
  data: 'How sensitive is the data behind the login?',
  stake: 'What could someone do with a stolen login?',
  scale: 'How large do you expect to be in the next two years?',
  store: 'Do you have, or could you run, a shared store such as Redis?',
  run: 'Do you want to run authentication yourselves?',
  signin: 'How do people sign in?',
  team: 'Who will build and run it?',
  stack: 'Which server stacks do you build on?',
};

/**
 * Answers each step in order. `steps` is a list of [question heading, [option labels]]; the
 * heading shown must match, which also proves that skipped questions are skipped. `base` is
 * the site's address for a page whose context has no base URL.
 */
export async function walk(page, steps, base = '') {
  // Start clean: the guide restores saved answers when a link has none. The landing page
  // neither restores nor saves, so storage can be cleared there without a race.
  await page.goto(`${base}/`);
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${base}/guide`);
  for (const [heading, labels] of steps) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    for (const label of labels) {
      await choice(page, label).check();
    }
    await page.locator('form.question button[type=submit]').click();
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Your recommendation' })).toBeVisible();
}

/** The input of the option whose label is exactly `label` (hints are not matched). */
export function choice(page, label) {
  return page
    .locator('.choice')
    .filter({ has: page.locator('.choice-label').getByText(label, { exact: true }) })
    .locator('input');
}

/** The client cards as [surface, approach] pairs (the sign-in card is `signIn`'s). */
export async function cards(page) {
  const items = page.locator('.card:not([data-surface=signin])');
  // The result renders after the WebAssembly has loaded: wait for it rather than race it.
  await expect(items.first()).toBeVisible();
  const n = await items.count();
  const out = [];
  for (let i = 0; i < n; i++) {
    out.push([
      (await items.nth(i).locator('.surface').innerText()).trim(),
      (await items.nth(i).locator('.approach').innerText()).trim(),
    ]);
  }
  return out;
}

/** The sign-in card's approach: who signs people in. */
export async function signIn(page) {
  const card = page.locator('.card[data-surface=signin]');
  await expect(card).toBeVisible();
  return (await card.locator('.approach').innerText()).trim();
}

export const SESSION = 'Server-side session';
export const SEALED = 'Encrypted cookie session';
export const IN_APP = 'Sign-in built into the app';
export const SELF_HOSTED = 'Self-hosted identity server';
export const ACCESS_REFRESH = 'Short-lived JWT access token + refresh token';
export const HYBRID = 'Hybrid: short JWT plus a session checked at the edge';
export const PROVIDER = 'Managed identity provider';
export const SERVICE_JWT = 'Signed short-lived service JWT';
export const BFF = 'Backend-for-frontend';
