//! The cost calculator's form as a model: every field as typed (valid or not), what each field
//! says is wrong with it, the figures once every field reads, and the link that holds it all.
//! The page keeps one `CostsForm`, writes `query()` to its address as the user edits, and
//! reads it back with `from_query` on a reload or a shared link. A pasted token is never part
//! of it: the page only measures it.

use super::calculator::{
    algorithm, calculate, Algorithm, Assumed, Figures, Inputs, Store, ASSUMPTIONS,
};
use super::input::{body_chars_from, parse_amount, NumberError};
use crate::format::typed;
use crate::query::{escape, parts};

/// A number field of the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// Authenticated requests a day.
    RequestsPerDay,
    /// Users active on a given day.
    Users,
    /// The encoded header and payload, in characters.
    Body,
    /// The network round trip to the store, in milliseconds.
    RoundTrip,
    /// One of `ASSUMPTIONS`, by id.
    Assumption(&'static str),
}

impl Field {
    /// The field's key in the link: short ones for the inputs, the id for an assumption.
    pub fn key(self) -> &'static str {
        match self {
            Field::RequestsPerDay => "rpd",
            Field::Users => "users",
            Field::Body => "body",
            Field::RoundTrip => "rtt",
            Field::Assumption(id) => id,
        }
    }
}

/// The form's state.
#[derive(Clone, Debug, PartialEq)]
pub struct CostsForm {
    requests_per_day: String,
    users: String,
    body: String,
    round_trip: String,
    /// The store picked in its select.
    pub store: Store,
    /// The signing algorithm picked in its select.
    pub algorithm: &'static Algorithm,
    /// Every assumption's text, in `ASSUMPTIONS` order.
    assumed: Vec<(&'static str, String)>,
}

impl Default for CostsForm {
    fn default() -> Self {
        CostsForm::from_inputs(&Inputs::default())
    }
}

impl CostsForm {
    /// The form filled in with `inputs` and the default assumptions.
    pub fn from_inputs(i: &Inputs) -> Self {
        CostsForm {
            requests_per_day: typed(i.requests_per_day),
            users: typed(i.active_users),
            body: typed(i.token_body_chars),
            round_trip: typed(i.store_round_trip_ms),
            store: i.store,
            algorithm: i.algorithm,
            assumed: ASSUMPTIONS.iter().map(|a| (a.id, typed(a.value))).collect(),
        }
    }

    /// The form a link describes. Texts come back as they were typed, valid or not; a store or
    /// an algorithm this version does not know, and keys it does not use, keep the defaults.
    pub fn from_query(query: &str) -> Self {
        let mut form = CostsForm::default();
        for (key, value) in parts(query).flatten() {
            match key.as_str() {
                "store" => form.store = Store::from_id(&value).unwrap_or(form.store),
                "alg" => form.algorithm = algorithm(&value).unwrap_or(form.algorithm),
                other => {
                    if let Some(field) = form.field_named(other) {
                        form.set(field, value);
                    }
                }
            }
        }
        form
    }

    fn field_named(&self, key: &str) -> Option<Field> {
        [
            Field::RequestsPerDay,
            Field::Users,
            Field::Body,
            Field::RoundTrip,
        ]
        .into_iter()
        .chain(ASSUMPTIONS.iter().map(|a| Field::Assumption(a.id)))
        .find(|f| f.key() == key)
    }

    /// The link's query (without `?`): the inputs always, the assumptions only where they
    /// differ from the defaults, so a shared link stays short.
    pub fn query(&self) -> String {
        let mut out = vec![
            format!("rpd={}", escape(&self.requests_per_day)),
            format!("users={}", escape(&self.users)),
            format!("store={}", self.store.id()),
            format!("alg={}", self.algorithm.id),
            format!("body={}", escape(&self.body)),
            format!("rtt={}", escape(&self.round_trip)),
        ];
        for (a, (id, text)) in ASSUMPTIONS.iter().zip(&self.assumed) {
            if *text != typed(a.value) {
                out.push(format!("{id}={}", escape(text)));
            }
        }
        out.join("&")
    }

    /// The field's text as typed, valid or not; empty for an assumption the form does not hold.
    pub fn text(&self, field: Field) -> &str {
        match field {
            Field::RequestsPerDay => &self.requests_per_day,
            Field::Users => &self.users,
            Field::Body => &self.body,
            Field::RoundTrip => &self.round_trip,
            Field::Assumption(id) => self
                .assumed
                .iter()
                .find(|(i, _)| *i == id)
                .map_or("", |(_, t)| t.as_str()),
        }
    }

    /// Replaces the field's text as typed; an assumption the form does not hold is ignored.
    pub fn set(&mut self, field: Field, text: String) {
        match field {
            Field::RequestsPerDay => self.requests_per_day = text,
            Field::Users => self.users = text,
            Field::Body => self.body = text,
            Field::RoundTrip => self.round_trip = text,
            Field::Assumption(id) => {
                if let Some(slot) = self.assumed.iter_mut().find(|(i, _)| *i == id) {
                    slot.1 = text;
                }
            }
        }
    }

    /// Measures a pasted token or claims and fills in the body's length; says what it measured
    /// or why it could not (`Err`). Empty text says nothing. The text itself is not kept.
    pub fn measure(&mut self, text: &str) -> Result<String, String> {
        if text.trim().is_empty() {
            return Ok(String::new());
        }
        let n = body_chars_from(text, self.algorithm).map_err(|e| e.to_string())?;
        self.set(Field::Body, typed(n));
        Ok(format!(
            "Measured: {} characters before the signature.",
            typed(n)
        ))
    }

    /// What is wrong with a field, if anything.
    pub fn error(&self, field: Field) -> Option<NumberError> {
        parse_amount(self.text(field)).err()
    }

    /// The figures for every approach, once every field holds a usable number.
    pub fn figures(&self) -> Option<Vec<Figures>> {
        let number = |f| parse_amount(self.text(f)).ok();
        let inputs = Inputs {
            requests_per_day: number(Field::RequestsPerDay)?,
            active_users: number(Field::Users)?,
            store: self.store,
            algorithm: self.algorithm,
            token_body_chars: number(Field::Body)?,
            store_round_trip_ms: number(Field::RoundTrip)?,
        };
        let mut assumed = Assumed::default();
        for (id, text) in &self.assumed {
            assumed.set(id, parse_amount(text).ok()?);
        }
        Some(calculate(&inputs, &assumed))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tradeoffs::params::costs_query;

    #[test]
    fn the_link_holds_every_field_as_typed() {
        let mut f = CostsForm::default();
        f.set(Field::RequestsPerDay, "2,500,000".into());
        f.set(Field::Users, "lots".into());
        f.set(Field::Assumption("cookie-bytes"), "64".into());
        f.store = Store::Relational;
        f.algorithm = algorithm("rs256").unwrap();
        let back = CostsForm::from_query(&f.query());
        assert_eq!(back, f);
        assert_eq!(
            back.text(Field::Users),
            "lots",
            "invalid text survives, to be corrected"
        );
        assert_eq!(back.error(Field::Users), Some(NumberError::NotANumber));
        assert!(f.query().contains("rpd=2,500,000&"));
        assert!(f.query().ends_with("&cookie-bytes=64"));
    }

    #[test]
    fn default_assumptions_stay_out_of_the_link() {
        let q = CostsForm::default().query();
        assert_eq!(
            q,
            "rpd=1,000,000&users=10,000&store=redis&alg=es256&body=402&rtt=0.5"
        );
        assert_eq!(CostsForm::from_query(&q), CostsForm::default());
    }

    #[test]
    fn the_guides_links_open_the_form_they_describe() {
        let inputs = Inputs {
            requests_per_day: 50_000_000.0,
            store: Store::None,
            ..Inputs::default()
        };
        let f = CostsForm::from_query(&costs_query(&inputs));
        assert_eq!(f, CostsForm::from_inputs(&inputs));
        assert_eq!(
            f.text(Field::RequestsPerDay),
            "50,000,000",
            "digits grouped as people read them"
        );
    }

    #[test]
    fn unknown_parts_of_a_link_keep_the_defaults() {
        let f = CostsForm::from_query("store=mongo&alg=none&x=1&rtt=%ZZ");
        assert_eq!(f, CostsForm::default());
    }

    #[test]
    fn pasted_claims_fill_in_the_body_and_the_text_is_not_kept() {
        let mut f = CostsForm::default();
        assert_eq!(
            f.measure("{ \"sub\": \"42\" }"),
            Ok("Measured: 53 characters before the signature.".into())
        );
        assert_eq!(f.text(Field::Body), "53");
        assert!(!f.query().contains("sub"));
        assert!(f
            .measure("not a token")
            .unwrap_err()
            .contains("neither a JWT"));
        assert_eq!(
            f.text(Field::Body),
            "53",
            "a failed measure changes nothing"
        );
        assert_eq!(f.measure("  "), Ok(String::new()));
    }

    #[test]
    fn figures_need_every_field() {
        let mut f = CostsForm::default();
        assert_eq!(f.figures().map(|v| v.len()), Some(4));
        f.set(Field::Assumption("sql-ms"), "-1".into());
        assert_eq!(f.figures(), None);
        assert_eq!(
            f.error(Field::Assumption("sql-ms")),
            Some(NumberError::Negative)
        );
        f.set(Field::Assumption("sql-ms"), "0.2".into());
        f.set(Field::Body, String::new());
        assert_eq!(f.figures(), None);
        assert_eq!(f.error(Field::Body), Some(NumberError::Empty));
    }
}
