//! Test keys made in the browser: key pairs by the browser's own WebCrypto (fast, even for
//! RSA), exported as PEM; secrets from its random number generator. Nothing is stored.

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use authpick_core::token::jose::alg::KeyKind;
use authpick_core::token::jose::base64url;
use authpick_core::token::service::draft::pem;

/// A random secret of `bytes` bytes, written as base64url text (its text is the secret).
pub fn secret(bytes: usize) -> Result<String, String> {
    let mut buf = vec![0u8; bytes];
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .ok_or_else(|| "This browser has no random number generator (WebCrypto).".to_string())?
        .get_random_values_with_u8_array(&mut buf)
        .map_err(|e| failed("make random numbers", e))?;
    Ok(base64url::encode(&buf))
}

fn set(o: &Object, key: &str, value: impl Into<JsValue>) {
    let _ = Reflect::set(o, &key.into(), &value.into());
}

fn params(kind: KeyKind) -> Option<Object> {
    let o = Object::new();
    match kind {
        KeyKind::Rsa => {
            // Plain RSA keys: the same key signs RS* and PS*.
            set(&o, "name", "RSASSA-PKCS1-v1_5");
            set(&o, "modulusLength", 2048);
            set(&o, "publicExponent", Uint8Array::from(&[1u8, 0, 1][..]));
            set(&o, "hash", "SHA-256");
        }
        KeyKind::P256 | KeyKind::P384 | KeyKind::P521 => {
            set(&o, "name", "ECDSA");
            // "P-256", "P-384", "P-521": WebCrypto's names are the kinds' names.
            set(&o, "namedCurve", kind.name());
        }
        KeyKind::Ed25519 => set(&o, "name", "Ed25519"),
        // Secrets are not key pairs, and the workbench signs with no other kind.
        _ => return None,
    }
    Some(o)
}

fn failed(what: &str, e: JsValue) -> String {
    let detail = e
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_default();
    format!("The browser could not {what}: {detail}")
}

async fn export(
    subtle: &web_sys::SubtleCrypto,
    format: &str,
    key: &JsValue,
) -> Result<Vec<u8>, String> {
    let key: web_sys::CryptoKey = key.clone().unchecked_into();
    let promise = subtle
        .export_key(format, &key)
        .map_err(|e| failed("export the key", e))?;
    let buffer = JsFuture::from(promise)
        .await
        .map_err(|e| failed("export the key", e))?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// A new key pair of `kind`: the signing key as PKCS#8 PEM, the verifying one as
/// SubjectPublicKeyInfo PEM.
pub async fn key_pair(kind: KeyKind) -> Result<(String, String), String> {
    let params =
        params(kind).ok_or("Only RSA, P-256, P-384, P-521 and Ed25519 pairs are made here.")?;
    let subtle = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.subtle())
        .ok_or("This browser has no WebCrypto.")?;
    let usages = Array::of2(&"sign".into(), &"verify".into());
    let promise = subtle
        .generate_key_with_object(&params, true, &usages)
        .map_err(|e| failed("generate a key pair", e))?;
    let pair = JsFuture::from(promise)
        .await
        .map_err(|e| failed("generate a key pair", e))?;
    let private =
        Reflect::get(&pair, &"privateKey".into()).map_err(|e| failed("read the key", e))?;
    let public = Reflect::get(&pair, &"publicKey".into()).map_err(|e| failed("read the key", e))?;
    Ok((
        pem("PRIVATE KEY", &export(&subtle, "pkcs8", &private).await?),
        pem("PUBLIC KEY", &export(&subtle, "spki", &public).await?),
    ))
}
