#!/usr/bin/env python3
"""Serves a built dist/ folder the way a well-configured static host does, for previews, the
end-to-end tests and Lighthouse: files as they are, `.wasm` as application/wasm, pre-compressed
`.br`/`.gz` copies (from scripts/compress.mjs) when the browser accepts them, the security
headers README recommends, and 404.html (with status 404) for paths that do not exist, like
GitHub Pages, Netlify or Cloudflare Pages.

Usage: python3 scripts/serve_dist.py [--port 4173] [--dir dist]
"""
import argparse
import functools
import http.server
import pathlib

# Keep in step with README's "Security headers" section.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
        "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
        "base-uri 'self'; form-action 'none'; frame-ancestors 'none'"
    ),
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
}


class StaticHost(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".webmanifest": "application/manifest+json",
    }

    def end_headers(self):
        for name, value in SECURITY_HEADERS.items():
            self.send_header(name, value)
        super().end_headers()

    def send_head(self):
        path = pathlib.Path(self.translate_path(self.path))
        accepted = self.headers.get("Accept-Encoding", "")
        # Directories (and their small index.html) are left to the base class, which also
        # redirects "/guide" to "/guide/" as static hosts do.
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
    args = parser.parse_args()
    handler = functools.partial(StaticHost, directory=args.dir)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler)
    print(f"Serving {args.dir}/ on http://127.0.0.1:{args.port}/")
    server.serve_forever()


if __name__ == "__main__":
    main()
