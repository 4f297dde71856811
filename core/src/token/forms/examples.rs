//! The example tokens a learner can open in the inspector, as the page lists them: an id, a
//! title and what each teaches. The crypto worker signs the one chosen (`authpick-crypto`'s
//! `examples`), so their signing code stays out of the page's module.

/// The examples: id, title and what each teaches.
pub static LISTING: [(&str, &str, &str); 9] = [
    (
        "healthy",
        "Healthy access token",
        "Short-lived, signed with ES256, with issuer, audience and type: only notes.",
    ),
    (
        "weak-secret",
        "Weak secret",
        "HS256 with the secret “secret”: anyone can sign tokens like it.",
    ),
    (
        "alg-none",
        "alg: none",
        "An unsigned token: a verifier that accepts it accepts anything.",
    ),
    (
        "expired",
        "Expired",
        "Expired two hours ago; a verifier must refuse it.",
    ),
    (
        "long-lived",
        "Long-lived",
        "Valid for 30 days: a stolen copy works for a month.",
    ),
    (
        "personal-data",
        "Personal data",
        "E-mail, phone and address in a token anyone holding it can read.",
    ),
    (
        "id-token",
        "ID token",
        "What an app receives at sign-in: profile claims belong here, but an API must refuse it.",
    ),
    (
        "dpop-proof",
        "DPoP proof",
        "A proof of possession (RFC 9449): its key belongs in the header, and it has no exp.",
    ),
    (
        "key-confusion",
        "Key confusion",
        "HS256 “signed” with the public key's text: verify it with the public key.",
    ),
];

/// The examples' ids, titles and points.
pub fn catalogue() -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    LISTING.iter().copied()
}

#[cfg(test)]
mod tests {
    #[test]
    fn ids_are_unique() {
        let ids: Vec<&str> = super::catalogue().map(|(id, _, _)| id).collect();
        for (i, id) in ids.iter().enumerate() {
            assert!(!ids[i + 1..].contains(id), "{id}");
        }
    }
}
