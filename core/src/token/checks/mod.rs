//! What is right and wrong with a token: its kind, the findings, the verdict, its size, and
//! the inspection that gathers them for the page, two tokens compared, and a certificate chain against the user's anchor.

pub mod chain;
pub mod compare;
pub mod findings;
pub mod report;
pub mod size;
pub mod token_type;
pub mod verdict;
