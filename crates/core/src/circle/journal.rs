//! The circle's journal: reading it a page at a time, writing a note, and
//! changing or sharing one's own. Each opens the circle for the person (the
//! audited read, access decided from their roles now), applies the domain's
//! rule (`moves_domain::circle::note`), and stores the change with its audit
//! entry in one transaction.

use super::open::open_circle;
use crate::form_key::{self, FormKey};
use crate::{Ctx, Error};
use moves_domain::audit::{AuditAction, AuditScope};
use moves_domain::circle::{
    Audience, BylineError, CircleMember, Glimpse, JOURNAL_PAGE, JournalCursor, JournalDate,
    NOTE_MAX, Note, NoteError, NoteInJournal, NoteInput, OpenCircle, journal,
};
use moves_domain::ids::{CircleId, CircleMemberId, NoteId};
use moves_domain::permission::Actor;
use moves_domain::text::clean_block;
use moves_store::{AuditEntry, VersionedWrite};

/// One page of the journal as the person may read it.
pub struct JournalPage {
    pub open: OpenCircle,
    pub entries: Vec<NoteInJournal>,
    /// Where the next page starts, when there may be one.
    pub next: Option<JournalCursor>,
}

/// The page of `circle`'s journal starting after `after` (the newest when
/// `None`), as `actor` may read it.
pub async fn read(
    ctx: &Ctx,
    actor: &Actor,
    circle: CircleId,
    after: Option<JournalCursor>,
) -> Result<JournalPage, Error> {
    let open = open_circle(ctx, actor, circle, "journal").await?;
    let notes = ctx
        .store()
        .notes_of_circle_page(open.circle.org_id, open.circle.id, after, JOURNAL_PAGE)
        .await?;
    let next = if notes.len() == JOURNAL_PAGE as usize {
        notes.last().map(JournalCursor::after)
    } else {
        None
    };
    Ok(JournalPage {
        entries: journal(&open, notes),
        open,
        next,
    })
}

/// A note as typed in the form: each field as sent.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoteDraft<'a> {
    pub body: &'a str,
    /// The day it is about, as a date field sends it; empty for today.
    pub about: &'a str,
    /// An audience code (`only_me`, `practitioners`, ...).
    pub audience: &'a str,
    /// The member whose words these are, when a practitioner types them with
    /// them; empty for one's own (new notes only).
    pub with: &'a str,
}

/// What refused a note: what the domain says of it, or a form we did not
/// make (sent without its key).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoteProblem {
    Note(NoteError),
    FormExpired,
}

/// A note refused for what was typed: the circle as opened (to show the form
/// again with the person's text) and every problem at once.
#[derive(Debug)]
pub struct Refused {
    pub open: OpenCircle,
    /// The note being changed (a change only).
    pub note: Option<Note>,
    pub problems: Vec<NoteProblem>,
}

#[derive(Debug)]
pub enum WriteError {
    Refused(Box<Refused>),
    /// Someone changed the note since the form was shown: nothing was
    /// written; the note as it is now, to show beside the person's text.
    Stale(Box<Refused>),
    Core(Error),
}

impl From<Error> for WriteError {
    fn from(e: Error) -> Self {
        WriteError::Core(e)
    }
}

impl From<moves_store::StoreError> for WriteError {
    fn from(e: moves_store::StoreError) -> Self {
        WriteError::Core(e.into())
    }
}

/// A form for a new note: the circle, for someone who may write in it, and a
/// fresh key for the form.
pub async fn new_note_form(
    ctx: &Ctx,
    actor: &Actor,
    circle: CircleId,
) -> Result<(OpenCircle, FormKey), Error> {
    let open = open_circle(ctx, actor, circle, "note_new").await?;
    writer(&open)?;
    let key = FormKey::new()?;
    Ok((open, key))
}

/// Only members of the circle with an account write: a team manager sees
/// the journal but may not (403).
fn writer(open: &OpenCircle) -> Result<&CircleMember, Error> {
    match open.access.member() {
        Some(m) if m.user_id.is_some() => Ok(m),
        _ => Err(Error::Forbidden),
    }
}

/// Whether the note was new or the same form sent again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    New(NoteId),
    /// Sent before: the note it made is in the journal already.
    Again(NoteId),
}

/// Every problem with `draft` (in the form's order, not only the first),
/// and the audience and author it names.
fn check_draft<'a>(
    open: &'a OpenCircle,
    draft: &NoteDraft<'_>,
    ctx: &Ctx,
) -> (Vec<NoteProblem>, Option<Audience>, Option<&'a CircleMember>) {
    let mut problems = Vec::new();
    if let Err(t) = clean_block(draft.body, NOTE_MAX) {
        problems.push(NoteProblem::Note(NoteError::Body(t)));
    }
    if let Err(e) = JournalDate::parse(draft.about, ctx.now()) {
        problems.push(NoteProblem::Note(NoteError::Date(e)));
    }
    let with = match chosen_author(open, draft.with) {
        Ok(with) => with,
        Err(e) => {
            problems.push(NoteProblem::Note(NoteError::Byline(e)));
            None
        }
    };
    let audience = Audience::parse(draft.audience.trim());
    if audience.is_none() {
        problems.push(NoteProblem::Note(NoteError::AudienceNotOffered));
    }
    (problems, audience, with)
}

/// The member named in "whose words are these", if the field names one of
/// this circle's members; `Ok(None)` for one's own words.
pub fn chosen_author<'a>(
    open: &'a OpenCircle,
    with: &str,
) -> Result<Option<&'a CircleMember>, BylineError> {
    match with.trim() {
        "" => Ok(None),
        raw => {
            let id: CircleMemberId = raw.parse().map_err(|_| BylineError::NotInCircle)?;
            open.members
                .iter()
                .find(|m| m.id == id)
                .map(Some)
                .ok_or(BylineError::NotInCircle)
        }
    }
}

fn note_written(actor: &Actor, note: &Note, what: &str, ctx: &Ctx) -> AuditEntry {
    AuditEntry::new(
        AuditScope::Organisation(note.org_id),
        ctx.now(),
        actor.user,
        AuditAction::NoteWritten,
    )
    .subject(note.circle_id.to_string())
    .detail(format!("{what}:{}:{}", note.id, note.audience.as_str()))
}

/// Writes a note in `circle`'s journal from the form `key`: the server makes
/// its id, and the same form sent again writes nothing more.
pub async fn write(
    ctx: &Ctx,
    actor: &Actor,
    circle: CircleId,
    key: &str,
    draft: NoteDraft<'_>,
) -> Result<Written, WriteError> {
    let open = open_circle(ctx, actor, circle, "note_new").await?;
    writer(&open)?;
    let refuse = |open: OpenCircle, problems| {
        WriteError::Refused(Box::new(Refused {
            open,
            note: None,
            problems,
        }))
    };
    let (Some(key), Some(user)) = (FormKey::parse(key), actor.user) else {
        return Err(refuse(open, vec![NoteProblem::FormExpired]));
    };
    if !open.circle.is_open() {
        return Err(refuse(
            open,
            vec![NoteProblem::Note(NoteError::CircleClosed)],
        ));
    }
    let (problems, audience, with) = check_draft(&open, &draft, ctx);
    if !problems.is_empty() {
        return Err(refuse(open, problems));
    }
    let id: NoteId = form_key::claim(ctx, user, &key, NoteId::new()).await?;
    let input = NoteInput {
        body: draft.body,
        about: draft.about,
        audience: audience.unwrap_or(Audience::OnlyMe),
    };
    let note = match Note::write(id, &open, with, &input, ctx.now()) {
        Ok(n) => n,
        Err(e) => return Err(refuse(open, vec![NoteProblem::Note(e)])),
    };
    let audit = note_written(actor, &note, "written", ctx);
    if ctx.store().create_note(&note, &audit).await? {
        Ok(Written::New(id))
    } else {
        Ok(Written::Again(id))
    }
}

/// The circle and the note `note` of it, for someone who may change the
/// note: `NotFound` for a note of another circle or organisation, or one
/// they may not read (the same as an unknown id, and recorded as a refused
/// read); `Forbidden` for one they read but may not change.
pub async fn note_to_change(
    ctx: &Ctx,
    actor: &Actor,
    circle: CircleId,
    note: NoteId,
) -> Result<(OpenCircle, Note), Error> {
    let open = open_circle(ctx, actor, circle, "note").await?;
    let found = ctx
        .store()
        .note(open.circle.org_id, open.circle.id, note)
        .await?
        .filter(|n| open.access.glimpse(n.audience, &n.byline) == Glimpse::Whole);
    let Some(found) = found else {
        super::open::refused_read(ctx, actor, &note.to_string(), "note").await?;
        return Err(Error::NotFound);
    };
    if !found.is_theirs(&open.access) {
        return Err(Error::Forbidden);
    }
    Ok((open, found))
}

/// What a change did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Changed {
    /// Its words or date changed.
    Changed,
    /// A draft shared, or a note shared with more people.
    Shared,
    /// A shared note shared with fewer people: those who could read it may
    /// already have done so.
    Narrowed,
    /// The same change sent twice: the first saved it.
    Again,
}

/// Changes (or shares) the note `note` of `circle` from the form that showed
/// it at `version`. A stale form is refused with the note as it is now; the
/// same change sent twice is saved once.
pub async fn change(
    ctx: &Ctx,
    actor: &Actor,
    circle: CircleId,
    note: NoteId,
    version: i64,
    draft: NoteDraft<'_>,
) -> Result<Changed, WriteError> {
    let (open, note) = note_to_change(ctx, actor, circle, note).await?;
    let now = ctx.now();
    if version != note.version {
        if already_saved(&draft, &note, now) {
            return Ok(Changed::Again);
        }
        return Err(WriteError::Stale(Box::new(Refused {
            open,
            note: Some(note),
            problems: Vec::new(),
        })));
    }
    // The byline of a note never changes.
    let draft = NoteDraft { with: "", ..draft };
    let refuse = |open, note, problems| {
        WriteError::Refused(Box::new(Refused {
            open,
            note: Some(note),
            problems,
        }))
    };
    if !open.circle.is_open() {
        return Err(refuse(
            open,
            note,
            vec![NoteProblem::Note(NoteError::CircleClosed)],
        ));
    }
    let (problems, audience, _) = check_draft(&open, &draft, ctx);
    if !problems.is_empty() {
        return Err(refuse(open, note, problems));
    }
    let input = NoteInput {
        body: draft.body,
        about: draft.about,
        audience: audience.unwrap_or(Audience::OnlyMe),
    };
    let changed = match note.change(&open, &input, now) {
        Ok(n) => n,
        Err(e) => return Err(refuse(open, note, vec![NoteProblem::Note(e)])),
    };
    let audit = note_written(actor, &changed, "changed", ctx);
    match ctx
        .store()
        .update_note(&changed, note.version, &audit)
        .await?
    {
        VersionedWrite::Done if note.narrows(changed.audience) => Ok(Changed::Narrowed),
        VersionedWrite::Done
            if note.audience == Audience::OnlyMe && changed.audience != Audience::OnlyMe =>
        {
            Ok(Changed::Shared)
        }
        VersionedWrite::Done => Ok(Changed::Changed),
        VersionedWrite::Stale => {
            let current = ctx
                .store()
                .note(note.org_id, note.circle_id, note.id)
                .await?
                .ok_or(Error::NotFound)?;
            Err(WriteError::Stale(Box::new(Refused {
                open,
                note: Some(current),
                problems: Vec::new(),
            })))
        }
        VersionedWrite::NotFound => Err(Error::NotFound.into()),
    }
}

/// Whether the note already says what the form sends: its words, its day
/// and its audience.
fn already_saved(draft: &NoteDraft<'_>, note: &Note, now: moves_domain::Timestamp) -> bool {
    clean_block(draft.body, NOTE_MAX).is_ok_and(|b| b == note.body)
        && JournalDate::parse(draft.about, now).is_ok_and(|d| d == note.about)
        && Audience::parse(draft.audience.trim()) == Some(note.audience)
}
