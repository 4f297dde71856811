//! The inspector with its worker in the same process: the core's page model
//! (`token::inspector::Inspector`) with every request answered at once by this crate's
//! `service`, as the crypto worker answers the page. The command line inspects tokens this
//! way, and the conformance suite of real tokens tests the whole inspector this way.

use std::collections::VecDeque;

use authpick_core::token::inspector::{Act, Command, Inspector};
use authpick_core::token::service::dispatch::Action;
use authpick_core::token::service::messages::READY;

use crate::service::respond;

/// The inspector, its worker started and ready.
pub struct Local(Inspector);

impl Local {
    /// The inspector at `now` (seconds since the epoch), with its worker ready.
    pub fn new(now: i64) -> Local {
        let mut local = Local(Inspector::new(now));
        local.act(Act::Started(Ok(())));
        local.act(Act::Message(READY.into()));
        local
    }

    /// Does `act` and carries out every request that follows from it, answering each with the
    /// worker's code, until nothing is left to do. What the page would do besides (move the
    /// focus, store the token) has no meaning here and is dropped.
    pub fn act(&mut self, act: Act) {
        let mut todo: VecDeque<Command> = self.0.update(act).into();
        while let Some(command) = todo.pop_front() {
            if let Command::Worker(Action::Post(message)) = command {
                let reply = respond(&message, || 0.0);
                todo.extend(self.0.update(Act::Message(reply)));
            }
        }
    }

    /// What the page would show now.
    pub fn page(&self) -> &Inspector {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use authpick_core::token::checks::verdict::Decision;
    use authpick_core::token::forms::key_form::KeyMode;
    use authpick_core::token::jose::key::SecretEncoding;

    #[test]
    fn a_verified_token_is_answered_in_process() {
        // RFC 7515 A.1's HS256 example, with its published key.
        let token = "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        let mut local = Local::new(1_300_819_000);
        local.act(Act::Input {
            text: token.into(),
            now: 1_300_819_000,
        });
        assert_eq!(
            local.page().verdict().map(|v| v.decision),
            Some(Decision::Undecided),
            "no key yet"
        );
        local.act(Act::KeyMode(KeyMode::Secret));
        local.act(Act::Encoding(SecretEncoding::Base64Url));
        local.act(Act::Secret(
            "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow"
                .into(),
        ));
        let verified = local.page().verification().map(|r| r.is_valid());
        assert_eq!(verified, Some(true));
    }
}
