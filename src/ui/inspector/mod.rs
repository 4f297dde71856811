//! The token inspector's page: paste a token, see it decoded and described, verify it with a
//! key, read what is wrong with it, or make one in the workbench. It is an app of its own
//! (src/bin/inspector.rs) sharing the header, footer and preferences with the guide.
//!
//! The page is the core's `token::inspector::Inspector` on screen. It holds that model in one
//! signal, forwards every event to it as an `Act`, carries out the `Command`s it returns
//! (the worker, storage, focus, the browser's random numbers and key pairs) and renders what
//! the model says. Nothing here decides what is sent or what a reply means. Nothing typed here
//! is sent, put in the address bar or stored, except the token when the user ticks "Remember".

mod bound_token;
pub(crate) mod cite_link;
mod claims_table;
pub(crate) mod clock;
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
mod tone;
mod verdict_banner;
mod verify_panel;
mod workbench;
pub(crate) mod worker;

use leptos::prelude::*;

use super::layout::{Footer, Header};
use super::part_link::PartLink;
use super::prefs::UiState;
use super::steps::later;
use super::storage;
use authpick_core::site::{INSPECTOR, TOKEN_CHAIN, TOKEN_COMPARE, TOKEN_KIT, TOKEN_STATUS};
use authpick_core::token::inspector::{Act, Bench, Command, Inspector};

/// Replaces the inspector's built copy with the app.
pub fn start() {
    // The header, footer and introduction, the token's side, what it says, and the workbench,
    // each in a task of its own (`steps`).
    super::steps::mount_in_steps(App);
}

/// The page's handle on its model: what the components read and where they send what happens.
#[derive(Clone, Copy)]
pub struct Page {
    model: RwSignal<Inspector>,
    worker: worker::CryptoWorker,
    ui: UiState,
}

impl Page {
    /// Tells the model what happened and carries out what it asks.
    pub fn act(self, act: Act) {
        let commands = self.model.try_update(|m| m.update(act)).unwrap_or_default();
        for command in commands {
            match command {
                Command::Worker(action) => self.worker.perform(self, action),
                Command::Save(token) => self.ui.report(storage::save_token(&token)),
                Command::Forget => self.ui.report(storage::forget_token()),
                Command::FocusToken => focus("token-input"),
                // The workbench's fields are built once it is open, on the next frame.
                Command::FocusWorkbench => request_animation_frame(|| focus("wb-header")),
                Command::Draw { bytes, purpose } => self.act(Act::Bench(Bench::Drawn {
                    purpose,
                    result: keygen::secret(bytes),
                })),
                Command::MakePair(kind) => leptos::task::spawn_local(async move {
                    let pair = keygen::key_pair(kind).await;
                    self.act(Act::Bench(Bench::PairMade { kind, pair }));
                }),
            }
        }
    }

    /// A part of the page, read from the model: it changes only when that part does. A plain
    /// function, not a closure: the memo's code is then made once per type read, not once per
    /// part of the page, which keeps the page's module small.
    pub fn read<R>(self, part: fn(&Inspector) -> R) -> Memo<R>
    where
        R: PartialEq + Send + Sync + 'static,
    {
        Memo::new(move |_| self.model.with(part))
    }

    /// Like `read`, for a part that depends on something besides the model.
    pub fn read_with<R, A>(self, arg: A, part: fn(&Inspector, A) -> R) -> Memo<R>
    where
        R: PartialEq + Send + Sync + 'static,
        A: Copy + Send + Sync + 'static,
    {
        Memo::new(move |_| self.model.with(|m| part(m, arg)))
    }

    /// Reads the model once, for an event handler.
    pub fn peek<R>(self, f: impl FnOnce(&Inspector) -> R) -> R {
        self.model.with_untracked(f)
    }
}

fn focus(id: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
            let _ = el.focus();
        }
    }
}

#[component]
fn App() -> impl IntoView {
    let ui = UiState::install();
    provide_context(ui);
    let page = Page {
        model: RwSignal::new(Inspector::new(clock::now())),
        worker: worker::CryptoWorker::new(),
        ui,
    };
    provide_context(page);
    // A remembered token comes back only if the user asked for that last time.
    match storage::load_token() {
        Ok(Some(token)) if !token.is_empty() => page.act(Act::Restored {
            token,
            now: clock::now(),
        }),
        Ok(_) => {}
        Err(p) => ui.report(Err(p)),
    }
    // The worker starts when the browser is next idle, after the page's own start (compiling
    // its module then does not slow that down), or at the first request if that is sooner.
    worker::when_idle(move || page.act(Act::Idle));
    // Relative times and expiry findings follow the clock while the page is open.
    let _ = set_interval_with_handle(
        move || page.act(Act::Tick(clock::now())),
        std::time::Duration::from_secs(30),
    );
    view! {
        <PartLink to="main" class="skip-link">"Skip to content"</PartLink>
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
    let page = use_page();
    let phase = page.read(|m| m.phase().name());
    view! {
        <div class="page inspector" data-crypto=move || phase.get()>
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
             key and read what is wrong with it. Also: "
            <a href=super::routes::href(TOKEN_COMPARE.path) rel=super::routes::rel(&TOKEN_COMPARE)>
                "compare two tokens"
            </a>
            ", "
            <a href=super::routes::href(TOKEN_STATUS.path) rel=super::routes::rel(&TOKEN_STATUS)>
                "check a token's status"
            </a>
            ", "
            <a href=super::routes::href(TOKEN_CHAIN.path) rel=super::routes::rel(&TOKEN_CHAIN)>
                "check a certificate chain"
            </a>
            ", "
            <a href=super::routes::href(TOKEN_KIT.path) rel=super::routes::rel(&TOKEN_KIT)>
                "test your verifier"
            </a>
            "."
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

pub fn use_page() -> Page {
    expect_context::<Page>()
}
