// Starts the WebAssembly app. It lives in a file rather than inline so that the
// Content-Security-Policy can forbid inline scripts. Trunk fills in data-js, data-wasm and
// data-sw (Trunk.toml's pattern_script): the service worker that `cargo xtask dist` writes
// into every build, debug or release, so the app works offline.
const tag = document.querySelector('script[data-js]');

/** Registers the service worker once the app has started and the browser is idle, so its copy
 * of the release never competes with what the visitor came for. A visitor who asked to save
 * data gets no copy: the worker would download the other page's files too. */
function offerOffline() {
  // What was decided, on <html data-offline>: the tests wait on it rather than on a clock.
  const decided = (what) => { document.documentElement.dataset.offline = what; };
  if (!tag.dataset.sw || !('serviceWorker' in navigator)) return decided('unavailable');
  if (navigator.connection?.saveData === true) return decided('declined');
  const register = () => navigator.serviceWorker.register(new URL(tag.dataset.sw, document.baseURI)).then((registration) => {
    decided('registered');
    // A new release has installed beside the running one: offer to switch, never mid-task.
    const offer = () => {
      if (!registration.waiting || !navigator.serviceWorker.controller) return;
      if (document.getElementById('update-ready')) return;
      const note = document.createElement('div');
      note.id = 'update-ready';
      note.className = 'update-ready';
      note.setAttribute('role', 'status');
      const text = document.createElement('span');
      text.textContent = 'A new version of Authpick is ready. ';
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'button small';
      button.textContent = 'Reload to update';
      button.addEventListener('click', () => registration.waiting?.postMessage('skip-waiting'));
      note.append(text, button);
      document.body.append(note);
    };
    offer();
    registration.addEventListener('updatefound', () => {
      registration.installing?.addEventListener('statechange', offer);
    });
    let reloading = false;
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (!reloading && document.getElementById('update-ready')) {
        reloading = true;
        location.reload();
      }
    });
  }).catch(() => {
    // Offline support is a convenience: without it the app works as before.
  });
  if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: 5000 });
  else setTimeout(register, 1000);
}

/** Resolves once the page's own content has been painted (its largest contentful paint is
 * recorded), or after a second at most. The built page already shows the route's content; if
 * the app replaced it before that paint was presented, the browser would drop it and the first
 * paint of content would wait for the app. */
function painted() {
  return new Promise((resolve) => {
    setTimeout(resolve, 1000);
    if (typeof PerformanceObserver !== 'undefined'
      && PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint')) {
      new PerformanceObserver((_, observer) => {
        observer.disconnect();
        resolve();
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    } else {
      requestAnimationFrame(() => setTimeout(resolve, 0));
    }
  });
}

/** Compiles the module while it downloads, or once it has if the server does not say it is
 * WebAssembly (application/wasm). */
async function compile(url) {
  try {
    return await WebAssembly.compileStreaming(fetch(url));
  } catch {
    const response = await fetch(url);
    return WebAssembly.compile(await response.arrayBuffer());
  }
}

/** Says in the page that the app could not start. */
function report(error) {
  let note = document.getElementById('loading');
  if (!note) {
    note = document.createElement('p');
    note.className = 'notice';
    note.setAttribute('role', 'alert');
    // The app may have emptied the page before it failed.
    (document.getElementById('main') ?? document.body).prepend(note);
  }
  note.textContent = 'Authpick could not start in this browser (' + (error?.message ?? String(error)) + '). ' +
    'It needs a current browser with WebAssembly enabled.';
}

try {
  // The module is requested once the page's content is on screen, so that paint never waits
  // for its bytes on a slow line.
  const glue = import(tag.dataset.js);
  glue.catch(() => {}); // reported below, once awaited
  await painted();
  const { default: init } = await glue;
  const module = await compile(tag.dataset.wasm);
  // Starting the app is a task of its own, apart from the compiler's last step: a long task
  // would block the page.
  await new Promise((resolve) => setTimeout(resolve, 0));
  await init({ module_or_path: module });
  offerOffline();
} catch (error) {
  report(error);
  throw error;
}
