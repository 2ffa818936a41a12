//! PPP: a team's weekly Progress, Plans and Problems, each a short list.

use super::ids::{ObjectiveId, PppItemId, TeamId, UserId};
use super::validation::ValidationError;
use crate::msg;
use serde::{Deserialize, Serialize};

pub const MAX_ITEMS: usize = 10;
pub const MAX_ITEM_CHARS: usize = 280;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Section {
    Progress,
    Plans,
    Problems,
}

impl Section {
    pub const ALL: [Section; 3] = [Section::Progress, Section::Plans, Section::Problems];

    pub fn as_str(self) -> &'static str {
        match self {
            Section::Progress => "progress",
            Section::Plans => "plans",
            Section::Problems => "problems",
        }
    }

    /// The section's name, in the reader's language.
    pub fn msg(self) -> crate::domain::msg::Msg {
        match self {
            Section::Progress => msg!("label-ppp-progress"),
            Section::Plans => msg!("label-ppp-plans"),
            Section::Problems => msg!("label-ppp-problems"),
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Section::ALL.into_iter().find(|s| s.as_str() == raw)
    }
}

/// One item per non-empty line; a leading "- " or "* " is dropped.
pub fn parse_items(section: Section, raw: &str) -> Result<Vec<String>, ValidationError> {
    let items: Vec<String> =
        raw.lines().map(|l| l.trim().trim_start_matches(['-', '*', '•']).trim().to_owned()).filter(|l| !l.is_empty()).collect();
    if items.len() > MAX_ITEMS {
        return Err(ValidationError::new(
            section.as_str(),
            msg!("invalid-ppp-items", section = section.msg(), max = MAX_ITEMS, count = items.len()),
        ));
    }
    if let Some(long) = items.iter().find(|i| i.chars().count() > MAX_ITEM_CHARS) {
        let start: String = long.chars().take(30).collect();
        return Err(ValidationError::new(
            section.as_str(),
            msg!("invalid-ppp-item-long", section = section.msg(), max = MAX_ITEM_CHARS, start = start),
        ));
    }
    if items.iter().any(|i| i.chars().any(char::is_control)) {
        return Err(ValidationError::new(section.as_str(), msg!("invalid-ppp-control")));
    }
    Ok(items)
}

/// A whole update: at least one item somewhere.
pub fn parse_update(progress: &str, plans: &str, problems: &str) -> Result<[(Section, Vec<String>); 3], ValidationError> {
    let sections = [
        (Section::Progress, parse_items(Section::Progress, progress)?),
        (Section::Plans, parse_items(Section::Plans, plans)?),
        (Section::Problems, parse_items(Section::Problems, problems)?),
    ];
    if sections.iter().all(|(_, items)| items.is_empty()) {
        return Err(ValidationError::new("progress", msg!("invalid-ppp-empty")));
    }
    Ok(sections)
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PppItem {
    pub id: PppItemId,
    pub section: Section,
    pub text: String,
    /// The team objective this item is about, if any.
    pub objective: Option<(ObjectiveId, String)>,
    /// Problems only: solved (or turned into a boost that got done).
    pub resolved: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PppUpdate {
    pub team_id: TeamId,
    pub team: String,
    pub week: u32,
    pub author: String,
    pub author_id: Option<UserId>,
    /// Seconds since the epoch.
    pub updated_at: i64,
    pub items: Vec<PppItem>,
}

impl PppUpdate {
    pub fn section(&self, s: Section) -> impl Iterator<Item = &PppItem> {
        self.items.iter().filter(move |i| i.section == s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_feed_is_paged_and_counts_every_team() {
        let teams: Vec<(u32, Option<()>)> = (0..60).map(|i| (i, (i % 3 == 0).then_some(()))).collect();
        let (shown, posted, page, pages) = feed_page(teams.clone(), 3);
        assert_eq!((shown.len(), posted, page, pages), (10, 20, 3, 3));
        assert_eq!(shown[0].0, 50);
        let (shown, _, page, _) = feed_page(teams.clone(), 99);
        assert_eq!((shown[0].0, page), (50, 3), "past the end shows the last page");
        let (shown, _, page, _) = feed_page(teams, 0);
        assert_eq!((shown[0].0, page), (0, 1));
        let (shown, posted, page, pages) = feed_page(Vec::<(u32, Option<()>)>::new(), 1);
        assert_eq!((shown.len(), posted, page, pages), (0, 0, 1, 1));
    }

    #[test]
    fn lines_become_items() {
        let items = parse_items(Section::Progress, "- shipped A\n\n * fixed B \n•C").unwrap();
        assert_eq!(items, ["shipped A", "fixed B", "C"]);
    }

    #[test]
    fn limits() {
        let eleven = (0..11).map(|i| format!("item {i}")).collect::<Vec<_>>().join("\n");
        assert!(parse_items(Section::Plans, &eleven).unwrap_err().message.to_string().contains("at most 10"));
        assert_eq!(parse_items(Section::Problems, &"x".repeat(281)).unwrap_err().field, "problems");
        assert!(parse_update(" ", "\n", "").unwrap_err().message.to_string().contains("at least one item"));
        assert!(parse_update("", "", "blocked by X").is_ok());
    }
}

/// A team's PPP page: this week's update (if any) and the earlier ones.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TeamPpp {
    pub wave: Option<super::wave::WaveSummary>,
    /// The week open for updates; `None` outside an active wave's weeks.
    pub week: Option<u32>,
    pub current: Option<PppUpdate>,
    pub earlier: Vec<PppUpdate>,
    /// The team's objectives in the wave, for items to refer to.
    pub objectives: Vec<(ObjectiveId, String)>,
    pub is_member: bool,
}

/// Every team's update for one week of a wave.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PppFeed {
    pub wave: Option<super::wave::WaveSummary>,
    pub week: u32,
    pub weeks: u32,
    pub current_week: Option<u32>,
    /// Each active team on this page with its update, or `None`: "no update this week".
    pub teams: Vec<(super::org::TeamRef, Option<PppUpdate>)>,
    /// Teams that posted this week, and active teams, in the whole organisation.
    pub posted: usize,
    pub team_count: usize,
    /// The page of teams shown (1-based) and how many pages there are.
    pub page: usize,
    pub pages: usize,
}

/// Teams on one page of the PPP feed.
pub const FEED_PAGE: usize = 25;

/// One page of `teams` (1-based, clamped), how many posted in all, and the page count.
pub fn feed_page<T, U>(teams: Vec<(T, Option<U>)>, page: usize) -> (Vec<(T, Option<U>)>, usize, usize, usize) {
    let posted = teams.iter().filter(|(_, u)| u.is_some()).count();
    let pages = teams.len().div_ceil(FEED_PAGE).max(1);
    let page = page.clamp(1, pages);
    let shown = teams.into_iter().skip((page - 1) * FEED_PAGE).take(FEED_PAGE).collect();
    (shown, posted, page, pages)
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OpenProblem {
    pub item_id: PppItemId,
    pub team: super::org::TeamRef,
    pub week: u32,
    pub text: String,
    /// A boost asked for this problem is done: the team may mark it solved.
    pub done_boost: Option<super::ids::BoostId>,
}
