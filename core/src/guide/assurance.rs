//! The assurance level the answers call for, with the answers behind it. The levels and their
//! conditions are data (`knowledge::levels`); this only finds the first that holds.

use super::answers::Answers;
use super::flow::{Fact, InPlay};
pub use super::model::Level;
use super::model::{Knowledge, LevelRule};

/// The level, the rule that set it and the answers that made it hold.
#[derive(Clone, Debug)]
pub struct Assessed {
    /// The level the answers call for.
    pub level: Level,
    /// The rule that set it, with its reason and sources.
    pub rule: &'static LevelRule,
    /// The answers that made the rule hold; empty when it holds because others do not.
    pub facts: Vec<Fact>,
}

impl Assessed {
    /// "ASVS Level 3, with the NIST SP 800-63B-4 timeouts of AAL3".
    pub fn headline(&self) -> String {
        format!(
            "ASVS {}, with the NIST SP 800-63B-4 timeouts of {}",
            self.level.name(),
            self.level.aal()
        )
    }

    /// "Because: At stake: Severe harm", or the rule's own reason when no answer made it hold
    /// (level 2 holds because the others do not).
    pub fn because(&self) -> String {
        if self.facts.is_empty() {
            return String::from("Because no answer calls for another level.");
        }
        let facts: Vec<String> = self.facts.iter().map(|f| f.describe()).collect();
        format!("Because: {}.", facts.join("; "))
    }
}

/// The level for these answers: the first of the knowledge base's level rules that holds.
/// The last rule holds whatever the answers (a test keeps it so); without any rule the answer
/// is level 2, ASVS's level for most applications.
pub fn level(kb: &Knowledge, answers: &Answers) -> Assessed {
    let ctx = InPlay::new(kb, answers);
    for rule in kb.levels {
        if let Some(facts) = ctx.facts(kb, &rule.when) {
            return Assessed {
                level: rule.level,
                rule,
                facts,
            };
        }
    }
    static FALLBACK: LevelRule = LevelRule {
        level: Level::L2,
        when: super::model::Cond::Always,
        reason: "ASVS names level 2 as the level most applications should aim for.",
        sources: &[],
    };
    Assessed {
        level: Level::L2,
        rule: &FALLBACK,
        facts: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::KNOWLEDGE;

    fn with(pairs: &[(&str, &[&str])]) -> Assessed {
        let mut a = Answers::new();
        for (q, o) in pairs {
            a.set(&KNOWLEDGE, q, o).unwrap();
        }
        level(&KNOWLEDGE, &a)
    }

    #[test]
    fn the_level_reads_as_a_sentence_with_its_answers() {
        let a = with(&[("clients", &["web"]), ("stake", &["high"])]);
        assert_eq!(
            a.headline(),
            "ASVS Level 3, with the NIST SP 800-63B-4 timeouts of AAL3"
        );
        assert_eq!(a.because(), "Because: At stake: Severe harm.");
        let open = with(&[]);
        assert_eq!(open.because(), "Because no answer calls for another level.");
    }

    #[test]
    fn the_last_level_rule_always_holds() {
        let last = KNOWLEDGE.levels.last().expect("levels");
        assert!(matches!(last.when, crate::guide::model::Cond::Always));
    }

    #[test]
    fn severe_harm_is_level_3_and_names_the_answer() {
        let a = with(&[("clients", &["web"]), ("stake", &["high"])]);
        assert_eq!(a.level, Level::L3);
        assert_eq!(a.facts.len(), 1);
        assert_eq!(a.facts[0].question.id, "stake");
    }

    #[test]
    fn regulated_data_with_little_harm_is_level_2() {
        let a = with(&[
            ("clients", &["web"]),
            ("data", &["regulated"]),
            ("stake", &["low"]),
        ]);
        assert_eq!(a.level, Level::L2);
    }

    #[test]
    fn low_data_with_an_open_stake_is_not_level_1() {
        let a = with(&[("clients", &["web"]), ("data", &["low"])]);
        assert_eq!(a.level, Level::L2);
        let a = with(&[("clients", &["services"]), ("data", &["low"])]);
        assert_eq!(a.level, Level::L1, "no people: the stake is not asked");
    }
}
