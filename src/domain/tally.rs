//! A box's running count of votes per score, kept beside its ballots so that
//! results are read from one row per objective and week instead of counting
//! every ballot on every view.
//!
//! It is stored as text of one fixed width ("0000012,0000003,…"): a vote
//! rewrites it in place without changing its size, like every other value a
//! vote touches in the ballot vault, so the file's layout still says nothing
//! about the order votes came in.

use super::vote::Score;

/// Digits per count: a box has one slot per person, far fewer than this allows.
const DIGITS: usize = 7;
pub const MAX_COUNT: u32 = 9_999_999;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tally([u32; 5]);

impl Tally {
    pub fn new(counts: [u32; 5]) -> Option<Self> {
        counts.iter().all(|c| *c <= MAX_COUNT).then_some(Tally(counts))
    }

    pub fn counts(self) -> [u32; 5] {
        self.0
    }

    /// Reads the stored form; `None` for anything else.
    pub fn parse(text: &str) -> Option<Self> {
        let parts: Vec<&str> = text.split(',').collect();
        if parts.len() != 5 || parts.iter().any(|p| p.len() != DIGITS || !p.bytes().all(|b| b.is_ascii_digit())) {
            return None;
        }
        let mut out = [0; 5];
        for (slot, part) in out.iter_mut().zip(parts) {
            *slot = part.parse().ok()?;
        }
        Some(Tally(out))
    }

    /// The stored form, always `5 * 7 + 4` characters long.
    pub fn to_text(self) -> String {
        self.0.iter().map(|c| format!("{c:0DIGITS$}")).collect::<Vec<_>>().join(",")
    }

    /// A first vote; `None` if the count would overflow its width.
    pub fn with_vote(self, score: Score) -> Option<Self> {
        let mut c = self.0;
        let i = usize::from(score.get()) - 1;
        c[i] = c[i].checked_add(1).filter(|n| *n <= MAX_COUNT)?;
        Some(Tally(c))
    }

    /// A changed vote; `None` if nothing had `from`.
    pub fn change(self, from: Score, to: Score) -> Option<Self> {
        let mut c = self.0;
        let i = usize::from(from.get()) - 1;
        c[i] = c[i].checked_sub(1)?;
        Tally(c).with_vote(to)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn score(n: u8) -> Score {
        Score::try_from(n).unwrap()
    }

    #[test]
    fn stored_form_round_trips_and_keeps_its_width() {
        let t = Tally::default().with_vote(score(3)).unwrap().with_vote(score(5)).unwrap();
        assert_eq!(t.to_text(), "0000000,0000000,0000001,0000000,0000001");
        assert_eq!(Tally::parse(&t.to_text()), Some(t));
        assert_eq!(Tally::new([MAX_COUNT; 5]).unwrap().to_text().len(), Tally::default().to_text().len());
    }

    #[test]
    fn refuses_what_it_did_not_write() {
        for bad in [
            "",
            "1,2,3,4,5",
            "0000000,0000000,0000000,0000000",
            "0000000,0000000,0000000,0000000,000000x",
            "+000001,0000000,0000000,0000000,0000000",
        ] {
            assert_eq!(Tally::parse(bad), None, "{bad}");
        }
        assert_eq!(Tally::new([MAX_COUNT, 0, 0, 0, 0]).unwrap().with_vote(score(1)), None);
        assert_eq!(Tally::default().change(score(2), score(4)), None);
    }

    proptest! {
        /// Any sequence of first votes and changes leaves the counts a
        /// recount of the ballots would give, in text of the same width.
        #[test]
        fn matches_a_recount(ops in proptest::collection::vec((1u8..=5, proptest::option::of((any::<prop::sample::Index>(), 1u8..=5))), 0..60)) {
            let mut ballots: Vec<u8> = Vec::new();
            let mut tally = Tally::default();
            let width = tally.to_text().len();
            for (first, change) in ops {
                match change {
                    Some((which, to)) if !ballots.is_empty() => {
                        let i = which.index(ballots.len());
                        tally = tally.change(score(ballots[i]), score(to)).unwrap();
                        ballots[i] = to;
                    }
                    _ => {
                        tally = tally.with_vote(score(first)).unwrap();
                        ballots.push(first);
                    }
                }
                prop_assert_eq!(tally.to_text().len(), width);
            }
            let mut recount = [0u32; 5];
            for b in ballots {
                recount[usize::from(b) - 1] += 1;
            }
            prop_assert_eq!(tally.counts(), recount);
        }
    }
}
