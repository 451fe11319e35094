//! The channels where a persona meets the brand, and what each is to the plan: who owns it
//! (paid, owned, earned) and what it does (discovers demand, scores the goal, or both).
//!
//! Its own module because every section that plans or measures speaks this vocabulary — the
//! journey's touchpoints, the engagement strategy's tactics, attribution, the objectives'
//! channels — and it depends on nothing but serde, so none of them has to import another
//! section for it (issue 13: no dependency circle inside the domain).

use serde::{Deserialize, Serialize};

/// A kind of media a persona prefers (seed 001: text, images, audio, video).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Media {
    /// Articles, posts, email.
    Text,
    /// Pictures, infographics.
    Images,
    /// Podcasts, radio, calls.
    Audio,
    /// Film, clips.
    Video,
}

impl Media {
    /// Every kind, in form order.
    pub const ALL: [Media; 4] = [Media::Text, Media::Images, Media::Audio, Media::Video];

    /// A stable key, also the stem of its i18n message.
    pub fn key(self) -> &'static str {
        match self {
            Media::Text => "text",
            Media::Images => "images",
            Media::Audio => "audio",
            Media::Video => "video",
        }
    }
}

/// A channel where a persona can meet the brand (DOMAIN.md §5).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// Search engines, paid and organic.
    Search,
    /// Social media.
    Social,
    /// Email.
    Email,
    /// Text messages.
    Sms,
    /// Display advertising.
    Display,
    /// Online video.
    OnlineVideo,
    /// The website and landing pages.
    Website,
    /// An app.
    App,
    /// Review sites.
    ReviewSites,
    /// Affiliates and partners.
    Affiliates,
    /// Outdoor advertising.
    Outdoor,
    /// Television.
    Tv,
    /// Radio.
    Radio,
    /// Print.
    Print,
    /// A shop.
    Shop,
    /// The phone.
    Phone,
    /// Customer service.
    CustomerService,
    /// Something else, named by the user.
    Custom,
}

impl Channel {
    /// Every channel, in list order (custom last).
    pub const ALL: [Channel; 18] = [
        Channel::Search,
        Channel::Social,
        Channel::Email,
        Channel::Sms,
        Channel::Display,
        Channel::OnlineVideo,
        Channel::Website,
        Channel::App,
        Channel::ReviewSites,
        Channel::Affiliates,
        Channel::Outdoor,
        Channel::Tv,
        Channel::Radio,
        Channel::Print,
        Channel::Shop,
        Channel::Phone,
        Channel::CustomerService,
        Channel::Custom,
    ];

    /// A stable key, also the stem of its i18n message.
    pub fn key(self) -> &'static str {
        match self {
            Channel::Search => "search",
            Channel::Social => "social",
            Channel::Email => "email",
            Channel::Sms => "sms",
            Channel::Display => "display",
            Channel::OnlineVideo => "online-video",
            Channel::Website => "website",
            Channel::App => "app",
            Channel::ReviewSites => "review-sites",
            Channel::Affiliates => "affiliates",
            Channel::Outdoor => "outdoor",
            Channel::Tv => "tv",
            Channel::Radio => "radio",
            Channel::Print => "print",
            Channel::Shop => "shop",
            Channel::Phone => "phone",
            Channel::CustomerService => "customer-service",
            Channel::Custom => "custom",
        }
    }

    /// The channel with `key`.
    pub fn from_key(key: &str) -> Option<Channel> {
        Channel::ALL.into_iter().find(|c| c.key() == key)
    }

    /// The media a channel carries (what a persona can be reached with through it).
    pub fn media(self) -> &'static [Media] {
        use Media::*;
        match self {
            Channel::Search | Channel::ReviewSites | Channel::Affiliates | Channel::Sms => &[Text],
            Channel::Email | Channel::Website | Channel::App | Channel::Print => &[Text, Images],
            Channel::Social => &[Text, Images, Video],
            Channel::Display | Channel::Outdoor => &[Images],
            Channel::OnlineVideo | Channel::Tv => &[Video],
            Channel::Radio | Channel::Phone => &[Audio],
            Channel::CustomerService => &[Text, Audio],
            Channel::Shop | Channel::Custom => &[],
        }
    }
}

/// Who owns the channel (paid, owned, earned media).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Ownership {
    /// Bought: ads.
    Paid,
    /// The brand's own: site, email, shop.
    #[default]
    Owned,
    /// Given by others: reviews, shares, press.
    Earned,
}

impl Ownership {
    /// Every kind, in chart order.
    pub const ALL: [Ownership; 3] = [Ownership::Paid, Ownership::Owned, Ownership::Earned];

    /// A stable key, also the stem of its i18n message.
    pub fn key(self) -> &'static str {
        match self {
            Ownership::Paid => "paid",
            Ownership::Owned => "owned",
            Ownership::Earned => "earned",
        }
    }
}

/// A channel's part in the team (seed 004): it creates demand, harvests it, or both.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Creates demand.
    #[default]
    Discoverer,
    /// Harvests demand: takes the last click.
    GoalScorer,
    /// Both.
    Both,
}

impl Role {
    /// Every role, in menu order.
    pub const ALL: [Role; 3] = [Role::Discoverer, Role::GoalScorer, Role::Both];

    /// A stable key, also the stem of its i18n message.
    pub fn key(self) -> &'static str {
        match self {
            Role::Discoverer => "discoverer",
            Role::GoalScorer => "goal-scorer",
            Role::Both => "both",
        }
    }

    /// Whether it creates demand.
    pub fn discovers(self) -> bool {
        matches!(self, Role::Discoverer | Role::Both)
    }
}

/// What a new touchpoint of a buyer journey starts as (issue 14): most of a small business's
/// touchpoints are its own (its site, its posts, its shop, organic search) and bring people
/// in, so Owned and Discoverer; a channel that can only be bought (ads, affiliates) starts
/// Paid, review sites Earned. [`defaults`] (the tactics' starting point) leans to paid media,
/// which a first journey map of a small business rarely has.
pub fn journey_defaults(channel: Channel) -> (Ownership, Role) {
    let ownership = match channel {
        Channel::Display
        | Channel::Outdoor
        | Channel::Tv
        | Channel::Radio
        | Channel::Print
        | Channel::Affiliates => Ownership::Paid,
        Channel::ReviewSites => Ownership::Earned,
        _ => Ownership::Owned,
    };
    (ownership, Role::Discoverer)
}

/// The usual ownership and role of a channel, as a starting point the user can change.
pub fn defaults(channel: Channel) -> (Ownership, Role) {
    match channel {
        Channel::Search => (Ownership::Paid, Role::GoalScorer),
        Channel::Display
        | Channel::OnlineVideo
        | Channel::Outdoor
        | Channel::Tv
        | Channel::Radio
        | Channel::Print => (Ownership::Paid, Role::Discoverer),
        Channel::Social => (Ownership::Paid, Role::Discoverer),
        Channel::ReviewSites => (Ownership::Earned, Role::Both),
        Channel::Affiliates => (Ownership::Paid, Role::GoalScorer),
        Channel::Email | Channel::Sms | Channel::App => (Ownership::Owned, Role::Both),
        Channel::Website | Channel::Shop => (Ownership::Owned, Role::GoalScorer),
        Channel::Phone | Channel::CustomerService => (Ownership::Owned, Role::Both),
        Channel::Custom => (Ownership::Owned, Role::Discoverer),
    }
}
