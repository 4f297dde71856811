// Sharing, resuming and exporting a decision: links in fresh browsers, tampered links, local
// persistence (and its failure), the decision record, printing, meeting mode by keyboard alone,
// and the compare view.
import { test, expect, ready, expectAccessible } from './fixtures.js';
import { Q, walk, cards, signIn, choice, SESSION, ACCESS_REFRESH, PROVIDER } from './guide.js';
import { execFileSync } from 'node:child_process';

/** The command line, as `cargo test --workspace` (run by the test command before these) builds it. */
const CLI = new URL('../../target/debug/authpick', import.meta.url).pathname;

const MIXED = [
  [Q.clients, ['Our own web app in the browser', 'Our own native mobile app']],
  [Q.frontend, ['Server-rendered pages']],
  [Q.backend, ['One application']],
  [Q.domains, []],
  [Q.revoke, ['Within minutes']],
  [Q.data, ['Personal data']],
  [Q.stake, []],
  [Q.scale, []],
  [Q.store, []],
  [Q.run, ['Yes, ourselves']],
  [Q.signin, []],
  [Q.team, []],
  [Q.stack, []],
];

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('a copied link reopens the same recommendation in a fresh browser', async ({ page, browser, baseURL }) => {
  await walk(page, MIXED);
  const expected = await cards(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied.')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(page.url());
  expect(link).toMatch(/\?v=2&view=result&clients=web,mobile&frontend=ssr&backend=monolith/);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link.replace(baseURL, baseURL)); // same origin, new profile: no storage
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Your recommendation');
  expect(await cards(other)).toEqual(expected);
  await fresh.close();
});

test('a tampered link says what it ignored and applies the rest', async ({ page }) => {
  await page.goto('/guide?v=2&view=result&clients=web,tablet&frontend=ssr&revoke=soon&colour=blue');
  const notice = page.locator('.link-notice');
  await expect(notice).toContainText('“tablet” is not a valid answer for “clients”');
  await expect(notice).toContainText('“soon” is not a valid answer for “revoke”');
  await expect(notice).toContainText('“colour” is not a question this version knows');
  expect(await cards(page)).toEqual([['BROWSER APP', SESSION]]);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});

test('a link from a newer version is applied as far as possible', async ({ page }) => {
  await page.goto('/guide?v=9&view=result&clients=mobile&revoke=minutes&%ZZ=1');
  await expect(page.locator('.link-notice')).toContainText('newer version');
  await expect(page.locator('.link-notice')).toContainText('not properly encoded');
  expect((await cards(page))[0][1]).toBe(ACCESS_REFRESH);
});

test('answers are restored on the next visit, and a link wins over them', async ({ page }) => {
  await page.goto('/guide');
  await choice(page, 'Our own native mobile app').check();
  await page.getByRole('button', { name: 'Next' }).click();
  await choice(page, 'Many microservices').check();
  await expect(page).toHaveURL(/backend=micro/);

  // A new visit without a link: the start page offers the saved answers, and they and the step
  // come back.
  await page.goto('/');
  await ready(page);
  await page.getByRole('button', { name: /^Resume where you left off/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(Q.backend);
  await expect(choice(page, 'Many microservices')).toBeChecked();
  await expect(page).toHaveURL(/clients=mobile/);

  // A link with answers wins over what is stored, and says whose answers it replaced.
  await page.goto('/guide?v=2&view=result&clients=web&frontend=ssr');
  expect(await cards(page)).toEqual([['BROWSER APP', SESSION]]);
  await expect(page.locator('.link-notice')).toHaveText(/This link's answers replaced the 2 answers saved in this browser\./);
  await page.getByRole('button', { name: "Keep the link's" }).click();
  await expect(page.locator('.link-notice')).toHaveCount(0);
  // The header's "Guide" asks before resuming, and deletes nothing.
  await page.goto('/');
  await ready(page);
  await page.getByRole('link', { name: 'Guide', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Answers saved in this browser');
  expect(await page.evaluate(() => localStorage.getItem('authpick.guide'))).toContain('clients=web');
  await page.getByRole('button', { name: /^Resume where you left off/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your recommendation');
  expect(await cards(page)).toEqual([['BROWSER APP', SESSION]]);

  // Start over clears the answers, here and in storage.
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(Q.clients);
  await expect(choice(page, 'Our own web app in the browser')).not.toBeChecked();
  expect(await page.evaluate(() => localStorage.getItem('authpick.guide'))).toBeNull();
});

test('the top bar\'s "Guide" on the result asks before resuming, and loses nothing', async ({ page }) => {
  await walk(page, MIXED);
  const result = page.url();
  await page.getByRole('link', { name: 'Guide', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Answers saved in this browser');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  expect(await page.evaluate(() => localStorage.getItem('authpick.guide'))).toContain('clients=web,mobile');
  await page.getByRole('button', { name: /^Resume where you left off/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your recommendation');
  expect(new URL(page.url()).search).toBe(new URL(result).search);
  // "Start fresh" is the one way to delete them.
  await page.getByRole('link', { name: 'Guide', exact: true }).click();
  await page.getByRole('button', { name: 'Start fresh' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(Q.clients);
  expect(await page.evaluate(() => localStorage.getItem('authpick.guide'))).toBeNull();
});

test('a colleague\'s link replaces one\'s own answers only with a notice, and gives them back', async ({ page }) => {
  await walk(page, MIXED);
  const mine = await cards(page);
  await page.goto('/guide?v=2&view=result&clients=web&frontend=ssr');
  expect(await cards(page)).toEqual([['BROWSER APP', SESSION]]);
  const notice = page.locator('.link-notice');
  await expect(notice).toContainText(/replaced the \d+ answers saved in this browser/);
  await expect(notice).toHaveAttribute('role', 'status');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Reopen my answers' }).click();
  await expect(notice).toHaveCount(0);
  expect(await cards(page)).toEqual(mine);
  // The colleague's answers are one Back away.
  await page.goBack();
  expect(await cards(page)).toEqual([['BROWSER APP', SESSION]]);
});

test('"Change your answers" stays on the result and moves the focus to the answers', async ({ page }) => {
  await walk(page, MIXED);
  const result = page.url();
  await page.getByRole('link', { name: 'Change your answers' }).click();
  await expect(page.getByRole('heading', { name: 'Your answers' })).toBeFocused();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your recommendation');
  expect(page.url()).toBe(result);
  await expect(page.getByRole('heading', { name: 'Your answers' })).toBeInViewport();
});

test('changing answers adds no history entries; Back still goes back a step', async ({ page }) => {
  await page.goto('/guide');
  await choice(page, 'Our own web app in the browser').check();
  await page.getByRole('button', { name: 'Next' }).click();
  for (const label of ['Server-rendered pages', 'SPA, API on the same site', 'Server-rendered pages']) {
    await choice(page, label).check();
  }
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(Q.clients);
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(Q.frontend);
  await expect(choice(page, 'Server-rendered pages')).toBeChecked();
});

test.describe('storage that is blocked', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
  });
  test('is mentioned quietly and the guide keeps working', async ({ page }) => {
    await page.goto('/guide');
    await expect(page.getByText(/does not let Authpick save your answers/)).toBeVisible();
    await choice(page, 'Our own native mobile app').check();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(Q.backend);
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('Dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });
});

test.describe('storage that is full', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      };
    });
  });
  test('is mentioned quietly and the guide keeps working', async ({ page }) => {
    await page.goto('/guide');
    await choice(page, 'Our own native mobile app').check();
    await expect(page.getByText(/could not be saved in this browser/)).toBeVisible();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(Q.backend);
  });
});

test('theme and meeting mode are remembered', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('Dark');
  await page.getByRole('button', { name: 'Meeting mode' }).click();
  await page.reload();
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).toHaveClass(/meeting/);
  await expect(page.getByRole('button', { name: 'Meeting mode' })).toHaveAttribute('aria-pressed', 'true');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(0, 0, 0)');
});

test('the decision record downloads as Markdown with every MADR section', async ({ page }) => {
  await walk(page, MIXED);
  // Names typed for the front matter go into the record, never into the link.
  await page.getByText('Names for the decision record').click();
  await page.getByLabel('Decision-makers').fill('Ana Lopez, Bo Chen');
  await page.getByLabel('Informed').fill('security team');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download decision record' }).click(),
  ]);
  expect(page.url()).not.toContain('Ana');
  expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain('Ana');
  expect(download.suggestedFilename()).toMatch(/^\d{4}-\d{2}-\d{2}-how-we-keep-users-authenticated\.md$/);
  const text = await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8'));
  const sections = [
    '---\nstatus: proposed\ndate: ',
    'decision-makers: ["Ana Lopez", "Bo Chen"]\nconsulted: []\ninformed: ["security team"]\n---',
    '\n# ',
    ' for signing people in; server-side sessions for the browser app and access and refresh tokens for the native mobile app\n',
    '## Context and Problem Statement',
    '* Web front end: Server-rendered pages',
    '## Decision Drivers',
    '## Considered Options',
    '## Decision Outcome',
    '### Consequences',
    '### Confirmation',
    '- [ ] ',
    '## Pros and Cons of the Options',
    '## More Information',
    'view=result&clients=web,mobile',
    'We revisit this decision by ',
    'Sources:',
  ];
  let at = 0;
  for (const s of sections) {
    const found = text.indexOf(s, at);
    expect(found, `section "${s}" missing or out of order`).toBeGreaterThanOrEqual(0);
    at = found;
  }
  // The command line writes the same record, byte for byte, from the link the record names.
  const link = text.match(/https?:\/\/[^\s)>\]]+\/guide\?[^\s)>\]]+/)[0];
  const date = download.suggestedFilename().slice(0, 10);
  const cli = execFileSync(CLI, [
    'guide', '--link', link, '--format', 'md', '--date', date,
    '--decision-makers', 'Ana Lopez, Bo Chen', '--informed', 'security team',
  ], { encoding: 'utf8' });
  expect(cli).toBe(text);
  await page.getByRole('button', { name: 'Copy decision record' }).click();
  await expect(page.getByText('Decision record copied as Markdown.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('## Decision Outcome');
});

test.describe('without a clipboard', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
    });
  });
  test('the link is shown selected for copying by hand', async ({ page }) => {
    await walk(page, MIXED);
    await page.getByRole('button', { name: 'Copy link' }).click();
    const field = page.getByRole('textbox', { name: /press Ctrl\+C/ });
    await expect(field).toBeFocused();
    await expect(field).toHaveValue(page.url());
    const selected = await field.evaluate((el) => el.selectionEnd - el.selectionStart);
    expect(selected).toBe(page.url().length);
  });
});

test('printing hides the controls and writes links out', async ({ page }) => {
  await walk(page, MIXED);
  // Names typed for the record are on the paper too (and still in neither link nor storage).
  await page.getByText('Names for the decision record').click();
  await page.getByLabel('Decision-makers').fill('Ana Lopez, Bo Chen');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-people')).toHaveText('Decision-makers: Ana Lopez and Bo Chen.');
  for (const selector of ['.actions-bar', '.result-aside', '.site-header nav']) {
    await expect(page.locator(selector).first()).toBeHidden();
  }
  await expect(page.getByRole('heading', { name: 'The strongest reasons, for each client' })).toBeVisible();
  // The paper stands on its own: the date, the link back and every answer.
  const summary = page.locator('.print-summary');
  await expect(summary).toBeVisible();
  await expect(summary).toContainText(/Printed on \d{4}-\d{2}-\d{2} from Authpick/);
  await expect(summary.locator('.print-link')).toContainText('view=result');
  await expect(summary.locator('.print-answers')).toContainText('Web front end: Server-rendered pages');
  const after = await page.locator('.source-list a').first().evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('https://');
  // Three pages for a simple result with no stack named (the libraries of every stack are
  // listed); five at most for one with every kind of client. The
  // PDF's own text is read back: the summary, each card, every "what would change this" item
  // (nothing cut) and every source's full address (no digit lost) are on the paper.
  for (const [query, most] of [['view=result&clients=web,mobile&frontend=ssr', 3], ['view=result&clients=web,mobile,api,services&frontend=spa-other&backend=micro&revoke=instant&data=regulated', 5]]) {
    await page.goto(`/guide?v=2&${query}`);
    await expect(page.locator('.card').first()).toBeVisible();
    // What the screen shows is what the paper must carry.
    await page.emulateMedia({ media: 'screen' });
    const expected = [
      ...(await page.locator('.card .approach').allInnerTexts()),
      // Each card's number: "3 points ahead of …".
      ...(await page.locator('.card .margin').allInnerTexts()),
      // The why: every point and each card's total.
      ...(await page.locator('#why-title ~ .reasons .weight').allTextContents()),
      ...(await page.locator('#why-title ~ .total').allTextContents()),
      // The libraries the checklist points to.
      ...(await page.locator('#lib-section li > a, #lib-section li > strong').allTextContents()),
      ...(await page.locator('.change-group > p, .change > p, .change li').allTextContents()),
      ...(await page.locator('.print-answers li').allTextContents()),
      ...(await page.locator('.source-list a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))),
    ];
    await page.emulateMedia({ media: 'print' });
    const { pages, text } = await pdfText(await page.pdf({ format: 'A4' }));
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(most);
    const printed = squeeze(text);
    expect(printed).toMatch(/Printedon\d{4}-\d{2}-\d{2}fromAuthpick/);
    expect(printed).toContain(squeeze('view=result'));
    expect(expected.length).toBeGreaterThan(10);
    for (const line of expected) {
      expect(printed, line).toContain(squeeze(line));
    }
  }
});

/** The page count and the text of a PDF, read with pdf.js. */
async function pdfText(buffer) {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(buffer), isEvalSupported: false }).promise;
  let text = '';
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    text += content.items.map((item) => item.str).join(' ') + '\n';
  }
  return { pages: doc.numPages, text };
}

/** Text without any whitespace, so line breaks on paper do not matter. */
const squeeze = (s) => s.replace(/\s+/g, '');

test('meeting mode, keyboard only: number keys, arrows, the shortcut list, and a result that leads', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  // Reach the meeting-mode toggle by keyboard.
  const toggle = page.getByRole('button', { name: 'Meeting mode' });
  for (let i = 0; i < 10 && !(await toggle.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveClass(/meeting/);
  const start = page.getByRole('link', { name: 'Start the guide' });
  await start.focus();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(Q.clients);

  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.keyboard.press('1'); // Our own web app in the browser
  await page.keyboard.press('2'); // Our own native mobile app
  await expect(choice(page, 'Our own web app in the browser')).toBeChecked();
  await expect(choice(page, 'Our own native mobile app')).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(heading).toHaveText(Q.frontend);
  await page.keyboard.press('1'); // Server-rendered pages
  // With a radio button focused, → moves to the next option of its group, not the next question.
  await choice(page, 'Server-rendered pages').focus();
  await page.keyboard.press('ArrowRight');
  await expect(heading).toHaveText(Q.frontend);
  await expect(choice(page, 'SPA, API on the same site')).toBeChecked();
  await page.keyboard.press('ArrowLeft');
  await expect(choice(page, 'Server-rendered pages')).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText(Q.backend);
  await page.keyboard.press('1'); // One application
  await expect(choice(page, 'One application')).toBeChecked();
  await page.keyboard.press('ArrowLeft');
  await expect(heading).toHaveText(Q.frontend);
  await expect(choice(page, 'Server-rendered pages')).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(heading).toHaveText(Q.domains);
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Enter');
  }
  await expect(heading).toHaveText(Q.team);
  await page.keyboard.press('4'); // Not sure: three options, so the fourth key
  await expect(choice(page, 'Not sure')).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(heading).toHaveText(Q.stack);
  await page.keyboard.press('ArrowRight');
  await expect(heading).toHaveText('Your recommendation');
  // The result leads with the recommendation and the strongest reasons, each card its own.
  const strongest = page.getByRole('heading', { name: 'The strongest reasons, for each client' });
  await expect(strongest).toBeVisible();
  await expect(page.locator('.strongest li')).toHaveCount(3);
  for (const surface of ['Browser app', 'Native mobile app']) {
    await expect(page.locator('.strongest li').filter({ hasText: `${surface}:` })).not.toHaveCount(0);
  }
  const cardsBottom = await page.locator('.cards').evaluate((el) => el.getBoundingClientRect().bottom);
  const reasonsTop = await strongest.evaluate((el) => el.getBoundingClientRect().top);
  const whyTop = await page.getByRole('heading', { name: 'Why', exact: true }).evaluate((el) => el.getBoundingClientRect().top);
  expect(reasonsTop).toBeGreaterThan(cardsBottom);
  expect(whyTop).toBeGreaterThan(reasonsTop);
  await expectAccessible(page);
});

test('compare two futures: what changes is named and marked, and both travel in one link', async ({ page, browser }) => {
  await walk(page, [
    [Q.clients, ['Our own web app in the browser']],
    [Q.frontend, ['Server-rendered pages']],
    [Q.backend, ['One application']],
    [Q.domains, []],
    [Q.revoke, ['Within minutes']],
    [Q.data, []],
    [Q.stake, []],
    [Q.scale, []],
    [Q.store, []],
    [Q.run, ['Yes, ourselves']],
    [Q.signin, []],
    [Q.team, []],
    [Q.stack, []],
  ]);
  await page.getByRole('button', { name: 'Compare with another future' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare two futures');
  await expect(page.getByText('Nothing changes: both futures get the same recommendation.')).toBeVisible();

  const future = page.getByRole('region', { name: 'B: another future' });
  await future.getByRole('checkbox', { name: 'Our own native mobile app' }).check();
  await future.getByRole('combobox', { name: 'Revocation' }).selectOption({ label: 'Instantly' });
  const changes = page.getByRole('region', { name: 'What changes' });
  await expect(changes).toContainText(`Native mobile app: new client, ${SESSION}`);
  // The answers behind it are named, A → B, and the new card says why it reads as it does.
  await expect(changes).toContainText('Clients: Our own web app in the browser → Our own web app in the browser, Our own native mobile app');
  await expect(changes).toContainText('Revocation: ');
  await expect(changes.locator('.diff-list .muted').first()).toContainText(/^In B: /);
  await expect(future.locator('.card.changed')).toHaveCount(1);
  await expect(future.locator('.card.changed')).toContainText('Changed');
  await expect(page.getByRole('region', { name: 'A: today' }).locator('.card')).toHaveCount(2);
  await expect(page).toHaveURL(/view=compare&clients=web.*&b\.clients=web,mobile/);
  // B gets a name the room chose; it travels in the link.
  await page.getByLabel('Name of future B').fill('after the mobile app');
  await page.getByLabel('Name of future B').press('Enter');
  const named = page.getByRole('region', { name: 'B: \u201cafter the mobile app\u201d' });
  await expect(named).toBeVisible();
  await expect(page).toHaveURL(/&b\.name=after%20the%20mobile%20app$/);
  await expectAccessible(page);

  const link = page.url();
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.getByRole('region', { name: 'What changes' })).toContainText('Native mobile app: new client');
  await expect(other.getByRole('region', { name: 'B: \u201cafter the mobile app\u201d' })).toBeVisible();
  await fresh.close();

  await page.getByRole('button', { name: 'Back to the result' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your recommendation');
  // The record describes B by its name: what differs, and the card it would change.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download decision record' }).click(),
  ]);
  const text = await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8'));
  const at = text.indexOf('We also compared a second future, \u201cafter the mobile app\u201d');
  expect(at, text).toBeGreaterThan(text.indexOf('## More Information'));
  expect(text.slice(at)).toContain(`* Native mobile app: new client, ${SESSION}.`);
  // The command line reads the same link, B and its name included, into the same record.
  const recordLink = text.match(/https?:\/\/[^\s)>\]]+\/guide\?[^\s)>\]]+/)[0];
  expect(recordLink).toContain('b.name=after%20the%20mobile%20app');
  const cli = execFileSync(CLI, [
    'guide', '--link', recordLink, '--format', 'md', '--date', download.suggestedFilename().slice(0, 10),
  ], { encoding: 'utf8' });
  expect(cli).toBe(text);
});

test('what earlier releases saved as JSON still reads back, and is saved as plain text now', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.evaluate(() => {
    localStorage.setItem('authpick.prefs', '{"theme":"Dark","meeting":true}');
    localStorage.setItem('authpick.guide', '"v=2&clients=web&frontend=ssr"');
  });
  await page.reload();
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).toHaveClass(/meeting/);
  await expect(page.getByRole('button', { name: 'Resume where you left off (2 answers)' })).toBeVisible();
  await page.getByRole('button', { name: 'Meeting mode' }).click();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('authpick.prefs'))).toBe('theme=dark&meeting=0');
});

test('a link an earlier release wrote still opens, with the same answers, and says what changed', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.goto('/guide?v=1&view=result&clients=web&frontend=ssr&run=provider');
  const notice = page.locator('.version-notice');
  await expect(notice).toContainText('This link was made by an earlier version of the guide');
  await expect(notice).toContainText('decides sign-in');
  expect(await signIn(page)).toBe(PROVIDER);
  expect(await cards(page)).toEqual([['BROWSER APP', SESSION]]);
  await expectAccessible(page);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});
