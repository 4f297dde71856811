//! What is right and wrong with a token: its kind, the findings, the verdict, its size, and
//! the inspection that gathers them for the page, and two tokens compared.

pub mod compare;
pub mod findings;
pub mod report;
pub mod size;
pub mod token_type;
pub mod verdict;
