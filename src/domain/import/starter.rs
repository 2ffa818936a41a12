//! Starter templates for an organisation's first wave: a few well-formed
//! wave objectives for common aims, each with its why and measurable key
//! results, worded in the reader's language. They are offered where a
//! first wave is still empty, and become an import like any file.

use super::template::Earlier;
use crate::domain::ids::ObjectiveId;
use crate::domain::key_result::KrKind;
use crate::domain::msg::Msg;
use crate::msg;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Starter {
    ProductLedGrowth,
    Reliability,
    Hiring,
}

/// A starter's objective: title, why, and key results (title, kind, and
/// the unit of a numeric one, worded with the rest).
type Objective = (Msg, Msg, Vec<(Msg, KrKind, Option<Msg>)>);

impl Starter {
    pub const ALL: [Starter; 3] = [Starter::ProductLedGrowth, Starter::Reliability, Starter::Hiring];

    pub fn as_str(self) -> &'static str {
        match self {
            Starter::ProductLedGrowth => "product-led-growth",
            Starter::Reliability => "reliability",
            Starter::Hiring => "hiring",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == raw.trim())
    }

    pub fn name(self) -> Msg {
        match self {
            Starter::ProductLedGrowth => msg!("starter-plg"),
            Starter::Reliability => msg!("starter-reliability"),
            Starter::Hiring => msg!("starter-hiring"),
        }
    }

    fn objectives(self) -> Vec<Objective> {
        let pct = |title: Msg, start: f64, target: f64| (title, KrKind::Percentage { start, target }, None);
        let num =
            |title: Msg, start: f64, target: f64, unit: Option<Msg>| (title, KrKind::Numeric { start, target, unit: String::new() }, unit);
        match self {
            Starter::ProductLedGrowth => vec![
                (
                    msg!("starter-plg-success"),
                    msg!("starter-plg-success-why"),
                    vec![
                        pct(msg!("starter-plg-success-day"), 20.0, 40.0),
                        num(msg!("starter-plg-success-time"), 48.0, 12.0, Some(msg!("starter-unit-hours"))),
                    ],
                ),
                (
                    msg!("starter-plg-invite"),
                    msg!("starter-plg-invite-why"),
                    vec![pct(msg!("starter-plg-invite-accounts"), 10.0, 25.0), num(msg!("starter-plg-invite-rate"), 0.5, 1.5, None)],
                ),
            ],
            Starter::Reliability => vec![
                (
                    msg!("starter-rel-trust"),
                    msg!("starter-rel-trust-why"),
                    vec![pct(msg!("starter-rel-trust-availability"), 99.5, 99.9), num(msg!("starter-rel-trust-incidents"), 6.0, 2.0, None)],
                ),
                (
                    msg!("starter-rel-recover"),
                    msg!("starter-rel-recover-why"),
                    vec![
                        num(msg!("starter-rel-recover-time"), 120.0, 30.0, Some(msg!("import-example-unit-minutes"))),
                        pct(msg!("starter-rel-recover-actions"), 40.0, 90.0),
                    ],
                ),
            ],
            Starter::Hiring => vec![
                (
                    msg!("starter-hire-people"),
                    msg!("starter-hire-people-why"),
                    vec![num(msg!("starter-hire-people-filled"), 0.0, 5.0, None), pct(msg!("starter-hire-people-accepted"), 60.0, 80.0)],
                ),
                (
                    msg!("starter-hire-experience"),
                    msg!("starter-hire-experience-why"),
                    vec![
                        pct(msg!("starter-hire-experience-week"), 50.0, 90.0),
                        (msg!("starter-hire-experience-process"), KrKind::Milestone, None),
                    ],
                ),
            ],
        }
    }

    /// The starter as wave objectives to import, worded by `say`.
    pub fn objectives_in(self, say: impl Fn(&Msg) -> String) -> Vec<Earlier> {
        self.objectives()
            .into_iter()
            .enumerate()
            .map(|(i, (title, why, krs))| Earlier {
                id: ObjectiveId(i as i64 + 1),
                title: say(&title),
                why: say(&why),
                team: None,
                parent: None,
                krs: krs
                    .into_iter()
                    .map(|(t, kind, unit)| {
                        let kind = match (kind, unit) {
                            (KrKind::Numeric { start, target, .. }, Some(unit)) => KrKind::Numeric { start, target, unit: say(&unit) },
                            (kind, _) => kind,
                        };
                        (say(&t), kind, 1.0)
                    })
                    .collect(),
            })
            .collect()
    }
}
