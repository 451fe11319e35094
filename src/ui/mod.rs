//! Reusable widgets. They receive data and callbacks as props and know nothing of routes or
//! storage; the text they show comes from the caller or from `i18n`.

mod banner;
mod board;
mod chart;
mod download;
mod form;
mod rating;
mod select;
mod shell;
mod stepper;
mod text_field;

pub use banner::{Banner, BannerKind};
pub use board::BoardView;
pub use chart::Chart;
pub use download::download_text;
pub use form::{date_field, event_value, number_field, select_field};
pub use rating::{RatingInput, RatingLabels};
pub use select::{Select, SelectOption};
pub use shell::{Shell, ShellProps};
pub use stepper::{StepItem, StepMark, Stepper};
pub use text_field::TextField;
