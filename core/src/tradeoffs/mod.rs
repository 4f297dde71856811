//! Exploring the trade-offs with numbers: what each approach costs at a given load
//! (`calculator`) and what its hosted store is billed (`hosted`), how long a stolen credential
//! stays usable (`revocation`), the geometry of the charts that compare them (`chart`), the
//! calculator's form (`costs_form`) and what is typed into it (`input`), and the links between
//! these pages and the guide (`params`).

pub mod calculator;
pub mod chart;
pub mod costs_form;
pub mod hosted;
pub mod input;
pub mod params;
pub mod revocation;
