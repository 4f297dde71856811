//! A test kit for the user's own verifier: from one of their tokens and their key, the tokens a
//! correct verifier must reject, each with the rule it tests and its source, and the one it must
//! accept (`token::kit` decides them; the crypto worker signs them). Exported as JSON or as a
//! shell script of curl commands for an address the user types. The page sends nothing and
//! keeps nothing.

use leptos::prelude::*;

use authpick_core::site::{INSPECTOR, TOKEN_CHAIN};
use authpick_core::token::kit::{
    from_token, made, to_json, to_script, Case, Made, Must, ALLOWED_ONLY,
};
use authpick_core::token::service::tools::{failure_text, ToolReply, ToolRequest};

use super::inspector::cite_link::cite_link;
use super::inspector::clock::now;
use super::routes::{href, rel};
use super::token_compare::Paste;
use super::tool_worker::ToolWorker;

#[component]
pub fn TokenKitPage() -> impl IntoView {
    let token = RwSignal::new(String::new());
    let key = RwSignal::new(String::new());
    let public = RwSignal::new(String::new());
    let url = RwSignal::new(String::new());
    let header = RwSignal::new("Authorization".to_string());
    let heading = super::steps::focused_heading();
    let worker = ToolWorker::<Vec<Case>>::new();
    let cases = Memo::new(move |_| {
        let t = token.get();
        (!t.trim().is_empty()).then(|| from_token(&t, None, now()).map_err(|e| e.to_string()))
    });
    let token_error = Signal::derive(move || cases.get().and_then(Result::err));
    let no_error = Signal::derive(|| None);
    let make = move |_| {
        let Some(Ok(cases)) = cases.get_untracked() else {
            return;
        };
        let public = public.get_untracked();
        let public = (!public.trim().is_empty()).then_some(public);
        let request = ToolRequest::kit(&cases, &key.get_untracked(), public.as_deref());
        worker.ask(request, cases);
    };
    // The kit for the token on the page now: `None` until the worker has signed it.
    let kit = Memo::new(move |_| {
        let current = cases.get().and_then(Result::ok)?;
        worker.answer.with(|a| match a {
            Some((asked, reply)) if *asked == current => Some(match reply {
                Ok(ToolReply::Kit(tokens)) => made(asked.clone(), tokens.clone()),
                Ok(_) => Err("The worker answered another tool.".into()),
                Err(e) => Err(e.clone()),
            }),
            _ => None,
        })
    });
    let script_error = Signal::derive(move || {
        let u = url.get();
        kit.with(|k| match k {
            Some(Ok(m)) if !u.is_empty() => {
                to_script(m, &u, &header.get()).err().map(|e| e.to_string())
            }
            _ => None,
        })
    });
    let json = move |_| {
        if let Some(Ok(m)) = kit.get_untracked() {
            super::download::save_file("authpick-kit.json", "application/json", &to_json(&m));
        }
    };
    let script = move |_| {
        if let Some(Ok(m)) = kit.get_untracked() {
            if let Ok(text) = to_script(&m, &url.get_untracked(), &header.get_untracked()) {
                super::download::save_file("authpick-kit.sh", "text/x-shellscript", &text);
            }
        }
    };
    let state = move || match (kit.get(), worker.failure.get()) {
        (_, Some(_)) => "failed",
        (Some(_), _) => "done",
        _ => "waiting",
    };
    view! {
        <div class="page token-compare token-kit" data-kit=state>
            <h1 node_ref=heading tabindex="-1">"Test your verifier"</h1>
            <p class="muted">
                "From one of your tokens and your key, the tokens a correct verifier must reject \
                 (each with the rule it tests and its source) and the one it must accept. Send \
                 them to your own API with the script, and every answer should match. Nothing \
                 leaves your browser: the tokens are signed here. To read a token, use the "
                <a href=href(INSPECTOR.path) rel=rel(&INSPECTOR)>"token inspector"</a>
                "; to check a certificate chain, "
                <a href=href(TOKEN_CHAIN.path) rel=rel(&TOKEN_CHAIN)>"check a certificate chain"</a>"."
            </p>
            <p class="notice"><strong>{ALLOWED_ONLY}</strong></p>
            <div class="compare-inputs">
                <Paste id="kit-token" label="One of your tokens" value=token error=token_error/>
                <Paste id="kit-key" label="Your signing key: the secret (as text), or the private key as PEM or JWK" value=key error=no_error/>
                <Paste id="kit-public" label="Your public key as PEM, for the key-confusion token (optional)" value=public error=no_error/>
            </div>
            <p>
                <button type="button" class="button primary" on:click=make
                    disabled=move || !matches!(cases.get(), Some(Ok(_))) || key.get().trim().is_empty()>
                    "Make the kit"
                </button>
            </p>
            <div role="status" aria-live="polite">
                {move || worker.failure.get().map(|f| view! { <p class="field-error">{failure_text(f)}</p> })}
                {move || kit.get().map(|k| match k {
                    Ok(m) => list(&m).into_any(),
                    Err(why) => view! { <p class="field-error">{why}</p> }.into_any(),
                })}
            </div>
            <section aria-labelledby="kit-export" class="compare-result" hidden=move || !matches!(kit.get(), Some(Ok(_)))>
                <h2 id="kit-export">"Export"</h2>
                <p><button type="button" class="button" on:click=json>"Download as JSON"</button></p>
                <div class="compare-inputs">
                    <div class="paste">
                        <label for="kit-url">"Address of your API, for the script"</label>
                        <input id="kit-url" type="text" inputmode="url" autocomplete="off" spellcheck="false"
                            aria-invalid=move || script_error.get().is_some().to_string() aria-describedby="kit-url-error"
                            prop:value=move || url.get() on:input=move |ev| url.set(event_target_value(&ev))/>
                        <p id="kit-url-error" class="small field-error">{script_error}</p>
                    </div>
                    <div class="paste">
                        <label for="kit-header">"Header to send each token in"</label>
                        <input id="kit-header" type="text" autocomplete="off" spellcheck="false"
                            prop:value=move || header.get() on:input=move |ev| header.set(event_target_value(&ev))/>
                    </div>
                </div>
                <p>
                    <button type="button" class="button" on:click=script
                        disabled=move || url.get().is_empty() || script_error.get().is_some()>
                        "Download as a shell script"
                    </button>
                </p>
            </section>
        </div>
    }
}

fn list(made: &[Made]) -> impl IntoView {
    let items = made
        .iter()
        .map(|m| {
            let must = match m.case.must {
                Must::Accept => "Must accept: ",
                Must::Reject => "Must reject: ",
            };
            let token = match &m.token {
                Ok(t) => view! { <code class="kit-token">{t.clone()}</code> }.into_any(),
                Err(why) => view! { <span class="field-error">{format!("Not made: {why}")}</span> }
                    .into_any(),
            };
            view! {
                <li data-case=m.case.id>
                    <strong>{must}</strong>{m.case.tries}" "{cite_link(&m.case.source)}<br/>
                    {token}
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="kit-tokens" class="compare-result">
            <h2 id="kit-tokens">{format!("The kit: {} tokens", made.len())}</h2>
            <ol class="kit-list">{items}</ol>
        </section>
    }
}
