//! Every change a user can make to a plan, as data.
//!
//! Components never edit the plan: they dispatch a `Command`, and `apply` decides. Because a
//! command is a value, it can be tested, logged, replayed, and later sent to another device.
//!
//! Each section owns its commands (`health::HealthCommand`, `board::BoardCommand`, …, in the
//! section's `command.rs`, beside the `apply` that carries them out); a `Command` only says
//! which section a change is for. So a command cannot reach the wrong section — the compiler
//! routes it — and adding one touches only its section's folder and the page that sends it.

use super::board::Column;
use super::core::ids::CardId;
use super::core::locale::Locale;
use super::core::money::Currency;

pub use super::board::command::BoardCommand;
pub use super::creative::command::CreativeCommand;
pub use super::engagement::command::EngagementCommand;
pub use super::health::command::HealthCommand;
pub use super::journey::command::JourneyCommand;
pub use super::objectives::command::ObjectivesCommand;

/// One change to a plan: the section it is for, and the section's own command.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// The plan's name, description and language.
    Plan(PlanCommand),
    /// The health check.
    Health(HealthCommand),
    /// The SWOT and PESTLE boards and the TOWS strategies.
    Board(BoardCommand),
    /// Personas, the journey map and the attribution explainer.
    Journey(JourneyCommand),
    /// SMART objectives, their readings, KPIs and the review log.
    Objectives(ObjectivesCommand),
    /// The creative idea and the marketing mix.
    Creative(CreativeCommand),
    /// The engagement strategy: audience and tactics.
    Engagement(EngagementCommand),
    /// The one change that spans two sections: puts the answer to a health-check prompt on
    /// the SWOT as a new card that keeps a link to the prompt.
    SendToSwot {
        prompt: String,
        /// The quadrant: strengths or weaknesses for business and internal prompts,
        /// opportunities or threats for customer and external ones.
        column: Column,
        card: CardId,
    },
}

impl Command {
    /// Whether the command changes only what is shown (not an undo step, not a change time).
    pub fn is_view(&self) -> bool {
        matches!(self, Command::Health(c) if c.is_view())
    }
}

/// A change to the plan as a whole: what it is called, what it is for, its language.
#[derive(Clone, Debug, PartialEq)]
pub enum PlanCommand {
    /// Renames the plan. Surrounding white space is trimmed; an empty name is refused.
    RenamePlan { name: String },
    /// Replaces the plan's description (what the business is, what the plan is for).
    SetDescription {
        /// The new text; surrounding white space at the end is kept as typed.
        text: String,
    },
    /// Records the language the plan's content is written in.
    SetPlanLocale { locale: Locale },
    /// Sets or clears the currency of the plan's amounts.
    SetCurrency {
        /// The currency, or none (amounts are plain numbers).
        currency: Option<Currency>,
    },
}

/// A section's command is a `Command` for that section, so a page can send
/// `BoardCommand::AddCard { .. }` without naming the section twice.
macro_rules! section_command {
    ($($section:ident($command:ty)),* $(,)?) => {
        $(impl From<$command> for Command {
            fn from(command: $command) -> Command {
                Command::$section(command)
            }
        })*
    };
}

section_command!(
    Plan(PlanCommand),
    Health(HealthCommand),
    Board(BoardCommand),
    Journey(JourneyCommand),
    Objectives(ObjectivesCommand),
    Creative(CreativeCommand),
    Engagement(EngagementCommand),
);
