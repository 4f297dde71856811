// The app's behaviour beyond the scenarios: each page's built copy, landing, keyboard use, browser Back,
// editing answers on the result page, accessibility in both themes, layout from a 360 px phone
// to a projector, and no network traffic while it is used.
import { test, expect, ready, expectAccessible } from './fixtures.js';
import { Q, walk, cards, SESSION, BFF } from './guide.js';

const MONOLITH = [
  [Q.clients, ['Our own web app in the browser']],
  [Q.frontend, ['Server-rendered pages']],
  [Q.backend, ['One application']],
  [Q.domains, ['One site']],
  [Q.revoke, ['Within minutes']],
  [Q.data, ['Personal data']],
  [Q.stake, []],
  [Q.scale, ['Under 10,000 users']],
  [Q.store, []],
  [Q.run, ['Yes, ourselves']],
  [Q.signin, []],
  [Q.team, []],
  [Q.stack, []],
];

/** Holds the WebAssembly back until the returned function is called, to see the built copy. */
async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

// Each route's page and what it says before any WebAssembly has loaded.
const FIRST_PAINT = [
  ['/', 'Sessions, JWTs, or both?', 'link', 'Start the guide'],
  ['/guide', Q.clients, 'checkbox', 'Our own web app in the browser'],
  ['/glossary', 'Glossary', 'term', 'Access token'],
  ['/costs', 'What each approach costs', 'table', 'All figures per approach'],
  ['/revocation', 'How long does a stolen credential work?', 'slider', 'Access token lifetime'],
  ['/inspector/', 'Token inspector', 'textbox', 'Paste a JWT'],
];

/** The words and boxes of what the page's main area shows, in order. */
function layout(page) {
  return page.locator('#main').evaluate((main) => [...main.querySelectorAll('h1, h2, h3, p, li, dt, label, a, button, input, select, textarea, table, svg')]
    .map((el) => {
      const { x, y, width, height } = el.getBoundingClientRect();
      const text = el.tagName === 'TEXTAREA' || el.tagName === 'INPUT' ? el.value : el.textContent;
      return `${el.tagName} ${Math.round(x)},${Math.round(y)} ${Math.round(width)}x${Math.round(height)} ${text.replace(/\s+/g, ' ').trim().slice(0, 60)}`;
    }));
}

for (const [path, heading, role, name] of FIRST_PAINT) {
  test(`${path} reads before the WebAssembly arrives, and nothing moves when the app takes over`, async ({ page }) => {
    await page.setViewportSize({ width: 412, height: 823 });
    await page.addInitScript(() => {
      window.__shifts = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__shifts += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
      // Each batch of changes to the page's nodes once the module may run: the app's copy
      // must replace the built one in a single batch (a page built in steps builds away from
      // the document), never piece by piece on screen.
      window.__batches = null;
      new MutationObserver((records) => {
        if (window.__batches === null || window.__took) return;
        const app = document.getElementById('app');
        if (records.some((r) => r.type === 'childList' && app?.contains(r.target))) window.__batches += 1;
        if (app?.hasAttribute('data-started')) window.__took = true;
      }).observe(document, { subtree: true, childList: true, attributes: true });
      window.__largest = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__largest.push(e.startTime);
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    const release = await holdWasm(page);
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    const thing = role === 'term' ? page.locator('dt', { hasText: name }) : page.getByRole(role, { name }).first();
    await expect(thing).toBeVisible();
    await expect(page.getByText(/Loading/)).toHaveCount(0);
    expect(await page.locator('#app[data-started]').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => window.__largest.length)).toBeGreaterThan(0);
    const before = await layout(page);
    await page.evaluate(() => (window.__batches = 0));
    release();
    await ready(page);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    // The same words in the same boxes (the real check: the app replaces every node, and a
    // layout shift is only counted for nodes that stay), and the largest paint is still the
    // built page's: the app's copy is no larger.
    expect(await layout(page)).toEqual(before);
    expect(await page.evaluate(() => window.__shifts)).toBe(0);
    expect(await page.evaluate(() => window.__largest.length)).toBe(1);
    expect(await page.evaluate(() => window.__batches)).toBe(1);
  });
}

test('on a phone too, the app takes over without moving the page', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const release = await holdWasm(page);
  await page.goto('/');
  const before = await layout(page);
  release();
  await ready(page);
  expect(await layout(page)).toEqual(before);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every page reads, and a noscript message explains what the rest needs', async ({ page }) => {
    for (const [path, heading] of FIRST_PAINT) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page.getByText(/needs JavaScript and WebAssembly/)).toBeVisible();
    }
  });
});

test('landing page: two sentences, a start button and the inspector link', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await expect(page).toHaveTitle(/Authpick/);
  await expect(page.getByRole('link', { name: 'Inspect a token' })).toBeVisible();
  await page.getByRole('link', { name: 'Start the guide' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(Q.clients);
  await expect(page.getByText('Step 1 of 13')).toBeVisible();
  await page.getByRole('link', { name: 'Token inspector' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Token inspector');
});

test('a deep link to a step or the result loads directly', async ({ page }) => {
  await page.goto('/guide?step=revoke');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(Q.revoke);
  await page.goto('/guide?view=result');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your recommendation');
});

test.describe('an address that does not exist', () => {
  // The static host answers 404 (with the app's 404.html), which the browser logs.
  test.use({ allowedProblems: [/status of 404/] });
  test('shows the app\'s own not-found page', async ({ page }) => {
    await page.goto('/no/such/page');
    await ready(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await page.getByRole('link', { name: 'Go to the start page' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sessions, JWTs, or both?');
  });
});

test('keyboard only: answer, advance, and focus lands on the next question', async ({ page }) => {
  await page.goto('/guide');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  // Tab to the first checkbox, tick it with Space, submit with Enter.
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Our own web app in the browser')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByLabel('Our own web app in the browser')).toBeChecked();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(Q.frontend);
  await expect(heading).toBeFocused();
  await expect(page.getByText('Step 2 of 13')).toBeVisible();
  // Radios: arrow keys move the choice; focus stays on the group while answering.
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('SPA, API on the same site')).toBeChecked();
  await expect(page.getByLabel('SPA, API on the same site')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText(Q.backend);
});

test('Back and the browser Back button return to the previous step with answers kept', async ({ page }) => {
  await page.goto('/guide');
  await page.getByLabel('Our own native mobile app').check();
  await page.getByRole('button', { name: 'Next' }).click();
  // No web client: the front-end question is skipped.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(Q.backend);
  await expect(page.getByText('Step 2 of 12')).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(Q.clients);
  await expect(page.getByLabel('Our own native mobile app')).toBeChecked();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(Q.clients);
});

test('changing an answer on the result page updates the recommendation at once', async ({ page }) => {
  await walk(page, MONOLITH);
  expect((await cards(page))[0][1]).toBe(SESSION);
  await page.getByLabel('Web front end').selectOption({ label: 'SPA, API on another site' });
  // By keyboard: the editor keeps focus while the result re-renders.
  await page.getByLabel('Domains').focus();
  // Past "Subdomains per customer" to "several".
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Domains')).toHaveValue('several');
  // A cross-site SPA gets a backend-for-frontend (RFC 10017's first pattern).
  await expect(page.locator('.card[data-surface=web] .approach')).toHaveText(BFF);
  await expect(page.getByLabel('Domains')).toBeFocused();
  // Removing the web client removes the web question and the browser card.
  await page.getByRole('checkbox', { name: 'Our own native mobile app' }).check();
  await page.getByRole('checkbox', { name: 'Our own web app in the browser' }).uncheck();
  await expect(page.getByLabel('Web front end')).toHaveCount(0);
  expect((await cards(page)).map(([s]) => s.toLowerCase())).toEqual(['native mobile app']);
});

test('the result explains itself: reasons tied to answers, alternatives, what would change it', async ({ page }) => {
  await walk(page, MONOLITH);
  await expect(page.getByRole('heading', { name: 'Why', exact: true })).toBeVisible();
  await expect(page.getByText('Because: Web front end: Server-rendered pages').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Why not the alternatives' })).toBeVisible();
  await expect(page.getByText(/points? total against −?\d+ points? for the recommendation: \d+ points? behind/).first()).toBeVisible();
  // Every score on the page is the sum of the points listed above it, the head start included.
  const why = page.getByRole('region', { name: 'Why', exact: true });
  await expect(why.getByText(/^Head start:/).first()).toBeVisible();
  for (const region of [why, page.getByRole('region', { name: 'Why not the alternatives' })]) {
    const totals = await region.locator('ul.reasons').evaluateAll((lists) => lists
      .filter((ul) => ul.nextElementSibling?.classList.contains('total'))
      .map((ul) => {
        const num = (t) => Number(t.replace('−', '-').replace('+', ''));
        const sum = [...ul.querySelectorAll(':scope > li > .weight')].reduce((a, el) => a + num(el.textContent), 0);
        const total = num(ul.nextElementSibling.textContent.match(/Total: (−?\d+)/)[1]);
        return [sum, total];
      }));
    expect(totals.length).toBeGreaterThan(0);
    for (const [sum, total] of totals) expect(sum).toBe(total);
  }
  await expect(page.locator('.result-main').getByText(/Rule base 2026\.\d+\.\d+, last reviewed/)).toBeVisible();
  // Applying a suggested change really changes the recommendation.
  const change = page.locator('.change').first();
  await expect(change).toBeVisible();
  const before = await cards(page);
  await change.getByRole('button').click();
  await expect.poll(async () => JSON.stringify(await cards(page))).not.toBe(JSON.stringify(before));
  // It is announced, the changed card is marked and in view, and Back undoes it.
  await expect(page.getByRole('status').filter({ hasText: /^Tried / })).toContainText('now');
  await expect(page.locator('.card.changed').first()).toBeInViewport();
  // Beside it, each moved card's leading reason before and now, without scrolling to "Why".
  const reasons = page.locator('.tried-reasons li');
  await expect(reasons.first()).toContainText(/, before: .+, because .+ Now: .+/);
  await page.goBack();
  await expect.poll(async () => JSON.stringify(await cards(page))).toBe(JSON.stringify(before));
  // After Back the sentence about the Try is gone, not left stale.
  await expect(page.locator('.tried')).toHaveCount(0);
  // A visible Undo does the same without the browser's Back.
  await page.locator('.change').first().getByRole('button').click();
  await expect.poll(async () => JSON.stringify(await cards(page))).not.toBe(JSON.stringify(before));
  const undo = page.locator('.tried').getByRole('button', { name: /^Undo: / });
  await expect(undo).toBeVisible();
  await undo.click();
  await expect.poll(async () => JSON.stringify(await cards(page))).toBe(JSON.stringify(before));
  await expect(page.locator('.tried')).toHaveCount(0);
  // Sources are links to the documents.
  const source = page.locator('.source-list a').first();
  await expect(source).toHaveAttribute('href', /^https:\/\//);
});

for (const scheme of ['light', 'dark']) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    test('landing, a question and a result have no WCAG 2.1 AA violations', async ({ page }) => {
      await page.goto('/');
      await ready(page);
      await expectAccessible(page);
      await page.goto('/guide?step=frontend');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(Q.frontend);
      await page.getByLabel('Server-rendered pages').check();
      await expectAccessible(page);
      await walk(page, MONOLITH);
      await expectAccessible(page);
      await page.goto('/inspector/');
      await ready(page);
      await expectAccessible(page);
    });
  });
}

for (const [name, width, height] of [['phone', 360, 740], ['projector', 1920, 1080]]) {
  test(`readable on a ${name} (${width}px): nothing overflows sideways`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    for (const path of ['/', '/guide']) {
      await page.goto(path);
      await ready(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
    await walk(page, MONOLITH);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    const size = await page.locator('.card .approach').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(18);
  });
}

test('on a phone the header is short and the theme control keeps its label in sight', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/', '/inspector/']) {
    await page.goto(path);
    await ready(page);
    const header = await page.locator('.site-header').boundingBox();
    expect(header.height, path).toBeLessThanOrEqual(140);
    const label = await page.locator('.theme-label').boundingBox();
    const brand = await page.locator('.site-header .brand').boundingBox();
    expect(label.width, 'the word "Theme" is visible').toBeGreaterThan(30);
    expect(label.y, 'on the brand\'s row').toBeLessThan(brand.y + brand.height);
    expect(label.x, 'beside the brand, not over it').toBeGreaterThanOrEqual(brand.x + brand.width);
    await expect(page.getByRole('combobox', { name: 'Theme' })).toBeInViewport();
  }
  // Meeting mode is offered on wider screens; once on, a phone still shows the way out.
  const meeting = page.getByRole('button', { name: 'Meeting mode' });
  await expect(meeting).toBeHidden();
  await page.setViewportSize({ width: 1280, height: 800 });
  await meeting.click();
  await page.setViewportSize({ width: 360, height: 740 });
  await expect(meeting).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth), 'meeting mode fits a phone').toBeLessThanOrEqual(360);
  await meeting.click();
  await expect(page.locator('html')).not.toHaveClass(/meeting/);
});

test('nothing is requested after the app has loaded', async ({ page, guard }) => {
  await page.goto('/');
  await ready(page);
  await page.waitForLoadState('networkidle');
  const loaded = guard.requests.length;
  await page.getByRole('link', { name: 'Start the guide' }).click();
  for (let i = 0; i < 3; i++) {
    await page.getByLabel('Not sure').check();
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await expect(page.getByText('Step 4 of')).toBeVisible();
  expect(guard.requests.slice(loaded)).toEqual([]);
  await page.goto('/guide?view=result'); // a full reload is allowed to fetch the app again...
  await ready(page);
  await page.waitForLoadState('networkidle');
  const reloaded = guard.requests.length;
  await page.getByRole('button', { name: /^Resume where you left off/ }).click();
  await page.getByLabel('Revocation').selectOption({ label: 'Instantly' });
  await expect(page.locator('.card').first()).toBeVisible();
  // ...but using it is not.
  expect(guard.requests.slice(reloaded)).toEqual([]);
  expect(loaded).toBeGreaterThan(0);
});

test('the start page offers to resume saved answers or to start fresh', async ({ page }) => {
  await walk(page, MONOLITH);
  await page.goto('/');
  const resume = page.getByRole('button', { name: /^Resume where you left off \(\d+ answers\)$/ });
  await expect(resume).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start the guide' })).toHaveCount(0);
  await resume.click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(Q.clients);
  await page.goto('/');
  await page.getByRole('button', { name: 'Start fresh' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(Q.clients);
  await expect(page.getByLabel('Our own web app in the browser')).not.toBeChecked();
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Start the guide' })).toBeVisible();
  // Every route has its own title.
  await expect(page).toHaveTitle('Authpick: sessions, JWTs, or both?');
  await page.getByRole('link', { name: 'Glossary' }).first().click();
  await expect(page).toHaveTitle('Glossary · Authpick');
});

// Every page has `<base href=/>`: a bare `#main` named the site's start page, and the router
// then showed "Page not found" on /costs and the start page on /inspector/.
for (const [path, settled] of [['/costs', /rpd=/], ['/inspector/', /inspector/], ['/glossary', /glossary/], ['/guide?v=2&view=result&clients=web&frontend=ssr', /view=result/]]) {
  test(`"Skip to content" stays on ${path} and moves the focus to the content`, async ({ page }) => {
    await page.goto(path);
    await ready(page);
    // The costs page writes its form into its link once it has started.
    await expect(page).toHaveURL(settled);
    const heading = await page.getByRole('heading', { level: 1 }).first().innerText();
    const before = page.url();
    // The first Tab from the top of the page (a page that focuses its heading starts later).
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await skip.focus();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
    expect(page.url()).toBe(before);
    await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText(heading);
    // Its address is this page's own as a pointer presses it (a middle click, "Copy link").
    await skip.dispatchEvent('pointerdown');
    const href = new URL(await skip.evaluate((a) => a.href));
    expect(href.pathname + href.search).toBe(new URL(before).pathname + new URL(before).search);
    expect(href.hash).toBe('#main');
  });
}

for (const [width, height, meeting] of [[1280, 800, false], [1920, 1080, true], [360, 740, false]]) {
  test(`Next is in view on the first question at ${width}×${height}${meeting ? ' in meeting mode' : ''}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    if (meeting) {
      await page.goto('/');
      await ready(page);
      await page.getByRole('button', { name: 'Meeting mode' }).click();
    }
    await page.goto('/guide');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(Q.clients);
    await expect(page.getByRole('button', { name: 'Next' })).toBeInViewport();
    if (meeting) {
      // Every option a number key picks is on the screen the room sees, "Not sure" included.
      const options = page.locator('.choice label');
      const n = await options.count();
      expect(n).toBeGreaterThanOrEqual(8);
      for (let i = 0; i < n; i++) await expect(options.nth(i)).toBeInViewport({ ratio: 1 });
    }
  });
}

test('in the answer editor every checkbox keeps its size beside a long label', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.goto('/guide?v=2&view=result&clients=web&frontend=ssr');
  const boxes = page.locator('.result-aside .edit-check input');
  await expect(boxes.first()).toBeVisible();
  const widths = await boxes.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().width)));
  expect(widths.length).toBeGreaterThan(8);
  expect(new Set(widths).size, `${widths}`).toBe(1);
});

for (const [width, height, meeting] of [[360, 740, false], [1920, 1080, true]]) {
  test(`every answer a select offers is shown whole at ${width}×${height}${meeting ? ' in meeting mode' : ''}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/');
    await page.evaluate((m) => {
      localStorage.clear();
      if (m) localStorage.setItem('authpick.prefs', 'theme=light&meeting=1');
    }, meeting);
    // Answers under which every question is asked, so every select is on the page.
    await page.goto('/guide?v=2&view=result&clients=web,mobile,services&frontend=spa&signin=enterprise&run=self');
    const selects = page.locator('.result-aside select');
    await expect(selects.first()).toBeVisible();
    const clipped = await selects.evaluateAll((els) => {
      const ctx = document.createElement('canvas').getContext('2d');
      const out = [];
      for (const el of els) {
        const cs = getComputedStyle(el);
        ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
        // The text box: the width inside the padding, less the drop-down arrow when the
        // browser draws its own.
        const arrow = cs.appearance === 'none' ? 0 : 24;
        const room = el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - arrow;
        for (const o of el.options) {
          const need = ctx.measureText(o.text).width;
          if (need > room) out.push(`${o.text} (${Math.round(need)} > ${Math.round(room)} px)`);
        }
      }
      return out;
    });
    expect(await selects.count()).toBeGreaterThanOrEqual(8);
    expect(clipped).toEqual([]);
  });
}

test('on a phone the result jumps to what would change it, and stays on the page', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.goto('/guide?v=2&view=result&clients=web,mobile&frontend=ssr');
  const before = page.url();
  await page.getByRole('navigation', { name: 'Parts of the result' }).getByRole('link', { name: 'What would change this' }).click();
  await expect(page.locator('#change-section')).toBeFocused();
  await expect(page.getByRole('heading', { name: 'What would change this' })).toBeInViewport();
  expect(page.url()).toBe(before);
});
