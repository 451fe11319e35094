//! What the answers add up to: each context's score and progress, the weak areas, and the
//! next steps the method recommends. Computed from the health check, never stored.

use super::*;

impl HealthCheck {
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

    /// The weakest area: the context with the lowest score, or every context tied at it
    /// (scores compared as shown, to one decimal), in wizard order. Empty when fewer than two
    /// contexts have a score, or when every scored context has the same one: then no area is
    /// weaker than another.
    pub fn weakest(&self) -> Vec<Context> {
        let shown = |m: f64| (m * 10.0).round() as i64;
        let scored: Vec<(i64, Context)> = self
            .scores()
            .into_iter()
            .filter_map(|s| s.mean.map(|m| (shown(m), s.context)))
            .collect();
        let Some(low) = scored.iter().map(|s| s.0).min() else {
            return Vec::new();
        };
        if scored.len() < 2 || scored.iter().all(|s| s.0 == low) {
            return Vec::new();
        }
        scored
            .into_iter()
            .filter(|s| s.0 == low)
            .map(|s| s.1)
            .collect()
    }

    /// Whether `context` is weak: one rule, its score below [`WEAK_BELOW`] (3 of 5).
    pub fn is_weak(&self, context: Context) -> bool {
        self.score(context).mean.is_some_and(|m| m < WEAK_BELOW)
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
                let figures =
                    usize::from(s.team_size.is_some()) + usize::from(s.budget_cents.is_some());
                (
                    texts + usize::from(s.scope.is_some()) + figures + resources,
                    10,
                )
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

/// The most people a business may say it has (a typo guard, not a judgement).
pub const MAX_TEAM_SIZE: u32 = 10_000_000;

/// The size of the business, for advice that fits it: a business of a few people has no
/// sales or customer-service department to involve — the owner is both.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BusinessSize {
    /// Fewer than ten people (the EU's "micro enterprise").
    Micro,
    /// Ten people or more.
    Larger,
}

impl StartingPoint {
    /// The business's size, when the team size is given.
    pub fn size(&self) -> Option<BusinessSize> {
        self.team_size.map(|n| match n {
            0..=9 => BusinessSize::Micro,
            _ => BusinessSize::Larger,
        })
    }
}

/// A recommended next step. Its `key` names the i18n messages that say what to do and why
/// (`next-<key>-title`, `next-<key>-body`); `context` is the area it comes from, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NextStep {
    /// The rule that fired, also the stem of its i18n messages.
    pub key: &'static str,
    /// The context it concerns.
    pub context: Option<Context>,
    /// Said for a business of fewer than ten people ([`BusinessSize::Micro`]): the owner is
    /// also sales and customer service, so the advice does not send them to departments.
    pub micro: bool,
}

/// The rules whose advice names departments, so a micro business gets its own wording
/// (`next-<key>-body-micro`).
pub const MICRO_WORDING: [&str; 4] = [
    "budget-scenarios",
    "involve-experts",
    "serve-success",
    "validate-opinions",
];

impl NextStep {
    /// The id of the message that says what to do and why.
    pub fn body_id(&self) -> String {
        match self.micro {
            true => format!("next-{}-body-micro", self.key),
            false => format!("next-{}-body", self.key),
        }
    }
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
    let micro = hc.start.size() == Some(BusinessSize::Micro);
    let push = |out: &mut Vec<NextStep>, key: &'static str, context: Option<Context>| {
        if !out.iter().any(|s: &NextStep| s.key == key) {
            let micro = micro && MICRO_WORDING.contains(&key);
            out.push(NextStep {
                key,
                context,
                micro,
            });
        }
    };
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
