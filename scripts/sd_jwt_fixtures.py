#!/usr/bin/env python3
"""Writes tests/fixtures/sd-jwt-fixtures.json: SD-JWTs made by an independent implementation,
the IETF's reference one (Python's sd-jwt), for the Rust tests and the browser tests: an
issuance with every Disclosure and decoy digests, a presentation of a few claims with a Key
Binding JWT, and the issuer's and the holder's public keys.

Run once when the fixtures should change (the output is committed; the tests never run this):
    python3 -m venv /tmp/jv && /tmp/jv/bin/pip install sd-jwt==0.10.4
    /tmp/jv/bin/python scripts/sd_jwt_fixtures.py
"""

import json
import os

from jwcrypto.jwk import JWK
from sd_jwt.common import SDObj
from sd_jwt.holder import SDJWTHolder
from sd_jwt.issuer import SDJWTIssuer
from sd_jwt.verifier import SDJWTVerifier

issuer_key = JWK.generate(kty="EC", crv="P-256")
holder_key = JWK.generate(kty="EC", crv="P-256")

claims = {
    "iss": "https://issuer.example",
    "iat": 1800000000,
    "exp": 1900000000,
    "vct": "https://credentials.example/identity",
    SDObj("given_name"): "Erika",
    SDObj("family_name"): "Mustermann",
    SDObj("email"): "erika@example.com",
    "address": {
        SDObj("street_address"): "Heidestraße 17",
        SDObj("locality"): "Köln",
        "country": "DE",
    },
    "nationalities": [SDObj("DE"), SDObj("FR")],
}

issuer = SDJWTIssuer(claims, issuer_key, holder_key, sign_alg="ES256", add_decoy_claims=True,
                     extra_header_parameters={"typ": "dc+sd-jwt"})
issuance = issuer.sd_jwt_issuance

holder = SDJWTHolder(issuance)
holder.create_presentation({"given_name": True, "address": {"locality": True}, "nationalities": [False, True]},
                           nonce="n-0S6_WzA2Mj", aud="https://verifier.example",
                           holder_key=holder_key, sign_alg="ES256")
presentation = holder.sd_jwt_presentation

# The reference implementation accepts both: the fixtures are sound before Rust reads them.
public = lambda k: json.loads(k.export_public())
SDJWTVerifier(issuance, lambda iss, header: issuer_key)
verified = SDJWTVerifier(presentation, lambda iss, header: issuer_key,
                         expected_aud="https://verifier.example", expected_nonce="n-0S6_WzA2Mj")

out = os.path.join(os.path.dirname(__file__), "..", "tests", "fixtures", "sd-jwt-fixtures.json")
with open(out, "w") as f:
    json.dump({
        "source": "Made by the IETF reference implementation, sd-jwt 0.10.4 (scripts/sd_jwt_fixtures.py)",
        "issuer_jwk": public(issuer_key),
        "holder_jwk": public(holder_key),
        "issuance": issuance,
        "presentation": presentation,
        "presented_claims": verified.get_verified_payload(),
    }, f, indent=1, ensure_ascii=False)
print(f"written to {os.path.normpath(out)}")
