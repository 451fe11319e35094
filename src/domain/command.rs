//! Every change a user can make to a plan, as data.
//!
//! Longer than 500 lines because every command of the plan is one enum until each section owns its
//! own (issue 13: nested commands).
//!
//! Components never edit the plan: they dispatch a `Command`, and `apply` decides. Because a
//! command is a value, it can be tested, logged, replayed, and later sent to another device.

use crate::domain::board::{BoardKind, Column, Confidence, RatingField};
use crate::domain::core::channel::{Channel, Media, Ownership, Role};
use crate::domain::core::date::Date;
use crate::domain::core::ids::{
    CardId, KpiId, ObjectiveId, PathStepId, PersonaId, ReadingId, ReviewId, StageId, StrategyId,
    TacticId, TouchpointId,
};
use crate::domain::core::locale::Locale;
use crate::domain::creative::{CreativeField, P};
use crate::domain::engagement::TacticText;
use crate::domain::health::{EvidenceKind, GoalScope, Rating, ResourceKind, StartField, Step};
use crate::domain::journey::{Lane, PersonaField, Template};
use crate::domain::objectives::monitor::{Scope, Source};
use crate::domain::objectives::{Frequency, KpiLevel, Link, ObjectiveText};

/// One change to a plan.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Renames the plan. Surrounding white space is trimmed; an empty name is refused.
    RenamePlan {
        /// The new name.
        name: String,
    },
    /// Replaces the plan's description (what the business is, what the plan is for).
    SetDescription {
        /// The new text; surrounding white space at the end is kept as typed.
        text: String,
    },
    /// Records the language the plan's content is written in.
    SetPlanLocale {
        /// The language.
        locale: Locale,
    },

    // The health check.
    /// Sets a text of the starting point.
    SetStartText {
        /// Which text.
        field: StartField,
        /// The new text.
        text: String,
    },
    /// Sets whether the strategy is for the year or for one launch.
    SetGoalScope {
        /// The scope, or none.
        scope: Option<GoalScope>,
    },
    /// Sets what the business has of a resource (`gap: false`) or what is missing (`gap: true`).
    SetResource {
        /// Which resource.
        kind: ResourceKind,
        /// The gap note rather than what is at hand.
        gap: bool,
        /// The new text.
        text: String,
    },
    /// Sets the answer to a prompt.
    SetAnswer {
        /// The prompt's key.
        prompt: String,
        /// The new text.
        text: String,
    },
    /// Sets or clears the self-rating of a prompt.
    SetRating {
        /// The prompt's key.
        prompt: String,
        /// The rating, or none.
        rating: Option<Rating>,
    },
    /// Sets or clears where an answer comes from.
    SetEvidenceKind {
        /// The prompt's key.
        prompt: String,
        /// The kind, or none.
        kind: Option<EvidenceKind>,
    },
    /// Sets the evidence note of an answer.
    SetEvidence {
        /// The prompt's key.
        prompt: String,
        /// The new text.
        text: String,
    },
    /// Moves the wizard to a step. A matter of view, not content: it is not an undo step and
    /// does not change the plan's "last changed" time.
    GoToStep {
        /// The step.
        step: Step,
    },
    /// Puts the answer to a prompt on the SWOT as a new card that keeps a link to the prompt.
    SendToSwot {
        /// The prompt's key.
        prompt: String,
        /// The quadrant: strengths or weaknesses for business and internal prompts,
        /// opportunities or threats for customer and external ones.
        column: Column,
        /// The new card's id.
        card: CardId,
    },

    // The SWOT and PESTLE boards.
    /// Adds a card at the end of a column.
    AddCard {
        /// The board.
        board: BoardKind,
        /// The new card's id.
        id: CardId,
        /// Where.
        column: Column,
        /// What it says (trimmed; not empty).
        text: String,
    },
    /// Changes what a card says.
    EditCard {
        /// The board.
        board: BoardKind,
        /// The card.
        id: CardId,
        /// The new text (trimmed; not empty).
        text: String,
    },
    /// Changes a card's notes or evidence.
    SetCardNotes {
        /// The board.
        board: BoardKind,
        /// The card.
        id: CardId,
        /// The new notes.
        notes: String,
    },
    /// Marks a card as an assumption or as evidence (or neither).
    SetCardConfidence {
        /// The board.
        board: BoardKind,
        /// The card.
        id: CardId,
        /// The confidence, or none.
        confidence: Option<Confidence>,
    },
    /// Sets or clears a 1–5 rating of a card (weight on the SWOT, impact and likelihood on
    /// the PESTLE).
    SetCardRating {
        /// The board.
        board: BoardKind,
        /// The card.
        id: CardId,
        /// Which rating.
        field: RatingField,
        /// 1–5, or none.
        value: Option<u8>,
    },
    /// Moves a card to a column (its own, to reorder) at a position among that column's cards.
    MoveCard {
        /// The board.
        board: BoardKind,
        /// The card.
        id: CardId,
        /// Where to.
        column: Column,
        /// The position in that column, from 0 (clamped to its end).
        index: usize,
    },
    /// Deletes a card. TOWS strategies that used it keep its text and say it was deleted.
    DeleteCard {
        /// The board.
        board: BoardKind,
        /// The card.
        id: CardId,
    },

    // TOWS strategies.
    /// Adds a strategy pairing a strength or weakness with an opportunity or threat.
    AddStrategy {
        /// The new strategy's id.
        id: StrategyId,
        /// A strength or weakness card.
        internal: CardId,
        /// An opportunity or threat card.
        external: CardId,
        /// What the business will do.
        text: String,
    },
    /// Changes what a strategy says.
    EditStrategy {
        /// The strategy.
        id: StrategyId,
        /// The new text.
        text: String,
    },
    /// Deletes a strategy.
    DeleteStrategy {
        /// The strategy.
        id: StrategyId,
    },

    // The buyer journey.
    /// Adds a persona.
    AddPersona {
        /// The new persona's id.
        id: PersonaId,
        /// Its name (trimmed; not empty).
        name: String,
    },
    /// Changes a text of a persona (the name may not become empty).
    SetPersonaField {
        /// The persona.
        id: PersonaId,
        /// Which text.
        field: PersonaField,
        /// The new text.
        text: String,
    },
    /// Marks a medium as preferred by a persona, or not.
    SetPersonaMedia {
        /// The persona.
        id: PersonaId,
        /// The medium.
        medium: Media,
        /// Preferred or not.
        on: bool,
    },
    /// Copies a persona and its journey under a new id and name.
    DuplicatePersona {
        /// The persona to copy.
        id: PersonaId,
        /// The copy's id.
        new_id: PersonaId,
        /// The copy's name.
        name: String,
    },
    /// Deletes a persona and its journey.
    DeletePersona {
        /// The persona.
        id: PersonaId,
    },
    /// Starts the journey with a ready-made set of stages (only while it has none).
    UseStageTemplate {
        /// Which set.
        template: Template,
        /// An id for each of its stages, in order.
        ids: Vec<StageId>,
    },
    /// Adds a stage at a position.
    AddStage {
        /// The new stage's id.
        id: StageId,
        /// Its name (trimmed; not empty).
        name: String,
        /// Where, from 0 (clamped to the end).
        index: usize,
    },
    /// Renames a stage (an empty name brings back the ready-made stage's own name).
    RenameStage {
        /// The stage.
        id: StageId,
        /// The new name.
        name: String,
    },
    /// Moves a stage to a position.
    MoveStage {
        /// The stage.
        id: StageId,
        /// Where, from 0 (clamped to the end).
        index: usize,
    },
    /// Deletes a stage and everything said about it in every journey.
    DeleteStage {
        /// The stage.
        id: StageId,
    },
    /// Sets a text lane of one persona's journey at one stage.
    SetLane {
        /// Whose journey.
        persona: PersonaId,
        /// Which stage.
        stage: StageId,
        /// Which lane.
        lane: Lane,
        /// The new text.
        text: String,
    },
    /// Sets or clears how the persona feels at a stage (−2 … +2).
    SetEmotion {
        /// Whose journey.
        persona: PersonaId,
        /// Which stage.
        stage: StageId,
        /// The feeling, or none.
        value: Option<i8>,
    },
    /// Adds a touchpoint at the end of a stage.
    AddTouchpoint {
        /// Whose journey.
        persona: PersonaId,
        /// Which stage.
        stage: StageId,
        /// The new touchpoint's id.
        id: TouchpointId,
        /// The channel.
        channel: Channel,
        /// The channel's name when custom.
        custom: String,
    },
    /// Changes a touchpoint's channel, ownership, role and note.
    SetTouchpoint {
        /// Whose journey.
        persona: PersonaId,
        /// The touchpoint.
        id: TouchpointId,
        /// The channel.
        channel: Channel,
        /// The channel's name when custom.
        custom: String,
        /// Paid, owned or earned.
        ownership: Ownership,
        /// Discoverer, goal scorer or both.
        role: Role,
        /// What happens there.
        note: String,
    },
    /// Moves a touchpoint to a stage (its own, to reorder) at a position.
    MoveTouchpoint {
        /// Whose journey.
        persona: PersonaId,
        /// The touchpoint.
        id: TouchpointId,
        /// Where to.
        stage: StageId,
        /// The position there, from 0 (clamped to the end).
        index: usize,
    },
    /// Deletes a touchpoint.
    DeleteTouchpoint {
        /// Whose journey.
        persona: PersonaId,
        /// The touchpoint.
        id: TouchpointId,
    },

    // The attribution explainer.
    /// Adds a step at the end of the sample path, or replaces the step with the same id.
    SetPathStep {
        /// The step's id.
        id: PathStepId,
        /// The channel.
        channel: Channel,
        /// The channel's name when custom.
        custom: String,
        /// What happened.
        label: String,
        /// Days before the conversion.
        days_before: u32,
    },
    /// Moves a step of the sample path.
    MovePathStep {
        /// The step.
        id: PathStepId,
        /// Where, from 0 (clamped to the end).
        index: usize,
    },
    /// Deletes a step of the sample path.
    DeletePathStep {
        /// The step.
        id: PathStepId,
    },
    /// Sets what the conversion is worth.
    SetConversionValue {
        /// The value, in cents.
        cents: u64,
    },

    // SMART objectives and KPIs.
    /// Adds an objective.
    AddObjective {
        /// The new objective's id.
        id: ObjectiveId,
        /// What will change (trimmed; not empty).
        statement: String,
    },
    /// Sets a text of an objective.
    SetObjectiveText {
        /// The objective.
        id: ObjectiveId,
        /// Which text.
        field: ObjectiveText,
        /// The new text.
        text: String,
    },
    /// Sets or clears the baseline (`target: false`) or the target of an objective.
    SetObjectiveNumber {
        /// The objective.
        id: ObjectiveId,
        /// The target rather than the baseline.
        target: bool,
        /// The number, or none.
        value: Option<f64>,
    },
    /// Sets or clears the start (`deadline: false`) or the deadline of an objective.
    SetObjectiveDate {
        /// The objective.
        id: ObjectiveId,
        /// The deadline rather than the start.
        deadline: bool,
        /// The date, or none.
        date: Option<Date>,
    },
    /// Sets how often an objective is monitored.
    SetObjectiveFrequency {
        /// The objective.
        id: ObjectiveId,
        /// How often, or not said.
        frequency: Option<Frequency>,
    },
    /// Links an objective to a finding that motivates it, or unlinks it.
    SetObjectiveLink {
        /// The objective.
        id: ObjectiveId,
        /// The finding.
        link: Link,
        /// Linked or not.
        on: bool,
    },
    /// Deletes an objective; KPIs and tactics that served it no longer point at it.
    DeleteObjective {
        /// The objective.
        id: ObjectiveId,
    },
    /// Records a reading of an objective's metric.
    AddReading {
        /// The objective.
        objective: ObjectiveId,
        /// The new reading's id.
        id: ReadingId,
        /// The day.
        date: Date,
        /// The value.
        value: f64,
    },
    /// Deletes a reading.
    DeleteReading {
        /// The objective.
        objective: ObjectiveId,
        /// The reading.
        id: ReadingId,
    },
    /// Adds a KPI, or replaces the one with the same id.
    SetKpi {
        /// The KPI's id.
        id: KpiId,
        /// What is measured (trimmed; not empty).
        name: String,
        /// Specialist, manager or management.
        level: KpiLevel,
        /// The objective it serves.
        objective: Option<ObjectiveId>,
        /// Its channel, if any.
        channel: Option<crate::domain::core::channel::Channel>,
        /// Its target, if any.
        target: Option<f64>,
        /// The unit of the target.
        unit: String,
    },
    /// Deletes a KPI.
    DeleteKpi {
        /// The KPI.
        id: KpiId,
    },

    // The creative idea and the marketing mix.
    /// Sets a text of the creative idea.
    SetCreativeText {
        /// Which text.
        field: CreativeField,
        /// The new text.
        text: String,
    },
    /// Links the creative idea to a finding it answers, or unlinks it.
    SetCreativeLink {
        /// The finding.
        link: Link,
        /// Linked or not.
        on: bool,
    },
    /// Sets the notes (`decisions: false`) or the decisions of one of the 4Ps.
    SetMix {
        /// Which P.
        p: P,
        /// The decisions rather than the notes.
        decisions: bool,
        /// The new text.
        text: String,
    },

    // The engagement strategy.
    /// Sets the target audience (`justification: false`) or why it is the audience.
    SetAudience {
        /// The justification rather than the audience.
        justification: bool,
        /// The new text.
        text: String,
    },
    /// Adds a tactic for a channel, with the channel's usual ownership and role.
    AddTactic {
        /// The new tactic's id.
        id: TacticId,
        /// The channel.
        channel: crate::domain::core::channel::Channel,
    },
    /// Sets a text of a tactic.
    SetTacticText {
        /// The tactic.
        id: TacticId,
        /// Which text.
        field: TacticText,
        /// The new text.
        text: String,
    },
    /// Sets a tactic's channel, its name when custom, its ownership and its role.
    SetTacticChannel {
        /// The tactic.
        id: TacticId,
        /// The channel.
        channel: crate::domain::core::channel::Channel,
        /// The channel's name when custom.
        custom: String,
        /// Paid, owned or earned.
        ownership: crate::domain::core::channel::Ownership,
        /// Discoverer, goal scorer or both.
        role: crate::domain::core::channel::Role,
    },
    /// Sets a tactic's budget under one scenario.
    SetTacticBudget {
        /// The tactic.
        id: TacticId,
        /// 0 good, 1 better, 2 best.
        scenario: usize,
        /// The budget, in cents.
        cents: u64,
    },
    /// Marks a tactic as serving an objective, or not.
    SetTacticObjective {
        /// The tactic.
        id: TacticId,
        /// The objective.
        objective: ObjectiveId,
        /// Serving or not.
        on: bool,
    },
    /// Deletes a tactic.
    DeleteTactic {
        /// The tactic.
        id: TacticId,
    },

    // The review log.
    /// Adds an entry to the review log, or replaces the one with the same id.
    SetReview {
        /// The entry's id.
        id: ReviewId,
        /// When.
        date: Date,
        /// What we learned.
        learned: String,
        /// From whom.
        source: Source,
        /// Tactical or systemic.
        scope: Scope,
        /// What we change.
        change: String,
    },
    /// Deletes an entry of the review log.
    DeleteReview {
        /// The entry.
        id: ReviewId,
    },
}

impl Command {
    /// Whether the command changes only what is shown (not an undo step, not a change time).
    pub fn is_view(&self) -> bool {
        matches!(self, Command::GoToStep { .. })
    }
}
