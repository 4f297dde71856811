#!/usr/bin/env python3
"""Serves a built dist/ folder the way a plain static host does, for previews and the
end-to-end tests: files as they are, `.wasm` as application/wasm, and 404.html (with status
404) for paths that do not exist, like GitHub Pages, Netlify or Cloudflare Pages.

Usage: python3 scripts/serve_dist.py [--port 4173] [--dir dist]
"""
import argparse
import functools
import http.server
import pathlib


class StaticHost(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".wasm": "application/wasm"}

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
