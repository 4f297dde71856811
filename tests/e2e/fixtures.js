// Shared fixture: every test fails if the page logs an error, violates the
// Content-Security-Policy, throws, or requests anything that is not one of the app's own files.
import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/**
 * Records what a page logs as an error or warning, throws, violates in the CSP, and requests.
 * `check()` fails on any of those problems not matched by `allowed`, and on any request to
 * anything but `origin`.
 */
export async function watch(page, origin, allowed = []) {
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
  return {
    requests,
    check() {
      const foreign = requests.filter((url) => !url.startsWith(origin));
      expect(foreign, 'requests to anything but the app itself').toEqual([]);
      const unexpected = problems.filter((p) => !allowed.some((re) => re.test(p)));
      expect(unexpected, 'console errors, warnings, CSP violations').toEqual([]);
    },
  };
}

export const test = base.extend({
  // Console messages a test expects (for example the 404 of a page that does not exist).
  allowedProblems: [[], { option: true }],
  guard: [
    async ({ page, baseURL, allowedProblems }, use) => {
      const watched = await watch(page, baseURL, allowedProblems);
      await use({ requests: watched.requests });
      watched.check();
    },
    { auto: true },
  ],
});

/**
 * A server of its own for a test that stops it or changes what it serves: scripts/serve_dist.py
 * on a free port, serving `dir` (a copy of the build, or the build itself). With `log`, the
 * server appends one line per request to that file. `stop()` waits until the server has
 * exited and nothing answers on its port any more.
 */
export async function privateServer(dir, { log } = {}) {
  const { spawn } = await import('node:child_process');
  const { createServer } = await import('node:net');
  const port = await new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
  const script = new URL('../../scripts/serve_dist.py', import.meta.url).pathname;
  const args = [script, '--port', String(port), '--dir', dir, ...(log ? ['--log', log] : [])];
  const server = spawn('python3', args, { stdio: 'ignore' });
  const exited = new Promise((resolve) => server.once('exit', resolve));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`${base}/`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    base,
    async stop() {
      server.kill();
      await exited;
      const answered = await fetch(`${base}/`).then(() => true, () => false);
      expect(answered, 'the server still answers after being stopped').toBe(false);
    },
  };
}

/** The build the tests run against. */
export const DIST = new URL('../../dist', import.meta.url).pathname;

export { expect };

/** Waits until the app has replaced the built copy of the page (`#app[data-started]`). */
export async function ready(page) {
  await expect(page.locator('#app[data-started]')).toHaveCount(1);
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
