// Shared fixture: every test fails if the page logs an error, violates the
// Content-Security-Policy, throws, or requests anything that is not one of the app's own files.
import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const test = base.extend({
  // Console messages a test expects (for example the 404 of a page that does not exist).
  allowedProblems: [[], { option: true }],
  guard: [
    async ({ page, baseURL, allowedProblems }, use) => {
      const problems = [];
      const requests = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error' || msg.type() === 'warning') {
          problems.push(`console ${msg.type()}: ${msg.text()}`);
        }
      });
      page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
      page.on('request', (req) => requests.push(req.url()));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`);
        });
      });
      await use({ requests });
      const foreign = requests.filter((url) => !url.startsWith(baseURL));
      expect(foreign, 'requests to anything but the app itself').toEqual([]);
      const unexpected = problems.filter((p) => !allowedProblems.some((re) => re.test(p)));
      expect(unexpected, 'console errors, warnings, CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Waits until the app has replaced the static shell (the theme control exists only in the app). */
export async function ready(page) {
  await expect(page.getByRole('combobox', { name: 'Theme' })).toBeVisible();
}

/** Runs axe (WCAG 2.0/2.1 A and AA) and fails on any violation, listing them readably. */
export async function expectAccessible(page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
  // A scan that looked at nothing proves nothing.
  expect(results.passes.length).toBeGreaterThan(0);
}
