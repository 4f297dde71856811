#!/usr/bin/env python3
"""Trunk post-build hook: build the token inspector's page, make every route of the app
loadable on a plain static host, and (in release builds) write the service worker that lets
the app work offline.

The inspector is a WebAssembly module of its own (src/bin/inspector.rs, inspector.html), so
its cryptography never weighs on the guide's first visit. Trunk builds one HTML page per run,
so this hook runs a second Trunk build for inspector.html, with the same profile and public
URL, and copies its files into this build's staging directory as /inspector/. One
`trunk build` (or `trunk serve`) therefore still produces the whole site.

The inspector's cryptography runs in a Web Worker (src/bin/crypto_worker.rs), which Trunk
builds without a hash in its file names, because a worker is started by name. This hook gives
it one (crypto-worker-<hash>.js, which also starts the module) and writes that name into the
inspector's page, so the worker's files are cached like every other hashed file and a release
never pairs a page with another release's worker.

The app routes on the client (/guide, /inspector, ...). A static host only serves files, so a
reload or a shared link to /guide would 404. Copying index.html into a folder per route (and
to 404.html for hosts that serve it on misses) fixes that without any server configuration.
Asset URLs in index.html are absolute (they carry Trunk's public URL), so the copies work at
any depth.
"""
import hashlib
import json
import os
import pathlib
import shutil
import subprocess
import sys

ROUTES = ["guide", "costs", "revocation", "glossary"]

stage = pathlib.Path(os.environ["TRUNK_STAGING_DIR"])
index = stage / "index.html"
release = os.environ.get("TRUNK_PROFILE") == "release"
public_url = os.environ.get("TRUNK_PUBLIC_URL", "/")


def allow_live_reload(page: pathlib.Path) -> None:
    """`trunk serve` injects an inline live-reload script into debug builds; let the CSP allow
    inline scripts there and only there. Release builds keep the strict policy."""
    html = page.read_text(encoding="utf-8")
    page.write_text(
        html.replace("script-src 'self' 'wasm-unsafe-eval'", "script-src 'self' 'wasm-unsafe-eval' 'unsafe-inline'", 1),
        encoding="utf-8",
    )


# The nested build of the inspector runs this hook too; it has nothing more to do.
if pathlib.Path(os.environ.get("TRUNK_HTML_FILE", "index.html")).name == "inspector.html":
    if not release:
        allow_live_reload(stage / "index.html")
    sys.exit(0)

source = pathlib.Path(os.environ.get("TRUNK_SOURCE_DIR", "."))
nested_dist = source / "target" / "inspector-dist"
command = ["trunk", "build", str(source / "inspector.html"), "--dist", str(nested_dist), "--public-url", public_url]
if release:
    command.append("--release")
subprocess.run(command, check=True, cwd=source)


def hash_worker(dist: pathlib.Path) -> str:
    """Writes the worker's script and module under hashed names into the stage; returns the
    script's name. The script is wasm-bindgen's glue plus the call that starts the module; a
    module that fails to start is rethrown outside the promise, so the page's worker gets an
    error event and can say so."""
    glue = (dist / "crypto-worker.js").read_text(encoding="utf-8")
    module = (dist / "crypto-worker_bg.wasm").read_bytes()
    name = "crypto-worker-" + hashlib.sha256(glue.encode() + module).hexdigest()[:16]
    (stage / f"{name}_bg.wasm").write_bytes(module)
    start = f'wasm_bindgen({{ module_or_path: "./{name}_bg.wasm" }}).catch((e) => setTimeout(() => {{ throw e; }}));\n'
    (stage / f"{name}.js").write_text(glue + "\n" + start, encoding="utf-8")
    return f"{name}.js"


worker_script = hash_worker(nested_dist)
for item in nested_dist.iterdir():
    # Trunk names a build's page index.html whatever its source was called.
    if item.name == "index.html":
        (stage / "inspector").mkdir(exist_ok=True)
        html = item.read_text(encoding="utf-8")
        if "crypto-worker.js" not in html:
            sys.exit("post_build.py: inspector.html no longer names crypto-worker.js")
        (stage / "inspector" / "index.html").write_text(html.replace("crypto-worker.js", worker_script), encoding="utf-8")
    elif item.name.startswith("crypto-worker"):
        continue
    elif item.is_file() and not (stage / item.name).exists():
        shutil.copyfile(item, stage / item.name)

if not release:
    allow_live_reload(index)
if public_url.startswith("/"):
    for route in ROUTES:
        target = stage / route / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(index, target)
    shutil.copyfile(index, stage / "404.html")

# Offline: the service worker gets the exact files of this build and a version derived from
# their contents, so a new release installs beside the old one and replaces it whole.
template = stage / "sw.template.js"
if release and template.is_file():
    files = sorted(
        p.relative_to(stage).as_posix()
        for p in stage.rglob("*")
        # Raster images are for installing and sharing, not for working offline.
        if p.is_file() and p.suffix not in (".br", ".gz", ".png") and p.name not in ("sw.template.js", "sw.js")
    )
    digest = hashlib.sha256()
    for name in files:
        digest.update(name.encode())
        digest.update((stage / name).read_bytes())
    urls = ["./"] + [f"./{name}" for name in files if name != "index.html"]
    worker = template.read_text(encoding="utf-8")
    worker = worker.replace("__VERSION__", digest.hexdigest()[:16]).replace("__FILES__", json.dumps(urls))
    (stage / "sw.js").write_text(worker, encoding="utf-8")
    # Tell the loader to register it (debug builds have no worker: it would fight live reload).
    pages = ["index.html", "404.html", "inspector/index.html"] + [f"{r}/index.html" for r in ROUTES]
    for page in (stage / p for p in pages):
        if page.is_file():
            html = page.read_text(encoding="utf-8")
            page.write_text(html.replace("<script data-js=", '<script data-sw=sw.js data-js=', 1), encoding="utf-8")
if template.is_file():
    template.unlink()
