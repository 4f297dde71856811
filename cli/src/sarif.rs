//! The inspector's report as SARIF 2.1.0 (OASIS), the format code-scanning dashboards read: one
//! rule per kind of finding that occurred, with its fix and its first source as help, and one
//! result per finding. A token that cannot be read is one result of its own.

use serde_json::{json, Value};

use authpick_core::token::checks::findings::Severity;

use crate::inspect::Report;

/// The SARIF version written.
pub const VERSION: &str = "2.1.0";

/// The rule id of a result for input with no token in it.
pub const UNREADABLE: &str = "unreadable-input";

/// SARIF's level for a severity: critical and high are errors, medium a warning, the rest notes.
fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical | Severity::High => "error",
        Severity::Medium => "warning",
        _ => "note",
    }
}

/// The report as a SARIF log; `artifact` names the file the token came from, if it did.
pub fn log(report: &Report, artifact: Option<&str>) -> Value {
    let mut rules: Vec<Value> = Vec::new();
    let mut results: Vec<Value> = Vec::new();
    let locations = artifact.map_or_else(Vec::new, |uri| {
        vec![json!({ "physicalLocation": { "artifactLocation": { "uri": uri } } })]
    });
    if let Some(why) = &report.unreadable {
        rules.push(json!({
            "id": UNREADABLE,
            "shortDescription": { "text": "No token could be read from the input." },
            "defaultConfiguration": { "level": "error" },
        }));
        results.push(json!({
            "ruleId": UNREADABLE,
            "ruleIndex": 0,
            "level": "error",
            "message": { "text": why },
            "locations": locations,
        }));
    }
    for f in &report.findings {
        let index = match rules.iter().position(|r| r["id"] == f.id) {
            Some(i) => i,
            None => {
                let help_uri = f.sources.iter().find_map(|s| s.url);
                let mut rule = json!({
                    "id": f.id,
                    "shortDescription": { "text": f.fix },
                    "help": {
                        "text": format!(
                            "{} Sources: {}.",
                            f.fix,
                            f.sources.iter().map(|s| s.label).collect::<Vec<_>>().join("; ")
                        )
                    },
                    "defaultConfiguration": { "level": level(f.level) },
                    "properties": { "severity": f.severity, "role": f.role },
                });
                if let Some(uri) = help_uri {
                    rule["helpUri"] = json!(uri);
                }
                rules.push(rule);
                rules.len() - 1
            }
        };
        results.push(json!({
            "ruleId": f.id,
            "ruleIndex": index,
            "level": level(f.level),
            "message": { "text": format!("{} {}", sentence(&f.title), f.explanation) },
            "locations": locations,
        }));
    }
    let mut run = json!({
        "tool": {
            "driver": {
                "name": "authpick",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }
        },
        "results": results,
    });
    if let Some(v) = &report.verdict {
        run["properties"] = json!({ "decision": v.decision, "headline": v.headline });
    }
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": VERSION,
        "runs": [run],
    })
}

/// A title as a sentence: with a full stop unless it has one.
fn sentence(title: &str) -> String {
    if title.ends_with(['.', '!', '?']) {
        title.to_string()
    } else {
        format!("{title}.")
    }
}
