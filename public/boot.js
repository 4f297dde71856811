// Starts the WebAssembly app. It lives in a file rather than inline so that the
// Content-Security-Policy can forbid inline scripts. Trunk fills in data-js and data-wasm.
const tag = document.querySelector('script[data-js]');
try {
  const { default: init } = await import(tag.dataset.js);
  await init({ module_or_path: tag.dataset.wasm });
} catch (error) {
  const note = document.getElementById('loading');
  if (note) {
    note.textContent = 'Authpick could not start in this browser (' + error.message + '). ' +
      'It needs a current browser with WebAssembly enabled.';
  }
  throw error;
}
