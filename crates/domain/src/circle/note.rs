//! Notes: the circle's dated journal. Every note has a byline (whose words,
//! and who typed them with them) and an audience its author chose. Who reads
//! a note is decided only by [`CircleAccess::glimpse`]: the journal and the
//! export both go through [`journal`].
//!
//! Only members with an account write notes. Only the author, or whoever
//! typed the note with them, changes or shares it. A draft can be shared
//! later; a shared note can be shared with fewer people too, but those who
//! could read it may already have done so ([`Note::narrows`]).

use crate::circle::access::{CircleAccess, Glimpse};
use crate::circle::audience::Audience;
use crate::circle::byline::{Byline, BylineError};
use crate::circle::journal_date::{JournalDate, JournalDateError};
use crate::circle::member::CircleMember;
use crate::circle::open::OpenCircle;
use crate::clock::Timestamp;
use crate::ids::{CircleId, NoteId, OrgId};
use crate::text::{TextError, clean_block};
use thiserror::Error;

/// The longest note, in characters: several pages, and bounded so one note
/// cannot fill a page (or a database).
pub const NOTE_MAX: usize = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub id: NoteId,
    pub org_id: OrgId,
    pub circle_id: CircleId,
    pub byline: Byline,
    pub audience: Audience,
    pub body: String,
    /// The day it is about.
    pub about: JournalDate,
    pub written_at: Timestamp,
    /// When it was last changed (its writing, at first).
    pub changed_at: Timestamp,
    /// When it last reached more people than before (its writing, unless it
    /// was a draft): what "new for you" on the home page compares with. `None`
    /// while it is a draft.
    pub shared_at: Option<Timestamp>,
    /// Rises with every change, so a change made from a stale form is refused.
    pub version: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum NoteError {
    #[error("the note {0}")]
    Body(TextError),
    #[error("the date {0}")]
    Date(JournalDateError),
    /// A team manager, or anyone who is not in the circle with an account.
    #[error("only members of the circle with an account write notes")]
    NotAMember,
    #[error("{0}")]
    Byline(BylineError),
    /// Not one of the audiences this person may choose.
    #[error("that audience is not offered to this person")]
    AudienceNotOffered,
    /// Only its author or the one who typed it changes a note.
    #[error("only the note's author or the one who typed it may change it")]
    NotTheirs,
    /// A closed circle is read-only.
    #[error("the circle is closed")]
    CircleClosed,
    /// A safeguarding note is the practitioners' record of a concern passed
    /// on: the family member it was typed with reads it, but only
    /// practitioners change or widen it.
    #[error("only practitioners change a safeguarding note")]
    KeptByPractitioners,
}

/// What someone writes in the form: the same for a new note and a change.
#[derive(Debug, Clone, Copy)]
pub struct NoteInput<'a> {
    pub body: &'a str,
    /// As a date field sends it; empty for today.
    pub about: &'a str,
    pub audience: Audience,
}

/// The member `access` is, if they may write in the circle at all.
fn writer(open: &OpenCircle) -> Result<&CircleMember, NoteError> {
    if !open.circle.is_open() {
        return Err(NoteError::CircleClosed);
    }
    match open.access.member() {
        Some(m) if m.user_id.is_some() => Ok(m),
        _ => Err(NoteError::NotAMember),
    }
}

impl Note {
    /// A new note `id` by the person who opened `open`, in their own words or
    /// (for a practitioner) entered `with` another member of the circle.
    pub fn write(
        id: NoteId,
        open: &OpenCircle,
        with: Option<&CircleMember>,
        input: &NoteInput<'_>,
        now: Timestamp,
    ) -> Result<Self, NoteError> {
        let me = writer(open)?;
        let byline = match with {
            None => Byline::own(me.id),
            Some(author) => Byline::with(me, author).map_err(NoteError::Byline)?,
        };
        if !Audience::choices(me.role, true).contains(&input.audience) {
            return Err(NoteError::AudienceNotOffered);
        }
        Ok(Note {
            id,
            org_id: open.circle.org_id,
            circle_id: open.circle.id,
            byline,
            audience: input.audience,
            body: clean_block(input.body, NOTE_MAX).map_err(NoteError::Body)?,
            about: JournalDate::parse(input.about, now).map_err(NoteError::Date)?,
            written_at: now,
            changed_at: now,
            shared_at: (input.audience != Audience::OnlyMe).then_some(now),
            version: 1,
        })
    }

    /// This note as changed by the person who opened `open`: its words, its
    /// date or its audience. The byline stays. The audience must be one they
    /// may choose, or the one it has (a young person keeps the audience a
    /// practitioner chose when typing their words with them).
    pub fn change(
        &self,
        open: &OpenCircle,
        input: &NoteInput<'_>,
        now: Timestamp,
    ) -> Result<Self, NoteError> {
        let me = writer(open)?;
        if !self.byline.involves(me.id) || self.circle_id != open.circle.id {
            return Err(NoteError::NotTheirs);
        }
        if self.audience == Audience::Restricted && !me.role.is_practitioner() {
            return Err(NoteError::KeptByPractitioners);
        }
        if input.audience != self.audience
            && !Audience::choices(me.role, true).contains(&input.audience)
        {
            return Err(NoteError::AudienceNotOffered);
        }
        Ok(Note {
            audience: input.audience,
            body: clean_block(input.body, NOTE_MAX).map_err(NoteError::Body)?,
            about: JournalDate::parse(input.about, now).map_err(NoteError::Date)?,
            changed_at: now,
            shared_at: self.shared_at_after(input.audience, now),
            version: self.version + 1,
            ..self.clone()
        })
    }

    /// Whether `access` may change this note: its author or the one who
    /// typed it, and for a safeguarding note only a practitioner of them.
    pub fn is_theirs(&self, access: &CircleAccess) -> bool {
        access.member().is_some_and(|m| {
            self.byline.involves(m.id)
                && (self.audience != Audience::Restricted || m.role.is_practitioner())
        })
    }

    /// When it counts as shared once its audience is `to`: a draft is not
    /// shared; a note that now reaches more people is shared anew, so those
    /// it newly reaches are told; otherwise it keeps its time.
    fn shared_at_after(&self, to: Audience, now: Timestamp) -> Option<Timestamp> {
        if to == Audience::OnlyMe {
            None
        } else if breadth(to) > breadth(self.audience) {
            Some(now)
        } else {
            self.shared_at.or(Some(now))
        }
    }

    /// Whether changing its audience to `to` shares it with fewer people than
    /// before, while it was already shared: they may have read it already, and
    /// the writer is told so.
    pub fn narrows(&self, to: Audience) -> bool {
        breadth(to) < breadth(self.audience)
    }
}

/// How far an audience reaches: a draft, the practitioners (restricted notes
/// too: the same readers), everyone.
const fn breadth(a: Audience) -> u8 {
    match a {
        Audience::OnlyMe => 0,
        Audience::Practitioners | Audience::Restricted => 1,
        Audience::WholeCircle => 2,
    }
}

/// One line of the journal, as one person is shown it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoteInJournal {
    /// They read it.
    Whole(Note),
    /// A safeguarding note they may not read: only that one is kept, and its
    /// date.
    KeptByPractitioners(JournalDate),
}

/// The notes of `open`'s circle as its opener is shown them, in the order
/// given (the store gives journal order): what they may read, what they are
/// told exists, and nothing of the rest.
pub fn journal(open: &OpenCircle, notes: Vec<Note>) -> Vec<NoteInJournal> {
    notes
        .into_iter()
        .filter(|n| n.org_id == open.circle.org_id && n.circle_id == open.circle.id)
        .filter_map(|n| match open.access.glimpse(n.audience, &n.byline) {
            Glimpse::Whole => Some(NoteInJournal::Whole(n)),
            Glimpse::ThatItExists => Some(NoteInJournal::KeptByPractitioners(n.about)),
            Glimpse::Nothing => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::circle::member::CircleRole;
    use crate::circle::space::{Circle, CircleStatus, NewCircle};
    use crate::ids::UserId;

    const NOW: Timestamp = Timestamp::from_millis(1_764_000_000_000);

    struct Fixture {
        circle: Circle,
        members: Vec<CircleMember>,
    }

    impl Fixture {
        fn new() -> Self {
            let org = OrgId::new();
            let circle = Circle::new(
                CircleId::new(),
                org,
                &NewCircle {
                    focus_name: "Zoë",
                    ..NewCircle::default()
                },
                UserId::new(),
                NOW,
            )
            .unwrap();
            let members = [
                (CircleRole::Practitioner, true),
                (CircleRole::FocusPerson, true),
                (CircleRole::ParentCarer, true),
                (CircleRole::Supporter, false),
            ]
            .into_iter()
            .map(|(role, account)| {
                CircleMember::new(
                    org,
                    circle.id,
                    account.then(UserId::new),
                    role.as_str(),
                    "",
                    role,
                    NOW,
                )
                .unwrap()
            })
            .collect();
            Self { circle, members }
        }

        fn open_as(&self, i: usize) -> OpenCircle {
            OpenCircle {
                circle: self.circle.clone(),
                members: self.members.clone(),
                access: CircleAccess::Member(self.members[i].clone()),
            }
        }
    }

    fn input(audience: Audience) -> NoteInput<'static> {
        NoteInput {
            body: "  We went to the park.\n\tIt was sunny.  ",
            about: "",
            audience,
        }
    }

    #[test]
    fn a_note_is_trimmed_dated_today_and_bylined() {
        let f = Fixture::new();
        let n = Note::write(
            NoteId::new(),
            &f.open_as(0),
            None,
            &input(Audience::OnlyMe),
            NOW,
        )
        .unwrap();
        assert_eq!(n.body, "We went to the park.\n\tIt was sunny.");
        assert_eq!(n.about, JournalDate::today(NOW));
        assert_eq!(n.byline, Byline::own(f.members[0].id));
        assert_eq!(n.version, 1);
        let with = Note::write(
            NoteId::new(),
            &f.open_as(0),
            Some(&f.members[1]),
            &input(Audience::WholeCircle),
            NOW,
        )
        .unwrap();
        assert_eq!(with.byline.author, f.members[1].id);
        assert_eq!(with.byline.entered_by, Some(f.members[0].id));
    }

    #[test]
    fn bad_notes_are_refused() {
        let f = Fixture::new();
        let open = f.open_as(0);
        let write = |body: &str, about: &str, audience| {
            Note::write(
                NoteId::new(),
                &open,
                None,
                &NoteInput {
                    body,
                    about,
                    audience,
                },
                NOW,
            )
        };
        assert_eq!(
            write(" \n ", "", Audience::OnlyMe),
            Err(NoteError::Body(TextError::Empty))
        );
        assert_eq!(
            write(&"a".repeat(NOTE_MAX + 1), "", Audience::OnlyMe),
            Err(NoteError::Body(TextError::TooLong { max: NOTE_MAX }))
        );
        assert!(write(&"a".repeat(NOTE_MAX), "", Audience::OnlyMe).is_ok());
        assert_eq!(
            write("bell\u{7}", "", Audience::OnlyMe),
            Err(NoteError::Body(TextError::ControlCharacter { code: 7 }))
        );
        assert_eq!(
            write("ok", "2099-01-01", Audience::OnlyMe),
            Err(NoteError::Date(JournalDateError::InTheFuture))
        );
        // A parent may not keep a safeguarding note, nor type with someone.
        let parent = f.open_as(2);
        assert_eq!(
            Note::write(
                NoteId::new(),
                &parent,
                None,
                &input(Audience::Restricted),
                NOW
            ),
            Err(NoteError::AudienceNotOffered)
        );
        assert_eq!(
            Note::write(
                NoteId::new(),
                &parent,
                Some(&f.members[1]),
                &input(Audience::OnlyMe),
                NOW
            ),
            Err(NoteError::Byline(BylineError::NotAPractitioner))
        );
        // A member without an account, a team manager, a closed circle.
        assert_eq!(
            Note::write(
                NoteId::new(),
                &f.open_as(3),
                None,
                &input(Audience::OnlyMe),
                NOW
            ),
            Err(NoteError::NotAMember)
        );
        let manager = OpenCircle {
            access: CircleAccess::TeamManager,
            ..f.open_as(0)
        };
        assert_eq!(
            Note::write(NoteId::new(), &manager, None, &input(Audience::OnlyMe), NOW),
            Err(NoteError::NotAMember)
        );
        let mut closed = f.open_as(0);
        closed.circle.status = CircleStatus::Closed {
            at: NOW,
            by: UserId::new(),
            reflection: "done".into(),
        };
        assert_eq!(
            Note::write(NoteId::new(), &closed, None, &input(Audience::OnlyMe), NOW),
            Err(NoteError::CircleClosed)
        );
    }

    #[test]
    fn only_the_author_or_typist_changes_a_note() {
        let f = Fixture::new();
        let n = Note::write(
            NoteId::new(),
            &f.open_as(0),
            Some(&f.members[1]),
            &input(Audience::Restricted),
            NOW,
        )
        .unwrap();
        // The young person it was typed with reads a safeguarding note but
        // neither changes nor widens it; the practitioner who typed it does.
        let young = f.open_as(1);
        for to in Audience::ALL {
            assert_eq!(
                n.change(&young, &input(to), NOW),
                Err(NoteError::KeptByPractitioners),
                "{to:?}"
            );
        }
        let widened = n
            .change(&f.open_as(0), &input(Audience::WholeCircle), NOW)
            .unwrap();
        assert_eq!(widened.version, 2);
        assert_eq!(widened.byline, n.byline);
        let other = Note {
            audience: Audience::Practitioners,
            ..n.clone()
        };
        // The young person keeps an audience they may not choose.
        let kept = other
            .change(&young, &input(Audience::Practitioners), NOW)
            .unwrap();
        assert_eq!(kept.audience, Audience::Practitioners);
        assert_eq!(
            other.change(&young, &input(Audience::Restricted), NOW),
            Err(NoteError::AudienceNotOffered)
        );
        assert_eq!(
            n.change(&f.open_as(2), &input(Audience::WholeCircle), NOW),
            Err(NoteError::NotTheirs)
        );
        assert!(n.is_theirs(&f.open_as(0).access) && !n.is_theirs(&young.access));
        assert!(other.is_theirs(&young.access));
        assert!(!n.is_theirs(&f.open_as(2).access));
        assert!(!n.is_theirs(&CircleAccess::TeamManager));
    }

    #[test]
    fn a_note_is_shared_when_it_reaches_more_people() {
        let f = Fixture::new();
        let later = Timestamp::from_millis(NOW.as_millis() + 60_000);
        let draft = Note::write(
            NoteId::new(),
            &f.open_as(0),
            None,
            &input(Audience::OnlyMe),
            NOW,
        )
        .unwrap();
        assert_eq!(draft.shared_at, None);
        let shared = draft
            .change(&f.open_as(0), &input(Audience::Practitioners), later)
            .unwrap();
        assert_eq!(shared.shared_at, Some(later));
        let even_later = Timestamp::from_millis(later.as_millis() + 60_000);
        let wider = shared
            .change(&f.open_as(0), &input(Audience::WholeCircle), even_later)
            .unwrap();
        assert_eq!(wider.shared_at, Some(even_later));
        // Narrowing, or changing only the words, shares nothing anew.
        let narrower = wider
            .change(
                &f.open_as(0),
                &input(Audience::Restricted),
                Timestamp::from_millis(even_later.as_millis() + 1),
            )
            .unwrap();
        assert_eq!(narrower.shared_at, Some(even_later));
        let back_to_draft = narrower
            .change(&f.open_as(0), &input(Audience::OnlyMe), even_later)
            .unwrap();
        assert_eq!(back_to_draft.shared_at, None);
        let at_once = Note::write(
            NoteId::new(),
            &f.open_as(0),
            None,
            &input(Audience::WholeCircle),
            NOW,
        )
        .unwrap();
        assert_eq!(at_once.shared_at, Some(NOW));
    }

    #[test]
    fn sharing_with_fewer_people_is_named() {
        let f = Fixture::new();
        let n = Note::write(
            NoteId::new(),
            &f.open_as(0),
            None,
            &input(Audience::WholeCircle),
            NOW,
        )
        .unwrap();
        assert!(n.narrows(Audience::Practitioners));
        assert!(n.narrows(Audience::OnlyMe));
        assert!(!n.narrows(Audience::WholeCircle));
        let draft = Note {
            audience: Audience::OnlyMe,
            ..n.clone()
        };
        for a in Audience::ALL {
            assert!(!draft.narrows(a), "sharing a draft narrows nothing");
        }
        let restricted = Note {
            audience: Audience::Restricted,
            ..n
        };
        assert!(!restricted.narrows(Audience::Practitioners));
        assert!(restricted.narrows(Audience::OnlyMe));
    }

    #[test]
    fn the_journal_shows_each_reader_what_glimpse_allows() {
        let f = Fixture::new();
        let by_worker = |audience| {
            Note::write(NoteId::new(), &f.open_as(0), None, &input(audience), NOW).unwrap()
        };
        let notes: Vec<Note> = Audience::ALL.into_iter().map(by_worker).collect();
        let mut elsewhere = by_worker(Audience::WholeCircle);
        elsewhere.circle_id = CircleId::new();
        let mut all = notes.clone();
        all.push(elsewhere);
        let parent = journal(&f.open_as(2), all.clone());
        assert_eq!(
            parent,
            [
                NoteInJournal::Whole(notes[2].clone()),
                NoteInJournal::KeptByPractitioners(notes[3].about),
            ]
        );
        let worker = journal(&f.open_as(0), all.clone());
        assert_eq!(
            worker.len(),
            4,
            "all four of theirs, not the other circle's"
        );
        let manager = OpenCircle {
            access: CircleAccess::TeamManager,
            ..f.open_as(0)
        };
        assert_eq!(journal(&manager, all).len(), 3, "never a draft");
    }
}
