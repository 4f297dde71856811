#!/usr/bin/env python3
"""Writes crypto/tests/vectors/chains.json: certificate chains made with Python's
`cryptography` (an implementation this project did not write), each with a token signed by a
key of the chain's first certificate (or by another key), the trust anchor to check it against,
and the outcome RFC 5280 §6.1 and RFC 7515 §4.1.6 call for, written here from the
specifications before the Rust check ever ran on them:

- good chains in every signature algorithm the check supports (RSA PKCS#1 v1.5 with SHA-256,
  ECDSA P-256, P-384 and P-521, Ed25519), with and without the anchor inside x5c;
- one broken rule each: an expired intermediate, the wrong anchor (same name, another key), an
  anchor of another name, an intermediate that is not a CA, an intermediate without
  keyCertSign, a path length exceeded, a token signed by a key that is not the leaf's, a leaf
  valid when the token was issued but expired now, a chain out of order, and a critical
  extension the check does not process (name constraints).

Run once when the cases change (the output is committed; the tests never run this):
    python3 scripts/chain_fixtures.py        # needs cryptography (48.0.0 made the committed file)
"""

import base64
import datetime as dt
import json
import os

import cryptography
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from cryptography.x509.oid import NameOID

ROOT = os.path.join(os.path.dirname(__file__), "..")
UTC = dt.timezone.utc
# The check runs at NOW; tokens were issued at ISSUED.
NOW = dt.datetime(2026, 12, 1, tzinfo=UTC)
ISSUED = dt.datetime(2026, 11, 1, tzinfo=UTC)
FROM = dt.datetime(2025, 1, 1, tzinfo=UTC)
UNTIL = dt.datetime(2035, 1, 1, tzinfo=UTC)


def name(cn):
    return x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Authpick Test"),
                      x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def key(kind):
    return {
        "rsa": lambda: rsa.generate_private_key(public_exponent=65537, key_size=2048),
        "p256": lambda: ec.generate_private_key(ec.SECP256R1()),
        "p384": lambda: ec.generate_private_key(ec.SECP384R1()),
        "p521": lambda: ec.generate_private_key(ec.SECP521R1()),
        "ed25519": ed25519.Ed25519PrivateKey.generate,
    }[kind]()


def hash_for(signer):
    if isinstance(signer, ed25519.Ed25519PrivateKey):
        return None
    if isinstance(signer, ec.EllipticCurvePrivateKey):
        return {256: hashes.SHA256(), 384: hashes.SHA384(), 521: hashes.SHA512()}[signer.curve.key_size]
    return hashes.SHA256()


def cert(subject, subject_key, issuer, issuer_key, ca, path_len=None, key_usage=None,
         not_before=FROM, not_after=UNTIL, name_constraints=False):
    b = (x509.CertificateBuilder()
         .subject_name(name(subject))
         .issuer_name(name(issuer))
         .public_key(subject_key.public_key())
         .serial_number(x509.random_serial_number())
         .not_valid_before(not_before)
         .not_valid_after(not_after)
         .add_extension(x509.BasicConstraints(ca=ca, path_length=path_len), critical=True))
    if key_usage is not None:
        usages = dict(digital_signature=False, content_commitment=False, key_encipherment=False,
                      data_encipherment=False, key_agreement=False, key_cert_sign=False,
                      crl_sign=False, encipher_only=False, decipher_only=False)
        usages.update({u: True for u in key_usage})
        b = b.add_extension(x509.KeyUsage(**usages), critical=True)
    if name_constraints:
        b = b.add_extension(x509.NameConstraints(
            permitted_subtrees=[x509.DNSName("example.test")], excluded_subtrees=None), critical=True)
    return b.sign(issuer_key, hash_for(issuer_key))


def b64(c):
    return base64.b64encode(c.public_bytes(serialization.Encoding.DER)).decode()


def pem(c):
    return c.public_bytes(serialization.Encoding.PEM).decode()


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def jws(signer, alg, x5c):
    header = {"alg": alg, "typ": "JWT"}
    if x5c is not None:
        header["x5c"] = x5c
    payload = {"iss": "https://issuer.example.test", "sub": "chain-test",
               "iat": int(ISSUED.timestamp()), "exp": int(UNTIL.timestamp())}
    signing_input = (b64url(json.dumps(header, separators=(",", ":")).encode()) + "." +
                     b64url(json.dumps(payload, separators=(",", ":")).encode())).encode()
    if isinstance(signer, ed25519.Ed25519PrivateKey):
        sig = signer.sign(signing_input)
    elif isinstance(signer, ec.EllipticCurvePrivateKey):
        r, s = decode_dss_signature(signer.sign(signing_input, ec.ECDSA(hash_for(signer))))
        size = (signer.curve.key_size + 7) // 8
        sig = r.to_bytes(size, "big") + s.to_bytes(size, "big")
    else:
        sig = signer.sign(signing_input, padding.PKCS1v15(), hashes.SHA256())
    return signing_input.decode() + "." + b64url(sig)


ALG = {"rsa": "RS256", "p256": "ES256", "p384": "ES384", "p521": "ES512", "ed25519": "EdDSA"}


def case(name_, what, token, anchors, expect, chain=None):
    return {"name": name_, "what": what, "token": token, "chain": chain or "",
            "anchors": "".join(pem(a) for a in anchors), "expect": expect}


def main():
    cases = []
    # Good chains: root -> intermediate -> leaf, one per kind of key, each signed by the next.
    for kinds in [("rsa", "rsa", "rsa"), ("p256", "p256", "p256"), ("p384", "p384", "p384"),
                  ("p521", "p521", "p521"), ("ed25519", "ed25519", "ed25519"),
                  ("rsa", "p384", "p256")]:
        rk, ik, lk = (key(k) for k in kinds)
        root = cert("Root", rk, "Root", rk, True, key_usage=["key_cert_sign", "crl_sign"])
        inter = cert("Intermediate", ik, "Root", rk, True, path_len=0,
                     key_usage=["key_cert_sign"])
        leaf = cert("Leaf", lk, "Intermediate", ik, False, key_usage=["digital_signature"])
        label = "-".join(kinds)
        cases.append(case(f"good-{label}", f"root {kinds[0]}, intermediate {kinds[1]}, leaf {kinds[2]}",
                          jws(lk, ALG[kinds[2]], [b64(leaf), b64(inter)]), [root],
                          {"trusted": True, "fails": []}))
        if kinds == ("p256", "p256", "p256"):
            # The anchor itself at the end of x5c (RFC 7515 §4.1.6 lets it be there).
            cases.append(case("good-anchor-in-x5c", "the root is the last certificate of x5c",
                              jws(lk, "ES256", [b64(leaf), b64(inter), b64(root)]), [root],
                              {"trusted": True, "fails": []}))
            # A pasted chain, for a token without x5c.
            cases.append(case("good-pasted-chain", "the chain pasted as PEM, no x5c",
                              jws(lk, "ES256", None), [root], {"trusted": True, "fails": []},
                              chain=pem(leaf) + pem(inter)))
            # Out of order: intermediate first.
            cases.append(case("out-of-order", "x5c lists the intermediate before the leaf",
                              jws(lk, "ES256", [b64(inter), b64(leaf)]), [root],
                              {"trusted": False, "fails": ["TokenKey", "Signature", "Anchor", "BasicConstraints",
                                                           "KeyUsage", "KeyUsage"]}))
            # Signed by a key that is not the leaf's.
            other = key("p256")
            cases.append(case("wrong-leaf-key", "the token is signed by a key that is not the leaf's",
                              jws(other, "ES256", [b64(leaf), b64(inter)]), [root],
                              {"trusted": False, "fails": ["TokenKey"]}))
            # The wrong anchor: same name, another key.
            impostor_key = key("p256")
            impostor = cert("Root", impostor_key, "Root", impostor_key, True)
            cases.append(case("wrong-anchor-same-name", "the anchor has the root's name and another key",
                              jws(lk, "ES256", [b64(leaf), b64(inter)]), [impostor],
                              {"trusted": False, "fails": ["Anchor"]}))
            other_root = cert("Other Root", impostor_key, "Other Root", impostor_key, True)
            cases.append(case("wrong-anchor-other-name", "the anchor is another root altogether",
                              jws(lk, "ES256", [b64(leaf), b64(inter)]), [other_root],
                              {"trusted": False, "fails": ["Anchor"]}))
            # Two anchors, the right one second.
            cases.append(case("good-second-anchor", "the right anchor is the second of two",
                              jws(lk, "ES256", [b64(leaf), b64(inter)]), [other_root, root],
                              {"trusted": True, "fails": []}))

    rk, ik, lk = key("p256"), key("p256"), key("p256")
    root = cert("Root", rk, "Root", rk, True)
    leaf_of = lambda issuer_key, **kw: cert("Leaf", lk, "Intermediate", issuer_key, False, **kw)

    inter = cert("Intermediate", ik, "Root", rk, True,
                 not_before=dt.datetime(2020, 1, 1, tzinfo=UTC),
                 not_after=dt.datetime(2021, 1, 1, tzinfo=UTC))
    cases.append(case("expired-intermediate", "the intermediate expired in 2021",
                      jws(lk, "ES256", [b64(leaf_of(ik)), b64(inter)]), [root],
                      {"trusted": False, "fails": ["Validity", "Validity"]}))

    inter = cert("Intermediate", ik, "Root", rk, True)
    leaf = cert("Leaf", lk, "Intermediate", ik, False,
                not_before=dt.datetime(2026, 1, 1, tzinfo=UTC),
                not_after=dt.datetime(2026, 11, 15, tzinfo=UTC))
    cases.append(case("leaf-expired-since-issue",
                      "the leaf was valid when the token was issued and has expired since",
                      jws(lk, "ES256", [b64(leaf), b64(inter)]), [root],
                      {"trusted": False, "fails": ["Validity"]}))

    inter = cert("Intermediate", ik, "Root", rk, False)
    cases.append(case("non-ca-intermediate", "the intermediate's basic constraints say cA false",
                      jws(lk, "ES256", [b64(leaf_of(ik)), b64(inter)]), [root],
                      {"trusted": False, "fails": ["BasicConstraints"]}))

    inter = cert("Intermediate", ik, "Root", rk, True, key_usage=["digital_signature"])
    cases.append(case("intermediate-without-keycertsign",
                      "the intermediate's key usage leaves out keyCertSign",
                      jws(lk, "ES256", [b64(leaf_of(ik)), b64(inter)]), [root],
                      {"trusted": False, "fails": ["KeyUsage"]}))

    inter = cert("Intermediate", ik, "Root", rk, True)
    leaf = leaf_of(ik, key_usage=["key_encipherment"])
    cases.append(case("leaf-without-digitalsignature",
                      "the leaf's key usage leaves out digitalSignature",
                      jws(lk, "ES256", [b64(leaf), b64(inter)]), [root],
                      {"trusted": False, "fails": ["KeyUsage"]}))

    # Root -> Policy CA (pathLen 0) -> Intermediate -> Leaf: one intermediate too many.
    pk = key("p256")
    policy = cert("Policy CA", pk, "Root", rk, True, path_len=0)
    inter = cert("Intermediate", ik, "Policy CA", pk, True)
    cases.append(case("path-length-exceeded",
                      "a CA with pathLen 0 has an intermediate below it",
                      jws(lk, "ES256", [b64(leaf_of(ik)), b64(inter), b64(policy)]), [root],
                      {"trusted": False, "fails": ["PathLength"]}))

    inter = cert("Intermediate", ik, "Root", rk, True, name_constraints=True)
    cases.append(case("critical-name-constraints",
                      "the intermediate has critical name constraints, which the check does not process",
                      jws(lk, "ES256", [b64(leaf_of(ik)), b64(inter)]), [root],
                      {"trusted": False, "fails": ["CriticalExtension"]}))

    out = {
        "provenance": f"Made by scripts/chain_fixtures.py with Python cryptography {cryptography.__version__}; "
                      "expected outcomes written from RFC 5280 §6.1 and RFC 7515 §4.1.6.",
        "now": int(NOW.timestamp()),
        "cases": cases,
    }
    path = os.path.join(ROOT, "crypto", "tests", "vectors", "chains.json")
    with open(path, "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    print(f"wrote {len(cases)} cases to {path}")


if __name__ == "__main__":
    main()
