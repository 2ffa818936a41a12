//! `sqlx::migrate!` copies the migration files into the binary when the
//! crate compiles, but cargo cannot see that: without this, a new migration
//! would not reach a build until some source file changed.

fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
