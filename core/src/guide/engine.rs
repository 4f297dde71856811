//! The scoring engine: weighs every approach for every client surface against all answers.
//!
//! Each candidate starts from its prior; every rule whose condition holds adds its weight and
//! is kept as a reason, tied to the answers that triggered it. Constraints remove candidates
//! outright. The best viable candidate wins; a tie goes to the simpler approach by the
//! knowledge base's complexity order, so the same answers always give the same result and an
//! unclear case never lands on the most complex option.

use super::answers::Answers;
use super::assurance::{level, Assessed};
use super::flow::{Fact, InPlay};
use super::model::{
    Approach, ChecklistItem, Cond, Constraint, Knowledge, Library, Needs, Platform, Rule, Source,
    Surface, STACK_QUESTION,
};
use super::sensitivity::{changes, Change};

/// A rule that fired, with the answers that made it fire.
#[derive(Clone, Debug)]
pub struct Reason {
    /// The rule, whose weight was added to the approach's score.
    pub rule: &'static Rule,
    /// The answers that made its condition true; empty when only a negation or `Always` did.
    pub facts: Vec<Fact>,
}

/// A constraint that ruled a candidate out, with the answers behind it.
#[derive(Clone, Debug)]
pub struct Blocker {
    /// The constraint that holds.
    pub constraint: &'static Constraint,
    /// The answers that made its condition true.
    pub facts: Vec<Fact>,
}

/// How one approach fared for one surface.
#[derive(Clone, Debug)]
pub struct Assessment {
    /// The approach assessed.
    pub approach: &'static Approach,
    /// Its prior plus the weights of every rule that fired.
    pub score: i32,
    /// Reasons in favour, strongest first.
    pub pros: Vec<Reason>,
    /// Reasons against, strongest first.
    pub cons: Vec<Reason>,
    /// Non-empty when a hard constraint rules the approach out.
    pub blockers: Vec<Blocker>,
}

impl Assessment {
    /// Whether no hard constraint rules it out.
    pub fn is_viable(&self) -> bool {
        self.blockers.is_empty()
    }
}

/// The recommendation for one client surface.
#[derive(Clone, Debug)]
pub struct SurfaceResult {
    /// The client surface.
    pub surface: &'static Surface,
    /// The recommended approach: the best-ranked candidate, viable ones first and ties going to
    /// the simpler one.
    pub winner: Assessment,
    /// The other candidates, best first; ruled-out ones last.
    pub alternatives: Vec<Assessment>,
}

impl SurfaceResult {
    /// The texts of the winner's `n` strongest reasons: what it led on.
    pub fn leading_reasons(&self, n: usize) -> Vec<&'static str> {
        self.winner
            .pros
            .iter()
            .take(n)
            .map(|r| r.rule.reason)
            .collect()
    }
}

/// Everything the guide says for a set of answers.
#[derive(Clone, Debug)]
pub struct Outcome {
    /// One recommendation per client surface the answers include, in the knowledge base's order.
    pub surfaces: Vec<SurfaceResult>,
    /// Single answers that, changed alone, would change some surface's recommendation.
    pub changes: Vec<Change>,
    /// The checklist items the recommendations and the answers call for, in the checklist's order.
    pub checklist: Vec<&'static ChecklistItem>,
    /// Maintained libraries for the recommended approaches, for the stacks the answers name.
    pub libraries: Vec<&'static Library>,
    /// Every source the outcome cites, in the knowledge base's order.
    pub sources: Vec<&'static Source>,
    /// The ASVS level the answers call for, which switches some checklist items.
    pub level: Assessed,
}

impl Outcome {
    /// The surfaces a checklist item serves: those whose recommendation needs it. An item for
    /// every recommendation serves every surface.
    pub fn surfaces_for(&self, item: &ChecklistItem) -> Vec<&'static Surface> {
        self.surfaces
            .iter()
            .filter(|s| item.needs.serves(s.surface.id, s.winner.approach.id))
            .map(|s| s.surface)
            .collect()
    }

    /// "Browser app, Native mobile app" for an item that serves some surfaces, or `None` when
    /// it serves every surface of the result.
    pub fn served_by(&self, item: &ChecklistItem) -> Option<String> {
        let served = self.surfaces_for(item);
        (served.len() < self.surfaces.len())
            .then(|| served.iter().map(|s| s.name).collect::<Vec<_>>().join(", "))
    }

    /// The checklist items of this outcome that answer `rule`, a reason against an approach
    /// the outcome chose anyway (`Knowledge::mitigations`); empty when none applies.
    pub fn mitigations(&self, kb: &Knowledge, rule: &str) -> Vec<&'static ChecklistItem> {
        let Some(m) = kb.mitigations.iter().find(|m| m.rule == rule) else {
            return Vec::new();
        };
        m.items
            .iter()
            .filter_map(|id| self.checklist.iter().find(|c| c.id == *id).copied())
            .collect()
    }

    /// The strongest reasons behind the recommendations, shared out between the surfaces so
    /// that every card gets its own: each surface's strongest first, then each one's second,
    /// until `n` are taken (and never fewer than one per surface that has a reason). Meeting
    /// mode and print lead with these.
    pub fn strongest_reasons(&self, n: usize) -> Vec<(&SurfaceResult, &Reason)> {
        let mut out = Vec::new();
        let deepest = self.surfaces.iter().map(|s| s.winner.pros.len()).max();
        for rank in 0..deepest.unwrap_or(0) {
            for s in &self.surfaces {
                let Some(r) = s.winner.pros.get(rank) else {
                    continue;
                };
                if rank > 0 && out.len() >= n {
                    return out;
                }
                out.push((s, r));
            }
        }
        out
    }
}

/// Scores the surfaces only: the part of `recommend` that "what if" re-runs.
pub fn score(kb: &Knowledge, answers: &Answers) -> Vec<SurfaceResult> {
    let ctx = InPlay::new(kb, answers);
    kb.surfaces
        .iter()
        .filter(|s| ctx.holds(&s.present_when))
        .filter_map(|s| score_surface(kb, &ctx, s))
        .collect()
}

/// The full recommendation: per-surface results, what would change them, the checklist, the
/// libraries and the sources.
pub fn recommend(kb: &Knowledge, answers: &Answers) -> Outcome {
    let surfaces = score(kb, answers);
    let changes = changes(kb, answers, &surfaces);
    let winners: Vec<(&str, &str)> = surfaces
        .iter()
        .map(|s| (s.surface.id, s.winner.approach.id))
        .collect();
    let ctx = InPlay::new(kb, answers);
    let checklist: Vec<_> = kb
        .checklist
        .iter()
        .filter(|item| needed(&item.needs, &winners) && ctx.holds(&item.when))
        .collect();
    let libraries = libraries(kb, &ctx, &winners);
    let level = level(kb, answers);
    let sources = cited(kb, &surfaces, &checklist, level.rule.sources);
    Outcome {
        surfaces,
        changes,
        checklist,
        libraries,
        sources,
        level,
    }
}

fn score_surface(kb: &Knowledge, ctx: &InPlay, surface: &'static Surface) -> Option<SurfaceResult> {
    let mut ranked: Vec<Assessment> = surface
        .candidates
        .iter()
        .filter_map(|id| kb.approach(id))
        .map(|approach| assess(kb, ctx, surface, approach))
        .collect();
    // Viable first, then by score, then the simpler approach; the stable sort keeps the
    // surface's own order after that. Scores stay far below a million.
    crate::order::by_key(&mut ranked, |a| {
        let ruled_out = i64::from(!a.is_viable());
        (
            ruled_out * 1_000_000 - i64::from(a.score),
            i64::from(a.approach.complexity),
        )
    });
    let mut ranked = ranked.into_iter();
    let winner = ranked.next()?;
    Some(SurfaceResult {
        surface,
        winner,
        alternatives: ranked.collect(),
    })
}

fn assess(
    kb: &Knowledge,
    ctx: &InPlay,
    surface: &Surface,
    approach: &'static Approach,
) -> Assessment {
    let applies = |surfaces: &[&str], id: &str| id == approach.id && surfaces.contains(&surface.id);
    let mut score = approach.prior;
    let (mut pros, mut cons) = (Vec::new(), Vec::new());
    for rule in kb.rules.iter().filter(|r| applies(r.surfaces, r.approach)) {
        if let Some(facts) = ctx.facts(kb, &rule.when) {
            score += rule.weight;
            let reason = Reason { rule, facts };
            if rule.weight >= 0 {
                pros.push(reason);
            } else {
                cons.push(reason);
            }
        }
    }
    // Stable sorts keep the knowledge base's order among equal weights.
    crate::order::by_key(&mut pros, |r| (-i64::from(r.rule.weight), 0));
    crate::order::by_key(&mut cons, |r| (i64::from(r.rule.weight), 0));
    let blockers = kb
        .constraints
        .iter()
        .filter(|c| applies(c.surfaces, c.approach))
        .filter_map(|c| {
            ctx.facts(kb, &c.when).map(|facts| Blocker {
                constraint: c,
                facts,
            })
        })
        .collect();
    Assessment {
        approach,
        score,
        pros,
        cons,
        blockers,
    }
}

/// The libraries for the recommended approaches: for the stacks the user named (all of them
/// when the stack is open), for mobile when the mobile app is part of the result, for
/// command-line and desktop apps when they are, and the services that work with any stack. Server stacks come in the stack question's order.
fn libraries(kb: &Knowledge, ctx: &InPlay, winners: &[(&str, &str)]) -> Vec<&'static Library> {
    let recommended = |l: &Library, surfaces: &[&str]| {
        l.or_when.as_ref().is_some_and(|c| ctx.holds(c))
            || l.approaches.iter().any(|a| {
                winners
                    .iter()
                    .any(|(s, w)| w == a && (surfaces.is_empty() || surfaces.contains(s)))
            })
    };
    let stack_open = !ctx.is_asked(STACK_QUESTION) || ctx.holds(&Cond::Unsure(STACK_QUESTION));
    let mut out: Vec<&'static Library> = Vec::new();
    for (stack, _) in kb.stacks() {
        if stack_open || ctx.holds(&Cond::Picked(STACK_QUESTION, stack)) {
            out.extend(
                kb.libraries
                    .iter()
                    .filter(|l| l.platform == Platform::Server(stack) && recommended(l, &[])),
            );
        }
    }
    out.extend(
        kb.libraries
            .iter()
            .filter(|l| l.platform == Platform::Mobile && recommended(l, &["mobile"])),
    );
    out.extend(
        kb.libraries
            .iter()
            .filter(|l| l.platform == Platform::Desktop && recommended(l, &["cli"])),
    );
    out.extend(
        kb.libraries
            .iter()
            .filter(|l| l.platform == Platform::Any && recommended(l, &[])),
    );
    out
}

fn needed(needs: &Needs, winners: &[(&str, &str)]) -> bool {
    winners.iter().any(|(s, w)| needs.serves(s, w))
}

fn cited(
    kb: &Knowledge,
    surfaces: &[SurfaceResult],
    checklist: &[&ChecklistItem],
    level: &[&str],
) -> Vec<&'static Source> {
    let mut ids: Vec<&str> = level.to_vec();
    for s in surfaces {
        for a in std::iter::once(&s.winner).chain(&s.alternatives) {
            for r in a.pros.iter().chain(&a.cons) {
                ids.extend(r.rule.sources);
            }
            for b in &a.blockers {
                ids.extend(b.constraint.sources);
            }
        }
    }
    for item in checklist {
        ids.extend(item.sources);
    }
    kb.sources.iter().filter(|s| ids.contains(&s.id)).collect()
}
