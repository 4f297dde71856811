//! A certificate chain checked against the trust anchor the user pastes: the token's `x5c` (or
//! a pasted chain) read on the page (`chain::form`), each certificate and signature checked in
//! the crypto worker (`authpick_crypto::chain`), and the facts judged on the page
//! (`chain::judge`). The page sends nothing anywhere and keeps nothing.

use leptos::prelude::*;

use authpick_core::site::{INSPECTOR, TOKEN_COMPARE};
use authpick_core::token::checks::chain::form::{shown, FormField, Shown};
use authpick_core::token::checks::chain::input::Inputs;
use authpick_core::token::checks::chain::judge::{judge, Report};
use authpick_core::token::service::tools::{failure_text, ToolReply, ToolRequest};

use super::inspector::cite_link::cite_link;
use super::inspector::clock::now;
use super::routes::{href, rel};
use super::token_compare::Paste;
use super::tool_worker::ToolWorker;

#[component]
pub fn TokenChainPage() -> impl IntoView {
    let token = RwSignal::new(String::new());
    let chain = RwSignal::new(String::new());
    let anchors = RwSignal::new(String::new());
    let heading = super::steps::focused_heading();
    let worker = ToolWorker::<Inputs>::new();
    let form = Memo::new(move |_| shown(&token.get(), &chain.get(), &anchors.get()));
    Effect::new(move |_| {
        if let Shown::Check(inputs) = form.get() {
            worker.ask(ToolRequest::Chain(inputs.clone()), inputs);
        }
    });
    // The answer to what the form holds now, judged: `None` while the worker works on it.
    let result = Memo::new(move |_| {
        let Shown::Check(inputs) = form.get() else {
            return None;
        };
        worker.answer.with(|a| match a {
            Some((asked, reply)) if *asked == inputs => Some(match reply {
                Ok(ToolReply::Chain(Ok(facts))) => {
                    let issued = inputs.token.as_ref().and_then(|t| t.issued_at);
                    Ok(judge(facts, inputs.from, issued, now()))
                }
                Ok(ToolReply::Chain(Err(e))) | Err(e) => Err(e.clone()),
                Ok(_) => Err("The worker answered another tool.".into()),
            }),
            _ => None,
        })
    });
    let state = move || match (form.get(), result.get(), worker.failure.get()) {
        (Shown::Check(_), _, Some(_)) => "failed",
        (Shown::Check(_), None, None) => "checking",
        (Shown::Check(_), Some(_), _) => "done",
        _ => "waiting",
    };
    let problem = move |field| Signal::derive(move || form.with(|f| f.problem_in(field)));
    view! {
        <div class="page token-compare token-chain" data-chain=state>
            <h1 node_ref=heading tabindex="-1">"Check a certificate chain"</h1>
            <p class="muted">
                "A token's " <code>"x5c"</code> " header carries the certificates of the key \
                 that signed it. The token chose them itself, so they prove nothing until the \
                 chain leads to a certificate you already trust: your trust anchor. Paste the \
                 token (or the chain of a token without " <code>"x5c"</code> ") and your \
                 anchor. Nothing leaves your browser. To read the token itself, use the "
                <a href=href(INSPECTOR.path) rel=rel(&INSPECTOR)>"token inspector"</a>
                "; to set two tokens side by side, "
                <a href=href(TOKEN_COMPARE.path) rel=rel(&TOKEN_COMPARE)>"compare two tokens"</a>"."
            </p>
            <div class="compare-inputs chain-inputs">
                <Paste id="chain-token" label="Token with an x5c header" value=token error=problem(FormField::Token)/>
                <Paste id="chain-anchors" label="Your trust anchor (PEM certificates)" value=anchors error=problem(FormField::Anchors)/>
                <Paste id="chain-pem" label="Chain as PEM, for a token without x5c (optional)" value=chain error=problem(FormField::Chain)/>
            </div>
            <p class="small muted">
                "Checked: the token's signature by the first certificate's key, each signature \
                 up the chain to your anchor, validity now and when the token was issued, basic \
                 constraints, path length, key usage and critical extensions (RFC 5280 §6.1). \
                 Not checked: revocation (it would need the network), name constraints and \
                 certificate policies; a certificate that marks them critical fails."
            </p>
            <div role="status" aria-live="polite">
                {move || match form.get() {
                    Shown::Next(next) => Some(view! { <p class="chain-next">{next}</p> }.into_any()),
                    _ => None,
                }}
                {move || worker.failure.get().map(|f| view! { <p class="field-error">{failure_text(f)}</p> })}
                {move || result.get().map(|r| match r {
                    Ok(report) => verdict(&report).into_any(),
                    Err(why) => view! { <p class="field-error">{why}</p> }.into_any(),
                })}
            </div>
        </div>
    }
}

fn verdict(r: &Report) -> impl IntoView {
    let lines = r
        .lines
        .iter()
        .map(|l| {
            let cite = l.rule.cite();
            view! {
                <li class=if l.ok { "chain-pass" } else { "chain-fail" }>
                    <strong>{if l.ok { "Passed: " } else { "Failed: " }}</strong>
                    {l.text.clone()}" "{cite_link(&cite)}
                </li>
            }
        })
        .collect_view();
    let certs = r
        .certs
        .iter()
        .map(|c| {
            view! {
                <li>
                    <strong>{c.role.clone()}</strong>": "<code>{c.subject.clone()}</code><br/>
                    "Issued by "<code>{c.issuer.clone()}</code><br/>
                    "Valid "{c.valid.clone()}
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="chain-verdict" class="compare-result">
            <h2 id="chain-verdict">"Verdict"</h2>
            <p class=if r.trusted { "chain-headline trusted" } else { "chain-headline untrusted" }>
                <strong>{r.headline.clone()}</strong>
            </p>
            <h3>"Checks"</h3>
            <ul class="chain-lines">{lines}</ul>
            <h3>"Certificates"</h3>
            <ol class="chain-certs">{certs}</ol>
        </section>
    }
}
