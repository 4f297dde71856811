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

/// Whether a question takes one option (`One`) or several (`Many`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pick {
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
    pub kind: Pick,
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
    /// The surface inside a sentence: "the browser app", "calls between our services".
    pub short: &'static str,
    /// The surface is part of the result when this holds.
    pub present_when: Cond,
    /// The approaches that make sense for this surface, in the order they are shown.
    pub candidates: &'static [ApproachId],
}

/// A way of keeping users or services authenticated.
#[derive(Debug)]
pub struct Approach {
    pub id: ApproachId,
    pub name: &'static str,
    /// The name inside a sentence: "server-side sessions", "a backend-for-frontend".
    pub short: &'static str,
    /// One sentence on how it works.
    pub summary: &'static str,
    /// The work choosing it creates, each an infinitive a team can put on its plan ("run a
    /// session store…"): the decision record's consequences.
    pub work: &'static [&'static str],
    /// Score before any answer is considered: the head start of the simplest defaults.
    pub prior: i32,
    /// Where it stands in the complexity order that breaks ties (0 is the simplest): how many
    /// moving parts a team must build and keep correct. `knowledge::approaches` documents the
    /// order and a test keeps it total.
    pub complexity: u8,
}

/// How an approach works on one surface, where the general summary would describe it wrongly
/// (a session in a native app has no cookie).
#[derive(Debug)]
pub struct SurfaceSummary {
    pub surface: SurfaceId,
    pub approach: ApproachId,
    pub summary: &'static str,
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
    /// This surface is part of the result, whatever it is recommended.
    Surface(SurfaceId),
}

impl Needs {
    /// Whether a surface recommended `winner` needs the item.
    pub fn serves(&self, surface: &str, winner: &str) -> bool {
        match self {
            Needs::Always => true,
            Needs::AnyOf(ids) => ids.contains(&winner),
            Needs::On(s, ids) => *s == surface && ids.contains(&winner),
            Needs::Surface(s) => *s == surface,
        }
    }
}

/// One step of the implementation checklist.
#[derive(Debug)]
pub struct ChecklistItem {
    pub id: &'static str,
    pub topic: &'static str,
    pub text: &'static str,
    /// What the recommendation must contain for the item to apply.
    pub needs: Needs,
    /// What the answers must say as well (`Cond::Always` for most items): timeouts follow
    /// what is at stake, ID-token checks follow single sign-on.
    pub when: Cond,
    pub sources: &'static [SourceId],
}

/// Where a library runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Platform {
    /// A server stack: the id of an option of the `stack` question.
    Server(OptionId),
    /// Native iOS or Android apps; shown when the mobile app is part of the result.
    Mobile,
    /// Any stack: a hosted service or infrastructure.
    Any,
}

/// How actively a library is kept, as its repository showed when it was checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Maintenance {
    Active,
    /// Security fixes only; no new features.
    MaintenanceMode,
    /// No releases or security fixes: do not start with it.
    Unmaintained,
}

impl Maintenance {
    pub fn label(self) -> &'static str {
        match self {
            Maintenance::Active => "actively maintained",
            Maintenance::MaintenanceMode => "maintenance mode (security fixes only)",
            Maintenance::Unmaintained => "unmaintained",
        }
    }
}

/// The advisory that sets a library's minimum safe version.
#[derive(Debug)]
pub struct Advisory {
    /// "CVE-2025-30204" or "GHSA-…".
    pub id: &'static str,
    pub url: &'static str,
}

/// A maintained library that implements one or more approaches.
#[derive(Debug)]
pub struct Library {
    pub platform: Platform,
    pub name: &'static str,
    pub url: &'static str,
    pub approaches: &'static [ApproachId],
    pub note: &'static str,
    /// The lowest release without a known advisory, when one applies.
    pub min_version: Option<&'static str>,
    pub advisory: Option<Advisory>,
    pub status: Maintenance,
    /// Shown also when this holds, whatever won: sign-in libraries when people sign in with
    /// another account.
    pub or_when: Option<Cond>,
}

impl Platform {
    /// The heading the library is listed under: the stack's name, "Native mobile apps" or
    /// "Any stack".
    pub fn name(self, kb: &Knowledge) -> &'static str {
        match self {
            Platform::Server(id) => kb
                .stacks()
                .find(|(s, _)| *s == id)
                .map_or("Other stacks", |(_, name)| name),
            Platform::Mobile => "Native mobile apps",
            Platform::Any => "Any stack",
        }
    }
}

impl Library {
    /// The version to use and how the library is kept, in words: "10.3.0 or later (fixes
    /// CVE-2026-25537); actively maintained".
    pub fn safety(&self) -> String {
        let version = match (self.min_version, &self.advisory) {
            (Some(v), Some(a)) => format!("{v} or later (fixes {})", a.id),
            (Some(v), None) => format!("{v} or later"),
            (None, _) => String::new(),
        };
        match (self.status, version.is_empty()) {
            (Maintenance::Unmaintained, true) => {
                "unmaintained: do not start new work with it".to_string()
            }
            (Maintenance::Unmaintained, false) => {
                format!("unmaintained: do not start new work with it; where it stays, {version}")
            }
            (status, true) => status.label().to_string(),
            (status, false) => format!("{version}; {}", status.label()),
        }
    }
}

/// What kind of document a source is: the rules rest on primary sources; articles and the
/// project's own measurements only supply figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceKind {
    /// A standard or normative guide: RFC, NIST, W3C, OWASP, ASVS, OpenID.
    Primary,
    /// A vendor's or project's own documentation.
    Vendor,
    /// A blog post the product grew out of; figures only.
    Article,
    /// A measurement or estimate made for this project; it has no public address.
    Measurement,
}

/// A document the knowledge cites.
#[derive(Debug)]
pub struct Source {
    pub id: SourceId,
    /// The short form shown next to a claim ("RFC 8725 §3.1").
    pub cite: &'static str,
    pub title: &'static str,
    /// A deep link to the section cited; empty only for a measurement.
    pub url: &'static str,
    pub kind: SourceKind,
    /// ISO date the claim was last checked against the document.
    pub checked: &'static str,
}

/// One entry of "What changed in this review", so a returning team sees what moved and why.
#[derive(Debug)]
pub struct ReviewChange {
    pub text: &'static str,
    pub sources: &'static [SourceId],
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
    /// Summaries for the surfaces where the approach's own would mislead.
    pub summaries: &'static [SurfaceSummary],
    pub rules: &'static [Rule],
    pub constraints: &'static [Constraint],
    pub checklist: &'static [ChecklistItem],
    pub libraries: &'static [Library],
    pub sources: &'static [Source],
    /// What this review of the rule base changed, newest review only.
    pub review: &'static [ReviewChange],
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

    /// How `approach` works on `surface`: the surface's own summary, or the approach's.
    pub fn summary(&self, surface: &str, approach: &'static Approach) -> &'static str {
        self.summaries
            .iter()
            .find(|s| s.surface == surface && s.approach == approach.id)
            .map_or(approach.summary, |s| s.summary)
    }

    /// The server stacks, in the order the stack question lists them: (option id, name).
    pub fn stacks(&self) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
        self.question(STACK_QUESTION)
            .into_iter()
            .flat_map(|q| q.choices.iter().map(|c| (c.id, c.label)))
    }
}

/// The question whose options are the server stacks libraries are listed for.
pub const STACK_QUESTION: QuestionId = "stack";

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
