//! Where the token's issuer publishes its keys (`token::protocols::discovery`): the two metadata addresses
//! and a command that prints the JWKS, for a signed token that names an issuer. Shown, never
//! fetched: the page makes no request.

use leptos::prelude::*;

use super::cite_link::cite_link;
use super::use_page;
use authpick_core::token::protocols::discovery::{command, for_token, SOURCES, WHY_NOT_FETCHED};

#[component]
pub fn KeyDiscovery() -> impl IntoView {
    let offered = use_page().read(|m| m.inspection().and_then(for_token));
    move || {
        offered.get().map(|found| {
            let body = match found {
                Ok(d) => view! {
                    <p>"The issuer, "<code>{d.issuer.clone()}</code>", describes itself at one of \
                        these addresses; the document's "<code>"jwks_uri"</code>" names its keys."</p>
                    <dl class="discovery-urls">
                        <dt>"OpenID Connect discovery"</dt>
                        <dd><code>{d.openid.clone()}</code></dd>
                        <dt>"OAuth server metadata"</dt>
                        <dd><code>{d.oauth.clone()}</code></dd>
                    </dl>
                    <p>"To print the JWKS (with curl and jq), then paste it above as a public key:"</p>
                    <pre class="command"><code>{command(&d.openid)}</code></pre>
                    <p class="muted small">"For a server that only publishes OAuth metadata: "</p>
                    <pre class="command"><code>{command(&d.oauth)}</code></pre>
                    <p class="muted small">{WHY_NOT_FETCHED}</p>
                }
                .into_any(),
                Err(why) => view! { <p>{why.message()}</p> }.into_any(),
            };
            let sources = SOURCES
                .iter()
                .map(|c| view! { <li>{cite_link(c)}</li> })
                .collect_view();
            view! {
                <details class="discovery">
                    <summary>"Where does the issuer publish its keys?"</summary>
                    {body}
                    <ul class="cites" aria-label="Sources">{sources}</ul>
                </details>
            }
        })
    }
}
