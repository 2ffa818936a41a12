//! Read models for voting and its results, and the pure rule that turns raw
//! weekly distributions into what may be shown.

use super::divergence::CrowdView;
use super::ids::{ObjectiveId, TeamId};
use super::org::TeamRef;
use super::vote::{falling, joined_recently, shown_distribution, trend, visible, Aggregate, Trend, Visible, LOW_AVERAGE};
use super::wave::WaveSummary;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VoteItem {
    pub objective_id: ObjectiveId,
    pub title: String,
    pub team: Option<String>,
    /// From the person's own receipt.
    pub voted: bool,
    /// Only known to the browser that cast the vote.
    pub my_score: Option<u8>,
    /// How many more times that browser may change it this week
    /// (`vote::CHANGES_PER_WEEK`); `None` where the score is not known.
    pub changes_left: Option<u32>,
    /// Whether the person votes on it this week.
    pub standing: Standing,
    /// Who else votes on it this week.
    pub with: CoVoters,
}

/// Whether a person votes on an objective in the running week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Standing {
    Votes,
    /// Became a voter less than a full week before this week began (see
    /// `vote::TENURE_DAYS`): votes from this week of the wave on.
    FromWeek(u32),
    /// Too late for every week of this wave.
    NextWave,
}

/// Someone else who votes in a box.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CoVoter {
    pub name: String,
    /// When they became a voter, for someone who did so recently (see
    /// `vote::joined_recently`): the people a made-up account would be
    /// meant to expose see it marked.
    pub joined: Option<NaiveDate>,
}

/// Who else votes in a box: everyone when few, else those who joined
/// recently (names are what the team and members pages show already).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CoVoters {
    /// How many others vote.
    pub count: u32,
    /// Everyone, when `count` is at most [`CoVoters::LIST_ALL_UP_TO`]; else
    /// the most recent joiners among them (up to that many).
    pub listed: Vec<CoVoter>,
}

impl CoVoters {
    pub const LIST_ALL_UP_TO: u32 = 50;

    /// From how many others vote, the most recent of them (name and since
    /// when, latest first, up to one more than [`Self::LIST_ALL_UP_TO`]),
    /// and the box's cutoff (`vote::eligible_by`).
    pub fn new(count: u32, latest: Vec<(String, i64)>, cutoff: i64) -> Self {
        let all = count <= Self::LIST_ALL_UP_TO;
        let mut listed: Vec<CoVoter> = latest
            .into_iter()
            .filter(|(_, since)| all || joined_recently(*since, cutoff))
            .take(Self::LIST_ALL_UP_TO as usize)
            .map(|(name, since)| CoVoter {
                name,
                joined: joined_recently(since, cutoff)
                    .then(|| chrono::DateTime::from_timestamp(since, 0).map(|t| t.date_naive()))
                    .flatten(),
            })
            .collect();
        listed.sort_by(|a, b| b.joined.cmp(&a.joined).then_with(|| a.name.cmp(&b.name)));
        Self { count, listed }
    }

    /// Whether `listed` names everyone.
    pub fn complete(&self) -> bool {
        self.listed.len() as u32 == self.count
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VoteSheet {
    pub wave: Option<WaveSummary>,
    /// The week open for voting; `None` when no wave week is running.
    pub week: Option<u32>,
    pub weeks: u32,
    pub items: Vec<VoteItem>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConfidenceRow {
    pub objective_id: ObjectiveId,
    pub title: String,
    pub team: Option<TeamRef>,
    /// The wave objective a team objective aligns to.
    pub parent: Option<ObjectiveId>,
    /// One per week of the wave, week 1 first.
    pub cells: Vec<Visible>,
    pub trend: Option<Trend>,
    /// Confidence dropped two weeks running.
    pub falling: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConfidenceReport {
    pub wave: Option<WaveSummary>,
    pub weeks: u32,
    pub current_week: Option<u32>,
    pub threshold: u32,
    pub live: bool,
    /// The rows this view shows (see [`select`]).
    pub rows: Vec<ConfidenceRow>,
    /// Every wave objective with what its aligned team objectives say.
    pub groups: Vec<Group>,
    /// The teams with flagged objectives, most flagged first (see [`by_team`]).
    pub by_team: ByTeam,
    pub view: ConfidenceView,
    /// Team objectives flagged in the whole wave (the attention view shows the first few).
    pub flagged: u32,
    /// Pages of the full list.
    pub pages: u32,
    pub teams: Vec<TeamRef>,
    pub team_filter: Option<TeamId>,
}

/// What a confidence page lists. A leader's first question is "where should
/// I look?", so the default lists the wave objectives and the team
/// objectives that need a conversation; the full map is paged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ConfidenceView {
    /// Wave objectives, then flagged team objectives, worst first.
    Attention,
    /// Everything, grouped by wave objective, a page at a time (1-based).
    All { page: u32 },
    /// One team's objectives and the wave's.
    Team(TeamId),
}

/// Flagged team objectives the attention view lists at most.
pub const ATTENTION_ROWS: usize = 25;
/// Rows on a page of the full list.
pub const PAGE_ROWS: usize = 40;

/// A wave objective and the team objectives aligned to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Group {
    pub objective_id: ObjectiveId,
    pub title: String,
    pub aligned: u32,
    /// Aligned team objectives whose confidence dropped two weeks running.
    pub falling: u32,
    /// Aligned team objectives whose latest shown average is below [`LOW_AVERAGE`].
    pub low: u32,
}

impl ConfidenceRow {
    /// The average of the latest week that shows one.
    pub fn latest_average(&self) -> Option<f64> {
        self.cells.iter().rev().find_map(|c| if let Visible::Shown(a) = c { Some(a.average) } else { None })
    }

    /// The crowd's view this week: the latest shown average of week
    /// `current` or the one before. A running week shows nothing until it
    /// closes (or its live release), so last week's is what people see now;
    /// anything older is stale.
    pub fn recent_crowd(&self, current: u32) -> Option<CrowdView> {
        (current.saturating_sub(1).max(1)..=current).rev().find_map(|week| match self.cells.get(week as usize - 1) {
            Some(Visible::Shown(a)) => Some(CrowdView { week, average: a.average }),
            _ => None,
        })
    }

    /// Needs a conversation: falling, or low.
    pub fn flagged(&self) -> bool {
        self.falling || self.latest_average().is_some_and(|a| a < LOW_AVERAGE)
    }
}

/// Parses the `show` and `page` query values (anything unknown is the default view).
pub fn parse_view(team: Option<TeamId>, show: Option<&str>, page: Option<u32>) -> ConfidenceView {
    match (team, show) {
        (Some(t), _) => ConfidenceView::Team(t),
        (None, Some("all")) => ConfidenceView::All { page: page.unwrap_or(1).max(1) },
        _ => ConfidenceView::Attention,
    }
}

/// What a view shows of every row of a wave (`rows` in the store's order:
/// wave objectives first): (rows shown, groups, flagged in all, pages).
pub fn select(rows: Vec<ConfidenceRow>, view: ConfidenceView) -> (Vec<ConfidenceRow>, Vec<Group>, u32, u32) {
    let groups: Vec<Group> = rows
        .iter()
        .filter(|r| r.team.is_none())
        .map(|w| {
            let aligned: Vec<&ConfidenceRow> = rows.iter().filter(|r| r.parent == Some(w.objective_id)).collect();
            Group {
                objective_id: w.objective_id,
                title: w.title.clone(),
                aligned: aligned.len() as u32,
                falling: aligned.iter().filter(|r| r.falling).count() as u32,
                low: aligned.iter().filter(|r| r.latest_average().is_some_and(|a| a < LOW_AVERAGE)).count() as u32,
            }
        })
        .collect();
    let flagged = rows.iter().filter(|r| r.team.is_some() && r.flagged()).count() as u32;
    // The full list, grouped: each wave objective followed by its aligned ones.
    let mut grouped: Vec<ConfidenceRow> = Vec::with_capacity(rows.len());
    let (wave, team): (Vec<ConfidenceRow>, Vec<ConfidenceRow>) = rows.into_iter().partition(|r| r.team.is_none());
    let mut team = team;
    for w in wave {
        let id = w.objective_id;
        grouped.push(w);
        let (mine, rest): (Vec<_>, Vec<_>) = team.into_iter().partition(|r| r.parent == Some(id));
        grouped.extend(mine);
        team = rest;
    }
    grouped.extend(team);
    let pages = grouped.len().div_ceil(PAGE_ROWS).max(1) as u32;
    let shown = match view {
        ConfidenceView::Team(t) => grouped.into_iter().filter(|r| r.team.as_ref().is_none_or(|team| team.id == t)).collect(),
        ConfidenceView::All { page } => grouped.into_iter().skip((page.saturating_sub(1) as usize) * PAGE_ROWS).take(PAGE_ROWS).collect(),
        ConfidenceView::Attention => {
            let (mut out, mut flagged_rows): (Vec<_>, Vec<_>) =
                grouped.into_iter().filter(|r| r.team.is_none() || r.flagged()).partition(|r| r.team.is_none());
            // Falling first, then the lowest latest average.
            flagged_rows.sort_by(|a, b| {
                b.falling.cmp(&a.falling).then(a.latest_average().unwrap_or(f64::MAX).total_cmp(&b.latest_average().unwrap_or(f64::MAX)))
            });
            out.extend(flagged_rows.into_iter().take(ATTENTION_ROWS));
            out
        }
    };
    (shown, groups, flagged, pages)
}

/// Votes per score of one objective and week.
pub type Distribution = (ObjectiveId, u32, [u32; 5]);

/// An objective as a heat-map row starts.
pub struct RowHead {
    pub objective_id: ObjectiveId,
    pub title: String,
    pub team: Option<TeamRef>,
    pub parent: Option<ObjectiveId>,
}

/// Builds heat-map rows. `cast` holds (objective, week, votes per score) as
/// cast, `released` the last live release of each; `started(week)` and
/// `closed(week)` say whether a week has begun and whether it is over.
#[allow(clippy::too_many_arguments)]
pub fn rows(
    objectives: Vec<RowHead>,
    cast: &[Distribution],
    released: &[Distribution],
    weeks: u32,
    started: impl Fn(u32) -> bool,
    closed: impl Fn(u32) -> bool,
    threshold: u32,
    live: bool,
) -> Vec<ConfidenceRow> {
    // Looked up once per objective and week: thousands of each in a large organisation.
    let index = |list: &[Distribution]| list.iter().map(|(o, w, d)| ((*o, *w), *d)).collect::<HashMap<_, _>>();
    let (cast, released) = (index(cast), index(released));
    objectives
        .into_iter()
        .map(|RowHead { objective_id, title, team, parent }| {
            let cells: Vec<Visible> = (1..=weeks)
                .map(|week| {
                    if !started(week) {
                        return Visible::NotStarted;
                    }
                    let find = |list: &HashMap<(ObjectiveId, u32), [u32; 5]>| list.get(&(objective_id, week)).copied();
                    let shown = shown_distribution(find(&cast).unwrap_or_default(), find(&released), threshold, closed(week), live);
                    visible(shown, threshold, closed(week), live)
                })
                .collect();
            let averages: Vec<Option<f64>> = cells.iter().map(|c| if let Visible::Shown(a) = c { Some(a.average) } else { None }).collect();
            ConfidenceRow { objective_id, title, team, parent, trend: trend(&averages), falling: falling(&averages), cells }
        })
        .collect()
}

/// Weeks an organisation brought from another installation (aggregates as
/// they were shown there: `service::restore`) fill the cells this one has
/// no result of its own for, and the rows' trend and fall are read again.
pub fn with_restored(rows: &mut [ConfidenceRow], restored: &[(ObjectiveId, u32, Aggregate)]) {
    for (objective, week, result) in restored {
        let Some(row) = rows.iter_mut().find(|r| r.objective_id == *objective) else { continue };
        let Some(cell) = week.checked_sub(1).and_then(|i| row.cells.get_mut(i as usize)) else { continue };
        if !matches!(cell, Visible::Shown(_)) {
            *cell = Visible::Shown(result.clone());
            let averages: Vec<Option<f64>> =
                row.cells.iter().map(|c| if let Visible::Shown(a) = c { Some(a.average) } else { None }).collect();
            row.trend = trend(&averages);
            row.falling = falling(&averages);
        }
    }
}

/// What the crowd says about one objective, for pages that flag objectives
/// rather than draw the heat map.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct CrowdSignal {
    pub objective_id: ObjectiveId,
    /// Confidence dropped two weeks running.
    pub falling: bool,
    /// This week's view (see [`ConfidenceRow::recent_crowd`]).
    pub recent: Option<CrowdView>,
}

/// The crowd signals of `ids` (objectives of a wave whose week `current`
/// is running or was the last), by the same rules as [`rows`].
#[allow(clippy::too_many_arguments)]
pub fn crowd_among(
    ids: &[ObjectiveId],
    cast: &[Distribution],
    released: &[Distribution],
    weeks: u32,
    current: u32,
    closed: impl Fn(u32) -> bool,
    threshold: u32,
    live: bool,
) -> Vec<CrowdSignal> {
    let heads = ids.iter().map(|&objective_id| RowHead { objective_id, title: String::new(), team: None, parent: None }).collect();
    // Weeks to come hold nothing, started or not: only the shown ones count here.
    rows(heads, cast, released, weeks, |_| true, closed, threshold, live)
        .into_iter()
        .map(|r| CrowdSignal { objective_id: r.objective_id, falling: r.falling, recent: r.recent_crowd(current) })
        .collect()
}

// The heat map grouped by team: which teams a leader of many should talk
// to first (the confidence page's "By team").

/// A team and how its objectives' confidence reads.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TeamGroup {
    pub team: TeamRef,
    pub objectives: u32,
    /// Objectives that need a conversation (falling, low, or both).
    pub flagged: u32,
    pub falling: u32,
    pub low: u32,
    /// The mean of its objectives' latest shown averages, if any shows one.
    pub average: Option<f64>,
}

/// The "by team" summary: a leader of many teams wants to know which teams
/// to talk to, so only teams with something flagged are listed (worst
/// first, at most [`ATTENTION_ROWS`]); the rest are counted.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ByTeam {
    pub flagged: Vec<TeamGroup>,
    /// Teams with flagged objectives beyond the list.
    pub more_flagged: u32,
    /// Teams with objectives in the wave and nothing flagged.
    pub calm: u32,
}

/// Groups the team objectives of `rows` by team.
pub fn by_team(rows: &[ConfidenceRow]) -> ByTeam {
    let mut teams: Vec<(TeamRef, Vec<&ConfidenceRow>)> = Vec::new();
    let mut at: HashMap<TeamId, usize> = HashMap::new();
    for r in rows {
        let Some(t) = &r.team else { continue };
        let i = *at.entry(t.id).or_insert_with(|| {
            teams.push((t.clone(), Vec::new()));
            teams.len() - 1
        });
        teams[i].1.push(r);
    }
    let (mut flagged, calm): (Vec<TeamGroup>, Vec<TeamGroup>) = teams
        .into_iter()
        .map(|(team, rs)| {
            let latest: Vec<f64> = rs.iter().filter_map(|r| r.latest_average()).collect();
            TeamGroup {
                team,
                objectives: rs.len() as u32,
                flagged: rs.iter().filter(|r| r.flagged()).count() as u32,
                falling: rs.iter().filter(|r| r.falling).count() as u32,
                low: latest.iter().filter(|&&a| a < LOW_AVERAGE).count() as u32,
                average: super::progress::mean(latest.iter().copied()),
            }
        })
        .partition(|g| g.flagged > 0);
    // Most flagged objectives first, then the lowest average, then by name.
    flagged.sort_by(|a, b| {
        b.flagged
            .cmp(&a.flagged)
            .then(a.average.unwrap_or(f64::MAX).total_cmp(&b.average.unwrap_or(f64::MAX)))
            .then_with(|| a.team.name.cmp(&b.team.name))
    });
    let more_flagged = flagged.len().saturating_sub(ATTENTION_ROWS) as u32;
    flagged.truncate(ATTENTION_ROWS);
    ByTeam { flagged, more_flagged, calm: calm.len() as u32 }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::domain::vote::aggregate;

    #[test]
    fn co_voters_name_everyone_when_few_and_the_new_ones_always() {
        let cutoff = 1_767_571_200;
        let day = 86_400;
        let few = CoVoters::new(2, vec![("Pia Puppet".into(), cutoff - day), ("Ann Old".into(), cutoff - 400 * day)], cutoff);
        assert!(few.complete());
        assert_eq!(few.listed[0].name, "Pia Puppet", "new joiners come first");
        assert_eq!(few.listed[0].joined.unwrap().to_string(), "2026-01-04");
        assert_eq!(few.listed[1].joined, None);
        // A large organisation: only the recent joiners are named.
        let latest: Vec<(String, i64)> = (0..51).map(|i| (format!("P{i}"), cutoff - i * 10 * day)).collect();
        let many = CoVoters::new(9_999, latest, cutoff);
        assert!(!many.complete());
        assert_eq!(many.listed.iter().map(|v| v.name.as_str()).collect::<Vec<_>>(), ["P0", "P1", "P2"]);
    }

    #[test]
    fn restored_weeks_fill_what_this_installation_has_not_and_move_the_trend() {
        let threes = aggregate([0, 0, 3, 0, 0]).unwrap();
        let ones = aggregate([3, 0, 0, 0, 0]).unwrap();
        let mut rows = vec![ConfidenceRow {
            objective_id: ObjectiveId(1),
            title: "Grow".into(),
            team: None,
            parent: None,
            cells: vec![Visible::TooFewVotes, Visible::NotStarted, Visible::Shown(threes.clone())],
            trend: None,
            falling: false,
        }];
        let restored = [
            (ObjectiveId(1), 1, aggregate([0, 0, 0, 0, 3]).unwrap()),
            (ObjectiveId(1), 2, aggregate([0, 0, 0, 3, 0]).unwrap()),
            (ObjectiveId(1), 3, ones),
            (ObjectiveId(1), 9, threes.clone()),
            (ObjectiveId(2), 1, threes.clone()),
        ];
        with_restored(&mut rows, &restored);
        let averages: Vec<Option<f64>> =
            rows[0].cells.iter().map(|c| if let Visible::Shown(a) = c { Some(a.average) } else { None }).collect();
        assert_eq!(averages, [Some(5.0), Some(4.0), Some(3.0)], "this installation's own week 3 stays; weeks past the wave are ignored");
        assert!(rows[0].falling, "5, 4, 3: falling two weeks running");
        assert!(rows[0].trend.is_some());
    }

    fn head(id: i64, title: &str, team: Option<i64>, parent: Option<i64>) -> RowHead {
        RowHead {
            objective_id: ObjectiveId(id),
            title: title.into(),
            team: team.map(|t| TeamRef { id: TeamId(t), name: format!("Team {t}") }),
            parent: parent.map(ObjectiveId),
        }
    }

    /// A row whose only week shows `average` (from three votes), or nothing.
    pub(in crate::domain) fn row(id: i64, team: Option<i64>, parent: Option<i64>, average: Option<u32>, falling: bool) -> ConfidenceRow {
        let h = head(id, &format!("O{id}"), team, parent);
        let cell = match average {
            Some(a) => {
                let mut d = [0; 5];
                d[a as usize - 1] = 3;
                Visible::Shown(aggregate(d).unwrap())
            }
            None => Visible::TooFewVotes,
        };
        ConfidenceRow {
            objective_id: h.objective_id,
            title: h.title,
            team: h.team,
            parent: h.parent,
            cells: vec![cell],
            trend: None,
            falling,
        }
    }

    /// Two wave objectives (1, 2) and team objectives 10.. aligned to them.
    pub(in crate::domain) fn wave() -> Vec<ConfidenceRow> {
        let mut rows = vec![row(1, None, None, Some(4), false), row(2, None, None, Some(3), false)];
        for i in 0..120 {
            let (average, falling) = match i {
                0 => (Some(2), false), // low
                1 => (Some(4), true),  // falling
                2 => (Some(1), false), // lowest
                3 => (None, false),    // hidden: never flagged as low
                _ => (Some(4), false),
            };
            rows.push(row(10 + i, Some(i % 7), Some(1 + i % 2), average, falling));
        }
        rows
    }

    #[test]
    fn the_default_view_lists_the_wave_and_what_needs_a_conversation_worst_first() {
        let (shown, groups, flagged, pages) = select(wave(), ConfidenceView::Attention);
        let ids: Vec<i64> = shown.iter().map(|r| r.objective_id.0).collect();
        assert_eq!(ids, [1, 2, 11, 12, 10], "wave objectives, then falling, then lowest average first");
        assert_eq!(flagged, 3);
        assert_eq!(pages, 4, "122 rows make four pages of 40");
        assert_eq!(groups.len(), 2);
        assert_eq!((groups[0].aligned, groups[0].falling, groups[0].low), (60, 0, 2), "10 and 12 align to 1");
        assert_eq!((groups[1].aligned, groups[1].falling, groups[1].low), (60, 1, 0), "11 aligns to 2");
    }

    #[test]
    fn the_attention_view_stays_small_however_many_are_flagged() {
        let rows: Vec<ConfidenceRow> =
            (0..500).map(|i| row(10 + i, Some(1), Some(1), Some(1), true)).chain([row(1, None, None, Some(2), false)]).collect();
        let (shown, _, flagged, _) = select(rows, ConfidenceView::Attention);
        assert_eq!(flagged, 500);
        assert_eq!(shown.len(), 1 + ATTENTION_ROWS);
    }

    #[test]
    fn the_full_list_is_grouped_and_paged() {
        let (page1, ..) = select(wave(), ConfidenceView::All { page: 1 });
        assert_eq!(page1.len(), PAGE_ROWS);
        assert_eq!(page1[0].objective_id, ObjectiveId(1));
        assert!(page1[1..].iter().all(|r| r.parent == Some(ObjectiveId(1))), "wave objective 1, then what aligns to it");
        let (page2, ..) = select(wave(), ConfidenceView::All { page: 2 });
        assert_eq!(page2[21].objective_id, ObjectiveId(2), "the second group starts after 1 + 60 rows");
        let (page4, ..) = select(wave(), ConfidenceView::All { page: 4 });
        assert_eq!(page4.len(), 122 - 3 * PAGE_ROWS);
        let (beyond, ..) = select(wave(), ConfidenceView::All { page: 9 });
        assert!(beyond.is_empty());
    }

    #[test]
    fn a_team_view_shows_that_team_and_the_wave() {
        let (shown, ..) = select(wave(), ConfidenceView::Team(TeamId(3)));
        assert!(shown.iter().all(|r| r.team.as_ref().is_none_or(|t| t.id == TeamId(3))));
        assert_eq!(shown.iter().filter(|r| r.team.is_some()).count(), 17);
        assert_eq!(parse_view(Some(TeamId(3)), Some("all"), Some(2)), ConfidenceView::Team(TeamId(3)));
        assert_eq!(parse_view(None, Some("all"), Some(0)), ConfidenceView::All { page: 1 });
        assert_eq!(parse_view(None, Some("whatever"), None), ConfidenceView::Attention);
    }

    #[test]
    fn rows_hide_small_groups_and_flag_falls() {
        let o = ObjectiveId(1);
        let dist = vec![
            (o, 1, [0, 0, 0, 1, 2]),              // 3 votes, average 4.67
            (o, 2, [0, 0, 2, 1, 0]),              // 3 votes, average 3.33
            (o, 3, [1, 2, 0, 0, 0]),              // 3 votes, average 1.67
            (ObjectiveId(2), 1, [0, 1, 1, 0, 0]), // 2 votes: hidden
        ];
        let r = rows(vec![head(1, "A", None, None), head(2, "B", None, None)], &dist, &[], 5, |w| w <= 4, |w| w <= 3, 3, false);
        assert!(matches!(r[0].cells[0], Visible::Shown(ref a) if a.count == 3));
        assert_eq!(r[0].cells[3], Visible::WeekOpen, "an open week reads the same with or without votes");
        assert_eq!(r[0].cells[4], Visible::NotStarted, "a week to come says so, live results or not");
        assert!(r[0].falling);
        let crowd = crowd_among(&[o, ObjectiveId(2)], &dist, &[], 4, 4, |w| w <= 3, 3, false);
        assert_eq!(crowd.iter().filter(|c| c.falling).map(|c| c.objective_id).collect::<Vec<_>>(), [o]);
        // Week 4 is open, so this week's view is week 3's; B has no shown week.
        assert_eq!(crowd[0].recent.map(|c| c.week), Some(3));
        assert_eq!(crowd[1].recent, None);
        assert_eq!(r[0].recent_crowd(4), crowd[0].recent);
        assert_eq!(r[0].recent_crowd(1).map(|c| c.week), Some(1));
        assert_eq!(r[0].recent_crowd(0), None, "no week has run");
        assert_eq!(r[0].trend, Some(Trend::Down));
        assert_eq!(r[1].cells[0], Visible::TooFewVotes);
        assert!(!r[1].falling);
        assert_eq!(r[1].trend, None);
    }

    #[test]
    fn teams_with_most_flagged_come_first_and_calm_teams_are_counted() {
        // In wave(), objective 10 + i belongs to team i % 7: 10 (low) to team 0, 11 (falling) to team 1, 12 (low) to team 2.
        let mut rows = wave();
        rows.push(row(500, Some(2), Some(1), Some(2), true)); // team 2: falling and low, one objective
        let t = by_team(&rows);
        let names: Vec<&str> = t.flagged.iter().map(|g| g.team.name.as_str()).collect();
        assert_eq!(names, ["Team 2", "Team 0", "Team 1"], "two flagged first, then the lower average");
        assert_eq!(
            (t.flagged[0].flagged, t.flagged[0].falling, t.flagged[0].low),
            (2, 1, 2),
            "an objective both falling and low counts once"
        );
        assert_eq!(t.calm, 4, "teams 3 to 6 have nothing flagged");
        assert_eq!(t.more_flagged, 0);
        let many: Vec<ConfidenceRow> = (0..60).map(|i| row(10 + i, Some(i), Some(1), Some(1), false)).collect();
        let t = by_team(&many);
        assert_eq!((t.flagged.len(), t.more_flagged, t.calm), (ATTENTION_ROWS, 60 - ATTENTION_ROWS as u32, 0));
        assert!(by_team(&[row(1, None, None, Some(1), true)]).flagged.is_empty(), "wave objectives belong to no team");
    }
}
