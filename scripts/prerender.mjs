// Writes each route's first render into its page, so the page reads before any WebAssembly has
// loaded and nothing moves when the app takes over (issue 16). `cargo xtask dist` runs it once
// the route copies exist and before it writes the service worker, whose version covers them.
//
// The content is the app's own: each page is opened in headless Chromium from dist/, with fresh
// storage and no service worker, and `#app` is taken at the app's first frame. Form values the
// app sets as properties are written back as attributes, so the static page shows them too, and
// its controls are inert until the app replaces them. The shell's <noscript> notice is kept at
// the top of the content.
//
// Usage: node scripts/prerender.mjs <dist> <path>=<file> ...   (path under the site's base)
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const [dist, ...pairs] = process.argv.slice(2);
if (!dist || pairs.length === 0) {
  console.error('usage: prerender.mjs <dist> <path>=<file> ...');
  process.exit(2);
}
const base = process.env.PUBLIC_URL || '/';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

// A static server for dist/ under the site's base: a folder serves its index.html.
const server = http.createServer((req, res) => {
  const url = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (!url.startsWith(base)) {
    res.writeHead(404).end();
    return;
  }
  const root = path.resolve(dist);
  let file = path.resolve(root, '.' + path.sep + url.slice(base.length));
  if (file !== root && !file.startsWith(root + path.sep)) {
    res.writeHead(403).end();
    return;
  }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!fs.existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream' });
  res.end(fs.readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});

// The app's first frame: once it has replaced the shell (`#app[data-started]`, set by the
// app's mount), one animation frame, so what the first paint shows is what is taken.
async function firstRender(page, crashed) {
  // A page that fails to start says why, rather than timing out.
  await Promise.race([
    page.waitForSelector('#app[data-started]', { state: 'attached', timeout: 30_000 }),
    crashed,
  ]);
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => {
    const app = document.getElementById('app');
    for (const input of app.querySelectorAll('input')) {
      if (input.type === 'checkbox' || input.type === 'radio') input.toggleAttribute('checked', input.checked);
      else input.setAttribute('value', input.value);
    }
    for (const area of app.querySelectorAll('textarea')) area.textContent = area.value;
    for (const option of app.querySelectorAll('option')) option.toggleAttribute('selected', option.selected);
    // Until the app takes over, a control would take input that the app then drops: the
    // controls themselves are inert (they look the same). Only the controls: the text around
    // them, a question's heading and links among it, stays readable and reachable.
    for (const control of app.querySelectorAll('input, textarea, select, button')) {
      control.setAttribute('inert', '');
    }
    // Adjacent text nodes would parse back as one, which paints a box of a slightly different
    // size: the browser then counts the app's copy as a new, larger contentful paint. An empty
    // comment keeps them apart, as Leptos's own markers do elsewhere.
    const walker = document.createTreeWalker(app, NodeFilter.SHOW_TEXT);
    const joined = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nextSibling?.nodeType === Node.TEXT_NODE) joined.push(node);
    }
    for (const node of joined) node.after(document.createComment(''));
    // Markup the parser would rebuild differently (a list inside a paragraph, say) would show
    // another page until the app takes over: refuse it.
    const html = app.innerHTML;
    const parsed = document.createElement('template');
    parsed.innerHTML = html;
    resolve(parsed.innerHTML === html ? { html } : { error: 'its markup does not read back the same (is a block inside a <p>?)' });
  })));
}

let failed = false;
try {
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at < 1) throw new Error(`expected <path>=<file>, not “${pair}”`);
    const route = pair.slice(0, at);
    const file = path.join(dist, pair.slice(at + 1));
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const crashed = new Promise((_, reject) => {
      page.on('pageerror', (e) => reject(new Error(`${route}: ${e.message}`)));
    });
    crashed.catch(() => {});
    await page.goto(origin + base + route.replace(/^\//, ''));
    const { html: content, error } = await firstRender(page, crashed);
    await context.close();
    if (error) throw new Error(`${route}: ${error}`);

    const html = fs.readFileSync(file, 'utf8');
    // Trunk minifies a release page's markup, so attribute quotes may be gone.
    const shell = html.match(/<div id="?app"?>[\s\S]*<\/div>\s*<\/body>/g);
    const noscript = html.match(/<noscript>[\s\S]*?<\/noscript>/g);
    if (shell?.length !== 1 || noscript?.length !== 1) {
      throw new Error(`${file}: expected one #app shell with one <noscript> notice`);
    }
    const main = '<main id="main" tabindex="-1">';
    if (content.split(main).length !== 2) throw new Error(`${route}: the app rendered no single <main>`);
    const body = content.replace(main, main + noscript[0]);
    // A function, so that "$" in the page (prices) is never read as a replacement pattern.
    fs.writeFileSync(file, html.replace(shell[0], () => `<div id="app">${body}</div>\n</body>`));
    console.log(`prerendered ${route} into ${path.relative(dist, file)}`);
  }
} catch (error) {
  console.error(`prerender: ${error.message}`);
  failed = true;
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);
