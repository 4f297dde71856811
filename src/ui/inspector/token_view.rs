//! The token as pasted, its parts in distinct colours (`TokenParts`, under the field where it
//! is edited), and the decoded header and payload as formatted JSON in their original key
//! order (`TokenView`). What cannot be decoded says why; the rest is still shown.

use leptos::prelude::*;

use super::use_page;
use authpick_core::token::jose::decode::{Decoded, Form, JsonObject, PartError, Segment};

const JWS_PARTS: [Segment; 3] = [Segment::Header, Segment::Payload, Segment::Signature];
const JWE_PARTS: [Segment; 5] = [
    Segment::Header,
    Segment::EncryptedKey,
    Segment::Iv,
    Segment::Ciphertext,
    Segment::Tag,
];

fn part_class(i: usize) -> &'static str {
    ["part-a", "part-b", "part-c", "part-d", "part-e"][i.min(4)]
}

#[component]
pub fn TokenView() -> impl IntoView {
    let shown = use_page().read(|m| m.inspection().map(|i| i.decoded.clone()));
    move || {
        shown.with(|d| {
            Some(match d.as_ref()? {
                Err(e) => view! {
                    <section class="card" aria-labelledby="decoded-heading">
                        <h2 id="decoded-heading">"Decoded"</h2>
                        <p class="field-error">{e.to_string()}</p>
                    </section>
                }
                .into_any(),
                Ok(d) => decoded(d).into_any(),
            })
        })
    }
}

/// The encoded token in colour, part by part, with the colours' legend.
#[component]
pub fn TokenParts() -> impl IntoView {
    let shown = use_page().read(|m| m.inspection().and_then(|i| i.decoded.clone().ok()));
    move || shown.with(|d| d.as_ref().map(parts))
}

fn parts(d: &Decoded) -> impl IntoView {
    let names: &[Segment] = match d.form {
        Form::Jws => &JWS_PARTS,
        Form::Jwe => &JWE_PARTS,
    };
    let coloured = d
        .parts
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let dot = (i > 0).then_some(".");
            view! { {dot}<span class=part_class(i)>{text.clone()}</span> }
        })
        .collect_view();
    let legend = names
        .iter()
        .enumerate()
        .map(|(i, p)| view! { <li><span class=format!("swatch {}", part_class(i))></span>{p.to_string()}</li> })
        .collect_view();
    view! {
        <div class="token-coloured">
            <p class="token-parts mono">{coloured}</p>
            <ul class="part-legend" aria-label="Colours">{legend}</ul>
        </div>
    }
}

fn decoded(d: &Decoded) -> impl IntoView {
    let kind = match d.form {
        Form::Jws => "A signed token (JWS): anyone holding it can read the header and payload.",
        Form::Jwe => "An encrypted token (JWE): only the header can be read.",
    };
    let payload = match (&d.payload, d.form) {
        (Some(p), _) => json_block("Payload", "part-b", Segment::Payload, p.as_ref()).into_any(),
        (None, Form::Jwe) => view! {
            <div class="json-part">
                <h3>"Payload"</h3>
                <p class="notice">
                    "The payload is encrypted: give the recipient's key under “Decrypt the \
                     token” to read it here. A production private key belongs on its server, \
                     not in a browser tab: decrypt with a test key, or one you could let go."
                </p>
            </div>
        }
        .into_any(),
        (None, Form::Jws) => ().into_any(),
    };
    let signature = d.signature.as_ref().map(|s| {
        let text = match s {
            Ok(bytes) if bytes.is_empty() => "Empty: the token is not signed.".to_string(),
            Ok(bytes) => format!("{} bytes.", bytes.len()),
            Err(e) => format!("The signature {e}."),
        };
        view! {
            <div class="json-part">
                <h3><span class="swatch part-c"></span>"Signature"</h3>
                <p>{text}</p>
            </div>
        }
    });
    view! {
        <section class="card" aria-labelledby="decoded-heading">
            <h2 id="decoded-heading">"Decoded"</h2>
            <p>{kind}</p>
            <div class="json-parts">
                {json_block("Header", "part-a", Segment::Header, d.header.as_ref())}
                {payload}
                {signature}
            </div>
        </section>
    }
}

fn json_block(
    title: &'static str,
    class: &'static str,
    part: Segment,
    value: Result<&JsonObject, &PartError>,
) -> impl IntoView {
    let body = match value {
        Ok(o) => view! { <pre class="json" tabindex="0">{o.pretty()}</pre> }.into_any(),
        Err(e) => view! { <p class="field-error">{format!("The {part} {e}.")}</p> }.into_any(),
    };
    view! {
        <div class="json-part">
            <h3><span class=format!("swatch {class}")></span>{title}</h3>
            {body}
        </div>
    }
}
