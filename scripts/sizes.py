#!/usr/bin/env python3
"""Prints the release build's sizes: every file raw, gzipped and (when scripts/compress.mjs has
written .br files) Brotli-compressed, and what a first visit transfers.

A first visit loads index.html and everything it references (the stylesheet, the loader, the
JavaScript glue and the WebAssembly module the loader names). The reference page (costs,
revocation, glossary; costs/index.html), the token tools (compare-tokens/index.html) and the
token inspector (inspector/index.html) have
modules of their own; a visit that starts there is measured the same way and has its own
budgets. Once the inspector is usable it starts its crypto worker (named in its crypto-worker
meta tag), which is reported on its own line. The service worker is registered only once the
app has started and the browser is idle; it and the other pages' files it copies for offline
use are not part of what a page waits for (tests/e2e/offline.spec.js holds that copy to the
release's size). Gzip is level 9, as a host serving pre-compressed or
on-the-fly gzip sends; Brotli is quality 11 from the pre-compressed files.

Usage: python3 scripts/sizes.py [--dist dist] [--budget-kb N] [--brotli-budget-kb N]
                                [--reference-budget-kb N] [--reference-brotli-budget-kb N]
                                [--inspector-budget-kb N] [--inspector-brotli-budget-kb N]
                                [--tools-budget-kb N] [--tools-brotli-budget-kb N]
                                [--worker-budget-kb N] [--worker-brotli-budget-kb N]
Exits with 1 when a total is over its budget. `cargo xtask sizes` runs it with the budgets of
authpick_core::site (their one home).
"""
import argparse
import gzip
import pathlib
import re
import sys


def gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=9, mtime=0))


def br(path: pathlib.Path):
    """The size of the pre-compressed Brotli copy, if there is one."""
    copy = path.with_name(path.name + ".br")
    return copy.stat().st_size if copy.is_file() else None


# Links a browser does not fetch on an ordinary visit.
NOT_FETCHED = ("apple-touch-icon", "preconnect", "dns-prefetch")


def first_visit(dist: pathlib.Path, page: str = "index.html") -> list[pathlib.Path]:
    html = (dist / page).read_text(encoding="utf-8")
    files = [dist / page]
    # The minified HTML leaves simple attribute values unquoted.
    attr = r'(?:"([^"]*)"|\'([^\']*)\'|([^\s>]+))'
    for tag in re.finditer(r"<(?:link|script)\b[^>]*>", html):
        rel = re.search(r"\brel=" + attr, tag.group(0))
        if rel and "".join(g or "" for g in rel.groups()) in NOT_FETCHED:
            continue
        for found in re.findall(r"\b(?:src|href|data-js|data-wasm)=" + attr, tag.group(0)):
            ref = "".join(g or "" for g in found)
            if "://" in ref or ref.startswith(("data:", "#", "mailto:")):
                continue
            parts = pathlib.PurePosixPath(ref.split("?")[0].lstrip("/")).parts
            path = dist.joinpath(*parts) if parts else dist
            # Under a public URL such as /sub/, strip the prefix until the file is found.
            while not path.is_file() and len(parts) > 1:
                parts = parts[1:]
                path = dist.joinpath(*parts)
            if path.is_file() and path not in files:
                files.append(path)
    return files


def crypto_worker(dist: pathlib.Path, page: str) -> list[pathlib.Path]:
    """The worker's script and module, as the page's crypto-worker meta tag names them."""
    html = (dist / page).read_text(encoding="utf-8")
    found = re.search(r'<meta\b[^>]*\bname=["\']?crypto-worker\b[^>]*>', html)
    script = found and re.search(r'\bcontent=["\']?([^"\'\s>]+)', found.group(0))
    if not script:
        return []
    js = dist / script.group(1)
    if not js.is_file():
        return []
    # The module has a name of its own (xtask's hash_worker), which the script starts.
    named = re.search(r'module_or_path:\s*"\./([^"]+_bg\.wasm)"', js.read_text(encoding="utf-8"))
    module = named and js.with_name(named.group(1))
    return [p for p in (js, module) if p and p.is_file()]


def report(dist, title, visit, gzip_budget, brotli_budget) -> bool:
    """Prints one visit's totals against its budgets; True when one is exceeded."""
    raw = sum(p.stat().st_size for p in visit)
    zipped = sum(gz(p.read_bytes()) for p in visit)
    names = ", ".join(str(p.relative_to(dist)) for p in visit)
    print(f"\n{title} ({len(visit)} files: {names})")
    print(f"  {raw:,} bytes raw, {zipped:,} bytes gzipped ({zipped / 1024:.1f} KB)")
    brotli = [br(p) for p in visit]
    brotli_total = sum(brotli) if all(b is not None for b in brotli) else None
    if brotli_total is not None:
        print(f"  {brotli_total:,} bytes Brotli ({brotli_total / 1024:.1f} KB), as pre-compressed")
    failed = False
    for name, total, budget in (("gzipped", zipped, gzip_budget), ("Brotli", brotli_total, brotli_budget)):
        if budget is None:
            continue
        if total is None:
            print(f"  budget {budget:g} KB {name}: no .br files (run scripts/compress.mjs)")
            failed = True
            continue
        verdict = "within" if total <= budget * 1024 else "OVER"
        print(f"  budget {budget:g} KB {name}: {verdict}")
        failed |= verdict == "OVER"
    return failed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", default="dist")
    parser.add_argument("--budget-kb", type=float, default=None)
    parser.add_argument("--brotli-budget-kb", type=float, default=None)
    parser.add_argument("--reference-budget-kb", type=float, default=None)
    parser.add_argument("--reference-brotli-budget-kb", type=float, default=None)
    parser.add_argument("--inspector-budget-kb", type=float, default=None)
    parser.add_argument("--inspector-brotli-budget-kb", type=float, default=None)
    parser.add_argument("--tools-budget-kb", type=float, default=None)
    parser.add_argument("--tools-brotli-budget-kb", type=float, default=None)
    parser.add_argument("--worker-budget-kb", type=float, default=None)
    parser.add_argument("--worker-brotli-budget-kb", type=float, default=None)
    args = parser.parse_args()
    dist = pathlib.Path(args.dist)
    if not (dist / "index.html").is_file():
        print(f"no build in {dist}/: run `cargo xtask dist --release` first", file=sys.stderr)
        return 2

    print(f"{'file':<44} {'raw':>11} {'gzip':>11} {'brotli':>11}")
    for path in sorted(p for p in dist.rglob("*") if p.is_file() and p.suffix not in (".br", ".gz")):
        data = path.read_bytes()
        b = br(path)
        print(f"{str(path.relative_to(dist)):<44} {len(data):>11,} {gz(data):>11,} {'' if b is None else f'{b:,}':>11}")

    failed = report(dist, "First visit", first_visit(dist), args.budget_kb, args.brotli_budget_kb)
    if (dist / "costs" / "index.html").is_file():
        visit = first_visit(dist, "costs/index.html")
        failed |= report(
            dist, "First visit starting at the reference page (costs)", visit,
            args.reference_budget_kb, args.reference_brotli_budget_kb,
        )
    if (dist / "compare-tokens" / "index.html").is_file():
        visit = first_visit(dist, "compare-tokens/index.html")
        failed |= report(
            dist, "First visit starting at the token tools (compare-tokens)", visit,
            args.tools_budget_kb, args.tools_brotli_budget_kb,
        )
    if (dist / "inspector" / "index.html").is_file():
        visit = first_visit(dist, "inspector/index.html")
        failed |= report(
            dist, "First visit starting at the inspector", visit, args.inspector_budget_kb, args.inspector_brotli_budget_kb
        )
        worker = crypto_worker(dist, "inspector/index.html")
        if worker:
            failed |= report(
                dist, "Then, once the inspector is usable, its crypto worker", worker,
                args.worker_budget_kb, args.worker_brotli_budget_kb,
            )
        else:
            print("\nThe inspector names no crypto worker that exists in this build.")
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
