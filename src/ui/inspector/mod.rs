//! The token inspector's page: paste a token, see it decoded and described, verify it with a
//! key, read what is wrong with it, or make one in the workbench. It is an app of its own
//! (src/bin/inspector.rs) sharing the header, footer and preferences with the guide. All the
//! work is the core's: `token::checks::report` runs here, while verifying, the secret search and
//! signing run in a Web Worker (`worker`) through `token::service::messages`; this only renders results.
//! Nothing typed here is sent, put in the address bar or stored, except the token when the
//! user ticks "Remember".

mod bound_token;
mod cite_link;
mod claims_table;
mod clock;
mod decrypted;
mod dpop_request;
mod examples;
mod findings_list;
mod input;
mod key_discovery;
mod keygen;
mod sd_jwt;
mod secret_search;
mod size_panel;
mod token_view;
mod verdict_banner;
mod verify_panel;
mod workbench;
mod worker;

use leptos::prelude::*;

use super::layout::{Footer, Header};
use super::prefs::UiState;
use super::steps::later;
use super::storage;
use authpick_core::site::INSPECTOR;
use authpick_core::token::checks::findings::{Conditions, Finding};
use authpick_core::token::checks::report::{all_findings, inspect, Inspection, Verdicts};
use authpick_core::token::forms::key_form::{Checked, KeyForm};
use authpick_core::token::forms::remember::{storing, Storing};
use authpick_core::token::jose::jwe::Decrypted;
use authpick_core::token::jose::key::KeyInput;
use authpick_core::token::protocols::layers::Outer;
use authpick_core::token::service::dispatch::{Phase, Slot};
use authpick_core::token::service::messages::{key_request, Reply};
use authpick_core::token::service::verification::{Reported, SearchResult};
use authpick_core::tradeoffs::input::parse_amount;

/// Replaces the built copy of `inspector.html` with the app.
pub fn start() {
    // The header, footer and introduction, the token's side, what it says, and the workbench,
    // each in a task of its own (`steps`).
    super::steps::mount_in_steps(App);
}

/// Everything the user has typed on the page, and what follows from it.
#[derive(Clone, Copy)]
pub struct InspectorState {
    pub input: RwSignal<String>,
    pub remember: RwSignal<bool>,
    pub requests_per_day: RwSignal<String>,
    /// The verification form (`authpick_core::token::forms::key_form`).
    pub key_form: RwSignal<KeyForm>,
    /// Seconds since 1970: taken when the input changes and every half minute, so relative
    /// times ("expires in 3 min") stay true while the page is open.
    pub now: RwSignal<i64>,
    pub inspection: Memo<Option<Result<Inspection, String>>>,
    /// Whether a token was found (changes far less often than the inspection).
    pub has_token: Memo<bool>,
    /// The token alone: what verification, the secret search and "remember" depend on.
    pub token: Memo<Option<String>>,
    /// The verification result for the current token and key, once the worker has sent it.
    pub verification: Memo<Option<Reported>>,
    /// The decryption of a JWE with the current key, once the worker has sent it: never stored.
    pub decryption: Memo<Option<Result<Decrypted, String>>>,
    /// The encrypted token the shown token came out of, when the user opened a nested JWT.
    pub outer: RwSignal<Option<Outer>>,
    /// How long the worker took for the last verification, in milliseconds (for the tests
    /// that hold it to its budget; shown to no one).
    pub verify_ms: RwSignal<Option<f64>>,
    pub search: RwSignal<Option<secret_search::SearchState>>,
    pub findings: Memo<Vec<Finding>>,
    pub crypto: worker::CryptoWorker,
}

impl InspectorState {
    fn new(crypto: worker::CryptoWorker) -> Self {
        let input = RwSignal::new(String::new());
        let requests_per_day = RwSignal::new("1,000,000".to_string());
        let now = RwSignal::new(clock::now());
        let inspection = Memo::new(move |_| {
            let text = input.get();
            (!text.trim().is_empty()).then(|| inspect(&text, now.get()).map_err(|e| e.to_string()))
        });
        let has_token = Memo::new(move |_| inspection.with(|i| matches!(i, Some(Ok(_)))));
        let token = Memo::new(move |_| {
            inspection.with(|i| match i {
                Some(Ok(i)) => Some(i.token.clone()),
                _ => None,
            })
        });
        let key_form = RwSignal::new(KeyForm::default());
        let key = Memo::new(move |_| key_form.with(KeyForm::key));
        let checked = RwSignal::new(None::<Checked>);
        let opened = RwSignal::new(None::<Checked<Result<Decrypted, String>>>);
        let verify_ms = RwSignal::new(None::<f64>);
        // A signed token is verified with the key, an encrypted one decrypted (`key_request`).
        Effect::new(move |_| match (token.get(), key.get()) {
            (Some(token), Some(key)) if crypto.failure().is_none() => {
                let request = key_request(token.clone(), key.clone());
                crypto.send(Slot::Verify, request, move |reply, ms| {
                    verify_ms.set(Some(ms));
                    match reply {
                        Reply::Verified(result) => {
                            checked.set(Some(Checked { token, key, result }))
                        }
                        Reply::Decrypted(result) => {
                            opened.set(Some(Checked { token, key, result }))
                        }
                        _ => {}
                    }
                })
            }
            _ => {
                crypto.cancel(Slot::Verify);
                checked.set(None);
                opened.set(None);
            }
        });
        let verification = Memo::new(move |_| {
            checked.with(|c| {
                let c = c.as_ref()?;
                token.with(|t| key.with(|k| c.about(t.as_deref(), k.as_ref())?.clone()))
            })
        });
        let decryption = Memo::new(move |_| {
            opened.with(|c| {
                let c = c.as_ref()?;
                token.with(|t| key.with(|k| c.about(t.as_deref(), k.as_ref()).cloned()))
            })
        });
        let search = RwSignal::new(None::<secret_search::SearchState>);
        let weak_secret = Memo::new(move |_| {
            search.with(|s| match s.as_ref().and_then(|s| s.result.as_ref()) {
                Some(SearchResult::Found(secret)) => Some(secret.clone()),
                _ => None,
            })
        });
        // A memo, so typing a public key does not re-run the findings.
        let secret_len = Memo::new(move |_| key_form.with(KeyForm::secret_len));
        let findings = Memo::new(move |_| {
            let conditions = Conditions {
                now: now.get(),
                requests_per_day: parse_amount(&requests_per_day.get()).unwrap_or(0.0),
            };
            let verification = verification.get();
            let weak_secret = weak_secret.get();
            let verdicts = Verdicts {
                verification: verification.as_ref(),
                secret_bytes: secret_len.get(),
                weak_secret: weak_secret.as_deref(),
            };
            inspection.with(|i| match i {
                Some(Ok(i)) => all_findings(i, &conditions, verdicts),
                _ => Vec::new(),
            })
        });
        InspectorState {
            input,
            remember: RwSignal::new(false),
            requests_per_day,
            key_form,
            now,
            inspection,
            has_token,
            token,
            verification,
            decryption,
            outer: RwSignal::new(None),
            verify_ms,
            search,
            findings,
            crypto,
        }
    }

    /// Shows a token in the inspector, with the key to verify it, and moves focus there.
    pub fn open(self, token: String, key: Option<KeyInput>) {
        self.now.set(clock::now());
        self.input.set(token);
        self.key_form.update(|f| *f = f.opened(key));
        if let Some(el) = document().get_element_by_id("token-input") {
            if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                let _ = el.focus();
            }
        }
    }
}

#[component]
fn App() -> impl IntoView {
    let ui = UiState::install();
    provide_context(ui);
    let state = InspectorState::new(worker::CryptoWorker::start());
    provide_context(state);
    // A remembered token comes back only if the user asked for that last time.
    match storage::load_token() {
        Ok(Some(token)) if !token.is_empty() => {
            state.remember.set(true);
            state.input.set(token);
        }
        Ok(_) => {}
        Err(p) => ui.report(Err(p)),
    }
    Effect::new(move |_| {
        let token = state.token.get();
        // The inner token of a decrypted JWE is never stored (`Outer::holds`).
        let decrypted = state
            .outer
            .with(|o| o.as_ref().is_some_and(|o| o.holds(token.as_deref())));
        let result = match storing(state.remember.get(), token.as_deref(), decrypted) {
            Storing::Save(token) => storage::save_token(token),
            Storing::Leave => Ok(()),
            Storing::Forget => storage::forget_token(),
        };
        ui.report(result);
    });
    secret_search::install(state);
    // A worker that stops answers nothing more: a search it was running is not "checking" any
    // longer, and the panel says why.
    Effect::new(move |_| {
        if matches!(state.crypto.phase.get(), Phase::Failed(_))
            && state
                .search
                .with_untracked(|s| s.as_ref().is_some_and(|s| s.result.is_none()))
        {
            state.search.set(None);
        }
    });
    // Relative times and expiry findings follow the clock while the page is open.
    let _ = set_interval_with_handle(
        move || state.now.set(clock::now()),
        std::time::Duration::from_secs(30),
    );
    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        {later(1, SiteHeader)}
        <main id="main" tabindex="-1">
            <InspectorPage/>
        </main>
        {later(1, Footer)}
    }
}

#[component]
fn SiteHeader() -> impl IntoView {
    view! { <Header current=Signal::derive(|| INSPECTOR.path.to_string())/> }
}

#[component]
fn InspectorPage() -> impl IntoView {
    let state = use_inspector();
    view! {
        <div class="page inspector" data-crypto=move || state.crypto.phase.get().name()>
            {later(1, Intro)}
            {later(2, examples::ExamplePicker)}
            // From about 1,024 px the token sits on the left and what it says on the right, so
            // the verdict is in view as soon as a token is pasted (style/inspector.css).
            <div class="inspector-columns">
                <div class="inspector-left">{later(2, TokenSide)}</div>
                <div class="inspector-right">{later(3, Findings)}</div>
            </div>
            {later(4, workbench::Workbench)}
        </div>
    }
}

/// What the page is for, and what it does with what is typed.
#[component]
fn Intro() -> impl IntoView {
    let ui = super::prefs::use_ui();
    view! {
        <h1>"Token inspector"</h1>
        <p class="lede">
            "Paste a JWT to see its header and claims decoded, verify its signature with your \
             key and read what is wrong with it."
        </p>
        <p class="privacy notice">
            <strong>"Nothing leaves this browser. "</strong>
            "The token, secrets and keys you enter are never sent, never put in the address \
             bar and never stored, unless you tick “Remember this token” (then the token \
             only, on this device)."
        </p>
        {move || ui.storage_problem.get().map(|p| view! { <p class="notice" role="status">{p.token_message()}</p> })}
    }
}

/// The token's text area and its parts.
#[component]
fn TokenSide() -> impl IntoView {
    view! {
        <input::TokenInput/>
        <token_view::TokenParts/>
    }
}

/// What the token says and what is wrong with it, beside or below the token.
#[component]
fn Findings() -> impl IntoView {
    view! {
        <decrypted::LayerBanner/>
        <verdict_banner::VerdictBanner/>
        <token_view::TokenView/>
        <verify_panel::VerifyPanel/>
        <findings_list::FindingsList/>
        <sd_jwt::SdJwtPanel/>
        <bound_token::BoundToken/>
        <dpop_request::DpopRequest/>
        <claims_table::ClaimsTables/>
        <size_panel::SizePanel/>
    }
}

pub fn use_inspector() -> InspectorState {
    expect_context::<InspectorState>()
}
