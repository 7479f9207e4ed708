//! `bench-seed --db FILE --login EMAIL`: gives the first open circle of the
//! practitioner `EMAIL` (made by `moves seed-demo`) two years of history, and
//! prints the circle's id. Run on a fresh database only.

use anyhow::{Result, anyhow};
use moves_bench::context::{arg, open_store};
use moves_bench::history;
use moves_core::Clock;
use moves_core::audit::{AuditAction, AuditEntry, AuditScope};
use moves_core::circle::member::CircleRole;
use moves_core::clock::SystemClock;

#[tokio::main]
async fn main() -> Result<()> {
    let store = open_store(&arg("db")?).await?;
    let login = arg("login")?;
    let user = store
        .user_by_login(&login)
        .await?
        .ok_or_else(|| anyhow!("no account {login}: run `moves seed-demo` first"))?;
    let now = SystemClock.now();
    let mut chosen = None;
    for m in store.memberships_of_user(user.id).await? {
        for summary in store.circles_of_user(m.org_id, user.id).await? {
            let members = store.circle_members(m.org_id, summary.circle.id).await?;
            let writers = [
                CircleRole::Practitioner,
                CircleRole::ParentCarer,
                CircleRole::FocusPerson,
            ]
            .iter()
            .filter(|r| members.iter().any(|x| x.role == **r && x.user_id.is_some()))
            .count();
            // The circle where most people write: the fullest history.
            if summary.circle.is_open() && chosen.as_ref().is_none_or(|(w, _, _)| writers > *w) {
                chosen = Some((writers, summary.circle, members));
            }
        }
    }
    let (_, circle, members) = chosen.ok_or_else(|| anyhow!("{login} is in no open circle"))?;
    let notes = history::journal(&circle, &members, now);
    for note in &notes {
        let audit = AuditEntry::new(
            AuditScope::Organisation(circle.org_id),
            now,
            None,
            AuditAction::NoteWritten,
        )
        .subject(circle.id.to_string())
        .detail(format!("written:{}:{}", note.id, note.audience.as_str()));
        store.create_note(note, &audit).await?;
    }
    eprintln!(
        "bench-seed: {} notes over {} months in circle {}",
        notes.len(),
        history::MONTHS,
        circle.id
    );
    println!("{}", circle.id);
    Ok(())
}
