//! A token's status in a Token Status List (draft-ietf-oauth-status-list-17): paste the token,
//! see where its issuer publishes its status and a command that fetches it; paste what the
//! command prints, see the token's entry and what it means (`status_list::Check`); give the
//! list's issuer's key to verify its signature in the crypto worker. The page fetches nothing
//! and keeps nothing.

use leptos::prelude::*;

use authpick_core::site::{INSPECTOR, TOKEN_COMPARE};
use authpick_core::token::protocols::status_list::{
    Check, ListReport, Reference, NOT_VERIFIED, PACKING_SOURCE, REFERENCE_SOURCE, TYPES_SOURCE,
};

use authpick_core::token::service::tools::{failure_text, ToolReply, ToolRequest};
use authpick_core::token::service::verification::{Reported, Tone};

use super::inspector::cite_link::cite_link;
use super::inspector::clock::now;
use super::routes::{href, rel};
use super::tool_worker::ToolWorker;

#[component]
pub fn TokenStatusPage() -> impl IntoView {
    let token = RwSignal::new(String::new());
    let list = RwSignal::new(String::new());
    let heading = super::steps::focused_heading();
    let key = RwSignal::new(String::new());
    let check = Memo::new(move |_| Check::read(&token.get(), &list.get(), now()));
    // The list token's signature, checked in the crypto worker once a key is given.
    let worker = ToolWorker::<(String, String)>::new();
    let asked = Memo::new(move |_| {
        let k = key.get();
        check
            .with(|c| c.list_token.clone())
            .filter(|_| !k.trim().is_empty())
            .map(|t| (t, k))
    });
    Effect::new(move |_| {
        if let Some((token, k)) = asked.get() {
            let request = ToolRequest::Verify {
                token: token.clone(),
                key: k.clone(),
            };
            worker.ask(request, (token, k));
        }
    });
    let verified = Memo::new(move |_| {
        let now_asked = asked.get()?;
        worker.answer.with(|a| match a {
            Some((q, Ok(ToolReply::Verified(Some(r))))) if *q == now_asked => Some(r.clone()),
            _ => None,
        })
    });
    let no_error = Signal::derive(|| None);
    let token_error =
        Signal::derive(move || check.with(|c| c.reference.clone().and_then(Result::err)));
    let list_error = Signal::derive(move || check.with(|c| c.list.clone().and_then(Result::err)));
    view! {
        <div class="page token-compare">
            <h1 node_ref=heading tabindex="-1">"Check a token's status"</h1>
            <p class="muted">
                "A token with a " <code>"status"</code> " claim names a list where its issuer \
                 says whether it has been revoked or suspended. Paste the token to see where, \
                 run the command yourself, and paste what it prints. Nothing leaves your \
                 browser: this page never fetches the list. Give the list's issuer's key to verify \
                 the list below; verify the token itself in the "
                <a href=href(INSPECTOR.path) rel=rel(&INSPECTOR)>"token inspector"</a>
                "; to set two tokens side by side, "
                <a href=href(TOKEN_COMPARE.path) rel=rel(&TOKEN_COMPARE)>"compare two tokens"</a>"."
            </p>
            <div class="compare-inputs">
                <super::token_compare::Paste id="status-token" label="Token with a status claim" value=token error=token_error/>
                <super::token_compare::Paste id="status-list-token" label="Status List Token (what the command prints)" value=list error=list_error/>
                <super::token_compare::Paste id="status-key" label="Its issuer's public key (PEM, JWK or JWKS), to verify it" value=key error=no_error/>
            </div>
            <div role="status" aria-live="polite">
                {move || check.with(|c| c.reference.clone().and_then(Result::ok).map(|r| where_(&r, c.fetch.clone())))}
                {move || check.with(|c| c.list.clone().and_then(Result::ok).map(|l| read(&l, verified.get())))}
                {move || worker.failure.get().map(|f| view! { <p class="field-error">{failure_text(f)}</p> })}
            </div>
        </div>
    }
}

fn where_(r: &Reference, fetch: Option<String>) -> impl IntoView {
    let command = match fetch {
        Some(cmd) => view! {
            <p>"Fetch it with:"</p>
            <pre class="command"><code>{cmd}</code></pre>
        }
        .into_any(),
        None => view! {
            <p class="small">"The address is not a plain https URL, so no command is offered for it."</p>
        }
        .into_any(),
    };
    view! {
        <section aria-labelledby="status-where" class="compare-result">
            <h2 id="status-where">"Where its status is published"</h2>
            <p>
                {r.describe()}" "{cite_link(&REFERENCE_SOURCE)}
            </p>
            {command}
        </section>
    }
}

fn read(l: &ListReport, verified: Option<Reported>) -> impl IntoView {
    let status = l.status.clone().map(|s| match s {
        Ok(status) => view! {
            <p class="status-entry"><strong>"This token's status: "</strong>{status.describe()}" "{cite_link(&TYPES_SOURCE)}</p>
        }
        .into_any(),
        Err(why) => view! { <p class="status-entry"><strong>"No status: "</strong>{why}</p> }.into_any(),
    });
    let problems = (!l.problems.is_empty()).then(|| {
        let items = l
            .problems
            .iter()
            .map(|p| view! { <li>{p.clone()}</li> })
            .collect_view();
        view! {
            <p><strong>"The list token's problems:"</strong></p>
            <ul>{items}</ul>
        }
    });
    view! {
        <section aria-labelledby="status-read" class="compare-result">
            <h2 id="status-read">"What the list says"</h2>
            {status}
            <p>
                {l.size_line()}" "{cite_link(&PACKING_SOURCE)}
            </p>
            {problems}
            {match verified {
                Some(r) => view! {
                    <p class=("verified-list", r.kind.tone() == Tone::Valid)><strong>"Its signature: "</strong>{r.message}</p>
                }.into_any(),
                None => view! { <p class="small muted">{NOT_VERIFIED}</p> }.into_any(),
            }}
        </section>
    }
}
