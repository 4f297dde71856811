//! The "Who wins where" table of the project's knowledge digest, as executable scenarios:
//! each app shape must produce the expected top recommendation for each surface.

use authpick_core::guide::{recommend, Answers, KNOWLEDGE};

fn answers(pairs: &[(&str, &[&str])]) -> Answers {
    let mut a = Answers::new();
    for (q, options) in pairs {
        a.set(&KNOWLEDGE, q, options)
            .expect("scenario answers are valid");
    }
    a
}

/// Asserts each (surface, approach) pair and that no other surface appears.
fn expect(pairs: &[(&str, &[&str])], want: &[(&str, &str)]) {
    let outcome = recommend(&KNOWLEDGE, &answers(pairs));
    let got: Vec<(&str, &str)> = outcome
        .surfaces
        .iter()
        .map(|s| (s.surface.id, s.winner.approach.id))
        .collect();
    assert_eq!(got, want, "answers: {pairs:?}");
}

#[test]
fn server_rendered_monolith_gets_a_session_cookie() {
    expect(
        &[
            ("clients", &["web"]),
            ("frontend", &["ssr"]),
            ("backend", &["monolith"]),
            ("domains", &["one"]),
            ("revoke", &["minutes"]),
            ("data", &["personal"]),
            ("scale", &["small"]),
            ("store", &["could"]),
            ("run", &["self"]),
            ("sso", &["none"]),
            ("team", &["small"]),
        ],
        &[("web", "session")],
    );
}

#[test]
fn same_site_spa_gets_a_session_cookie() {
    expect(
        &[
            ("clients", &["web"]),
            ("frontend", &["spa"]),
            ("backend", &["monolith"]),
            ("revoke", &["minutes"]),
            ("data", &["personal"]),
            ("scale", &["medium"]),
        ],
        &[("web", "session")],
    );
}

#[test]
fn spa_with_instant_revocation_and_regulated_data_keeps_state_on_the_server() {
    let base: &[(&str, &[&str])] = &[
        ("clients", &["web"]),
        ("backend", &["few"]),
        ("revoke", &["instant"]),
        ("data", &["regulated"]),
        ("run", &["self"]),
    ];
    let same_site = [base, &[("frontend", &["spa"][..])]].concat();
    expect(
        &same_site,
        &[("web", "session"), ("services", "service-jwt")],
    );
    // On another site a cookie cannot reach the API; the BCP's answer is a backend-for-frontend
    // that still keeps a server-side session.
    let cross_site = [base, &[("frontend", &["spa-other"][..])]].concat();
    expect(&cross_site, &[("web", "bff"), ("services", "service-jwt")]);
}

#[test]
fn native_mobile_app_gets_access_and_refresh_tokens() {
    expect(
        &[
            ("clients", &["mobile"]),
            ("backend", &["monolith"]),
            ("revoke", &["minutes"]),
            ("data", &["personal"]),
        ],
        &[("mobile", "access-refresh")],
    );
}

#[test]
fn many_microservices_get_short_jwts_and_service_tokens() {
    expect(
        &[
            ("clients", &["web", "mobile"]),
            ("frontend", &["spa-other"]),
            ("backend", &["micro"]),
            ("revoke", &["minutes"]),
            ("data", &["low"]),
            ("scale", &["large"]),
            ("store", &["cannot"]),
            ("run", &["self"]),
        ],
        &[
            ("web", "access-refresh"),
            ("mobile", "access-refresh"),
            ("services", "service-jwt"),
        ],
    );
}

#[test]
fn several_unrelated_domains_get_tokens() {
    expect(
        &[
            ("clients", &["web"]),
            ("frontend", &["spa"]),
            ("backend", &["monolith"]),
            ("domains", &["several"]),
            ("revoke", &["minutes"]),
            ("run", &["self"]),
        ],
        &[("web", "access-refresh")],
    );
}

#[test]
fn service_to_service_gets_signed_short_lived_jwts() {
    expect(
        &[
            ("clients", &["services"]),
            ("backend", &["micro"]),
            ("run", &["self"]),
        ],
        &[("services", "service-jwt")],
    );
}

#[test]
fn mixed_clients_get_the_right_tool_each() {
    expect(
        &[
            ("clients", &["web", "mobile", "services"]),
            ("frontend", &["ssr"]),
            ("backend", &["few"]),
            ("revoke", &["minutes"]),
            ("data", &["personal"]),
            ("run", &["self"]),
        ],
        &[
            ("web", "session"),
            ("mobile", "access-refresh"),
            ("services", "service-jwt"),
        ],
    );
}

#[test]
fn not_sure_about_anything_gets_the_hybrid() {
    expect(&[], &[("web", "hybrid"), ("mobile", "hybrid")]);
    let all_unsure: Vec<(&str, &[&str])> = KNOWLEDGE
        .questions
        .iter()
        .map(|q| (q.id, &["unsure"][..]))
        .collect();
    expect(&all_unsure, &[("web", "hybrid"), ("mobile", "hybrid")]);
}

#[test]
fn not_wanting_to_own_auth_gets_a_managed_provider() {
    expect(
        &[
            ("clients", &["web", "mobile"]),
            ("frontend", &["ssr"]),
            ("backend", &["monolith"]),
            ("revoke", &["instant"]),
            ("data", &["regulated"]),
            ("store", &["have"]),
            ("run", &["provider"]),
        ],
        &[("web", "provider"), ("mobile", "provider")],
    );
}

#[test]
fn third_party_api_gets_oauth_tokens_unless_keys_are_enough() {
    expect(
        &[
            ("clients", &["api"]),
            ("backend", &["monolith"]),
            ("revoke", &["minutes"]),
        ],
        &[("api", "access-refresh")],
    );
    expect(
        &[
            ("clients", &["api"]),
            ("backend", &["monolith"]),
            ("revoke", &["hours"]),
            ("data", &["low"]),
            ("team", &["small"]),
        ],
        &[("api", "api-keys")],
    );
}

#[test]
fn reasons_name_the_answers_that_caused_them() {
    let a = answers(&[
        ("clients", &["web"]),
        ("frontend", &["ssr"]),
        ("revoke", &["instant"]),
    ]);
    let outcome = recommend(&KNOWLEDGE, &a);
    let web = &outcome.surfaces[0];
    let instant = web
        .winner
        .pros
        .iter()
        .find(|r| r.rule.id == "instant-session")
        .expect("instant revocation is a reason for sessions");
    assert_eq!(instant.facts.len(), 1);
    assert_eq!(instant.facts[0].question.id, "revoke");
    assert_eq!(instant.facts[0].choice.map(|c| c.id), Some("instant"));
    // The JWT approach lost, and the reason it lost is on record.
    let jwt = web
        .alternatives
        .iter()
        .find(|a| a.approach.id == "access-refresh")
        .unwrap();
    assert!(jwt.cons.iter().any(|r| r.rule.id == "instant-no-jwt"));
}

#[test]
fn what_would_change_it_is_found_by_rerunning_the_engine() {
    let a = answers(&[
        ("clients", &["web"]),
        ("frontend", &["spa"]),
        ("backend", &["monolith"]),
        ("revoke", &["minutes"]),
        ("run", &["self"]),
    ]);
    let outcome = recommend(&KNOWLEDGE, &a);
    // Moving the SPA to another site must move the browser recommendation.
    let change = outcome
        .changes
        .iter()
        .find(|c| c.question.id == "frontend" && c.instead.includes("spa-other"))
        .expect("moving the SPA to another site changes the recommendation");
    assert_eq!(change.shifts[0].from.id, "session");
    assert_ne!(change.shifts[0].to.id, "session");
    // Every listed change really changes the result when applied.
    for c in &outcome.changes {
        let changed = recommend(&KNOWLEDGE, &a.with(c.question.id, c.instead.clone()));
        for shift in &c.shifts {
            let s = changed
                .surfaces
                .iter()
                .find(|s| s.surface.id == shift.surface.id)
                .unwrap();
            assert_eq!(s.winner.approach.id, shift.to.id, "{}", c.describe());
        }
    }
}

#[test]
fn checklist_follows_the_recommendation() {
    let session_only = recommend(
        &KNOWLEDGE,
        &answers(&[
            ("clients", &["web"]),
            ("frontend", &["ssr"]),
            ("backend", &["monolith"]),
        ]),
    );
    let ids: Vec<_> = session_only.checklist.iter().map(|c| c.id).collect();
    assert!(
        ids.contains(&"cookie-attributes") && ids.contains(&"csrf") && ids.contains(&"fixation")
    );
    assert!(
        !ids.contains(&"refresh-rotation"),
        "no refresh tokens in a session-only design"
    );
    let mobile = recommend(
        &KNOWLEDGE,
        &answers(&[("clients", &["mobile"]), ("revoke", &["minutes"])]),
    );
    let ids: Vec<_> = mobile.checklist.iter().map(|c| c.id).collect();
    assert!(ids.contains(&"refresh-rotation") && ids.contains(&"storage-mobile"));
    assert!(ids.contains(&"alg-pinning") && ids.contains(&"key-rotation"));
    assert!(!ids.contains(&"cookie-attributes"));
}

#[test]
fn libraries_cover_every_required_stack_for_sessions_and_tokens() {
    let required = [
        "Rust (axum)",
        "Node.js (Express)",
        "Python (FastAPI)",
        "Python (Django)",
        "Ruby on Rails",
        "PHP (Laravel)",
        "Java (Spring)",
        "Go",
        ".NET (ASP.NET Core)",
    ];
    for approach in ["session", "access-refresh"] {
        for stack in required {
            assert!(
                KNOWLEDGE
                    .libraries
                    .iter()
                    .any(|l| l.stack == stack && l.approaches.contains(&approach)),
                "{stack} has no library for {approach}"
            );
        }
    }
}

#[test]
fn sources_of_the_outcome_are_the_ones_it_cites() {
    let outcome = recommend(
        &KNOWLEDGE,
        &answers(&[("clients", &["web"]), ("frontend", &["ssr"])]),
    );
    assert!(outcome.sources.iter().any(|s| s.id == "owasp-session"));
    assert!(
        outcome.sources.iter().any(|s| s.id == "rfc6265bis"),
        "cookie checklist cites RFC 6265bis"
    );
}

#[test]
fn strongest_reasons_are_the_heaviest_across_surfaces() {
    let outcome = recommend(
        &KNOWLEDGE,
        &answers(&[
            ("clients", &["web", "mobile"]),
            ("frontend", &["ssr"]),
            ("revoke", &["instant"]),
        ]),
    );
    let top = outcome.strongest_reasons(3);
    assert_eq!(top.len(), 3);
    let weights: Vec<i32> = top.iter().map(|(_, r)| r.rule.weight).collect();
    assert!(weights.windows(2).all(|w| w[0] >= w[1]), "{weights:?}");
    let max = outcome
        .surfaces
        .iter()
        .flat_map(|s| &s.winner.pros)
        .map(|r| r.rule.weight)
        .max();
    assert_eq!(Some(weights[0]), max);
}
