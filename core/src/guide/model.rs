//! The shapes of the guide's knowledge: questions, approaches, rules, checklist, sources.
//!
//! Everything here is `'static` data referenced by string ids, so the knowledge base reads as
//! a set of tables. `knowledge::tests` checks that every id it mentions resolves.

/// Identifies a question; also its key in a shared link.
pub type QuestionId = &'static str;
/// Identifies an option within its question; also its value in a shared link.
pub type OptionId = &'static str;
/// Identifies a way of staying authenticated.
pub type ApproachId = &'static str;
/// Identifies a client surface (browser app, mobile app, ...).
pub type SurfaceId = &'static str;
/// Identifies a source document.
pub type SourceId = &'static str;

/// Whether a question takes one option or several.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    One,
    Many,
}

/// One choice a question offers.
#[derive(Debug)]
pub struct Choice {
    pub id: OptionId,
    pub label: &'static str,
    /// A short line under the label that removes ambiguity.
    pub hint: &'static str,
}

/// A question of the guide.
#[derive(Debug)]
pub struct Question {
    pub id: QuestionId,
    /// The theme it belongs to, shown above the question.
    pub topic: &'static str,
    pub text: &'static str,
    /// A short label for summaries ("Revocation").
    pub short: &'static str,
    /// "Why we ask": what the answer changes.
    pub why: &'static str,
    pub kind: Kind,
    pub choices: &'static [Choice],
    /// The question is asked only when this holds; otherwise it is skipped.
    pub ask_when: Cond,
}

/// A condition over the answers. Unanswered questions count as "Not sure"; questions that are
/// skipped make every condition on them false.
#[derive(Debug)]
pub enum Cond {
    Always,
    /// The question's answer includes this option.
    Picked(QuestionId, OptionId),
    /// The question's answer includes at least one of these options.
    PickedAny(QuestionId, &'static [OptionId]),
    /// The user said "Not sure" (or left it unanswered) and the question applies.
    Unsure(QuestionId),
    Not(&'static Cond),
    All(&'static [Cond]),
    Any(&'static [Cond]),
}

/// A client surface that gets its own recommendation.
#[derive(Debug)]
pub struct Surface {
    pub id: SurfaceId,
    pub name: &'static str,
    /// The surface is part of the result when this holds.
    pub present_when: Cond,
    /// The approaches that make sense for this surface, in the order that breaks ties
    /// (simplest first).
    pub candidates: &'static [ApproachId],
}

/// A way of keeping users or services authenticated.
#[derive(Debug)]
pub struct Approach {
    pub id: ApproachId,
    pub name: &'static str,
    /// One sentence on how it works.
    pub summary: &'static str,
    /// Score before any answer is considered: how much complexity it costs by default.
    pub prior: i32,
}

/// A weighted, sourced reason for or against an approach, triggered by answers.
#[derive(Debug)]
pub struct Rule {
    pub id: &'static str,
    pub when: Cond,
    /// The surfaces it applies to.
    pub surfaces: &'static [SurfaceId],
    pub approach: ApproachId,
    /// Positive favours the approach, negative counts against it.
    pub weight: i32,
    pub reason: &'static str,
    pub sources: &'static [SourceId],
}

/// A hard constraint: when it holds, the approach is not viable for those surfaces.
#[derive(Debug)]
pub struct Constraint {
    pub id: &'static str,
    pub when: Cond,
    pub surfaces: &'static [SurfaceId],
    pub approach: ApproachId,
    pub reason: &'static str,
    pub sources: &'static [SourceId],
}

/// When a checklist item applies, in terms of the recommendation.
#[derive(Debug)]
pub enum Needs {
    Always,
    /// Some surface is recommended one of these approaches.
    AnyOf(&'static [ApproachId]),
    /// This surface is recommended one of these approaches.
    On(SurfaceId, &'static [ApproachId]),
}

/// One step of the implementation checklist.
#[derive(Debug)]
pub struct ChecklistItem {
    pub id: &'static str,
    pub topic: &'static str,
    pub text: &'static str,
    pub needs: Needs,
    pub sources: &'static [SourceId],
}

/// A maintained library for one stack that implements one or more approaches.
#[derive(Debug)]
pub struct Library {
    pub stack: &'static str,
    pub name: &'static str,
    pub url: &'static str,
    pub approaches: &'static [ApproachId],
    pub note: &'static str,
}

/// A document the knowledge cites.
#[derive(Debug)]
pub struct Source {
    pub id: SourceId,
    /// The short form shown next to a claim ("RFC 8725 §3.1").
    pub cite: &'static str,
    pub title: &'static str,
    /// Where to read it; empty when the source has no stable public address.
    pub url: &'static str,
}

/// The whole knowledge base.
#[derive(Debug)]
pub struct Knowledge {
    pub version: &'static str,
    /// ISO date the rules were last checked against their sources.
    pub reviewed: &'static str,
    pub questions: &'static [Question],
    pub surfaces: &'static [Surface],
    pub approaches: &'static [Approach],
    pub rules: &'static [Rule],
    pub constraints: &'static [Constraint],
    pub checklist: &'static [ChecklistItem],
    /// Stacks in display order; every library names one of these.
    pub stacks: &'static [&'static str],
    pub libraries: &'static [Library],
    pub sources: &'static [Source],
}

impl Knowledge {
    pub fn question(&self, id: &str) -> Option<&'static Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    pub fn approach(&self, id: &str) -> Option<&'static Approach> {
        self.approaches.iter().find(|a| a.id == id)
    }

    pub fn surface(&self, id: &str) -> Option<&'static Surface> {
        self.surfaces.iter().find(|s| s.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&'static Source> {
        self.sources.iter().find(|s| s.id == id)
    }
}

impl Question {
    pub fn choice(&self, id: &str) -> Option<&'static Choice> {
        self.choices.iter().find(|c| c.id == id)
    }
}

/// Label shown for the "Not sure" answer everywhere.
pub const NOT_SURE: &str = "Not sure";
/// The value of "Not sure" in links.
pub const NOT_SURE_ID: &str = "unsure";

/// Knowledge entries are equal when their ids are: ids are unique (checked by the knowledge
/// base's tests), so comparing whole texts would only be slower.
macro_rules! identified_by_id {
    ($($t:ty),*) => {$(
        impl PartialEq for $t {
            fn eq(&self, other: &Self) -> bool {
                self.id == other.id
            }
        }
        impl Eq for $t {}
    )*};
}

identified_by_id!(Question, Choice, Surface, Approach);
