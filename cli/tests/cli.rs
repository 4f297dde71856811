//! The `authpick` binary, run as CI runs it: over the repository's fixtures (real tokens with
//! their published keys), through standard input and files, in every output format, with every
//! exit status. The JSON outputs are validated against `cli/schema/`, SARIF against the OASIS
//! schema (`tests/schemas/`).

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn fixture(id: &str) -> Value {
    let all: Value = serde_json::from_str(include_str!("../../tests/fixtures/real-tokens.json"))
        .expect("fixtures");
    all["tokens"]
        .as_array()
        .expect("tokens")
        .iter()
        .find(|t| t["id"] == id)
        .unwrap_or_else(|| panic!("no fixture {id}"))
        .clone()
}

fn token(id: &str) -> String {
    fixture(id)["token"].as_str().expect("token").to_string()
}

fn at(id: &str) -> String {
    fixture(id)["at"].to_string()
}

/// A file of the test's own, holding `text`.
fn file(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("authpick-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path
}

fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_authpick"))
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    // A run that refuses its arguments may exit before it reads its input: the pipe is then
    // closed, which is not the test's concern.
    if let Err(e) = child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
    {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "write stdin: {e}");
    }
    child.wait_with_output().expect("output")
}

fn code(o: &Output) -> i32 {
    o.status.code().expect("an exit code")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8")
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("UTF-8")
}

fn validate(schema: &str, instance: &Value) {
    let schema: Value = serde_json::from_str(schema).expect("the schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    let errors: Vec<String> = validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

const INSPECT_SCHEMA: &str = include_str!("../schema/inspect-v1.json");
const GUIDE_SCHEMA: &str = include_str!("../schema/guide-v1.json");
const KIT_SCHEMA: &str = include_str!("../schema/kit-v1.json");
const SARIF_SCHEMA: &str = include_str!("schemas/sarif-schema-2.1.0.json");

#[test]
fn a_token_signed_with_a_published_secret_is_rejected_first_thing() {
    let o = run(&["inspect", &token("jwtio-current-hs256")], "");
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    let out = stdout(&o);
    assert_eq!(out.lines().next(), Some("✗ Reject: anyone can forge it"));
    assert!(
        out.contains("CRITICAL Signed with a well-known secret"),
        "{out}"
    );
    assert!(!out.contains('\x1b'), "no colours when NO_COLOR is set");
}

#[test]
fn an_accepted_token_exits_0_and_its_json_fits_the_schema() {
    let id = "auth0-javajwt-es256";
    let key = file("es256.pem", fixture(id)["key"]["public"].as_str().unwrap());
    let o = run(
        &[
            "inspect",
            "-",
            "--key",
            key.to_str().unwrap(),
            "--at",
            &at(id),
            "--format",
            "json",
        ],
        &token(id),
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let report: Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    validate(INSPECT_SCHEMA, &report);
    assert_eq!(report["schema"], "authpick-inspect/1");
    assert_eq!(report["verdict"]["decision"], "accept");
    assert_eq!(report["header"]["alg"], "ES256");
}

#[test]
fn findings_at_or_above_fail_on_exit_1() {
    // No key: the signature is not judged; the token's worst finding is Medium (personal data).
    let id = "jwtio-current-rs256";
    let t = token(id);
    let o = run(&["inspect", &t, "--at", &at(id)], "");
    assert_eq!(code(&o), 0, "nothing High or worse: {}", stdout(&o));
    let o = run(&["inspect", &t, "--at", &at(id), "--fail-on", "medium"], "");
    assert_eq!(code(&o), 1, "{}", stdout(&o));
    let o = run(&["inspect", &t, "--at", &at(id), "--fail-on", "never"], "");
    assert_eq!(code(&o), 0);
}

#[test]
fn sarif_fits_the_oasis_schema_with_a_result_per_finding() {
    let path = file("token.txt", &token("jwtio-current-hs256"));
    let p = path.to_str().unwrap();
    let sarif: Value = serde_json::from_str(&stdout(&run(
        &["inspect", "--token-file", p, "--format", "sarif"],
        "",
    )))
    .expect("JSON");
    validate(SARIF_SCHEMA, &sarif);
    let json: Value = serde_json::from_str(&stdout(&run(
        &["inspect", "--token-file", p, "--format", "json"],
        "",
    )))
    .expect("JSON");
    let results = sarif["runs"][0]["results"].as_array().expect("results");
    let findings = json["findings"].as_array().expect("findings");
    assert_eq!(results.len(), findings.len());
    assert_eq!(results[0]["ruleId"], "weak-secret");
    assert_eq!(results[0]["level"], "error");
    assert_eq!(
        results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        p
    );
    let rule = &sarif["runs"][0]["tool"]["driver"]["rules"][0];
    assert!(rule["helpUri"]
        .as_str()
        .is_some_and(|u| u.starts_with("https://www.rfc-editor.org/")));
}

#[test]
fn input_with_no_token_exits_2_in_every_format() {
    for format in ["text", "json", "sarif"] {
        let o = run(&["inspect", "-", "--format", format], "hello world");
        assert_eq!(code(&o), 2, "{format}");
        let out = stdout(&o);
        match format {
            "json" => validate(INSPECT_SCHEMA, &serde_json::from_str(&out).expect("JSON")),
            "sarif" => {
                let v: Value = serde_json::from_str(&out).expect("JSON");
                validate(SARIF_SCHEMA, &v);
                assert_eq!(v["runs"][0]["results"][0]["ruleId"], "unreadable-input");
            }
            _ => assert!(out.starts_with("✗ No token found"), "{out}"),
        }
    }
}

#[test]
fn a_dpop_proof_is_verified_with_its_own_key_and_its_request() {
    let id = "rfc9449-dpop-proof-token-endpoint";
    let t = token(id);
    let good = run(
        &[
            "inspect",
            &t,
            "--at",
            &at(id),
            "--method",
            "POST",
            "--url",
            "https://server.example.com/token",
            "--format",
            "json",
        ],
        "",
    );
    let v: Value = serde_json::from_str(&stdout(&good)).expect("JSON");
    assert_eq!(
        (code(&good), v["verdict"]["decision"].as_str()),
        (0, Some("accept"))
    );
    assert!(v["checks"]
        .as_array()
        .unwrap()
        .iter()
        .all(|c| c["outcome"] != "fail"));
    let wrong = run(&["inspect", &t, "--at", &at(id), "--method", "GET"], "");
    assert_eq!(code(&wrong), 2, "{}", stdout(&wrong));
}

#[test]
fn a_secret_is_read_from_a_file_never_from_the_command_line() {
    let id = "rfc7515-a1-rfc7519-s3-hs256";
    let f = fixture(id);
    let secret = file(
        "secret.txt",
        &format!("{}\n", f["key"]["secret"].as_str().unwrap()),
    );
    let o = run(
        &[
            "inspect",
            &token(id),
            "--at",
            &at(id),
            "--secret-file",
            secret.to_str().unwrap(),
            "--secret-encoding",
            "base64url",
        ],
        "",
    );
    assert_eq!(code(&o), 0, "{}{}", stdout(&o), stderr(&o));
    assert!(stdout(&o).contains("Signature valid"));
    let o = run(&["inspect", &token(id), "--secret", "x"], "");
    assert_eq!(code(&o), 3);
}

#[test]
fn usage_errors_are_one_line_and_exit_3() {
    let cases: [&[&str]; 4] = [
        &["inspect", "x", "--key", "/no/such/key.pem"],
        &["inspect", "x", "--format", "xml"],
        &["inspect", "x", "--at", "yesterday"],
        &["frobnicate"],
    ];
    for args in cases {
        let o = run(args, "");
        assert_eq!(code(&o), 3, "{args:?}");
        let err = stderr(&o);
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.starts_with("error"), "{err}");
    }
    let o = run(&["inspect", "x", "--key", "/no/such/key.pem"], "");
    assert_eq!(
        stderr(&o),
        "error: cannot read the key from /no/such/key.pem: no such file or directory\n"
    );
    // Standard input serves one input only.
    let o = run(&["inspect", "-", "--key", "-"], "x");
    assert_eq!(code(&o), 3);
    assert!(stderr(&o).contains("standard input (-) can be read for one input only"));
}

#[test]
fn a_malformed_key_is_a_usage_error_after_the_report() {
    let key = file(
        "bad.pem",
        "-----BEGIN PUBLIC KEY-----\nnot base64\n-----END PUBLIC KEY-----\n",
    );
    let o = run(
        &[
            "inspect",
            &token("auth0-javajwt-es256"),
            "--key",
            key.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(code(&o), 3, "{}", stdout(&o));
    assert!(
        stderr(&o).starts_with("error: the key could not be read"),
        "{}",
        stderr(&o)
    );
    assert!(!stdout(&o).is_empty(), "the report is still written");
}

#[test]
fn help_and_version_exit_0_and_say_why_secrets_stay_off_the_command_line() {
    let o = run(&["inspect", "--help"], "");
    assert_eq!(code(&o), 0);
    assert!(stdout(&o).contains("shell's history"));
    assert!(stdout(&o).contains("Exit status: 0 accepted"));
    let o = run(&["--version"], "");
    assert_eq!((code(&o), stdout(&o).starts_with("authpick ")), (0, true));
}

const LINK: &str =
    "https://auth.example.com/guide?v=2&view=result&clients=web,mobile&frontend=ssr&revoke=instant";

#[test]
fn the_guide_tells_each_recommendation_with_its_points() {
    let o = run(&["guide", "--link", LINK], "");
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.starts_with("Rule base "));
    assert!(out.contains("\nBrowser app: "), "{out}");
    assert!(out.contains(&format!("Reopen it: {LINK}")), "{out}");
    assert!(out.contains("\nAssurance: ASVS Level 2"), "{out}");
    // A link an earlier release wrote opens with the same answers, and says what changed.
    let older = run(&["guide", "--link", &LINK.replace("v=2", "v=1")], "");
    assert_eq!(code(&older), 0, "{}", stderr(&older));
    assert!(stdout(&older).contains(&format!("Reopen it: {LINK}")));
    assert!(
        stderr(&older).contains("note: an earlier version made this link"),
        "{}",
        stderr(&older)
    );
    let json: Value = serde_json::from_str(&stdout(&run(
        &["guide", "--link", LINK, "--format", "json"],
        "",
    )))
    .expect("JSON");
    validate(GUIDE_SCHEMA, &json);
    // Every score is the sum of its lines.
    for s in json["surfaces"].as_array().unwrap() {
        let r = &s["recommendation"];
        let sum: i64 = r["lines"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l["points"].as_i64().unwrap())
            .sum();
        assert_eq!(sum, r["points"].as_i64().unwrap());
    }
}

#[test]
fn the_record_is_the_pages_and_answers_work_without_a_link() {
    let o = run(
        &[
            "guide",
            "--link",
            LINK,
            "--format",
            "md",
            "--date",
            "2026-12-06",
            "--decision-makers",
            "Ana, Bo",
        ],
        "",
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let md = stdout(&o);
    assert!(md.starts_with("---\n"), "{md}");
    assert!(md.contains(r#"decision-makers: ["Ana", "Bo"]"#), "{md}");
    assert!(md.contains(LINK));
    let answers = LINK.split_once('?').unwrap().1;
    let o = run(
        &[
            "guide",
            "--answers",
            answers,
            "--site",
            "https://auth.example.com/",
            "--format",
            "md",
            "--date",
            "2026-12-06",
            "--decision-makers",
            "Ana, Bo",
        ],
        "",
    );
    assert_eq!(stdout(&o), md, "the same answers give the same record");
}

#[test]
fn guide_input_errors_exit_3_and_unknown_parts_are_warned_about() {
    for args in [
        &["guide", "--link", "https://auth.example.com/"][..],
        &["guide", "--answers", "colour=blue"],
        &["guide", "--link", LINK, "--format", "md", "--date", "6 Dec"],
        &["guide"],
    ] {
        let o = run(args, "");
        assert_eq!(code(&o), 3, "{args:?}");
        assert_eq!(stderr(&o).lines().count(), 1, "{args:?}: {}", stderr(&o));
    }
    let o = run(&["guide", "--answers", "clients=web&colour=blue"], "");
    assert_eq!(code(&o), 0);
    assert!(stderr(&o).starts_with("warning: ignored"), "{}", stderr(&o));
    let o = run(&["guide", "--explain"], "");
    assert!(stdout(&o).contains("\nclients  "), "{}", stdout(&o));
}

/// An HS256 token of the test's own, its secret in a file.
fn kit_inputs() -> (String, PathBuf) {
    // jwt.io's example gives the header and claims; the kit signs with a strong secret.
    let t = token("jwtio-classic-hs256-your-256-bit-secret");
    (t, file("kit-secret", "k3Vq9ZtX2mLw8RfP4nYb7HsJ1cGd6AeQ\n"))
}

#[test]
fn kit_writes_every_token_with_its_expectation_as_json_and_nothing_else() {
    let (t, secret) = kit_inputs();
    let o = run(
        &[
            "kit",
            "--secret-file",
            secret.to_str().unwrap(),
            "--at",
            "1800000000",
        ],
        &t,
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let json: Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    validate(KIT_SCHEMA, &json);
    let tokens = json["tokens"].as_array().unwrap();
    assert_eq!(tokens[0]["id"], "valid");
    assert_eq!(
        tokens.iter().filter(|t| t["expected"] == "accept").count(),
        1
    );
    assert!(tokens
        .iter()
        .any(|t| t["id"] == "alg-none" && t["token"].as_str().unwrap().ends_with('.')));
    // The control token verifies with the same secret, as the inspector judges it.
    let control = tokens[0]["token"].as_str().unwrap();
    let checked = run(
        &[
            "inspect",
            "--secret-file",
            secret.to_str().unwrap(),
            "--at",
            "1800000000",
        ],
        control,
    );
    assert!(
        stdout(&checked).contains("Signature valid"),
        "{}",
        stdout(&checked)
    );
    // An altered signature does not verify.
    let altered = tokens
        .iter()
        .find(|t| t["id"] == "signature-altered")
        .unwrap();
    let checked = run(
        &[
            "inspect",
            "--secret-file",
            secret.to_str().unwrap(),
            "--at",
            "1800000000",
        ],
        altered["token"].as_str().unwrap(),
    );
    assert_eq!(code(&checked), 2, "{}", stdout(&checked));
}

#[test]
fn kit_writes_a_script_only_for_an_address_it_can_quote() {
    let (t, secret) = kit_inputs();
    let s = secret.to_str().unwrap();
    let o = run(
        &[
            "kit",
            "--secret-file",
            s,
            "--format",
            "sh",
            "--url",
            "https://api.example.test/me",
        ],
        &t,
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let script = stdout(&o);
    assert!(script.starts_with("#!/bin/sh\n"));
    assert!(script.contains("Use these tokens only against systems you are allowed to test."));
    assert!(script.contains("--url 'https://api.example.test/me'"));
    let o = run(
        &[
            "kit",
            "--secret-file",
            s,
            "--format",
            "sh",
            "--url",
            "https://x/'; rm -rf ~",
        ],
        &t,
    );
    assert_eq!(code(&o), 3);
    assert!(
        stderr(&o).contains("without spaces, quotes or backslashes"),
        "{}",
        stderr(&o)
    );
    // No key, no kit.
    let o = run(&["kit"], &t);
    assert_eq!(code(&o), 3);
}

/// A JWT with this header and claims and a signature nothing verifies (the status and compare
/// commands check no signature).
fn unsigned_jwt(header: &str, payload: &str) -> String {
    use authpick_core::token::jose::base64url::encode;
    let e = |s: &str| encode(s.as_bytes());
    format!("{}.{}.c2ln", e(header), e(payload))
}

#[test]
fn status_reads_the_drafts_list_and_fails_on_anything_but_valid() {
    // draft-ietf-oauth-status-list-17 §5.1's Status List Token: index 0 INVALID, 1 VALID.
    let list: String = include_str!("../../core/tests/status_list/status_list_jwt_raw.txt")
        .split_whitespace()
        .collect();
    let list = file("status-list.jwt", &list);
    let token = |idx: u32| {
        unsigned_jwt(
            r#"{"alg":"ES256"}"#,
            &format!(
                r#"{{"status":{{"status_list":{{"idx":{idx},"uri":"https://example.com/statuslists/1"}}}}}}"#
            ),
        )
    };
    let l = list.to_str().unwrap();
    let o = run(
        &["status", &token(1), "--list", l, "--at", "1800000000"],
        "",
    );
    assert_eq!(code(&o), 0, "{}{}", stdout(&o), stderr(&o));
    assert!(stdout(&o).contains("Status: 0x00 VALID"), "{}", stdout(&o));
    assert!(stdout(&o).contains("signature is not verified: verify it"));
    let o = run(
        &["status", &token(0), "--list", l, "--at", "1800000000"],
        "",
    );
    assert_eq!(code(&o), 2);
    assert!(
        stdout(&o).contains("Status: 0x01 INVALID"),
        "{}",
        stdout(&o)
    );
    let o = run(
        &["status", &token(16), "--list", l, "--at", "1800000000"],
        "",
    );
    assert_eq!(code(&o), 2);
    assert!(stdout(&o).contains("past the end"), "{}", stdout(&o));
    // Without the list: the command that fetches it, and nothing fetched.
    let o = run(&["status", "-"], &token(0));
    assert_eq!(code(&o), 0);
    assert!(stdout(&o).contains(
        "curl -fsS -H 'Accept: application/statuslist+jwt' --url 'https://example.com/statuslists/1'"
    ));
    // A token without a status claim is a usage error, said in words.
    let o = run(
        &[
            "status",
            &unsigned_jwt(r#"{"alg":"ES256"}"#, r#"{"sub":"1"}"#),
        ],
        "",
    );
    assert_eq!(code(&o), 3);
    assert!(stderr(&o).contains("no status claim"), "{}", stderr(&o));
}

#[test]
fn compare_names_what_differs_and_exits_1_only_then() {
    let a = file(
        "first.jwt",
        &unsigned_jwt(
            r#"{"alg":"RS256","typ":"at+jwt"}"#,
            r#"{"iss":"https://a.example","sub":"1"}"#,
        ),
    );
    let b = file(
        "second.jwt",
        &unsigned_jwt(
            r#"{"alg":"RS256","typ":"at+jwt"}"#,
            r#"{"iss":"https://b.example","sub":"1","email":"x@example.com"}"#,
        ),
    );
    let o = run(&["compare", a.to_str().unwrap(), b.to_str().unwrap()], "");
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.starts_with("2 header parameters and claims differ"),
        "{out}"
    );
    assert!(
        out.contains("claim iss: https://a.example | https://b.example (differs)"),
        "{out}"
    );
    assert!(
        out.contains("claim email: — | x@example.com (only in the second)"),
        "{out}"
    );
    let o = run(&["compare", a.to_str().unwrap(), a.to_str().unwrap()], "");
    assert_eq!(code(&o), 0, "{}", stdout(&o));
    let o = run(&["compare", a.to_str().unwrap(), "/no/such/file"], "");
    assert_eq!(code(&o), 3);
}

/// A case of the chain fixtures (crypto/tests/vectors/chains.json, made with Python's
/// `cryptography`): its token and anchors, as files.
fn chain_case(name: &str) -> (PathBuf, PathBuf) {
    let f: serde_json::Value =
        serde_json::from_str(include_str!("../../crypto/tests/vectors/chains.json")).unwrap();
    let c = f["cases"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == name)
        .unwrap();
    (
        file(&format!("{name}.jwt"), c["token"].as_str().unwrap()),
        file(&format!("{name}.pem"), c["anchors"].as_str().unwrap()),
    )
}

#[test]
fn chain_exits_0_only_for_a_chain_that_leads_to_the_anchor() {
    let (token, anchor) = chain_case("good-p256-p256-p256");
    let args = |t: &PathBuf, a: &PathBuf| {
        vec![
            "chain".to_string(),
            "-".to_string(),
            "--anchor".to_string(),
            a.to_str().unwrap().to_string(),
            "--at".to_string(),
            "2026-12-01".to_string(),
            t.to_str().unwrap().to_string(),
        ]
    };
    let run_with = |t: &PathBuf, a: &PathBuf| {
        let mut a = args(t, a);
        let t = a.pop().unwrap();
        let text = std::fs::read_to_string(t).unwrap();
        let a: Vec<&str> = a.iter().map(String::as_str).collect();
        run(&a, &text)
    };
    let o = run_with(&token, &anchor);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(stdout(&o).starts_with("Trusted. The token's chain leads to your anchor"));
    assert!(stdout(&o).contains("pass The token's signature verifies"));

    let (token, anchor) = chain_case("expired-intermediate");
    let o = run_with(&token, &anchor);
    assert_eq!(code(&o), 2, "{}", stdout(&o));
    assert!(stdout(&o).contains("FAIL Certificate 2"));
    assert!(stdout(&o).contains("(RFC 5280 §4.1.2.5)"));

    let empty = file("empty.pem", "");
    let o = run_with(&token, &empty);
    assert_eq!(code(&o), 3);
    assert!(
        stderr(&o).contains("Paste the certificate you trust"),
        "{}",
        stderr(&o)
    );
}
