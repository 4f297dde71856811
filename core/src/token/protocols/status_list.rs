//! Token Status List (draft-ietf-oauth-status-list-17, not yet an RFC): a token's `status`
//! claim points at an index in a list its issuer publishes as a signed Status List Token, whose
//! `status_list` claim packs one status of 1, 2, 4 or 8 bits per token into a ZLIB-compressed
//! byte array.
//!
//! This module reads both sides, inflates the array under a size cap and reads its entries. No
//! page fetches a list: it shows the address and a command that fetches it, and reads a Status
//! List Token the user pastes (`Check`).

use std::fmt;

use serde_json::{Map, Value};

use crate::token::cite::{cite, Cite};
use crate::token::jose::base64url;

/// Where a Referenced Token's `status` claim is defined (the claims table's citation).
pub const REFERENCE_SOURCE: Cite = crate::token::jose::claims::STATUS_LIST;

/// Where a Status List Token's header and claims are defined.
pub const TOKEN_SOURCE: Cite = crate::token::jose::claims::STATUS_LIST_TOKEN;

/// Where the packing of statuses into bytes is defined.
pub const PACKING_SOURCE: Cite = cite(
    "draft-ietf-oauth-status-list-17 §4.1",
    "https://datatracker.ietf.org/doc/html/draft-ietf-oauth-status-list-17#section-4.1",
);

/// Where the status values are defined.
pub const TYPES_SOURCE: Cite = cite(
    "draft-ietf-oauth-status-list-17 §7.1",
    "https://datatracker.ietf.org/doc/html/draft-ietf-oauth-status-list-17#section-7.1",
);

/// The Status List Token's `typ` (§5.1).
pub const TYP: &str = "statuslist+jwt";

/// The media type a Status Provider returns a JWT list as (§8.1), asked for by the command.
pub const MEDIA_TYPE: &str = "application/statuslist+jwt";

/// The largest inflated list read: 8 MiB holds 2^23 statuses of 8 bits or 2^26 of 1 bit, far
/// more than the 2^20 entries of the draft's test vectors, and a page can hold it. A list that
/// inflates beyond it is refused rather than allowed to fill the browser's memory.
pub const MAX_LIST_BYTES: usize = 8 << 20;

/// A token's reference into a status list: its `status.status_list` (§6.2).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reference {
    /// The token's position in the list.
    pub idx: u64,
    /// The Status List Token's address, as the token gives it.
    pub uri: String,
}

/// Why a `status` claim or a `status_list` claim cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StatusError {
    /// The claim is not a JSON object.
    NotAnObject(&'static str),
    /// `status` names no `status_list`: another status mechanism this page does not read.
    OtherMechanism(Vec<String>),
    /// A required member is missing.
    Missing(&'static str),
    /// `idx` is not a non-negative integer.
    BadIndex,
    /// `uri` is not a string.
    BadUri,
    /// `bits` is not 1, 2, 4 or 8.
    BadBits(String),
    /// `lst` is not base64url.
    BadEncoding,
    /// The inflated list is larger than `MAX_LIST_BYTES`.
    TooLarge,
    /// `lst` is not ZLIB-compressed data.
    NotZlib,
}

impl fmt::Display for StatusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StatusError::NotAnObject(name) => write!(f, "The {name} claim is not a JSON object."),
            StatusError::OtherMechanism(names) => write!(
                f,
                "The status claim names {} but no status_list, the only mechanism read here.",
                crate::text::and_list(names)
            ),
            StatusError::Missing(name) => write!(f, "The status list reference has no {name}."),
            StatusError::BadIndex => {
                f.write_str("The status list reference's idx is not a non-negative whole number.")
            }
            StatusError::BadUri => f.write_str("The status list reference's uri is not a string."),
            StatusError::BadBits(b) => write!(
                f,
                "The status list's bits is {b}; only 1, 2, 4 and 8 are allowed."
            ),
            StatusError::BadEncoding => f.write_str("The status list's lst is not base64url."),
            StatusError::TooLarge => write!(
                f,
                "The status list inflates to more than {} MiB, the most read here.",
                MAX_LIST_BYTES >> 20
            ),
            StatusError::NotZlib => {
                f.write_str("The status list's lst is not ZLIB-compressed (RFC 1950) data.")
            }
        }
    }
}

/// A token's `status.status_list`, or `None` when the token has no `status` claim.
pub fn reference(payload: &Map<String, Value>) -> Option<Result<Reference, StatusError>> {
    let status = payload.get("status")?;
    Some(read_reference(status))
}

fn read_reference(status: &Value) -> Result<Reference, StatusError> {
    let status = status
        .as_object()
        .ok_or(StatusError::NotAnObject("status"))?;
    let Some(list) = status.get("status_list") else {
        return Err(StatusError::OtherMechanism(
            status.keys().cloned().collect(),
        ));
    };
    let list = list
        .as_object()
        .ok_or(StatusError::NotAnObject("status_list"))?;
    let idx = list.get("idx").ok_or(StatusError::Missing("idx"))?;
    let idx = idx.as_u64().ok_or(StatusError::BadIndex)?;
    let uri = list.get("uri").ok_or(StatusError::Missing("uri"))?;
    let uri = uri.as_str().ok_or(StatusError::BadUri)?;
    Ok(Reference {
        idx,
        uri: uri.to_string(),
    })
}

/// How many bits each status takes (§4.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bits {
    /// Two statuses: valid and invalid.
    One,
    /// Up to four.
    Two,
    /// Up to sixteen.
    Four,
    /// Up to 256.
    Eight,
}

impl Bits {
    /// The number of bits.
    pub fn count(self) -> u32 {
        match self {
            Bits::One => 1,
            Bits::Two => 2,
            Bits::Four => 4,
            Bits::Eight => 8,
        }
    }
}

/// A Status List Token's `status_list` claim, its array still compressed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Compressed {
    /// Bits per status.
    pub bits: Bits,
    /// The ZLIB-compressed byte array, decoded from base64url.
    pub zlib: Vec<u8>,
}

/// A Status List Token's `status_list` claim, or `None` when the payload has none.
pub fn compressed(payload: &Map<String, Value>) -> Option<Result<Compressed, StatusError>> {
    let list = payload.get("status_list")?;
    Some(read_compressed(list))
}

fn read_compressed(list: &Value) -> Result<Compressed, StatusError> {
    let list = list
        .as_object()
        .ok_or(StatusError::NotAnObject("status_list"))?;
    let bits = list.get("bits").ok_or(StatusError::Missing("bits"))?;
    let bits = match bits.as_u64() {
        Some(1) => Bits::One,
        Some(2) => Bits::Two,
        Some(4) => Bits::Four,
        Some(8) => Bits::Eight,
        _ => return Err(StatusError::BadBits(bits.to_string())),
    };
    let lst = list.get("lst").ok_or(StatusError::Missing("lst"))?;
    let lst = lst.as_str().ok_or(StatusError::BadEncoding)?;
    // The draft's examples wrap `lst` across lines; whitespace is never part of base64url.
    let joined: String = lst.chars().filter(|c| !c.is_whitespace()).collect();
    let (zlib, _) = base64url::decode(&joined).map_err(|_| StatusError::BadEncoding)?;
    Ok(Compressed { bits, zlib })
}

/// The list `c` compresses, inflated under `MAX_LIST_BYTES`, so that a small `lst` cannot fill
/// the browser's memory.
pub fn inflate(c: &Compressed) -> Result<List, StatusError> {
    use miniz_oxide::inflate::{decompress_to_vec_zlib_with_limit, TINFLStatus};
    let bytes =
        decompress_to_vec_zlib_with_limit(&c.zlib, MAX_LIST_BYTES).map_err(|e| match e.status {
            TINFLStatus::HasMoreOutput => StatusError::TooLarge,
            _ => StatusError::NotZlib,
        })?;
    List::new(c.bits, bytes)
}

/// The inflated list, which only `entry` reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct List {
    bits: Bits,
    bytes: Vec<u8>,
}

impl List {
    /// The list over `bytes`, inflated from a `Compressed` of these `bits`; `TooLarge` beyond
    /// `MAX_LIST_BYTES`.
    pub fn new(bits: Bits, bytes: Vec<u8>) -> Result<List, StatusError> {
        if bytes.len() > MAX_LIST_BYTES {
            return Err(StatusError::TooLarge);
        }
        Ok(List { bits, bytes })
    }

    /// How many statuses the list holds.
    pub fn len(&self) -> u64 {
        self.bytes.len() as u64 * u64::from(8 / self.bits.count())
    }

    /// Whether the list holds no status at all.
    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    /// The status at `idx`: statuses are packed from the least significant bit of each byte
    /// up (§4.1). `None` past the end, where the draft says no statement can be made and the
    /// token must be rejected (§8.3 step 6).
    pub fn entry(&self, idx: u64) -> Option<Status> {
        let bits = u64::from(self.bits.count());
        let per_byte = 8 / bits;
        let byte = *self.bytes.get(usize::try_from(idx / per_byte).ok()?)?;
        let shift = (idx % per_byte) * bits;
        let mask = ((1u16 << bits) - 1) as u8;
        Some(Status::from_value((byte >> shift) & mask))
    }
}

/// A status value and what it means (§7.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// 0x00: valid.
    Valid,
    /// 0x01: revoked, annulled, taken back, recalled or cancelled.
    Invalid,
    /// 0x02: temporarily invalid.
    Suspended,
    /// 0x03 or 0x0C–0x0F: reserved for the application, which says what it means.
    ApplicationSpecific(u8),
    /// Any other value: reserved for future registration, so no meaning is known.
    Unregistered(u8),
}

impl Status {
    /// The status a value stands for.
    pub fn from_value(v: u8) -> Status {
        match v {
            0x00 => Status::Valid,
            0x01 => Status::Invalid,
            0x02 => Status::Suspended,
            0x03 | 0x0C..=0x0F => Status::ApplicationSpecific(v),
            _ => Status::Unregistered(v),
        }
    }

    /// The value itself.
    pub fn value(self) -> u8 {
        match self {
            Status::Valid => 0,
            Status::Invalid => 1,
            Status::Suspended => 2,
            Status::ApplicationSpecific(v) | Status::Unregistered(v) => v,
        }
    }

    /// Whether a verifier may accept the token on this status alone: only "VALID" says so, and
    /// even then the token's own checks (`exp` among them) come first (§8.3).
    pub fn accepts(self) -> bool {
        self == Status::Valid
    }

    /// "0x01 INVALID: revoked…", as the page and the command line say it.
    pub fn describe(self) -> String {
        let v = self.value();
        let meaning = match self {
            Status::Valid => "VALID: the token has not been revoked or suspended",
            Status::Invalid => "INVALID: the token has been revoked and must be rejected",
            Status::Suspended => "SUSPENDED: the token is invalid for now, usually for a while",
            Status::ApplicationSpecific(_) => {
                "application-specific: the issuer's application says what it means"
            }
            Status::Unregistered(_) => {
                "not a registered status: no meaning is defined, so no statement can be made"
            }
        };
        format!("0x{v:02X} {meaning}")
    }
}

/// What a pasted Status List Token fails of §5.1, for the token it is checked for.
pub fn list_token_problems(
    header: &Map<String, Value>,
    payload: &Map<String, Value>,
    for_uri: Option<&str>,
    now: i64,
) -> Vec<String> {
    let mut out = Vec::new();
    if header.get("typ").and_then(Value::as_str) != Some(TYP) {
        out.push(format!(
            "Its typ is not {TYP}, which a Status List Token must carry."
        ));
    }
    match payload.get("sub").and_then(Value::as_str) {
        None => out.push("It has no sub, which must be the list's own address.".to_string()),
        Some(sub) => {
            if let Some(uri) = for_uri.filter(|u| *u != sub) {
                out.push(format!(
                    "Its sub is {sub}, not {uri}, the address the token names: it is another list."
                ));
            }
        }
    }
    if payload.get("iat").and_then(Value::as_i64).is_none() {
        out.push("It has no iat, which says when the statuses were true.".to_string());
    }
    if let Some(exp) = payload.get("exp").and_then(Value::as_i64) {
        if exp <= now {
            out.push("It has expired: fetch a fresh copy before relying on it.".to_string());
        }
    }
    if let Some(ttl) = payload.get("ttl") {
        if !ttl.as_f64().is_some_and(|t| t > 0.0) {
            out.push("Its ttl is not a positive number of seconds.".to_string());
        }
    }
    out
}

/// A command that fetches the list at `uri`, or `None` for an address that is not plain
/// `https` (the command puts it in single quotes, and a quote, space or control character
/// could turn a pasted command into another).
pub fn fetch_command(uri: &str) -> Option<String> {
    let rest = uri.strip_prefix("https://")?;
    let safe = |c: char| c.is_ascii_graphic() && c != '\'' && c != '\\';
    (!rest.is_empty() && uri.chars().all(safe))
        .then(|| format!("curl -fsS -H 'Accept: {MEDIA_TYPE}' --url '{uri}'"))
}

/// A pasted Status List Token, read for the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListReport {
    /// Bits per status.
    pub bits: u32,
    /// How many statuses the list holds.
    pub entries: u64,
    /// What the token fails of §5.1 (its typ, sub, iat, exp, ttl), for the reference's address.
    pub problems: Vec<String>,
    /// The entry at the reference's index, or why there is none; `None` without a reference.
    pub status: Option<Result<Status, String>>,
}

impl ListReport {
    /// "16 entries of 1 bit each."
    pub fn size_line(&self) -> String {
        let plural = if self.bits == 1 { "" } else { "s" };
        format!(
            "{} entries of {} bit{plural} each.",
            self.entries, self.bits
        )
    }
}

impl Reference {
    /// "Entry 0 of the list at https://example.com/statuslists/1."
    pub fn describe(&self) -> String {
        format!("Entry {} of the list at {}.", self.idx, self.uri)
    }
}

/// What the token tools' status page shows: the pasted token's reference and a command that
/// fetches its list, then the pasted list read at the token's index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Check {
    /// The token's reference, or why it has none; `None` while nothing is pasted.
    pub reference: Option<Result<Reference, String>>,
    /// A command that fetches the list (plain `https` addresses only).
    pub fetch: Option<String>,
    /// The Status List Token read, or why it cannot be; `None` while nothing is pasted.
    pub list: Option<Result<ListReport, String>>,
    /// The Status List Token itself, once read, for verifying its signature with its issuer's
    /// key (§8.3 step 3).
    pub list_token: Option<String>,
}

/// Said wherever a list is read without its issuer's key: its signature is not verified.
pub const NOT_VERIFIED: &str = "The Status List Token's signature is not verified: verify it \
    with its issuer's key before relying on what it says (§8.3 step 3).";

/// A token's header and claims.
type HeaderAndClaims = (Map<String, Value>, Map<String, Value>);

fn claims(pasted: &str) -> Result<HeaderAndClaims, String> {
    use crate::token::jose::decode::decode;
    use crate::token::jose::extract::extract;
    let found = extract(pasted).map_err(|e| e.to_string())?;
    let d = decode(&found.token).map_err(|e| e.to_string())?;
    let header = d.header.map_err(|e| e.to_string())?.map;
    match d.payload {
        Some(Ok(p)) => Ok((header, p.map)),
        Some(Err(e)) => Err(e.to_string()),
        None => Err("An encrypted token's claims cannot be read here.".into()),
    }
}

impl Check {
    /// Reads the pasted token and the pasted Status List Token (either may be empty) at `now`.
    pub fn read(token: &str, list_token: &str, now: i64) -> Check {
        let reference = (!token.trim().is_empty()).then(|| {
            let (_, payload) = claims(token)?;
            match super::status_list::reference(&payload) {
                None => Err(
                    "This token has no status claim: its issuer publishes no status \
                             for it."
                        .to_string(),
                ),
                Some(r) => r.map_err(|e| e.to_string()),
            }
        });
        let fetch = match &reference {
            Some(Ok(r)) => fetch_command(&r.uri),
            _ => None,
        };
        let uri = match &reference {
            Some(Ok(r)) => Some(r.clone()),
            _ => None,
        };
        let list = (!list_token.trim().is_empty()).then(|| {
            let (header, payload) = claims(list_token)?;
            let c = compressed(&payload)
                .ok_or("This token has no status_list claim: it is not a Status List Token.")?
                .map_err(|e| e.to_string())?;
            let list = inflate(&c).map_err(|e| e.to_string())?;
            let status = uri.as_ref().map(|r| {
                list.entry(r.idx).ok_or_else(|| {
                    format!(
                        "Index {} is past the end of the list ({} entries): no statement can \
                         be made, so a verifier must reject the token (§8.3 step 6).",
                        r.idx,
                        list.len()
                    )
                })
            });
            Ok(ListReport {
                bits: c.bits.count(),
                entries: list.len(),
                problems: list_token_problems(
                    &header,
                    &payload,
                    uri.as_ref().map(|r| r.uri.as_str()),
                    now,
                ),
                status,
            })
        });
        let list_token = match &list {
            Some(Ok(_)) => crate::token::jose::extract::extract(list_token)
                .ok()
                .map(|f| f.token),
            _ => None,
        };
        Check {
            reference,
            fetch,
            list,
            list_token,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn object(v: Value) -> Map<String, Value> {
        v.as_object().cloned().unwrap()
    }

    #[test]
    fn the_drafts_referenced_token_example() {
        // §6.2's example payload.
        let p = object(json!({
            "status": {"status_list": {"idx": 0, "uri": "https://example.com/statuslists/1"}}
        }));
        assert_eq!(
            reference(&p),
            Some(Ok(Reference {
                idx: 0,
                uri: "https://example.com/statuslists/1".into()
            }))
        );
        assert_eq!(reference(&object(json!({"sub": "x"}))), None);
    }

    #[test]
    fn bad_references_say_what_is_wrong() {
        let r = |v: Value| {
            reference(&object(json!({ "status": v })))
                .unwrap()
                .unwrap_err()
        };
        assert_eq!(r(json!("x")), StatusError::NotAnObject("status"));
        assert_eq!(
            r(json!({"bitstring": {}})).to_string(),
            "The status claim names bitstring but no status_list, the only mechanism read here."
        );
        assert_eq!(
            r(json!({"status_list": {"uri": "u"}})),
            StatusError::Missing("idx")
        );
        assert_eq!(
            r(json!({"status_list": {"idx": -1, "uri": "u"}})),
            StatusError::BadIndex
        );
        assert_eq!(
            r(json!({"status_list": {"idx": 1.5, "uri": "u"}})),
            StatusError::BadIndex
        );
        assert_eq!(
            r(json!({"status_list": {"idx": 1, "uri": 7}})),
            StatusError::BadUri
        );
        assert_eq!(
            r(json!({"status_list": {"idx": 1}})),
            StatusError::Missing("uri")
        );
    }

    #[test]
    fn the_drafts_one_and_two_bit_byte_arrays() {
        // §4.1: statuses 1,0,0,1,1,1,0,1, 1,1,0,0,0,1,0,1 make 0xB9 0xA3.
        let one = List::new(Bits::One, vec![0xB9, 0xA3]).unwrap();
        let expected = [1, 0, 0, 1, 1, 1, 0, 1, 1, 1, 0, 0, 0, 1, 0, 1];
        for (i, v) in expected.iter().enumerate() {
            assert_eq!(
                one.entry(i as u64).map(Status::value),
                Some(*v),
                "status[{i}]"
            );
        }
        assert_eq!(one.len(), 16);
        assert_eq!(one.entry(16), None, "past the end: no statement");
        // §4.1: 2 bits, statuses 1,2,0,3, 0,1,0,1, 1,2,3,3 make 0xC9 0x44 0xF9.
        let two = List::new(Bits::Two, vec![0xC9, 0x44, 0xF9]).unwrap();
        let expected = [1, 2, 0, 3, 0, 1, 0, 1, 1, 2, 3, 3];
        for (i, v) in expected.iter().enumerate() {
            assert_eq!(
                two.entry(i as u64).map(Status::value),
                Some(*v),
                "status[{i}]"
            );
        }
        assert_eq!(two.entry(1), Some(Status::Suspended));
        assert_eq!(two.entry(3), Some(Status::ApplicationSpecific(3)));
        assert_eq!(two.entry(u64::MAX), None);
    }

    #[test]
    fn the_drafts_json_lists_read_with_their_bits() {
        // §4.2's examples; inflating them is the worker's (tested there).
        let c = compressed(&object(
            json!({"status_list": {"bits": 1, "lst": "eNrbuRgAAhcBXQ"}}),
        ))
        .unwrap()
        .unwrap();
        assert_eq!(c.bits, Bits::One);
        // §4.1: "compressed array (hex): 78dadbb918000217015d".
        assert_eq!(
            c.zlib,
            [0x78, 0xda, 0xdb, 0xb9, 0x18, 0x00, 0x02, 0x17, 0x01, 0x5d]
        );
        let c = compressed(&object(
            json!({"status_list": {"bits": 2, "lst": "eNo76fITAAPfAgc"}}),
        ))
        .unwrap()
        .unwrap();
        assert_eq!(
            c.zlib,
            [0x78, 0xda, 0x3b, 0xe9, 0xf2, 0x13, 0x00, 0x03, 0xdf, 0x02, 0x07]
        );
        let bad = |v: Value| compressed(&object(json!({ "status_list": v }))).unwrap();
        assert_eq!(
            bad(json!({"bits": 3, "lst": "eNo"})),
            Err(StatusError::BadBits("3".into()))
        );
        assert_eq!(bad(json!({"bits": 1})), Err(StatusError::Missing("lst")));
        assert_eq!(
            bad(json!({"bits": 1, "lst": "not base64!"})),
            Err(StatusError::BadEncoding)
        );
    }

    #[test]
    fn status_values_and_their_meaning() {
        assert!(Status::from_value(0).accepts());
        assert!(!Status::from_value(1).accepts());
        assert_eq!(Status::from_value(2), Status::Suspended);
        assert_eq!(Status::from_value(0x0C), Status::ApplicationSpecific(0x0C));
        assert_eq!(Status::from_value(0x04), Status::Unregistered(4));
        assert_eq!(Status::from_value(0xFF), Status::Unregistered(0xFF));
        assert!(Status::Invalid.describe().starts_with("0x01 INVALID"));
    }

    #[test]
    fn a_list_that_inflates_past_the_cap_is_refused_and_one_at_it_is_read() {
        let zeros = vec![0u8; MAX_LIST_BYTES + 1];
        let bomb = miniz_oxide::deflate::compress_to_vec_zlib(&zeros, 9);
        assert!(bomb.len() < 20_000, "{} bytes", bomb.len());
        let c = |zlib| Compressed {
            bits: Bits::One,
            zlib,
        };
        assert_eq!(inflate(&c(bomb)), Err(StatusError::TooLarge));
        let fits = miniz_oxide::deflate::compress_to_vec_zlib(&zeros[1..], 9);
        assert_eq!(
            inflate(&c(fits)).map(|l| l.len()),
            Ok(MAX_LIST_BYTES as u64 * 8)
        );
        // Raw DEFLATE without the ZLIB header is not what the draft specifies.
        let raw = miniz_oxide::deflate::compress_to_vec(&[0xB9, 0xA3], 9);
        assert_eq!(inflate(&c(raw)), Err(StatusError::NotZlib));
    }

    #[test]
    fn a_list_larger_than_the_cap_is_refused() {
        assert_eq!(
            List::new(Bits::One, vec![0; MAX_LIST_BYTES + 1]),
            Err(StatusError::TooLarge)
        );
        assert!(List::new(Bits::One, Vec::new()).unwrap().is_empty());
    }

    #[test]
    fn the_drafts_status_list_token_meets_its_own_rules() {
        // §5.1's example, checked for the token of §6.2's example.
        let header = object(json!({"alg": "ES256", "kid": "12", "typ": "statuslist+jwt"}));
        let payload = object(json!({
            "exp": 2291720170u64, "iat": 1686920170, "iss": "https://example.com",
            "status_list": {"bits": 1, "lst": "eNrbuRgAAhcBXQ"},
            "sub": "https://example.com/statuslists/1", "ttl": 43200
        }));
        let uri = Some("https://example.com/statuslists/1");
        assert_eq!(
            list_token_problems(&header, &payload, uri, 1_800_000_000),
            Vec::<String>::new()
        );
        // Another list, no typ, expired, a bad ttl.
        let mut p = payload.clone();
        p.insert("ttl".into(), json!(0));
        let problems = list_token_problems(
            &object(json!({"alg": "ES256"})),
            &p,
            Some("https://example.com/statuslists/2"),
            2_291_720_170,
        );
        assert_eq!(problems.len(), 4, "{problems:?}");
    }

    #[test]
    fn the_page_reads_the_token_and_its_list_together() {
        use crate::token::jose::base64url::encode;
        let jwt =
            |h: &str, p: &str| format!("{}.{}.c2ln", encode(h.as_bytes()), encode(p.as_bytes()));
        let token = |idx: u64| {
            jwt(
                r#"{"alg":"ES256"}"#,
                &format!(
                    r#"{{"status":{{"status_list":{{"idx":{idx},"uri":"https://example.com/statuslists/1"}}}}}}"#
                ),
            )
        };
        // §5.1's Status List Token.
        let list = jwt(
            r#"{"alg":"ES256","kid":"12","typ":"statuslist+jwt"}"#,
            r#"{"exp":2291720170,"iat":1686920170,"status_list":{"bits":1,"lst":"eNrbuRgAAhcBXQ"},"sub":"https://example.com/statuslists/1","ttl":43200}"#,
        );
        let c = Check::read(&token(0), &list, 1_800_000_000);
        assert_eq!(c.reference.as_ref().unwrap().as_ref().unwrap().idx, 0);
        assert!(c
            .fetch
            .as_deref()
            .unwrap()
            .starts_with("curl -fsS -H 'Accept: application/statuslist+jwt'"));
        let report = c.list.unwrap().unwrap();
        assert_eq!((report.bits, report.entries), (1, 16));
        assert_eq!(report.size_line(), "16 entries of 1 bit each.");
        assert_eq!(
            ListReport {
                bits: 2,
                ..report.clone()
            }
            .size_line(),
            "16 entries of 2 bits each."
        );
        assert_eq!(
            c.reference.as_ref().unwrap().as_ref().unwrap().describe(),
            "Entry 0 of the list at https://example.com/statuslists/1."
        );
        assert!(report.problems.is_empty(), "{:?}", report.problems);
        assert_eq!(report.status, Some(Ok(Status::Invalid)));
        let c = Check::read(&token(1), &list, 1_800_000_000);
        assert_eq!(c.list.unwrap().unwrap().status, Some(Ok(Status::Valid)));
        let c = Check::read(&token(16), &list, 1_800_000_000);
        let past = c.list.unwrap().unwrap().status.unwrap().unwrap_err();
        assert!(
            past.starts_with("Index 16 is past the end of the list (16 entries)"),
            "{past}"
        );
        // Either side alone, nothing, and tokens of the wrong kind.
        let c = Check::read("", &list, 1_800_000_000);
        assert_eq!(c.reference, None);
        assert_eq!(c.list.unwrap().unwrap().status, None);
        assert_eq!(Check::read(" ", "", 0).list, None);
        let c = Check::read(&list, &token(0), 0);
        assert!(c
            .reference
            .unwrap()
            .unwrap_err()
            .starts_with("This token has no status claim"));
        assert!(c
            .list
            .unwrap()
            .unwrap_err()
            .starts_with("This token has no status_list claim"));
        assert!(Check::read("hello", "", 0).reference.unwrap().is_err());
    }

    #[test]
    fn the_command_fetches_only_plain_https_addresses() {
        assert_eq!(
            fetch_command("https://example.com/statuslists/1").as_deref(),
            Some("curl -fsS -H 'Accept: application/statuslist+jwt' --url 'https://example.com/statuslists/1'")
        );
        for hostile in [
            "http://example.com/l",
            "https://example.com/l' ; rm -rf ~ '",
            "https://example.com/l\nx",
            "https://example.com/a b",
            "https://",
        ] {
            assert_eq!(fetch_command(hostile), None, "{hostile:?}");
        }
    }
}
