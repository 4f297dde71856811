//! The decision guide: the knowledge base (data) and the engine that evaluates it.
//!
//! `model` defines the shapes of the knowledge, `knowledge` holds the knowledge itself,
//! `answers` is what the user said, `flow` decides which questions to ask, `engine` scores the
//! approaches and `sensitivity` finds the answers that would change the outcome; `assurance`
//! says which ASVS level the answers call for. Around them:
//! `link` writes and reads the state as a URL query, `compare` sets two results side by side
//! and `record` writes the decision as a MADR document; `tally` is the scoring story both tell
//! (every contribution, the totals, the words for ahead and tied). `choosing` and `navigation`
//! are what a click, a key press, Next and Back do, and how a link and saved answers merge.

pub mod answers;
pub mod assurance;
pub mod choosing;
pub mod compare;
pub mod engine;
pub mod flow;
pub mod knowledge;
pub mod link;
pub mod model;
pub mod navigation;
pub mod record;
pub mod sensitivity;
pub mod shortcuts;
pub mod tally;

pub use answers::{Answer, Answers};
pub use engine::{recommend, Outcome};
pub use knowledge::KNOWLEDGE;
