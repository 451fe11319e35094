//! What the journey map says when read across: the coverage checks of each persona's journey
//! (seed 001's questions), the team sheet of channel roles by stage (seed 004) and the mix of
//! paid, owned and earned touchpoints per stage. Computed from the map, never stored.

use super::*;

/// Something about a journey worth a look (seed 001's questions); each is an i18n message
/// (`coverage-<kind>`) about a persona and maybe a stage or a medium.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Coverage {
    /// The business is not present at this stage: no touchpoint.
    Absent {
        /// Whose journey.
        persona: PersonaId,
        stage: StageId,
    },
    /// No KPI says how this stage is measured.
    NoKpi {
        /// Whose journey.
        persona: PersonaId,
        stage: StageId,
    },
    /// The persona prefers a medium that no touchpoint of theirs uses.
    MediumUnused {
        /// Whose journey.
        persona: PersonaId,
        medium: Media,
    },
    /// At this stage only goal scorers play: nothing creates demand. Not asked at a stage that
    /// harvests demand ([`StageKey::harvests`]: the purchase, retention), where that is normal.
    NoDiscoverer {
        /// Whose journey.
        persona: PersonaId,
        stage: StageId,
    },
    /// The journey stops at the purchase: nothing for retention afterwards.
    EndsAtPurchase {
        /// Whose journey.
        persona: PersonaId,
    },
}

/// The coverage checks of every persona's journey, persona by persona, stage by stage.
pub fn coverage(map: &JourneyMap) -> Vec<Coverage> {
    let mut out = Vec::new();
    for persona in &map.personas {
        let journey = map.journey(&persona.id);
        let p = || persona.id.clone();
        for stage in &map.stages {
            let here: Vec<&Touchpoint> = journey.at(&stage.id).collect();
            if here.is_empty() {
                out.push(Coverage::Absent {
                    persona: p(),
                    stage: stage.id.clone(),
                });
            } else if !stage.key.is_some_and(StageKey::harvests)
                && !here.iter().any(|t| t.role.discovers())
            {
                out.push(Coverage::NoDiscoverer {
                    persona: p(),
                    stage: stage.id.clone(),
                });
            }
            if journey.cell(&stage.id).kpi.trim().is_empty() {
                out.push(Coverage::NoKpi {
                    persona: p(),
                    stage: stage.id.clone(),
                });
            }
        }
        for medium in &persona.media {
            let used = journey
                .touchpoints
                .iter()
                .any(|t| t.channel.media().contains(medium));
            if !used {
                out.push(Coverage::MediumUnused {
                    persona: p(),
                    medium: *medium,
                });
            }
        }
        // The purchase stage is the last one with a touchpoint, and stages come after it.
        let purchase = map
            .stages
            .iter()
            .position(|s| s.key.is_some_and(StageKey::is_purchase));
        let last_present = map
            .stages
            .iter()
            .rposition(|s| journey.at(&s.id).next().is_some());
        if let (Some(purchase), Some(last)) = (purchase, last_present) {
            if last == purchase {
                out.push(Coverage::EndsAtPurchase { persona: p() });
            }
        }
    }
    out
}

/// The team sheet (seed 004): for each channel used anywhere, its role at each stage,
/// across every persona's journey.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeamRow {
    pub channel: Channel,
    /// Its name when custom.
    pub custom: String,
    /// Per stage (in stage order): whether it discovers there, and whether it scores.
    pub roles: Vec<(bool, bool)>,
}

/// The team sheet's rows, in channel list order (custom channels by name).
pub fn team_sheet(map: &JourneyMap) -> Vec<TeamRow> {
    let mut rows: Vec<TeamRow> = Vec::new();
    for journey in &map.journeys {
        for tp in &journey.touchpoints {
            let Some(stage) = map.stage_index(&tp.stage) else {
                continue;
            };
            let custom = if tp.channel == Channel::Custom {
                tp.custom.trim().to_owned()
            } else {
                String::new()
            };
            let at = match rows
                .iter()
                .position(|r| r.channel == tp.channel && r.custom == custom)
            {
                Some(at) => at,
                None => {
                    rows.push(TeamRow {
                        channel: tp.channel,
                        custom,
                        roles: vec![(false, false); map.stages.len()],
                    });
                    rows.len() - 1
                }
            };
            let cell = &mut rows[at].roles[stage];
            cell.0 |= tp.role.discovers();
            cell.1 |= matches!(tp.role, Role::GoalScorer | Role::Both);
        }
    }
    crate::domain::core::sort_small(&mut rows, |a, b| {
        (a.channel, &a.custom) < (b.channel, &b.custom)
    });
    rows
}

/// How many touchpoints of each ownership (paid, owned, earned) each stage has, across
/// every journey or only `persona`'s.
pub fn channel_mix(map: &JourneyMap, persona: Option<&PersonaId>) -> Vec<[usize; 3]> {
    let mut mix = vec![[0usize; 3]; map.stages.len()];
    for journey in &map.journeys {
        if persona.is_some_and(|p| *p != journey.persona) {
            continue;
        }
        for tp in &journey.touchpoints {
            if let Some(stage) = map.stage_index(&tp.stage) {
                let k = match tp.ownership {
                    Ownership::Paid => 0,
                    Ownership::Owned => 1,
                    Ownership::Earned => 2,
                };
                mix[stage][k] += 1;
            }
        }
    }
    mix
}
