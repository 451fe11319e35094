//! Reusable widgets. They receive data and callbacks as props and know nothing of routes or
//! storage; the text they show comes from the caller or from `i18n`.

mod banner;
mod download;
mod select;
mod shell;
mod text_field;

pub use banner::{Banner, BannerKind};
pub use download::download_text;
pub use select::{Select, SelectOption};
pub use shell::{Shell, ShellProps};
pub use text_field::TextField;
