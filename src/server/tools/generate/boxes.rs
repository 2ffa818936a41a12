//! Generated ballots and survey answers, in the vault's layout: a box per
//! objective and week with a receipt per eligible person (sorted by tag)
//! and as many slots; the votes sit in slots chosen at random.

use super::waves::{Laid, WavePlan};
use super::{Org, Written};
use crate::domain::ids::{ObjectiveId, SurveyId, UserId};
use crate::domain::tally::Tally;
use crate::error::AppError;
use crate::server::store::bulk;
use crate::server::vote::claims::{survey_tag, voter_tag, VoteKey};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::Rng;
use sqlx::AnyConnection;

/// People who have not voted in the running week yet (the last tenth), so a
/// benchmark can cast first votes as them.
pub fn fresh_voters(members: usize) -> std::ops::RangeInclusive<usize> {
    (members - members / 10 + 1)..=members
}

/// Fills receipts (sorted tags, `1` for those who took part) and slots.
fn fill(tags: Vec<Vec<u8>>, takes_part: impl Fn(usize) -> bool, rng: &mut StdRng) -> (Vec<u8>, usize, String, Vec<usize>) {
    let tag_len = tags.first().map_or(0, Vec::len);
    let mut order: Vec<(Vec<u8>, bool)> = tags.into_iter().enumerate().map(|(i, t)| (t, takes_part(i))).collect();
    order.sort();
    let flags: String = order.iter().map(|(_, v)| if *v { '1' } else { '0' }).collect();
    let mut slots: Vec<usize> = (0..order.len()).collect();
    slots.shuffle(rng);
    slots.truncate(order.iter().filter(|(_, v)| *v).count());
    let blob = order.into_iter().flat_map(|(t, _)| t).collect();
    (blob, tag_len, flags, slots)
}

pub async fn write(
    tx: &mut AnyConnection,
    key: &VoteKey,
    org: &Org,
    wave: &WavePlan,
    laid: &Laid,
    rng: &mut StdRng,
    written: &mut Written,
) -> Result<(), AppError> {
    let last = wave.current.unwrap_or(wave.weeks_done);
    let fresh = fresh_voters(org.members);
    for o in &laid.objectives {
        let people: Vec<usize> = match o.team {
            Some(t) => org.people_of(t).collect(),
            None => (1..=org.members).collect(),
        };
        for week in 1..=last {
            let running = Some(week) == wave.current;
            let share = if running { 45 } else { rng.gen_range(60..90) };
            let draws: Vec<bool> = people.iter().map(|p| !(running && fresh.contains(p)) && rng.gen_range(0..100) < share).collect();
            let tags = people.iter().map(|p| voter_tag(key, UserId(*p as i64), ObjectiveId(o.id), week)).collect();
            let (blob, tag_len, flags, filled) = fill(tags, |i| draws[i], rng);
            let mut scores = vec![b'-'; people.len()];
            let mut counts = [0u32; 5];
            let mean = (o.mood + o.drift * f64::from(week - 1)).clamp(1.0, 5.0);
            for slot in &filled {
                let score = (mean + rng.gen_range(-1.3..1.3)).round().clamp(1.0, 5.0) as u8;
                scores[*slot] = b'0' + score;
                counts[usize::from(score) - 1] += 1;
            }
            let scores = String::from_utf8(scores).map_err(|_| AppError::Internal)?;
            let tally = Tally::new(counts).ok_or(AppError::Internal)?;
            bulk::vote_box(tx, (org.id, wave.id, o.id, i64::from(week)), &blob, tag_len, &flags, &scores, tally).await?;
            written.ballots += people.len();
            written.votes += filled.len();
        }
    }
    let share = if wave.active() { 35 } else { 55 };
    let draws: Vec<bool> = (1..=org.members).map(|_| rng.gen_range(0..100) < share).collect();
    let tags = (1..=org.members).map(|p| survey_tag(key, UserId(p as i64), SurveyId(laid.survey))).collect();
    let (blob, tag_len, flags, filled) = fill(tags, |i| draws[i], rng);
    let mut answers = vec!["0".repeat(20); org.members];
    for slot in &filled {
        let lean: i32 = rng.gen_range(-1..=1);
        answers[*slot] = (0..20).map(|_| char::from(b'0' + (3 + lean + rng.gen_range(-1..=1)).clamp(1, 5) as u8)).collect();
    }
    written.survey_answers += filled.len();
    bulk::survey_box(tx, org.id, laid.survey, &blob, tag_len, &flags, &answers.concat()).await
}
