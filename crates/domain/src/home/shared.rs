//! What others shared with a person across all their circles since they last
//! looked: notes and their views in checks. Decided only by
//! [`CircleAccess::sees`], so the home page never tells anyone of something
//! their circle's pages would not show them whole: not someone else's draft,
//! not a safeguarding note they may not read, nothing of another circle or
//! organisation.
//!
//! Practitioners are told of everything shared with them by anyone else;
//! parents, carers, young people and supporters of what their workers (the
//! practitioners in the circle) shared with them.

use crate::check::Perspective;
use crate::circle::access::CircleAccess;
use crate::circle::audience::Audience;
use crate::circle::byline::Byline;
use crate::circle::member::CircleMember;
use crate::circle::note::Note;
use crate::circle::space::Circle;
use crate::ids::{CheckId, CircleId, CircleMemberId};
use crate::permission::Actor;

/// What one person shared with the viewer in one circle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewForYou {
    pub circle_id: CircleId,
    /// The circle's focus person, as the circle names them.
    pub focus_name: String,
    /// Whose words they are (the author, even when someone typed them).
    pub shared_by: String,
    pub what: Shared,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shared {
    /// This many notes in the journal.
    Notes(usize),
    /// Their views in this many checks, the newest shared in `latest`.
    Checks { count: usize, latest: CheckId },
}

/// What the home page tells `actor` about `circles` (those they are a member
/// of), given every member of those circles and the notes and check
/// perspectives shared there since they last looked (the store's answers;
/// anything of another circle or organisation in them is ignored). In the
/// order of `circles`; within a circle notes (by whoever shared most
/// recently, the order of `notes`), then checks (the order of
/// `perspectives`).
pub fn new_for_you(
    actor: &Actor,
    circles: &[Circle],
    members: &[CircleMember],
    notes: &[Note],
    perspectives: &[Perspective],
) -> Vec<NewForYou> {
    let mut out = Vec::new();
    for circle in circles {
        let in_circle: Vec<CircleMember> = members
            .iter()
            .filter(|m| m.org_id == circle.org_id && m.circle_id == circle.id)
            .cloned()
            .collect();
        // Members only: team managers who are not in a circle are not told of
        // what is shared in it.
        let Some(access) = CircleAccess::for_actor(actor, circle, &in_circle, &[]) else {
            continue;
        };
        let Some(me) = access.member() else {
            continue;
        };
        let tells = |audience: Audience, byline: &Byline| {
            let from_a_worker = in_circle
                .iter()
                .any(|m| m.id == byline.author && m.role.is_practitioner());
            !byline.involves(me.id)
                && access.sees(audience, byline)
                && (me.role.is_practitioner() || from_a_worker)
        };
        let name_of = |author: CircleMemberId| {
            in_circle
                .iter()
                .find(|m| m.id == author)
                .map(|m| m.display_name.clone())
        };
        let line = |shared_by: String, what: Shared| NewForYou {
            circle_id: circle.id,
            focus_name: circle.focus_name.clone(),
            shared_by,
            what,
        };
        let mut by_author: Vec<(CircleMemberId, usize)> = Vec::new();
        for note in notes
            .iter()
            .filter(|n| n.org_id == circle.org_id && n.circle_id == circle.id)
            .filter(|n| tells(n.audience, &n.byline))
        {
            match by_author.iter_mut().find(|(a, _)| *a == note.byline.author) {
                Some((_, n)) => *n += 1,
                None => by_author.push((note.byline.author, 1)),
            }
        }
        for (author, count) in by_author {
            if let Some(name) = name_of(author) {
                out.push(line(name, Shared::Notes(count)));
            }
        }
        let mut checks_by_author: Vec<(CircleMemberId, usize, CheckId)> = Vec::new();
        for p in perspectives
            .iter()
            .filter(|p| p.org_id == circle.org_id && p.circle_id == circle.id)
            .filter(|p| !p.is_draft() && tells(p.audience, &p.byline))
        {
            match checks_by_author
                .iter_mut()
                .find(|(a, _, _)| *a == p.byline.author)
            {
                Some((_, n, _)) => *n += 1,
                None => checks_by_author.push((p.byline.author, 1, p.check_id)),
            }
        }
        for (author, count, latest) in checks_by_author {
            if let Some(name) = name_of(author) {
                out.push(line(name, Shared::Checks { count, latest }));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::circle::journal_date::JournalDate;
    use crate::circle::member::CircleRole;
    use crate::circle::space::NewCircle;
    use crate::clock::Timestamp;
    use crate::ids::{NoteId, OrgId, PerspectiveId, UserId};
    use crate::membership::Role;

    const T0: Timestamp = Timestamp::from_millis(1_764_000_000_000);

    fn circle(org: OrgId, name: &str) -> Circle {
        Circle::new(
            CircleId::new(),
            org,
            &NewCircle {
                focus_name: name,
                ..NewCircle::default()
            },
            UserId::new(),
            T0,
        )
        .unwrap()
    }

    fn note(c: &Circle, byline: Byline, audience: Audience) -> Note {
        Note {
            id: NoteId::new(),
            org_id: c.org_id,
            circle_id: c.id,
            byline,
            audience,
            body: "words".into(),
            about: JournalDate::today(T0),
            written_at: T0,
            changed_at: T0,
            shared_at: (audience != Audience::OnlyMe).then_some(T0),
            version: 1,
        }
    }

    /// Each role as reader against each role as author and each audience:
    /// the expected count of notes the reader is told of, written out.
    #[test]
    fn every_reader_against_every_author_and_audience() {
        let org = OrgId::new();
        let zoe = circle(org, "Zoë");
        let roles = [
            ("Sam", CircleRole::Practitioner, Role::Practitioner),
            ("Guest", CircleRole::GuestPractitioner, Role::Practitioner),
            ("Zoë", CircleRole::FocusPerson, Role::YoungPerson),
            ("Mum", CircleRole::ParentCarer, Role::ParentCarer),
            ("Gran", CircleRole::Supporter, Role::ParentCarer),
        ];
        let people: Vec<(Actor, CircleMember)> = roles
            .iter()
            .map(|(name, role, org_role)| {
                let user = UserId::new();
                let actor = Actor {
                    user: Some(user),
                    org: Some(org),
                    roles: vec![*org_role],
                    ..Actor::default()
                };
                // A practitioner from another service has no account here.
                let account = (*role != CircleRole::GuestPractitioner).then_some(user);
                let m = CircleMember::new(org, zoe.id, account, name, "", *role, T0).unwrap();
                (actor, m)
            })
            .collect();
        let members: Vec<CircleMember> = people.iter().map(|(_, m)| m.clone()).collect();
        // One note of every audience by every member.
        let notes: Vec<Note> = members
            .iter()
            .flat_map(|m| Audience::ALL.map(|a| note(&zoe, Byline::own(m.id), a)))
            .collect();
        // (reader, [(author, notes)]) — drafts never; restricted and
        // practitioners-only notes only to practitioners; families only from
        // workers; the guest, without an account here, is told nothing.
        let expected: [(&str, &[(&str, usize)]); 5] = [
            ("Sam", &[("Guest", 3), ("Zoë", 3), ("Mum", 3), ("Gran", 3)]),
            ("Guest", &[]),
            ("Zoë", &[("Sam", 1), ("Guest", 1)]),
            ("Mum", &[("Sam", 1), ("Guest", 1)]),
            ("Gran", &[("Sam", 1), ("Guest", 1)]),
        ];
        for ((actor, me), (name, want)) in people.iter().zip(expected) {
            assert_eq!(me.display_name, name);
            let got: Vec<(String, usize)> =
                new_for_you(actor, std::slice::from_ref(&zoe), &members, &notes, &[])
                    .into_iter()
                    .map(|n| match n.what {
                        Shared::Notes(count) => (n.shared_by, count),
                        Shared::Checks { .. } => panic!("no checks were shared"),
                    })
                    .collect();
            let want: Vec<(String, usize)> =
                want.iter().map(|(a, n)| ((*a).to_owned(), *n)).collect();
            assert_eq!(got, want, "read by {name}");
        }
    }

    #[test]
    fn typed_with_someone_is_theirs_and_other_circles_are_not_counted() {
        let org = OrgId::new();
        let zoe = circle(org, "Zoë");
        let other = circle(org, "Ali");
        let elsewhere = circle(OrgId::new(), "Kim");
        let user = UserId::new();
        let actor = Actor {
            user: Some(user),
            org: Some(org),
            roles: vec![Role::ParentCarer],
            ..Actor::default()
        };
        let mum = CircleMember::new(
            org,
            zoe.id,
            Some(user),
            "Mum",
            "",
            CircleRole::ParentCarer,
            T0,
        )
        .unwrap();
        let sam =
            CircleMember::new(org, zoe.id, None, "Sam", "", CircleRole::Practitioner, T0).unwrap();
        let young =
            CircleMember::new(org, zoe.id, None, "Zoë", "", CircleRole::FocusPerson, T0).unwrap();
        // The same person's account in another circle they are not in, and in
        // a circle of another organisation.
        let ali_sam =
            CircleMember::new(org, other.id, None, "Sam", "", CircleRole::Practitioner, T0)
                .unwrap();
        let kim_mum = CircleMember::new(
            elsewhere.org_id,
            elsewhere.id,
            Some(user),
            "Mum",
            "",
            CircleRole::ParentCarer,
            T0,
        )
        .unwrap();
        let kim_sam = CircleMember::new(
            elsewhere.org_id,
            elsewhere.id,
            None,
            "Sam",
            "",
            CircleRole::Practitioner,
            T0,
        )
        .unwrap();
        let members = vec![
            mum.clone(),
            sam.clone(),
            young.clone(),
            ali_sam.clone(),
            kim_mum,
            kim_sam.clone(),
        ];
        let notes = vec![
            // Typed by Sam with Zoë: Zoë's words, not a worker's.
            note(
                &zoe,
                Byline::with(&sam, &young).unwrap(),
                Audience::WholeCircle,
            ),
            note(&zoe, Byline::own(sam.id), Audience::WholeCircle),
            // Typed by Sam with Mum: hers already.
            note(
                &zoe,
                Byline::with(&sam, &mum).unwrap(),
                Audience::WholeCircle,
            ),
            note(&other, Byline::own(ali_sam.id), Audience::WholeCircle),
            note(&elsewhere, Byline::own(kim_sam.id), Audience::WholeCircle),
        ];
        let all = [zoe.clone(), other, elsewhere];
        assert_eq!(
            new_for_you(&actor, &all, &members, &notes, &[]),
            [NewForYou {
                circle_id: zoe.id,
                focus_name: "Zoë".into(),
                shared_by: "Sam".into(),
                what: Shared::Notes(1),
            }]
        );
    }

    fn perspective(c: &Circle, check: CheckId, byline: Byline, audience: Audience) -> Perspective {
        Perspective {
            org_id: c.org_id,
            id: PerspectiveId::new(),
            check_id: check,
            circle_id: c.id,
            byline,
            audience,
            shared_at: (audience != Audience::OnlyMe).then_some(T0),
            created_at: T0,
            updated_at: T0,
            version: 1,
            answers: Vec::new(),
            chosen: None,
        }
    }

    /// Each role as reader of each role's view in a check, shared with each
    /// audience: which authors they are told of, written out by hand.
    #[test]
    fn checks_shared_reach_whom_their_audience_says() {
        let org = OrgId::new();
        let zoe = circle(org, "Zoë");
        let roles = [
            ("Sam", CircleRole::Practitioner, Role::Practitioner),
            ("Zoë", CircleRole::FocusPerson, Role::YoungPerson),
            ("Mum", CircleRole::ParentCarer, Role::ParentCarer),
        ];
        let people: Vec<(Actor, CircleMember)> = roles
            .iter()
            .map(|(name, role, org_role)| {
                let user = UserId::new();
                let actor = Actor {
                    user: Some(user),
                    org: Some(org),
                    roles: vec![*org_role],
                    ..Actor::default()
                };
                // A practitioner from another service has no account here.
                let account = (*role != CircleRole::GuestPractitioner).then_some(user);
                let m = CircleMember::new(org, zoe.id, account, name, "", *role, T0).unwrap();
                (actor, m)
            })
            .collect();
        let members: Vec<CircleMember> = people.iter().map(|(_, m)| m.clone()).collect();
        let check = CheckId::new();
        let audiences = [
            Audience::OnlyMe,
            Audience::Practitioners,
            Audience::WholeCircle,
        ];
        let perspectives: Vec<Perspective> = members
            .iter()
            .flat_map(|m| audiences.map(|a| perspective(&zoe, check, Byline::own(m.id), a)))
            .collect();
        // (reader, [(author, views)]), one line per author.
        let expected: [(&str, &[(&str, usize)]); 3] = [
            ("Sam", &[("Zoë", 2), ("Mum", 2)]),
            ("Zoë", &[("Sam", 1)]),
            ("Mum", &[("Sam", 1)]),
        ];
        for ((actor, me), (name, want)) in people.iter().zip(expected) {
            assert_eq!(me.display_name, name);
            let got: Vec<(String, usize)> = new_for_you(
                actor,
                std::slice::from_ref(&zoe),
                &members,
                &[],
                &perspectives,
            )
            .into_iter()
            .map(|n| match n.what {
                Shared::Checks { count, latest } => {
                    assert_eq!(latest, check);
                    (n.shared_by, count)
                }
                Shared::Notes(_) => panic!("no notes were shared"),
            })
            .collect();
            let want: Vec<(String, usize)> =
                want.iter().map(|(a, n)| ((*a).to_owned(), *n)).collect();
            assert_eq!(got, want, "read by {name}");
        }
    }
}
