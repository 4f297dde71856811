#!/usr/bin/env python3
"""Writes crypto/tests/vectors/kit_joserfc.json: every token of the test kit (written by
`cargo test -p authpick-crypto --test kit_vectors -- --ignored write_cases` to
target/kit_cases.json), verified by an independent implementation, Python's joserfc, set up as
a careful verifier for its issuer: the one algorithm the issuer signs with, the issuer's key
(never one from the token's header), iss, aud and exp required and checked at the kits' time,
nbf checked when present, and typ compared with the issuer's. Each token is recorded with
"accept" or "reject" and joserfc's reason. The Rust test checks the kit still makes these tokens
and that each verdict is the one the kit expects.

Run once when the kit changes (the output is committed; the tests never run this):
    python3 -m venv /tmp/kv && /tmp/kv/bin/pip install joserfc==1.6.5
    cargo test -p authpick-crypto --test kit_vectors -- --ignored write_cases
    /tmp/kv/bin/python scripts/kit_fixtures.py
"""

import json
import os

import joserfc
from joserfc import jwt
from joserfc.jwk import ECKey, OctKey, RSAKey

ROOT = os.path.join(os.path.dirname(__file__), "..")


def verifier_key(issuer):
    if issuer["secret"] is not None:
        return OctKey.import_key(issuer["secret"])
    if issuer["alg"].startswith("RS"):
        return RSAKey.import_key(issuer["public"])
    return ECKey.import_key(issuer["public"])


def judge(issuer, token):
    try:
        decoded = jwt.decode(token, verifier_key(issuer), algorithms=[issuer["alg"]])
        if decoded.header.get("typ") != issuer["typ"]:
            return "reject", f"typ is {decoded.header.get('typ')!r}, not {issuer['typ']!r}"
        registry = jwt.JWTClaimsRegistry(
            now=issuer["now"],
            iss={"essential": True, "value": issuer["iss"]},
            aud={"essential": True, "value": issuer["aud"]},
            exp={"essential": True},
        )
        registry.validate(decoded.claims)
        return "accept", ""
    except Exception as e:  # noqa: BLE001 - any refusal is a rejection, recorded by name
        return "reject", f"{type(e).__name__}: {e}"


def main():
    with open(os.path.join(ROOT, "target", "kit_cases.json")) as f:
        issuers = json.load(f)
    out = {
        "generator": f"joserfc {getattr(joserfc, '__version__', '?')} via scripts/kit_fixtures.py",
        "issuers": [],
    }
    for issuer in issuers:
        tokens = []
        for t in issuer["tokens"]:
            verdict, why = judge(issuer, t["token"])
            tokens.append({"id": t["id"], "token": t["token"], "joserfc": verdict, "why": why})
        out["issuers"].append({"issuer": issuer["issuer"], "alg": issuer["alg"], "tokens": tokens})
    path = os.path.join(ROOT, "crypto", "tests", "vectors", "kit_joserfc.json")
    with open(path, "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    for issuer in out["issuers"]:
        for t in issuer["tokens"]:
            print(f"{issuer['issuer']:6} {t['id']:20} {t['joserfc']:7} {t['why'][:80]}")


if __name__ == "__main__":
    main()
