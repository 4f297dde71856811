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
    /// Exactly one option: radio buttons, and one value in a link.
    One,
    /// Any number of options: checkboxes ("tick all that apply").
    Many,
}

/// One choice a question offers.
#[derive(Debug)]
pub struct Choice {
    /// Unique within its question; the answer's value in a shared link, so short and stable.
    pub id: OptionId,
    /// The option as the questionnaire and the summaries show it.
    pub label: &'static str,
    /// A short line under the label that removes ambiguity.
    pub hint: &'static str,
}

/// A question of the guide.
#[derive(Debug)]
pub struct Question {
    /// Unique among the questions; the answer's key in a shared link, so short and stable.
    pub id: QuestionId,
    /// The theme it belongs to, shown above the question.
    pub topic: &'static str,
    /// The question as it is asked ("Who calls your system?").
    pub text: &'static str,
    /// A short label for summaries ("Revocation").
    pub short: &'static str,
    /// "Why we ask": what the answer changes.
    pub why: &'static str,
    /// Whether it takes one option or several.
    pub kind: Pick,
    /// The options it offers, in the order they are shown; the page adds "Not sure" after them.
    pub choices: &'static [Choice],
    /// The question is asked only when this holds; otherwise it is skipped.
    pub ask_when: Cond,
}

/// A condition over the answers. Unanswered questions count as "Not sure"; questions that are
/// skipped make every condition on them false.
#[derive(Debug)]
pub enum Cond {
    /// Holds whatever the answers.
    Always,
    /// The question's answer includes this option.
    Picked(QuestionId, OptionId),
    /// The question's answer includes at least one of these options.
    PickedAny(QuestionId, &'static [OptionId]),
    /// The user said "Not sure" (or left it unanswered) and the question applies.
    Unsure(QuestionId),
    /// Holds when the inner condition does not.
    Not(&'static Cond),
    /// Holds when every one of these holds (and so when the list is empty).
    All(&'static [Cond]),
    /// Holds when at least one of these holds.
    Any(&'static [Cond]),
}

/// A client surface that gets its own recommendation.
#[derive(Debug)]
pub struct Surface {
    /// Unique among the surfaces; the key rules, constraints and the checklist use for it.
    pub id: SurfaceId,
    /// Its name as a heading: "Browser app".
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
    /// Unique among the approaches; the key rules, candidates and libraries use for it.
    pub id: ApproachId,
    /// Its full name as a heading: "Server-side session".
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
    /// The surface on which the approach works differently.
    pub surface: SurfaceId,
    /// The approach described.
    pub approach: ApproachId,
    /// One sentence on how it works on that surface, in place of the approach's own.
    pub summary: &'static str,
}

/// A weighted, sourced reason for or against an approach, triggered by answers.
#[derive(Debug)]
pub struct Rule {
    /// Unique among the rules: a stable name for it (`ssr-session`).
    pub id: &'static str,
    /// The answers that trigger it.
    pub when: Cond,
    /// The surfaces it applies to.
    pub surfaces: &'static [SurfaceId],
    /// The approach it counts for or against.
    pub approach: ApproachId,
    /// Positive favours the approach, negative counts against it.
    pub weight: i32,
    /// Why, in words that read on their own next to the answer that triggered it.
    pub reason: &'static str,
    /// The documents that back the reason; a heavy rule (above 2 either way) cites more than
    /// articles.
    pub sources: &'static [SourceId],
}

/// A hard constraint: when it holds, the approach is not viable for those surfaces.
#[derive(Debug)]
pub struct Constraint {
    /// Unique among the constraints: a stable name for it (`no-store-no-hybrid`).
    pub id: &'static str,
    /// The answers under which the approach is ruled out.
    pub when: Cond,
    /// The surfaces it applies to.
    pub surfaces: &'static [SurfaceId],
    /// The approach it rules out.
    pub approach: ApproachId,
    /// Why the approach cannot work there, in words that read on their own.
    pub reason: &'static str,
    /// The documents that back it.
    pub sources: &'static [SourceId],
}

/// When a checklist item applies, in terms of the recommendation.
#[derive(Debug)]
pub enum Needs {
    /// Whatever the recommendation.
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
    /// Unique within the checklist.
    pub id: &'static str,
    /// The heading it is grouped under; consecutive items with the same topic share one.
    pub topic: &'static str,
    /// The step in a few words, for a sentence that names it ("the access token in memory
    /// only"): the decision record's mitigations.
    pub short: &'static str,
    /// The step itself, as the reader should carry it out.
    pub text: &'static str,
    /// What the recommendation must contain for the item to apply.
    pub needs: Needs,
    /// What the answers must say as well (`Cond::Always` for most items): timeouts follow
    /// what is at stake, ID-token checks follow single sign-on.
    pub when: Cond,
    /// The documents that back the step.
    pub sources: &'static [SourceId],
}

/// Where a library runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Platform {
    /// A server stack: the id of an option of the `stack` question.
    Server(OptionId),
    /// Native iOS or Android apps; shown when the mobile app is part of the result.
    Mobile,
    /// Command-line and desktop apps, whatever the server stack; shown when that client is
    /// part of the result.
    Desktop,
    /// Any stack: a hosted service or infrastructure.
    Any,
}

/// How actively a library is kept, as its repository showed when it was checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Maintenance {
    /// Releases and security fixes keep coming.
    Active,
    /// Security fixes only; no new features.
    MaintenanceMode,
    /// No releases or security fixes: do not start with it.
    Unmaintained,
}

impl Maintenance {
    /// The status in words, as the library list shows it.
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
    /// Where the advisory is published.
    pub url: &'static str,
    /// The release that fixed it, on the line the floor names ("4.12.21"; with the floor's own
    /// prefix where it has one, "Go 1.25.1"). A floor below it is a mistake a test catches.
    pub fixed: &'static str,
}

/// A maintained library that implements one or more approaches.
#[derive(Debug)]
pub struct Library {
    /// Where it runs, and so the heading it is listed under.
    pub platform: Platform,
    /// The library's name, as its registry or repository spells it.
    pub name: &'static str,
    /// Its page in a registry or repository; empty when it has none to link.
    pub url: &'static str,
    /// The approaches it implements; the result offers it when one of them is recommended.
    pub approaches: &'static [ApproachId],
    /// One line on what it does, shown next to its name.
    pub note: &'static str,
    /// The lowest release without a known advisory, when one applies.
    pub min_version: Option<&'static str>,
    /// The advisory that sets `min_version`, linked from the list.
    pub advisory: Option<Advisory>,
    /// How actively it is kept, as its repository showed on the review date.
    pub status: Maintenance,
    /// Shown also when this holds, whatever won: sign-in libraries when people sign in with
    /// another account.
    pub or_when: Option<Cond>,
    /// When the entry was last checked against advisories and releases (YYYY-MM-DD).
    pub checked: &'static str,
}

impl Platform {
    /// The heading the library is listed under: the stack's name, "Native mobile apps",
    /// "Command-line and desktop apps" or "Any stack".
    pub fn name(self, kb: &Knowledge) -> &'static str {
        match self {
            Platform::Server(id) => kb
                .stacks()
                .find(|(s, _)| *s == id)
                .map_or("Other stacks", |(_, name)| name),
            Platform::Mobile => "Native mobile apps",
            Platform::Desktop => "Command-line and desktop apps",
            Platform::Any => "Any stack",
        }
    }
}

impl Library {
    /// The version to use and how the library is kept, in words, with the date both were
    /// checked: "10.3.0 or later (fixes CVE-2026-25537); actively maintained (checked
    /// 2026-12-06)".
    pub fn safety(&self) -> String {
        format!("{} (checked {})", self.standing(), self.checked)
    }

    fn standing(&self) -> String {
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
    /// Unique among the sources: what rules, the checklist and the glossary cite it by.
    pub id: SourceId,
    /// The short form shown next to a claim ("RFC 8725 §3.1").
    pub cite: &'static str,
    /// The document's title, with the section cited.
    pub title: &'static str,
    /// A deep link to the section cited; empty only for a measurement.
    pub url: &'static str,
    /// What kind of document it is, which decides what it may back.
    pub kind: SourceKind,
    /// ISO date the claim was last checked against the document.
    pub checked: &'static str,
}

/// An ASVS 5.0 verification level: how much assurance the answers call for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// The minimum: low-value data and little harm.
    L1,
    /// What ASVS says most applications should aim for.
    L2,
    /// The highest: severe harm or regulated data such as banking and health.
    L3,
}

impl Level {
    /// "Level 2": as the result and the record name it.
    pub fn name(self) -> &'static str {
        match self {
            Level::L1 => "Level 1",
            Level::L2 => "Level 2",
            Level::L3 => "Level 3",
        }
    }

    /// The NIST SP 800-63B-4 authentication assurance level whose timeouts go with it.
    pub fn aal(self) -> &'static str {
        match self {
            Level::L1 => "AAL1",
            Level::L2 => "AAL2",
            Level::L3 => "AAL3",
        }
    }
}

/// What the checklist does about a reason that counts against an approach: when the approach
/// is chosen anyway, the decision record names these items beside the consequence.
#[derive(Debug)]
pub struct Mitigation {
    /// The id of a rule with a negative weight.
    pub rule: &'static str,
    /// The ids of the checklist items that reduce what the rule warns about, most direct first.
    pub items: &'static [&'static str],
}

/// When the answers call for an assurance level, and why.
#[derive(Debug)]
pub struct LevelRule {
    /// The level this rule assigns.
    pub level: Level,
    /// The answers that call for it; the first rule that holds decides.
    pub when: Cond,
    /// Why, in words that read on their own next to the answers.
    pub reason: &'static str,
    /// The documents behind the reason.
    pub sources: &'static [SourceId],
}

/// One entry of "What changed in this review", so a returning team sees what moved and why.
#[derive(Debug)]
pub struct ReviewChange {
    /// What changed and why, in a few sentences.
    pub text: &'static str,
    /// The documents behind the change.
    pub sources: &'static [SourceId],
}

/// The whole knowledge base.
#[derive(Debug)]
pub struct Knowledge {
    /// The rule base's version, which the result, its printout and the decision record quote.
    pub version: &'static str,
    /// ISO date the rules were last checked against their sources.
    pub reviewed: &'static str,
    /// The questions, in the order they are asked.
    pub questions: &'static [Question],
    /// The client surfaces that can each get a recommendation.
    pub surfaces: &'static [Surface],
    /// Every approach the engine weighs.
    pub approaches: &'static [Approach],
    /// Summaries for the surfaces where the approach's own would mislead.
    pub summaries: &'static [SurfaceSummary],
    /// The weighted reasons for and against approaches.
    pub rules: &'static [Rule],
    /// The hard constraints that rule approaches out.
    pub constraints: &'static [Constraint],
    /// The implementation checklist, in the order it is shown.
    pub checklist: &'static [ChecklistItem],
    /// The maintained libraries, platform by platform.
    pub libraries: &'static [Library],
    /// Every document the knowledge cites.
    pub sources: &'static [Source],
    /// What this review of the rule base changed, newest review only.
    pub review: &'static [ReviewChange],
    /// The assurance levels, tried in order; the last one holds whatever the answers.
    pub levels: &'static [LevelRule],
    /// Which checklist items answer which reasons against an approach.
    pub mitigations: &'static [Mitigation],
}

impl Knowledge {
    /// The question with this id, if there is one.
    pub fn question(&self, id: &str) -> Option<&'static Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    /// The approach with this id, if there is one.
    pub fn approach(&self, id: &str) -> Option<&'static Approach> {
        self.approaches.iter().find(|a| a.id == id)
    }

    /// The surface with this id, if there is one.
    pub fn surface(&self, id: &str) -> Option<&'static Surface> {
        self.surfaces.iter().find(|s| s.id == id)
    }

    /// The source with this id, if there is one.
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

/// The card that holds the sign-in decision (who signs people in), which the record's title
/// names first. `knowledge::tests` checks that a surface has this id.
pub const SIGN_IN_SURFACE: SurfaceId = "signin";

/// The question whose options are the server stacks libraries are listed for.
pub const STACK_QUESTION: QuestionId = "stack";

impl Question {
    /// The option with this id, if the question offers one.
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
