//! The conversation with the crypto worker: the messages both sides share, the page's
//! dispatcher, what verifying can report, the workbench's draft to sign, and the token tools' requests.

pub mod dispatch;
pub mod draft;
pub mod messages;
mod reply_reader;
mod request_reader;
pub mod tools;
pub mod verification;
