#!/usr/bin/env python3
"""Trunk post-build hook: make every route of the app loadable on a plain static host.

The app routes on the client (/guide, /inspector, ...). A static host only serves files, so a
reload or a shared link to /guide would 404. Copying index.html into a folder per route (and
to 404.html for hosts that serve it on misses) fixes that without any server configuration.
Asset URLs in index.html are absolute (they carry Trunk's public URL), so the copies work at
any depth.
"""
import os
import pathlib
import shutil

ROUTES = ["guide", "inspector", "costs", "revocation", "glossary"]

stage = pathlib.Path(os.environ["TRUNK_STAGING_DIR"])
index = stage / "index.html"
public_url = os.environ.get("TRUNK_PUBLIC_URL", "/")
if public_url.startswith("/"):
    for route in ROUTES:
        target = stage / route / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(index, target)
    shutil.copyfile(index, stage / "404.html")
