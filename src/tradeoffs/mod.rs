//! Exploring the trade-offs with numbers: what each approach costs at a given load
//! (`calculator`), how long a stolen credential stays usable (`revocation`), the geometry of
//! the charts that compare them (`chart`), and the links between these pages and the guide
//! (`params`).

pub mod calculator;
pub mod chart;
pub mod format;
pub mod params;
pub mod revocation;
