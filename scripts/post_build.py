#!/usr/bin/env python3
"""Trunk post-build hook: make every route of the app loadable on a plain static host, and (in
release builds) write the service worker that lets the app work offline.

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

ROUTES = ["guide", "inspector", "costs", "revocation", "glossary"]

stage = pathlib.Path(os.environ["TRUNK_STAGING_DIR"])
index = stage / "index.html"

# `trunk serve` injects an inline live-reload script into debug builds; let the CSP allow
# inline scripts there and only there. Release builds keep the strict policy.
if os.environ.get("TRUNK_PROFILE") != "release":
    html = index.read_text(encoding="utf-8")
    index.write_text(
        html.replace("script-src 'self' 'wasm-unsafe-eval'", "script-src 'self' 'wasm-unsafe-eval' 'unsafe-inline'", 1),
        encoding="utf-8",
    )
public_url = os.environ.get("TRUNK_PUBLIC_URL", "/")
if public_url.startswith("/"):
    for route in ROUTES:
        target = stage / route / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(index, target)
    shutil.copyfile(index, stage / "404.html")

# Offline: the service worker gets the exact files of this build and a version derived from
# their contents, so a new release installs beside the old one and replaces it whole.
template = stage / "sw.template.js"
if os.environ.get("TRUNK_PROFILE") == "release" and template.is_file():
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
    for page in [stage / "index.html", stage / "404.html"] + [stage / r / "index.html" for r in ROUTES]:
        if page.is_file():
            html = page.read_text(encoding="utf-8")
            page.write_text(html.replace("<script data-js=", '<script data-sw=sw.js data-js=', 1), encoding="utf-8")
if template.is_file():
    template.unlink()
