//! Which ASVS 5.0 level the answers call for. ASVS leaves the choice to a risk analysis and
//! gives one example ("a bank may have difficulty justifying anything less than Level 3"), so
//! this mapping is the guide's own judgement, stated as such on the result: severe harm or
//! regulated data is level 3, low-value data with little harm level 1, everything else (an open
//! answer included) level 2, "the level most applications should strive for".
//!
//! The level switches requirements: at level 3 refresh rotation is no longer enough (ASVS 5.0
//! 10.4.5 allows it at levels 1 and 2 only; 10.4.14 and 10.3.5 require sender-constrained
//! tokens), and the NIST SP 800-63B-4 timeouts follow the matching assurance level.

use crate::guide::model::{Cond, Level, LevelRule};

/// Severe harm, or regulated data unless the team said a stolen login does little harm.
pub(super) const LEVEL_3: Cond = Cond::Any(&[
    Cond::Picked("stake", "high"),
    Cond::All(&[
        Cond::Picked("data", "regulated"),
        Cond::Not(&Cond::Picked("stake", "low")),
    ]),
]);
/// Low-value data, and little harm from a stolen login (or no people signing in at all).
pub(super) const LEVEL_1: Cond = Cond::All(&[
    Cond::Picked("data", "low"),
    Cond::Not(&Cond::PickedAny("stake", &["moderate", "high"])),
    Cond::Not(&Cond::Unsure("stake")),
]);
/// Neither of the others.
pub(super) const LEVEL_2: Cond = Cond::All(&[Cond::Not(&LEVEL_3), Cond::Not(&LEVEL_1)]);

pub static LEVELS: &[LevelRule] = &[
    LevelRule {
        level: Level::L3,
        when: LEVEL_3,
        reason: "Severe harm or regulated data: ASVS reserves level 3 for applications that \
                 need the highest assurance, and names online banking as one that can hardly \
                 justify less.",
        sources: &["asvs-levels"],
    },
    LevelRule {
        level: Level::L1,
        when: LEVEL_1,
        reason: "Low-value data and little harm from a stolen login: ASVS level 1 is the \
                 minimum every application should meet.",
        sources: &["asvs-levels"],
    },
    LevelRule {
        level: Level::L2,
        when: Cond::Always,
        reason: "ASVS names level 2 as the level most applications should aim for; nothing \
                 in the answers calls for level 1 or level 3.",
        sources: &["asvs-levels"],
    },
];
