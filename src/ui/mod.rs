//! Pages (one module per route) and the small components they share, all
//! rendered on the server only; and the islands, the few interactive parts
//! that are also compiled for the browser.

#[cfg(feature = "ssr")]
pub mod components;
pub mod islands;
#[cfg(feature = "ssr")]
pub mod layout;
pub mod offline;
#[cfg(feature = "ssr")]
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
