//! The organisational health check: where the business stands before it plans.
//!
//! Longer than 500 lines because it holds the health check's prompts, types, scores and commands;
//! it becomes domain/health/ with the section folders (issue 13).
//!
//! "Know where you are before the map helps" (seed 003). A starting point (where we are, the
//! goal, the concrete future state, the resources at hand and their gaps), then four contexts
//! (customer, business, external, internal; DOMAIN.md §1), each a set of prompts answered in
//! free text with a self-rating of 1–5 or "don't know" and a note on the evidence.
//!
//! Everything that can be computed from the answers is computed here, natively tested: the
//! score of each context, how complete each step is, the two weakest areas, and the next steps
//! the method recommends. The UI only shows them. Prompts are identified by stable string keys
//! (`customer-segments`), which are also the stem of their i18n messages.

pub mod command;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::BTreeMap;

/// Longest answer or note, in characters.
pub const MAX_ANSWER_CHARS: usize = 5_000;
/// Longest prompt key a plan may hold (an answer's key, a card's source), in bytes; every
/// key of [`PROMPTS`] is far shorter.
pub const MAX_KEY_LEN: usize = 64;

/// One of the four areas the health check looks at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Context {
    /// Who the customers are and how they see the business.
    Customer,
    /// Strategy, positioning, partners and identity.
    Business,
    /// Stakeholders outside: consumers, media, affiliates, the wider environment.
    External,
    /// Budget, culture and expertise inside.
    Internal,
}

impl Context {
    /// Every context, in wizard order.
    pub const ALL: [Context; 4] = [
        Context::Customer,
        Context::Business,
        Context::External,
        Context::Internal,
    ];

    /// A stable key, also the stem of its i18n messages (`hc-context-customer`).
    pub fn key(self) -> &'static str {
        match self {
            Context::Customer => "customer",
            Context::Business => "business",
            Context::External => "external",
            Context::Internal => "internal",
        }
    }

    /// The prompts of this context, in order.
    pub fn prompts(self) -> impl Iterator<Item = &'static Prompt> {
        PROMPTS.iter().filter(move |p| p.context == self)
    }

    /// Whether an answer here describes the business itself (so it becomes a strength or a
    /// weakness in the SWOT) rather than the world around it (an opportunity or a threat).
    pub fn is_internal(self) -> bool {
        matches!(self, Context::Business | Context::Internal)
    }
}

/// A question of the health check.
#[derive(Debug, PartialEq, Eq)]
pub struct Prompt {
    /// Stable key, stored in the plan and the stem of the i18n messages
    /// (`hc-<key>-q`, `hc-<key>-help`, `hc-<key>-example`).
    pub key: &'static str,
    /// The context it belongs to.
    pub context: Context,
}

/// Every prompt, grouped by context in wizard order (DOMAIN.md §1).
///
/// A key, once released, is never removed or renamed: answers to a key this build does not know
/// are kept (a newer build may have added it), but a SWOT card whose source is not one of
/// these keys is refused by `Plan::validate` (no command of this build can make it), so a build
/// that adds a prompt bumps `schema::CURRENT_VERSION` for older builds to keep its plans aside
/// rather than refuse them as broken.
pub const PROMPTS: &[Prompt] = &[
    Prompt {
        key: "customer-segments",
        context: Context::Customer,
    },
    Prompt {
        key: "customer-awareness",
        context: Context::Customer,
    },
    Prompt {
        key: "customer-reputation",
        context: Context::Customer,
    },
    Prompt {
        key: "customer-competition",
        context: Context::Customer,
    },
    Prompt {
        key: "business-strategy",
        context: Context::Business,
    },
    Prompt {
        key: "business-positioning",
        context: Context::Business,
    },
    Prompt {
        key: "business-partners",
        context: Context::Business,
    },
    Prompt {
        key: "business-identity",
        context: Context::Business,
    },
    Prompt {
        key: "external-consumers",
        context: Context::External,
    },
    Prompt {
        key: "external-media",
        context: Context::External,
    },
    Prompt {
        key: "external-affiliates",
        context: Context::External,
    },
    Prompt {
        key: "external-environment",
        context: Context::External,
    },
    Prompt {
        key: "internal-budget",
        context: Context::Internal,
    },
    Prompt {
        key: "internal-culture",
        context: Context::Internal,
    },
    Prompt {
        key: "internal-expertise",
        context: Context::Internal,
    },
    Prompt {
        key: "internal-capacity",
        context: Context::Internal,
    },
];

/// The prompt with `key`, if there is one.
pub fn prompt(key: &str) -> Option<&'static Prompt> {
    PROMPTS.iter().find(|p| p.key == key)
}

/// How strong the business is on a prompt, in the user's own judgement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rating {
    /// 1 (weak) to 5 (strong).
    Score(u8),
    /// The user does not know: left out of the score, and a reason to find out.
    DontKnow,
}

impl Rating {
    /// A score of 1..=5; anything else is refused.
    pub fn score(n: u8) -> Option<Rating> {
        (1..=5).contains(&n).then_some(Rating::Score(n))
    }
}

// Stored as a number 1–5 or the string "unknown".
impl Serialize for Rating {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Rating::Score(n) => s.serialize_u8(*n),
            Rating::DontKnow => s.serialize_str("unknown"),
        }
    }
}

impl<'de> Deserialize<'de> for Rating {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Number(u64),
            Text(String),
        }
        match Raw::deserialize(d)? {
            Raw::Number(n) => u8::try_from(n)
                .ok()
                .and_then(Rating::score)
                .ok_or_else(|| serde::de::Error::custom("a rating is 1 to 5")),
            Raw::Text(t) if t == "unknown" => Ok(Rating::DontKnow),
            Raw::Text(_) => Err(serde::de::Error::custom(
                "a rating is 1 to 5 or \"unknown\"",
            )),
        }
    }
}

/// Where an answer comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EvidenceKind {
    /// Research: surveys, interviews, focus groups, third-party studies.
    Research,
    /// Data: analytics, sales figures, search and social metrics.
    Data,
    /// Opinion: what the team believes, not yet checked.
    Opinion,
}

impl EvidenceKind {
    /// Every kind, in menu order.
    pub const ALL: [EvidenceKind; 3] = [
        EvidenceKind::Research,
        EvidenceKind::Data,
        EvidenceKind::Opinion,
    ];

    /// A stable key, also the stem of its i18n message.
    pub fn key(self) -> &'static str {
        match self {
            EvidenceKind::Research => "research",
            EvidenceKind::Data => "data",
            EvidenceKind::Opinion => "opinion",
        }
    }
}

/// The answer to one prompt.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    /// What the user wrote.
    #[serde(default)]
    pub text: String,
    /// The self-rating, if given.
    #[serde(default)]
    pub rating: Option<Rating>,
    /// Where the answer comes from, if said.
    #[serde(default)]
    pub evidence_kind: Option<EvidenceKind>,
    /// A note on the evidence (a survey, a report, a figure).
    #[serde(default)]
    pub evidence: String,
}

impl Answer {
    /// Whether the user wrote or rated anything.
    pub fn is_answered(&self) -> bool {
        !self.text.trim().is_empty() || self.rating.is_some()
    }

    fn is_empty(&self) -> bool {
        *self == Answer::default()
    }
}

/// How big the ambition is (seed 003).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum GoalScope {
    /// The company's overall strategy for the year.
    Annual,
    /// A micro-strategy for one launch or campaign.
    Micro,
}

/// A resource the plan will draw on (seed 003: people, budget, time, expertise).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ResourceKind {
    /// Who can work on it.
    People,
    /// The money available.
    Budget,
    /// The time available.
    Time,
    /// The skills at hand.
    Expertise,
}

impl ResourceKind {
    /// Every kind, in form order.
    pub const ALL: [ResourceKind; 4] = [
        ResourceKind::People,
        ResourceKind::Budget,
        ResourceKind::Time,
        ResourceKind::Expertise,
    ];

    /// A stable key, also the stem of its i18n messages.
    pub fn key(self) -> &'static str {
        match self {
            ResourceKind::People => "people",
            ResourceKind::Budget => "budget",
            ResourceKind::Time => "time",
            ResourceKind::Expertise => "expertise",
        }
    }
}

/// What is at hand of one resource, and what is missing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Resource {
    /// What the business has.
    #[serde(default)]
    pub have: String,
    /// Where extra support is needed (the gap).
    #[serde(default)]
    pub gap: String,
}

/// The starting point: where we are and where we want to be.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StartingPoint {
    /// Where the business is now.
    #[serde(default)]
    pub now: String,
    /// A year-long strategy or a micro-strategy for one launch.
    #[serde(default)]
    pub scope: Option<GoalScope>,
    /// The goal: what the strategy should accomplish.
    #[serde(default)]
    pub goal: String,
    /// The concrete future state: move X units, enter a territory, launch a product…
    #[serde(default)]
    pub future_state: String,
    /// The inventory of resources, with a gap note for each.
    #[serde(default)]
    pub resources: Resources,
}

/// The four resources of the inventory.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Resources {
    /// Who can work on it.
    #[serde(default)]
    pub people: Resource,
    /// The money available.
    #[serde(default)]
    pub budget: Resource,
    /// The time available.
    #[serde(default)]
    pub time: Resource,
    /// The skills at hand.
    #[serde(default)]
    pub expertise: Resource,
}

impl Resources {
    /// The resource of `kind`.
    pub fn get(&self, kind: ResourceKind) -> &Resource {
        match kind {
            ResourceKind::People => &self.people,
            ResourceKind::Budget => &self.budget,
            ResourceKind::Time => &self.time,
            ResourceKind::Expertise => &self.expertise,
        }
    }

    /// The resource of `kind`, to change.
    pub fn get_mut(&mut self, kind: ResourceKind) -> &mut Resource {
        match kind {
            ResourceKind::People => &mut self.people,
            ResourceKind::Budget => &mut self.budget,
            ResourceKind::Time => &mut self.time,
            ResourceKind::Expertise => &mut self.expertise,
        }
    }

    /// Every resource with its kind.
    pub fn all(&self) -> impl Iterator<Item = (ResourceKind, &Resource)> {
        ResourceKind::ALL.into_iter().map(|k| (k, self.get(k)))
    }
}

/// A text field of the starting point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StartField {
    /// Where we are now.
    Now,
    /// The goal.
    Goal,
    /// The concrete future state.
    FutureState,
}

/// A step of the wizard.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Step {
    /// The starting point.
    #[default]
    Start,
    /// One context.
    Customer,
    /// One context.
    Business,
    /// One context.
    External,
    /// One context.
    Internal,
    /// Scores, chart and next steps.
    Summary,
}

impl Step {
    /// Every step, in order.
    pub const ALL: [Step; 6] = [
        Step::Start,
        Step::Customer,
        Step::Business,
        Step::External,
        Step::Internal,
        Step::Summary,
    ];

    /// The context this step asks about, if it is a context step.
    pub fn context(self) -> Option<Context> {
        match self {
            Step::Customer => Some(Context::Customer),
            Step::Business => Some(Context::Business),
            Step::External => Some(Context::External),
            Step::Internal => Some(Context::Internal),
            Step::Start | Step::Summary => None,
        }
    }

    /// A stable key, also the stem of its i18n messages.
    pub fn key(self) -> &'static str {
        match self {
            Step::Start => "start",
            Step::Customer => "customer",
            Step::Business => "business",
            Step::External => "external",
            Step::Internal => "internal",
            Step::Summary => "summary",
        }
    }

    /// The step after this one.
    pub fn next(self) -> Option<Step> {
        let i = Step::ALL.iter().position(|s| *s == self)?;
        Step::ALL.get(i + 1).copied()
    }

    /// The step before this one.
    pub fn previous(self) -> Option<Step> {
        let i = Step::ALL.iter().position(|s| *s == self)?;
        i.checked_sub(1).and_then(|i| Step::ALL.get(i).copied())
    }
}

/// The health check section of a plan.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HealthCheck {
    /// The starting point.
    #[serde(default)]
    pub start: StartingPoint,
    /// Answers by prompt key. Unknown keys (from a newer Waymark) are kept as they are.
    #[serde(default)]
    pub answers: BTreeMap<String, Answer>,
    /// The step the user was on, so the wizard opens there again.
    #[serde(default)]
    pub step: Step,
}

impl HealthCheck {
    /// The answer to `key` (an empty one when there is none).
    pub fn answer(&self, key: &str) -> Answer {
        self.answers.get(key).cloned().unwrap_or_default()
    }

    /// Changes the answer to `key` with `f`, dropping it when it becomes empty.
    pub fn update_answer(&mut self, key: &str, f: impl FnOnce(&mut Answer)) {
        let mut answer = self.answer(key);
        f(&mut answer);
        if answer.is_empty() {
            self.answers.remove(key);
        } else {
            self.answers.insert(key.to_owned(), answer);
        }
    }

    /// The score of one context.
    pub fn score(&self, context: Context) -> ContextScore {
        let mut score = ContextScore {
            context,
            mean: None,
            rated: 0,
            dont_know: 0,
            answered: 0,
            total: 0,
        };
        let mut sum = 0u32;
        for prompt in context.prompts() {
            score.total += 1;
            let answer = self.answer(prompt.key);
            if answer.is_answered() {
                score.answered += 1;
            }
            match answer.rating {
                Some(Rating::Score(n)) => {
                    score.rated += 1;
                    sum += u32::from(n);
                }
                Some(Rating::DontKnow) => score.dont_know += 1,
                None => {}
            }
        }
        if score.rated > 0 {
            score.mean = Some(f64::from(sum) / score.rated as f64);
        }
        score
    }

    /// The scores of all four contexts, in wizard order.
    pub fn scores(&self) -> Vec<ContextScore> {
        Context::ALL.into_iter().map(|c| self.score(c)).collect()
    }

    /// The (at most) two contexts with the lowest scores, weakest first. Contexts without a
    /// score are left out; ties keep wizard order.
    pub fn weakest(&self) -> Vec<Context> {
        let mut scored: Vec<(f64, Context)> = self
            .scores()
            .into_iter()
            .filter_map(|s| s.mean.map(|m| (m, s.context)))
            .collect();
        crate::domain::core::sort_small(&mut scored, |a, b| a.0 < b.0);
        scored.into_iter().take(2).map(|(_, c)| c).collect()
    }

    /// How far the user got with a step.
    pub fn progress(&self, step: Step) -> Progress {
        let (done, total) = match step {
            Step::Start => {
                let s = &self.start;
                let texts = [&s.now, &s.goal, &s.future_state]
                    .iter()
                    .filter(|t| !t.trim().is_empty())
                    .count();
                let resources = s
                    .resources
                    .all()
                    .filter(|(_, r)| !r.have.trim().is_empty() || !r.gap.trim().is_empty())
                    .count();
                (texts + usize::from(s.scope.is_some()) + resources, 8)
            }
            Step::Summary => return Progress::NotApplicable,
            other => match other.context() {
                Some(context) => {
                    let score = self.score(context);
                    (score.answered, score.total)
                }
                None => return Progress::NotApplicable,
            },
        };
        match done {
            0 => Progress::NotStarted,
            d if d >= total => Progress::Complete,
            d => Progress::Partly { done: d, total },
        }
    }

    /// The prompts nobody answered yet, in wizard order.
    pub fn unanswered(&self) -> Vec<&'static Prompt> {
        PROMPTS
            .iter()
            .filter(|p| !self.answer(p.key).is_answered())
            .collect()
    }

    /// What the method recommends doing next, most important first (see [`NextStep`]).
    pub fn next_steps(&self) -> Vec<NextStep> {
        next_steps(self)
    }
}

/// The score of one context.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ContextScore {
    /// Which context.
    pub context: Context,
    /// The mean of the ratings given, "don't know" left out; `None` when nothing is rated.
    pub mean: Option<f64>,
    /// How many prompts have a 1–5 rating.
    pub rated: usize,
    /// How many prompts are rated "don't know".
    pub dont_know: usize,
    /// How many prompts have an answer or a rating.
    pub answered: usize,
    /// How many prompts the context has.
    pub total: usize,
}

/// How far a step is filled in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Progress {
    /// Nothing yet.
    NotStarted,
    /// Some of it.
    Partly {
        /// Items filled in.
        done: usize,
        /// Items in all.
        total: usize,
    },
    /// All of it.
    Complete,
    /// The step has nothing to fill in (the summary).
    NotApplicable,
}

/// A context scoring below this is weak.
pub const WEAK_BELOW: f64 = 3.0;
/// A single prompt rated at or below this is a weak spot.
pub const WEAK_PROMPT_AT_MOST: u8 = 2;

/// A recommended next step. Its `key` names the i18n messages that say what to do and why
/// (`next-<key>-title`, `next-<key>-body`); `context` is the area it comes from, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NextStep {
    /// The rule that fired, also the stem of its i18n messages.
    pub key: &'static str,
    /// The context it concerns.
    pub context: Option<Context>,
}

/// The recommendation rules, from the seeds. Each rule is a line here, so the list is the
/// documentation:
/// 1. a weak context (mean below 3) gets the method's remedy for it: research the audience
///    (customer, seed 000), sharpen the positioning (business, seed 002), map the environment
///    with SWOT and PESTLE (external, seed 002), a resource gap analysis (internal, seed 003);
/// 2. single prompts rated 1–2 get a specific action (reputation, competition, partners,
///    budget, expertise, capacity);
/// 3. a context with two or more "don't know" ratings: find the evidence first;
/// 4. more answers resting on opinion than on research and data: check them with customers;
/// 5. gaps noted in the resource inventory: close them or plan around them;
/// 6. no goal or future state: define them before setting objectives;
/// 7. when nothing is weak and every context is rated: move on to the SWOT.
fn next_steps(hc: &HealthCheck) -> Vec<NextStep> {
    let mut out = Vec::new();
    fn push(out: &mut Vec<NextStep>, key: &'static str, context: Option<Context>) {
        if !out.iter().any(|s| s.key == key) {
            out.push(NextStep { key, context });
        }
    }
    let scores = hc.scores();
    // 1. Weak contexts, weakest first.
    let mut weak: Vec<&ContextScore> = scores
        .iter()
        .filter(|s| s.mean.is_some_and(|m| m < WEAK_BELOW))
        .collect();
    crate::domain::core::sort_small(&mut weak, |a, b| {
        a.mean.unwrap_or(0.0) < b.mean.unwrap_or(0.0)
    });
    for score in &weak {
        let key = match score.context {
            Context::Customer => "research-audience",
            Context::Business => "sharpen-positioning",
            Context::External => "map-environment",
            Context::Internal => "gap-analysis",
        };
        push(&mut out, key, Some(score.context));
    }
    // 2. Weak spots.
    for prompt in PROMPTS {
        if let Some(Rating::Score(n)) = hc.answer(prompt.key).rating {
            if n > WEAK_PROMPT_AT_MOST {
                continue;
            }
            let key = match prompt.key {
                "customer-reputation" => "track-reputation",
                "customer-competition" => "study-competitors",
                "business-partners" => "review-partnerships",
                "internal-budget" => "budget-scenarios",
                "internal-expertise" => "involve-experts",
                "internal-capacity" => "serve-success",
                _ => continue,
            };
            push(&mut out, key, Some(prompt.context));
        }
    }
    // 3. Unknowns.
    for score in &scores {
        if score.dont_know >= 2 {
            push(&mut out, "find-evidence", Some(score.context));
        }
    }
    // 4. Opinion over evidence.
    let (mut opinion, mut evidence) = (0, 0);
    for answer in hc.answers.values() {
        match answer.evidence_kind {
            Some(EvidenceKind::Opinion) => opinion += 1,
            Some(_) => evidence += 1,
            None => {}
        }
    }
    if opinion > evidence {
        push(&mut out, "validate-opinions", None);
    }
    // 5. Resource gaps.
    if hc
        .start
        .resources
        .all()
        .any(|(_, r)| !r.gap.trim().is_empty())
    {
        push(&mut out, "close-gaps", Some(Context::Internal));
    }
    // 6. Goal and future state.
    if hc.start.goal.trim().is_empty() || hc.start.future_state.trim().is_empty() {
        push(&mut out, "define-goal", None);
    }
    // 7. Ready for the SWOT.
    if out.is_empty() && scores.iter().all(|s| s.mean.is_some()) {
        push(&mut out, "to-swot", None);
    }
    out
}
