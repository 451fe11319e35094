//! Reusable widgets. They receive data and callbacks as props and know nothing of routes or
//! storage; the text they show comes from the caller or from `i18n`.

mod banner;
mod board;
mod chart;
mod choose;
pub mod crash;
mod export_menu;
mod focus;
mod form;
mod rating;
mod select;
mod shell;
mod stepper;
mod text_field;
mod transfer;
mod update;

pub use banner::{reload_banner, Banner, BannerKind};
pub use board::BoardView;
pub use chart::Chart;
pub use choose::Choose;
pub use export_menu::{download_plan, ExportMenu};
pub use focus::{focus_element, focus_main_heading, focus_main_heading_if_lost, use_live_text};
pub use form::{date_field, event_value, number_field, select_field};
pub use rating::{RatingInput, RatingLabels};
pub use select::{Select, SelectOption};
pub use shell::{Shell, ShellProps};
pub use stepper::{StepItem, StepMark, Stepper};
pub use text_field::TextField;
pub use transfer::{
    compress, copy_text, decompress, download_blob, download_png, download_text, file_name,
    read_file, storage_estimate, ReadError,
};
pub use update::UpdatePrompt;
