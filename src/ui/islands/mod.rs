//! The interactive parts of the pages: Leptos islands.
//!
//! Every page is rendered on the server and arrives as complete HTML; a
//! click on a link is a normal page load (fast: the page is one SQLite query
//! and a few kilobytes away, its CSS inline, the WebAssembly cached for a
//! year). The browser gets WebAssembly only for what changes on the page:
//!
//! - [`forms::FormHelper`]: every form posting to a server function, with
//!   a pending state, errors next to their fields without losing what was
//!   typed, and the focus kept on the pressed button;
//! - the offline drafts (`ui::offline`): the banner, the drafting forms and
//!   the lists of drafts kept on the device;
//! - [`clock::LocalClock`]: the room's time of day in present mode.
//!
//! An island takes its props from the server as JSON, so they stay small
//! and plain; context provided by server components does not reach it.

pub mod clock;
pub mod forms;
