//! The creative idea (DOMAIN.md §4) and the marketing mix (the 4Ps, §5).
//!
//! The creative idea says what the business plans to do and how it meets the objectives:
//! the headline offer, supporting promotions, a tagline, storyboard notes, and why it works,
//! linked to the findings it answers. The 4Ps still apply, with definitions stretched to
//! today's business models (seed 003): each P has notes and the decisions taken.

pub mod command;
pub mod validate;

use crate::domain::objectives::Link;
use serde::{Deserialize, Serialize};

/// A text field of the creative idea.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CreativeField {
    /// The headline offer.
    Headline,
    /// Supporting promotions.
    Promotions,
    /// The tagline.
    Tagline,
    /// Visuals or storyboard notes.
    Storyboard,
    /// Why it works and stands out.
    Justification,
}

impl CreativeField {
    /// Every field, in form order.
    pub const ALL: [CreativeField; 5] = [
        CreativeField::Headline,
        CreativeField::Promotions,
        CreativeField::Tagline,
        CreativeField::Storyboard,
        CreativeField::Justification,
    ];

    /// A stable key, also the stem of its i18n messages.
    pub fn key(self) -> &'static str {
        match self {
            CreativeField::Headline => "headline",
            CreativeField::Promotions => "promotions",
            CreativeField::Tagline => "tagline",
            CreativeField::Storyboard => "storyboard",
            CreativeField::Justification => "justification",
        }
    }
}

/// The creative idea.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Creative {
    /// The headline offer.
    #[serde(default)]
    pub headline: String,
    /// Supporting promotions.
    #[serde(default)]
    pub promotions: String,
    /// The tagline.
    #[serde(default)]
    pub tagline: String,
    /// Storyboard notes.
    #[serde(default)]
    pub storyboard: String,
    /// Why it works.
    #[serde(default)]
    pub justification: String,
    /// The findings it answers.
    #[serde(default)]
    pub links: Vec<Link>,
}

impl Creative {
    /// The text of `field`, to change.
    pub fn text_mut(&mut self, field: CreativeField) -> &mut String {
        match field {
            CreativeField::Headline => &mut self.headline,
            CreativeField::Promotions => &mut self.promotions,
            CreativeField::Tagline => &mut self.tagline,
            CreativeField::Storyboard => &mut self.storyboard,
            CreativeField::Justification => &mut self.justification,
        }
    }

    /// The text of `field`.
    pub fn text(&self, field: CreativeField) -> &str {
        match field {
            CreativeField::Headline => &self.headline,
            CreativeField::Promotions => &self.promotions,
            CreativeField::Tagline => &self.tagline,
            CreativeField::Storyboard => &self.storyboard,
            CreativeField::Justification => &self.justification,
        }
    }
}

/// One of the four Ps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum P {
    /// What is sold.
    Product,
    /// What it costs, and who pays (a "free" app is paid by someone).
    Price,
    /// Where and how it is bought.
    Place,
    /// How it is made known.
    Promotion,
}

impl P {
    /// The four, in order.
    pub const ALL: [P; 4] = [P::Product, P::Price, P::Place, P::Promotion];

    /// A stable key, also the stem of its i18n messages.
    pub fn key(self) -> &'static str {
        match self {
            P::Product => "product",
            P::Price => "price",
            P::Place => "place",
            P::Promotion => "promotion",
        }
    }
}

/// What is said about one P.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MixEntry {
    /// Notes.
    #[serde(default)]
    pub notes: String,
    /// The decisions taken.
    #[serde(default)]
    pub decisions: String,
}

/// The marketing mix.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mix {
    /// Product.
    #[serde(default)]
    pub product: MixEntry,
    /// Price.
    #[serde(default)]
    pub price: MixEntry,
    /// Place.
    #[serde(default)]
    pub place: MixEntry,
    /// Promotion.
    #[serde(default)]
    pub promotion: MixEntry,
}

impl Mix {
    /// The entry of `p`.
    pub fn get(&self, p: P) -> &MixEntry {
        match p {
            P::Product => &self.product,
            P::Price => &self.price,
            P::Place => &self.place,
            P::Promotion => &self.promotion,
        }
    }

    /// The entry of `p`, to change.
    pub fn get_mut(&mut self, p: P) -> &mut MixEntry {
        match p {
            P::Product => &mut self.product,
            P::Price => &mut self.price,
            P::Place => &mut self.place,
            P::Promotion => &mut self.promotion,
        }
    }
}
