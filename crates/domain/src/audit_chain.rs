//! The audit log's chains: how each entry is linked to the one before it, and
//! how the links are checked.
//!
//! Every organisation's log is one chain, and installation-wide entries are
//! another. Each entry carries its position in its chain, the id of the
//! installation key that linked it, and a keyed hash (HMAC-SHA256, with a key
//! derived from that installation key for [`Purpose::AuditChain`]) of its own
//! fields, its position and the hash of the entry before it. The keys live
//! outside the database, so someone who can write to the database can change,
//! remove, reorder or add entries, but cannot make the hashes agree again:
//! [`ChainCheck`] finds the first entry where they stop agreeing.
//!
//! What it cannot see: the newest entries of a chain removed together with
//! the chain's head set back (nothing after them is left to disagree). Noting
//! the head that `moves audit verify` prints, somewhere the database's
//! writers cannot reach, closes that gap.

use crate::audit::AuditScope;
use crate::ids::OrgId;
use crate::keys::{KeyError, Keyring, Purpose};
use uuid::Uuid;

/// Written first in every hashed message, so a message of a later form can
/// never be read as one of this form.
const FORM: &[u8] = b"resilient-moves audit entry v1";

/// An entry's fields as stored: what its hash covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EntryFields<'a> {
    /// The chain's key: the organisation's id, or the nil id for the
    /// installation's own entries.
    pub chain: Uuid,
    pub id: Uuid,
    pub at: i64,
    pub actor: Option<Uuid>,
    pub action: &'a str,
    pub subject: Option<&'a str>,
    pub detail: Option<&'a str>,
}

/// Where an entry sits in its chain, and the hash that links it there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// 1 for a chain's first entry, then one more for each entry.
    pub position: i64,
    /// The installation key the hash was made with.
    pub key_id: String,
    pub mac: String,
}

/// The last link of a chain, kept apart from the entries so the next entry
/// knows what to link to. A chain with no entries yet has position 0 and an
/// empty hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Head {
    pub position: i64,
    pub mac: String,
}

impl Head {
    pub fn start() -> Self {
        Self {
            position: 0,
            mac: String::new(),
        }
    }
}

fn put_text(out: &mut Vec<u8>, text: &str) {
    put_bytes(out, text.as_bytes());
}

fn put_bytes(out: &mut Vec<u8>, bytes: &[u8]) {
    // Lengths first, so no two different entries give the same message.
    out.extend_from_slice(&(bytes.len() as u64).to_be_bytes());
    out.extend_from_slice(bytes);
}

fn put_optional_text(out: &mut Vec<u8>, text: Option<&str>) {
    match text {
        None => out.push(0),
        Some(t) => {
            out.push(1);
            put_text(out, t);
        }
    }
}

/// The bytes hashed for `entry` at `position` after the hash `previous`.
fn message(entry: &EntryFields<'_>, position: i64, key_id: &str, previous: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(160);
    put_bytes(&mut out, FORM);
    out.extend_from_slice(entry.chain.as_bytes());
    out.extend_from_slice(&position.to_be_bytes());
    put_text(&mut out, key_id);
    put_text(&mut out, previous);
    out.extend_from_slice(entry.id.as_bytes());
    out.extend_from_slice(&entry.at.to_be_bytes());
    match entry.actor {
        None => out.push(0),
        Some(a) => {
            out.push(1);
            out.extend_from_slice(a.as_bytes());
        }
    }
    put_text(&mut out, entry.action);
    put_optional_text(&mut out, entry.subject);
    put_optional_text(&mut out, entry.detail);
    out
}

/// The link for `entry` as the next entry after `head`, made with the
/// keyring's active key.
pub fn link(keys: &Keyring, head: &Head, entry: &EntryFields<'_>) -> Result<Link, KeyError> {
    let key_id = keys.active().id.clone();
    let position = head.position + 1;
    let mac = keys.mac(
        &key_id,
        Purpose::AuditChain,
        &message(entry, position, &key_id, &head.mac),
    )?;
    Ok(Link {
        position,
        key_id,
        mac,
    })
}

/// Why a chain is broken at an entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BreakReason {
    /// The entry's hash does not match: it was changed, moved to another
    /// place in the chain, or added without the key.
    Altered,
    /// Entries before this one are missing (it is at `found`, the chain
    /// expected `expected` next).
    Missing { expected: i64, found: i64 },
    /// The entry claims a place the chain has already passed (a copy, or a
    /// reordering).
    OutOfPlace { expected: i64, found: i64 },
    /// The entry was linked with a key the keys file does not hold.
    UnknownKey(String),
    /// The entry carries no link at all: it was added to the database
    /// directly, or by a server older than the chain.
    Unlinked,
    /// The chain's head records more entries than there are: the newest
    /// ones were removed.
    TailMissing { head: i64, last: i64 },
    /// The chain's head does not match its last entry.
    HeadAltered,
}

/// The first place a chain stops agreeing with its hashes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Break {
    /// The entry, when the break is at one (not for a removed tail).
    pub entry: Option<Uuid>,
    /// Its position in the chain, when it has one.
    pub position: Option<i64>,
    pub reason: BreakReason,
}

/// What checking one chain found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainReport {
    pub scope: AuditScope,
    /// Linked entries read (all of them, even past a break).
    pub entries: u64,
    /// The chain's head as recorded (what to note elsewhere).
    pub head: Option<Head>,
    /// The keys that linked its entries, in the order first met.
    pub keys: Vec<String>,
    pub broken: Option<Break>,
}

/// An entry as read back for checking: its fields and its link (none when it
/// carries none).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredEntry {
    pub chain: Uuid,
    pub id: Uuid,
    pub at: i64,
    pub actor: Option<Uuid>,
    pub action: String,
    pub subject: Option<String>,
    pub detail: Option<String>,
    pub link: Option<Link>,
}

impl StoredEntry {
    pub fn fields(&self) -> EntryFields<'_> {
        EntryFields {
            chain: self.chain,
            id: self.id,
            at: self.at,
            actor: self.actor,
            action: &self.action,
            subject: self.subject.as_deref(),
            detail: self.detail.as_deref(),
        }
    }
}

/// Walks one chain's linked entries in the order of their positions, then
/// compares the last with the chain's head.
#[derive(Debug)]
pub struct ChainCheck {
    chain: Uuid,
    last: Head,
    entries: u64,
    keys: Vec<String>,
    broken: Option<Break>,
}

impl ChainCheck {
    pub fn new(chain: Uuid) -> Self {
        Self {
            chain,
            last: Head::start(),
            entries: 0,
            keys: Vec::new(),
            broken: None,
        }
    }

    /// Where the walk is: the next entries to read come after this position.
    pub fn position(&self) -> i64 {
        self.last.position
    }

    fn break_at(&mut self, entry: &StoredEntry, reason: BreakReason) {
        if self.broken.is_none() {
            self.broken = Some(Break {
                entry: Some(entry.id),
                position: entry.link.as_ref().map(|l| l.position),
                reason,
            });
        }
    }

    /// The next linked entry, by position.
    pub fn next(&mut self, keys: &Keyring, entry: &StoredEntry) {
        let Some(link) = &entry.link else {
            self.break_at(entry, BreakReason::Unlinked);
            return;
        };
        self.entries += 1;
        if !self.keys.contains(&link.key_id) {
            self.keys.push(link.key_id.clone());
        }
        let expected = self.last.position + 1;
        if entry.chain != self.chain {
            self.break_at(entry, BreakReason::Altered);
        } else if link.position > expected {
            self.break_at(
                entry,
                BreakReason::Missing {
                    expected,
                    found: link.position,
                },
            );
        } else if link.position < expected {
            self.break_at(
                entry,
                BreakReason::OutOfPlace {
                    expected,
                    found: link.position,
                },
            );
        } else {
            let message = message(&entry.fields(), link.position, &link.key_id, &self.last.mac);
            match keys.mac(&link.key_id, Purpose::AuditChain, &message) {
                Err(_) => self.break_at(entry, BreakReason::UnknownKey(link.key_id.clone())),
                Ok(mac) if !crate::auth::token::tokens_equal(&mac, &link.mac) => {
                    self.break_at(entry, BreakReason::Altered);
                }
                Ok(_) => {}
            }
        }
        // Link the walk to what is stored, so one altered entry is reported
        // once, and the entries after it are checked against it as stored.
        self.last = Head {
            position: link.position.max(self.last.position),
            mac: link.mac.clone(),
        };
    }

    /// The report, given the chain's head as recorded and the earliest entry
    /// of the chain that carries no link, if any.
    pub fn finish(mut self, head: Option<Head>, unlinked: Option<&StoredEntry>) -> ChainReport {
        if let Some(entry) = unlinked {
            self.break_at(entry, BreakReason::Unlinked);
        }
        let recorded = head.clone().unwrap_or_else(Head::start);
        if self.broken.is_none() {
            if recorded.position > self.last.position {
                self.broken = Some(Break {
                    entry: None,
                    position: Some(self.last.position + 1),
                    reason: BreakReason::TailMissing {
                        head: recorded.position,
                        last: self.last.position,
                    },
                });
            } else if recorded != self.last {
                self.broken = Some(Break {
                    entry: None,
                    position: Some(recorded.position),
                    reason: BreakReason::HeadAltered,
                });
            }
        }
        ChainReport {
            scope: AuditScope::from_org_key(OrgId::from_uuid(self.chain)),
            entries: self.entries,
            head,
            keys: self.keys,
            broken: self.broken,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(chain: Uuid, detail: &str) -> StoredEntry {
        StoredEntry {
            chain,
            id: Uuid::new_v4(),
            at: 1_764_000_000_000,
            actor: Some(Uuid::new_v4()),
            action: "record_read".to_owned(),
            subject: Some("circle".to_owned()),
            detail: Some(detail.to_owned()),
            link: None,
        }
    }

    /// A chain of `n` entries, linked as the store links them.
    fn chain(keys: &Keyring, n: usize) -> (Vec<StoredEntry>, Head) {
        let org = Uuid::new_v4();
        let mut head = Head::start();
        let mut out = Vec::new();
        for i in 0..n {
            let mut e = entry(org, &format!("page {i}"));
            let l = link(keys, &head, &e.fields()).unwrap();
            head = Head {
                position: l.position,
                mac: l.mac.clone(),
            };
            e.link = Some(l);
            out.push(e);
        }
        (out, head)
    }

    fn check(keys: &Keyring, entries: &[StoredEntry], head: &Head) -> ChainReport {
        let mut c = ChainCheck::new(entries[0].chain);
        for e in entries {
            c.next(keys, e);
        }
        c.finish(Some(head.clone()), None)
    }

    #[test]
    fn an_intact_chain_agrees_and_each_kind_of_tampering_names_its_first_entry() {
        let keys = Keyring::generate().unwrap();
        let (entries, head) = chain(&keys, 5);
        let report = check(&keys, &entries, &head);
        assert_eq!(report.broken, None);
        assert_eq!(report.entries, 5);
        assert_eq!(report.keys, vec![keys.active().id.clone()]);

        let mut changed = entries.clone();
        changed[2].detail = Some("other".into());
        let b = check(&keys, &changed, &head).broken.unwrap();
        assert_eq!(
            (b.entry, b.reason),
            (Some(entries[2].id), BreakReason::Altered)
        );

        let mut removed = entries.clone();
        removed.remove(1);
        let b = check(&keys, &removed, &head).broken.unwrap();
        assert_eq!(b.entry, Some(entries[2].id));
        assert_eq!(
            b.reason,
            BreakReason::Missing {
                expected: 2,
                found: 3
            }
        );

        // Swapped places (each keeping its own position would be seen as
        // out of place; taking each other's is an altered hash).
        let mut swapped = entries.clone();
        swapped.swap(1, 2);
        let (p1, p2) = (
            swapped[1].link.clone().unwrap(),
            swapped[2].link.clone().unwrap(),
        );
        swapped[1].link = Some(Link { position: 2, ..p1 });
        swapped[2].link = Some(Link { position: 3, ..p2 });
        let b = check(&keys, &swapped, &head).broken.unwrap();
        assert_eq!(
            (b.entry, b.reason),
            (Some(entries[2].id), BreakReason::Altered)
        );

        // Added at the end with a made-up hash, the head moved on to it.
        let mut forged = entries.clone();
        let mut extra = entry(entries[0].chain, "forged");
        extra.link = Some(Link {
            position: 6,
            key_id: keys.active().id.clone(),
            mac: "00".repeat(32),
        });
        forged.push(extra.clone());
        let forged_head = Head {
            position: 6,
            mac: "00".repeat(32),
        };
        let b = check(&keys, &forged, &forged_head).broken.unwrap();
        assert_eq!((b.entry, b.reason), (Some(extra.id), BreakReason::Altered));
        // Made with another keyring's key of the same id: still altered.
        let other = Keyring::generate().unwrap();
        let l = link(&other, &head, &extra.fields()).unwrap();
        let b = check(
            &keys,
            &[
                &entries[..],
                &[StoredEntry {
                    link: Some(Link {
                        key_id: keys.active().id.clone(),
                        ..l
                    }),
                    ..extra.clone()
                }],
            ]
            .concat(),
            &forged_head,
        )
        .broken
        .unwrap();
        assert_eq!(b.reason, BreakReason::Altered);

        // The newest entry removed, the head left as it was.
        let b = check(&keys, &entries[..4], &head).broken.unwrap();
        assert_eq!(
            (b.entry, b.reason),
            (None, BreakReason::TailMissing { head: 5, last: 4 })
        );
    }

    #[test]
    fn old_entries_check_with_their_own_key_after_a_rotation() {
        let mut keys = Keyring::generate().unwrap();
        let (mut entries, head) = chain(&keys, 2);
        let old = keys.active().id.clone();
        let new = keys.add_key().unwrap();
        keys.activate(&new).unwrap();
        let mut e = entry(entries[0].chain, "after");
        let l = link(&keys, &head, &e.fields()).unwrap();
        assert_eq!(l.key_id, new);
        let head = Head {
            position: l.position,
            mac: l.mac.clone(),
        };
        e.link = Some(l);
        entries.push(e);
        let report = check(&keys, &entries, &head);
        assert_eq!(report.broken, None);
        assert_eq!(report.keys, vec![old.clone(), new]);
        // Without the old key, the first entry it linked is named.
        let b = check(&Keyring::generate().unwrap(), &entries, &head)
            .broken
            .unwrap();
        assert_eq!(
            (b.entry, b.reason),
            (Some(entries[0].id), BreakReason::UnknownKey(old))
        );
    }

    #[test]
    fn no_two_entries_hash_the_same_message() {
        let org = Uuid::new_v4();
        let a = EntryFields {
            chain: org,
            id: Uuid::nil(),
            at: 1,
            actor: None,
            action: "a",
            subject: Some("bc"),
            detail: None,
        };
        let b = EntryFields {
            subject: Some("b"),
            detail: Some("c"),
            ..a
        };
        let c = EntryFields {
            subject: None,
            detail: Some("bc"),
            ..a
        };
        assert_ne!(message(&a, 1, "k", ""), message(&b, 1, "k", ""));
        assert_ne!(message(&a, 1, "k", ""), message(&c, 1, "k", ""));
        assert_ne!(message(&a, 1, "k", ""), message(&a, 2, "k", ""));
        assert_ne!(message(&a, 1, "k", ""), message(&a, 1, "k", "x"));
    }
}
