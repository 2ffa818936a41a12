//! Pages (one module per route) and the small components they share.

pub mod components;
pub mod layout;
pub mod offline;
pub mod pages;

/// "1 team objective", "3 team objectives": a count and its noun, plural
/// with an `s` when the count is not one.
pub fn count(n: u32, noun: &str) -> String {
    format!("{n} {noun}{}", if n == 1 { "" } else { "s" })
}

#[cfg(test)]
mod tests {
    #[test]
    fn counts_say_one_thing_or_several() {
        assert_eq!(super::count(1, "aligned team objective"), "1 aligned team objective");
        assert_eq!(super::count(0, "objective"), "0 objectives");
        assert_eq!(super::count(12, "team"), "12 teams");
    }
}
