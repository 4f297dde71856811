#!/usr/bin/env python3
"""Serves a built dist/ folder the way a well-configured static host does, for previews, the
end-to-end tests and Lighthouse: files as they are, `.wasm` as application/wasm, pre-compressed
`.br`/`.gz` copies (from scripts/compress.mjs) when the browser accepts them, the security
headers of the build's `_headers` file (written by `cargo xtask dist` from authpick_core::site,
in the format Netlify and Cloudflare Pages read), and 404.html (with status 404) for paths that
do not exist, like GitHub Pages, Netlify or Cloudflare Pages.

Hashed files get the `Cache-Control` their own `_headers` block gives them. `--log FILE`
appends one line per response ("GET /path 1234": the body's bytes as sent), so a test can
count what a visit downloaded.

Usage: python3 scripts/serve_dist.py [--port 4173] [--dir dist] [--log FILE]
"""
import argparse
import functools
import http.server
import pathlib
import sys


def read_headers(dist: pathlib.Path) -> dict:
    """Every block of `_headers`, by its path: `/*` for every path, `/<file>` for one file."""
    path = dist / "_headers"
    if not path.is_file():
        sys.exit(f"{path} is missing: build the site with `cargo xtask dist`")
    blocks, block = {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        if not line[0].isspace():
            block = line.strip()
            blocks.setdefault(block, {})
        elif block is not None:
            name, _, value = line.strip().partition(":")
            blocks[block][name.strip()] = value.strip()
    if "Content-Security-Policy" not in blocks.get("/*", {}):
        sys.exit(f"{path} sends no Content-Security-Policy")
    return blocks


class StaticHost(http.server.SimpleHTTPRequestHandler):
    header_blocks: dict = {}
    log_file = None

    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".webmanifest": "application/manifest+json",
    }

    def send_header(self, keyword, value):
        if keyword.lower() == "content-length":
            self.body_length = value
        super().send_header(keyword, value)

    def end_headers(self):
        path = self.path.split("?", 1)[0]
        for block in ("/*", path):
            for name, value in self.header_blocks.get(block, {}).items():
                self.send_header(name, value)
        if self.log_file:
            with open(self.log_file, "a", encoding="utf-8") as log:
                log.write(f"{self.command} {self.path} {getattr(self, 'body_length', 0)}\n")
        super().end_headers()

    def send_head(self):
        path = pathlib.Path(self.translate_path(self.path))
        accepted = self.headers.get("Accept-Encoding", "")
        # A folder's page is sent compressed too; a folder asked for without its slash is left
        # to the base class, which redirects "/guide" to "/guide/" as static hosts do.
        if path.is_dir() and self.path.split("?", 1)[0].endswith("/"):
            path = path / "index.html"
        if path.is_file():
            for encoding, suffix in (("br", ".br"), ("gzip", ".gz")):
                copy = path.with_name(path.name + suffix)
                if encoding in accepted and copy.is_file():
                    body = copy.read_bytes()
                    self.send_response(200)
                    self.send_header("Content-Type", self.guess_type(str(path)))
                    self.send_header("Content-Encoding", encoding)
                    self.send_header("Content-Length", str(len(body)))
                    self.send_header("Vary", "Accept-Encoding")
                    self.end_headers()
                    return _Body(body)
        return super().send_head()

    def send_error(self, code, message=None, explain=None):
        page = pathlib.Path(self.directory) / "404.html"
        if code == 404 and page.is_file():
            body = page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
            return
        super().send_error(code, message, explain)

    def log_message(self, format, *args):
        pass




class _Body:
    """A file-like body for SimpleHTTPRequestHandler.copyfile."""

    def __init__(self, data: bytes):
        self.data = data

    def read(self, *_):
        data, self.data = self.data, b""
        return data

    def close(self):
        pass


def main():
    parser = argparse.ArgumentParser(description="Serve a static build like a static host.")
    parser.add_argument("--port", type=int, default=4173)
    parser.add_argument("--dir", default="dist")
    parser.add_argument("--log", help="append one line per request to this file")
    args = parser.parse_args()
    StaticHost.header_blocks = read_headers(pathlib.Path(args.dir))
    StaticHost.log_file = args.log
    handler = functools.partial(StaticHost, directory=args.dir)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler)
    print(f"Serving {args.dir}/ on http://127.0.0.1:{args.port}/")
    server.serve_forever()


if __name__ == "__main__":
    main()
