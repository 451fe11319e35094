//! The organisational health check: where the business stands before it plans.
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
pub mod score;
pub mod validate;

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
/// these keys is refused by `document::validate` (no command of this build can make it), so
/// a build that adds a prompt bumps `schema::CURRENT_VERSION` for older builds to keep its
/// plans aside rather than refuse them as broken.
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
    /// How many people work in the business, the owner included: the advice is phrased for
    /// that size ([`score::BusinessSize`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team_size: Option<u32>,
    /// The money the strategy may spend, in cents of the plan's currency: the engagement
    /// strategy's budget scenarios are checked against it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget_cents: Option<u64>,
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
}
