//! The history of the version agreed together. The agreed version is
//! co-produced: any member of the circle with an account may change it, so
//! each change of a move's agreed answer is kept (who, when, what it was and
//! what it became) and read by everyone who reads the check. Nothing agreed
//! is ever lost, whoever changed it.

use crate::check::answer::Answer;
use crate::clock::Timestamp;
use crate::framework::MoveId;
use crate::ids::{CheckId, CircleMemberId, OrgId};

/// How many changes a page of the history holds.
pub const AGREED_CHANGES_PAGE: u32 = 50;

/// One move's agreed answer changed by one save of the agreed version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgreedChange {
    pub org_id: OrgId,
    pub check_id: CheckId,
    /// The check's version the save made: the changes of one save share it.
    pub version: i64,
    pub move_id: MoveId,
    /// The circle member who saved it.
    pub by: CircleMemberId,
    pub at: Timestamp,
    /// What was agreed before; `None` when nothing was.
    pub before: Option<Answer>,
    /// What is agreed since; `None` when the move was left for now again.
    pub after: Option<Answer>,
}

/// Where a page of the history starts: after the change of `move_id` made
/// at `version` (newest first, moves of one save in id order).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgreedChangeCursor {
    pub version: i64,
    pub move_id: MoveId,
}

impl AgreedChangeCursor {
    pub fn after(change: &AgreedChange) -> Self {
        Self {
            version: change.version,
            move_id: change.move_id.clone(),
        }
    }

    /// As carried in a link: `version:move`.
    pub fn as_param(&self) -> String {
        format!("{}:{}", self.version, self.move_id)
    }

    /// From a link; `None` for anything that is not one.
    pub fn parse(raw: &str) -> Option<Self> {
        let (version, move_id) = raw.split_once(':')?;
        Some(Self {
            version: version.parse().ok().filter(|v| *v > 0)?,
            move_id: MoveId::parse(move_id).ok()?,
        })
    }
}

/// Each move of `compartment` whose agreed answer differs between `before`
/// (the agreed answers of the compartment now) and `after` (those being
/// saved): `(move, before, after)`, in move order. An answer whose note
/// alone changed is a change too.
pub fn agreed_changes<'a>(
    before: &[&'a Answer],
    after: &'a [Answer],
) -> Vec<(MoveId, Option<&'a Answer>, Option<&'a Answer>)> {
    let mut moves: Vec<&MoveId> = before
        .iter()
        .map(|a| &a.move_id)
        .chain(after.iter().map(|a| &a.move_id))
        .collect();
    moves.sort();
    moves.dedup();
    moves
        .into_iter()
        .filter_map(|m| {
            let old = before.iter().find(|a| &a.move_id == m).copied();
            let new = after.iter().find(|a| &a.move_id == m);
            (old != new).then(|| (m.clone(), old, new))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::AnswerStatus;

    fn a(id: &str, status: AnswerStatus, note: Option<&str>) -> Answer {
        Answer {
            move_id: MoveId::parse(id).unwrap(),
            status,
            note: note.map(str::to_owned),
        }
    }

    #[test]
    fn only_moves_whose_answer_or_note_changed_are_kept() {
        let same = a("basics.diet", AnswerStatus::InPlace, None);
        let housing = a("basics.housing", AnswerStatus::Partly, None);
        let money = a("basics.money", AnswerStatus::NotYet, Some("rent"));
        let before = [&same, &housing, &money];
        let after = [
            same.clone(),
            a("basics.money", AnswerStatus::NotYet, Some("rent and food")),
            a("basics.sleep", AnswerStatus::InPlace, None),
        ];
        let changes = agreed_changes(&before, &after);
        let ids: Vec<&str> = changes.iter().map(|(m, _, _)| m.as_str()).collect();
        assert_eq!(ids, ["basics.housing", "basics.money", "basics.sleep"]);
        assert_eq!(changes[0].1, Some(&housing));
        assert_eq!(changes[0].2, None, "left for now again");
        assert_eq!(changes[1].1, Some(&money));
        assert_eq!(
            changes[1].2.and_then(|x| x.note.as_deref()),
            Some("rent and food")
        );
        assert_eq!(changes[2].1, None, "nothing agreed before");
        assert!(
            agreed_changes(&before, &[same.clone(), housing.clone(), money.clone()]).is_empty()
        );
    }

    #[test]
    fn a_cursor_goes_through_a_link_and_nothing_else_is_one() {
        let c = AgreedChangeCursor {
            version: 7,
            move_id: MoveId::parse("coping.brave").unwrap(),
        };
        assert_eq!(AgreedChangeCursor::parse(&c.as_param()), Some(c));
        for bad in [
            "",
            "7",
            "x:coping.brave",
            "0:coping.brave",
            "7:nope",
            "-1:a.b",
        ] {
            assert_eq!(AgreedChangeCursor::parse(bad), None, "{bad}");
        }
    }
}
