#!/usr/bin/env python3
"""Writes crypto/tests/vectors/joserfc_jwe.json: a JWE for every alg and enc pair the crypto
worker decrypts, encrypted by an independent implementation (Python's joserfc), with the
recipient's key as a JWK and as PEM. The Rust tests decrypt each and change a byte of each.

Run once when the list of algorithms changes (the output is committed; the tests never run
this):
    python3 -m venv /tmp/jv && /tmp/jv/bin/pip install joserfc==1.8.0
    /tmp/jv/bin/python scripts/jwe_fixtures.py
"""

import json
import os

from cryptography.hazmat.primitives import serialization
from joserfc import jwe
from joserfc.jwk import ECKey, OctKey, RSAKey

ALGS = ["dir", "A128KW", "A256KW", "A128GCMKW", "A256GCMKW", "RSA-OAEP", "RSA-OAEP-256",
        "RSA1_5", "ECDH-ES", "ECDH-ES+A128KW", "ECDH-ES+A256KW", "PBES2-HS256+A128KW"]
ENCS = {"A128GCM": 16, "A256GCM": 32, "A128CBC-HS256": 32, "A256CBC-HS512": 64}
PASSWORD = "correct horse battery staple"

rsa = RSAKey.generate_key(2048, private=True)
curves = {c: ECKey.generate_key(c, private=True) for c in ["P-256", "P-384", "P-521"]}


def pem(key, fmt):
    raw = key.private_key
    return raw.private_bytes(serialization.Encoding.PEM, fmt,
                             serialization.NoEncryption()).decode()


def recipient(alg, enc, n):
    """The key to encrypt to, and how the test gives it back: a JWK, PEM or a password."""
    if alg == "dir":
        k = OctKey.import_key(os.urandom(ENCS[enc]))
        return k, {"jwk": k.as_dict(private=True)}
    if alg.startswith("A") and alg.endswith("KW"):
        k = OctKey.import_key(os.urandom(16 if "128" in alg else 32))
        return k, {"jwk": k.as_dict(private=True)}
    if alg.startswith("RSA"):
        # Alternate PKCS#8 and PKCS#1 PEM, so both are read.
        fmt = (serialization.PrivateFormat.PKCS8 if n % 2 == 0
               else serialization.PrivateFormat.TraditionalOpenSSL)
        return rsa, {"jwk": rsa.as_dict(private=True), "pem": pem(rsa, fmt)}
    if alg.startswith("ECDH"):
        crv = list(curves)[n % 3]
        k = curves[crv]
        fmt = (serialization.PrivateFormat.PKCS8 if n % 2 == 0
               else serialization.PrivateFormat.TraditionalOpenSSL)
        return k, {"jwk": k.as_dict(private=True), "pem": pem(k, fmt)}
    k = OctKey.import_key(PASSWORD.encode())
    return k, {"password": PASSWORD}


vectors = []
for alg in ALGS:
    for n, enc in enumerate(ENCS):
        key, given = recipient(alg, enc, n)
        header = {"alg": alg, "enc": enc, "kid": f"{alg}/{enc}"}
        if alg.startswith("PBES2"):
            header["p2c"] = 4096
        # One token per algorithm is compressed, so zip DEF is decrypted for each key kind.
        if n == 0:
            header["zip"] = "DEF"
        plaintext = json.dumps({"iss": "https://joserfc.example", "sub": f"{alg} {enc}",
                                "note": "encrypted by joserfc " * 4})
        token = jwe.encrypt_compact(header, plaintext, key, algorithms=[alg, enc, "DEF"])
        # joserfc decrypts its own token: the fixture is sound before Rust reads it.
        back = jwe.decrypt_compact(token, key, algorithms=[alg, enc, "DEF"])
        assert back.plaintext.decode() == plaintext
        vectors.append({"alg": alg, "enc": enc, "zip": header.get("zip"), "compact": token,
                        "plaintext": plaintext, **given})

# For the benchmark (crypto/benches/inspect.rs): a token of about 2 KB for each alg.
large = []
for n, alg in enumerate(ALGS):
    enc = list(ENCS)[n % 4]
    key, given = recipient(alg, enc, n)
    header = {"alg": alg, "enc": enc}
    if alg.startswith("PBES2"):
        header["p2c"] = 4096
    plaintext = json.dumps({"iss": "https://joserfc.example", "note": "x" * 1400})
    token = jwe.encrypt_compact(header, plaintext, key, algorithms=[alg, enc])
    large.append({"alg": alg, "enc": enc, "compact": token, "plaintext": plaintext, **given})

out = os.path.join(os.path.dirname(__file__), "..", "crypto", "tests", "vectors",
                   "joserfc_jwe.json")
with open(out, "w") as f:
    json.dump({"source": "Encrypted by joserfc 1.8.0 (scripts/jwe_fixtures.py)",
               "vectors": vectors, "large": large}, f, indent=1)
print(f"{len(vectors)} + {len(large)} tokens written to {os.path.normpath(out)}")
