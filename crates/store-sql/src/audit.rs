//! The audit log's SQL: appending an entry (linked into its organisation's
//! chain, see `moves_domain::audit_chain`), listing, linking the entries from
//! before the chain began, and checking every chain.

use moves_domain::audit_chain::{EntryFields, Head, Link, StoredEntry};
use moves_domain::keys::Keyring;
use moves_store::{AuditEntry, StoreError};
use uuid::Uuid;

/// An entry's fields, as its chain's hash covers them.
pub fn chain_fields(e: &AuditEntry) -> EntryFields<'_> {
    EntryFields {
        chain: e.scope.org_key().as_uuid(),
        id: e.id.as_uuid(),
        at: e.at.as_millis(),
        actor: e.actor.map(|a| a.as_uuid()),
        action: e.action.as_str(),
        subject: e.subject.as_deref(),
        detail: e.detail.as_deref(),
    }
}

/// The link for `fields` after `head`, with the active key.
pub fn chain_link(
    keys: &Keyring,
    head: &Head,
    fields: &EntryFields<'_>,
) -> Result<Link, StoreError> {
    moves_domain::audit_chain::link(keys, head, fields)
        .map_err(|e| StoreError::Unavailable(format!("the audit chain could not be linked: {e}")))
}

/// An audit entry as stored, with its link.
#[derive(sqlx::FromRow)]
pub struct ChainedAuditRow {
    pub org_id: Uuid,
    pub id: Uuid,
    pub at: i64,
    pub actor_id: Option<Uuid>,
    pub action: String,
    pub subject: Option<String>,
    pub detail: Option<String>,
    pub chain_seq: Option<i64>,
    pub chain_key: Option<String>,
    pub chain_mac: Option<String>,
}

impl From<ChainedAuditRow> for StoredEntry {
    fn from(r: ChainedAuditRow) -> Self {
        let link = match (r.chain_seq, r.chain_key, r.chain_mac) {
            (Some(position), Some(key_id), Some(mac)) => Some(Link {
                position,
                key_id,
                mac,
            }),
            _ => None,
        };
        StoredEntry {
            chain: r.org_id,
            id: r.id,
            at: r.at,
            actor: r.actor_id,
            action: r.action,
            subject: r.subject,
            detail: r.detail,
            link,
        }
    }
}

/// The columns [`ChainedAuditRow`] reads.
#[doc(hidden)]
pub const CHAINED_COLUMNS: &str =
    "org_id, id, at, actor_id, action, subject, detail, chain_seq, chain_key, chain_mac";

/// Entries are read this many at a time when linking or checking a chain,
/// so a long log never sits in memory whole.
#[doc(hidden)]
pub const CHAIN_PAGE: i64 = 500;

/// Appends one audit entry in the transaction `$tx`, linked as the next entry
/// of its chain with `$store`'s keys, giving a `StoreResult<()>`. The chain's
/// head row is taken first (an upsert that raises its position), so on
/// PostgreSQL a second transaction appending to the same chain waits for this
/// one to commit and links after it: a chain never forks. SQLite has one
/// writer, so its appends are in turn anyway.
#[macro_export]
#[doc(hidden)]
macro_rules! insert_audit_entry {
    ($store:expr, $tx:ident, $e:expr) => {
        async {
            let e: &$crate::reexport::moves_store::AuditEntry = $e;
            let fields = $crate::chain_fields(e);
            let (position, previous): (i64, String) = $crate::reexport::sqlx::query_as(
                "INSERT INTO audit_chain_heads (org_id, chain_seq, chain_mac) VALUES ($1, 1, '')
                 ON CONFLICT (org_id) DO UPDATE SET chain_seq = audit_chain_heads.chain_seq + 1
                 RETURNING chain_seq, chain_mac",
            )
            .bind(fields.chain)
            .fetch_one(&mut *$tx)
            .await
            .map_err($crate::map_err)?;
            let head = $crate::reexport::moves_domain::audit_chain::Head {
                position: position - 1,
                mac: previous,
            };
            let link = $crate::chain_link($store.keys(), &head, &fields)?;
            $crate::reexport::sqlx::query(
                "INSERT INTO audit_log (org_id, id, at, actor_id, action, subject, detail,
                                        chain_seq, chain_key, chain_mac)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
            )
            .bind(fields.chain)
            .bind(fields.id)
            .bind(fields.at)
            .bind(fields.actor)
            .bind(fields.action)
            .bind(fields.subject)
            .bind(fields.detail)
            .bind(link.position)
            .bind(&link.key_id)
            .bind(&link.mac)
            .execute(&mut *$tx)
            .await
            .map_err($crate::map_err)?;
            $crate::reexport::sqlx::query(
                "UPDATE audit_chain_heads SET chain_mac = $1 WHERE org_id = $2",
            )
            .bind(&link.mac)
            .bind(fields.chain)
            .execute(&mut *$tx)
            .await
            .map_err($crate::map_err)?;
            Ok::<(), $crate::reexport::moves_store::StoreError>(())
        }
        .await
    };
    ($executor:expr, $e:expr) => {
        compile_error!(
            "insert_audit_entry!(self, tx, entry): the store links each entry into its chain with its keys"
        )
    };
}

/// Appends several audit entries in the transaction `$tx`, chain by chain
/// (in the order of the chains' ids, keeping the entries' order within each),
/// so two transactions that append to the same chains take their heads in
/// the same order and never wait for each other in a circle.
#[macro_export]
#[doc(hidden)]
macro_rules! insert_audit_entries {
    ($store:expr, $tx:ident, $entries:expr) => {
        async {
            let mut entries: Vec<&$crate::reexport::moves_store::AuditEntry> =
                $entries.iter().collect();
            entries.sort_by_key(|e| e.scope.org_key().as_uuid());
            for e in entries {
                $crate::insert_audit_entry!($store, $tx, e)?;
            }
            Ok::<(), $crate::reexport::moves_store::StoreError>(())
        }
        .await
    };
}

/// Appends `$audit` in the transaction `$tx` and commits it, giving a
/// `StoreResult<()>`: how every audited change ends, so the change and its
/// audit entry are written together or not at all.
#[macro_export]
#[doc(hidden)]
macro_rules! commit_with_audit {
    ($store:expr, $tx:ident, $audit:expr) => {
        match $crate::insert_audit_entry!($store, $tx, $audit) {
            Ok(()) => $tx.commit().await.map_err($crate::map_err),
            Err(e) => Err(e),
        }
    };
    ($tx:ident, $audit:expr) => {
        compile_error!(
            "commit_with_audit!(self, tx, audit): the store links each entry into its chain with its keys"
        )
    };
}

#[macro_export]
#[doc(hidden)]
macro_rules! impl_audit_store {
    ($store:ty) => {
        #[$crate::reexport::async_trait::async_trait]
        impl $crate::reexport::moves_store::AuditStore for $store {
            async fn append_audit(
                &self,
                entry: &$crate::reexport::moves_store::AuditEntry,
            ) -> $crate::reexport::moves_store::StoreResult<()> {
                self.append_audit_batch(std::slice::from_ref(entry)).await
            }

            async fn append_audit_batch(
                &self,
                entries: &[$crate::reexport::moves_store::AuditEntry],
            ) -> $crate::reexport::moves_store::StoreResult<()> {
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                $crate::insert_audit_entries!(self, tx, entries)?;
                tx.commit().await.map_err($crate::map_err)
            }

            async fn list_audit(
                &self,
                q: &$crate::reexport::moves_store::AuditQuery,
            ) -> $crate::reexport::moves_store::StoreResult<
                Vec<$crate::reexport::moves_store::AuditEntry>,
            > {
                let mut sql = $crate::reexport::sqlx::QueryBuilder::new(
                    "SELECT org_id, id, at, actor_id, action, subject, detail FROM audit_log WHERE org_id = ",
                );
                sql.push_bind(q.scope.org_key().as_uuid());
                if let Some(action) = q.action {
                    sql.push(" AND action = ").push_bind(action.as_str());
                }
                if let Some(actor) = q.actor {
                    sql.push(" AND actor_id = ").push_bind(actor.as_uuid());
                }
                if let Some(subject) = &q.subject {
                    sql.push(" AND subject = ").push_bind(subject.clone());
                }
                match (q.before, q.before_entry) {
                    (Some(before), Some(id)) => {
                        $crate::push_past_row!(sql, "(at, id) <", before.as_millis(), id.as_uuid());
                    }
                    (Some(before), None) => {
                        sql.push(" AND at < ").push_bind(before.as_millis());
                    }
                    (None, _) => {}
                }
                sql.push(" ORDER BY at DESC, id DESC LIMIT ")
                    .push_bind(i64::from(q.limit));
                let rows: Vec<$crate::AuditRow> = sql
                    .build_query_as()
                    .fetch_all(self.reader())
                    .await
                    .map_err($crate::map_err)?;
                rows.into_iter().map(TryInto::try_into).collect()
            }

            async fn link_unlinked_audit(&self) -> $crate::reexport::moves_store::StoreResult<u64> {
                use $crate::reexport::moves_domain::audit_chain::{Head, StoredEntry};
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                // Only once: at the first start after the log was chained,
                // while no entry has a link yet. Afterwards an entry without
                // one was added behind the server's back, and linking it
                // would hide that.
                let (heads,): (i64,) =
                    $crate::reexport::sqlx::query_as("SELECT count(*) FROM audit_chain_heads")
                        .fetch_one(&mut *tx)
                        .await
                        .map_err($crate::map_err)?;
                let (linked_before,): (i64,) = $crate::reexport::sqlx::query_as(
                    "SELECT count(*) FROM
                     (SELECT 1 AS one FROM audit_log WHERE chain_seq IS NOT NULL LIMIT 1) AS any_linked",
                )
                .fetch_one(&mut *tx)
                .await
                .map_err($crate::map_err)?;
                if heads > 0 || linked_before > 0 {
                    return Ok(0);
                }
                let chains: Vec<$crate::reexport::uuid::Uuid> = $crate::reexport::sqlx::query_scalar(
                    "SELECT DISTINCT org_id FROM audit_log WHERE chain_seq IS NULL ORDER BY org_id",
                )
                .fetch_all(&mut *tx)
                .await
                .map_err($crate::map_err)?;
                let mut linked = 0;
                for chain in chains {
                    let begun = $crate::reexport::sqlx::query(
                        "INSERT INTO audit_chain_heads (org_id, chain_seq, chain_mac)
                         VALUES ($1, 0, '') ON CONFLICT (org_id) DO NOTHING",
                    )
                    .bind(chain)
                    .execute(&mut *tx)
                    .await
                    .map_err($crate::map_err)?;
                    if begun.rows_affected() == 0 {
                        // Another server, starting at the same time, linked it.
                        continue;
                    }
                    let mut head = Head::start();
                    loop {
                        let rows: Vec<$crate::ChainedAuditRow> =
                            $crate::reexport::sqlx::query_as(&format!(
                                "SELECT {} FROM audit_log WHERE org_id = $1 AND chain_seq IS NULL
                                 ORDER BY at, id LIMIT $2",
                                $crate::CHAINED_COLUMNS
                            ))
                            .bind(chain)
                            .bind($crate::CHAIN_PAGE)
                            .fetch_all(&mut *tx)
                            .await
                            .map_err($crate::map_err)?;
                        if rows.is_empty() {
                            break;
                        }
                        for row in rows {
                            let entry = StoredEntry::from(row);
                            let link = $crate::chain_link(self.keys(), &head, &entry.fields())?;
                            $crate::reexport::sqlx::query(
                                "UPDATE audit_log SET chain_seq = $1, chain_key = $2, chain_mac = $3
                                 WHERE org_id = $4 AND id = $5",
                            )
                            .bind(link.position)
                            .bind(&link.key_id)
                            .bind(&link.mac)
                            .bind(chain)
                            .bind(entry.id)
                            .execute(&mut *tx)
                            .await
                            .map_err($crate::map_err)?;
                            head = Head {
                                position: link.position,
                                mac: link.mac,
                            };
                            linked += 1;
                        }
                    }
                    $crate::reexport::sqlx::query(
                        "UPDATE audit_chain_heads SET chain_seq = $1, chain_mac = $2 WHERE org_id = $3",
                    )
                    .bind(head.position)
                    .bind(&head.mac)
                    .bind(chain)
                    .execute(&mut *tx)
                    .await
                    .map_err($crate::map_err)?;
                }
                // All chains or none: a start cut short links them next time.
                tx.commit().await.map_err($crate::map_err)?;
                Ok(linked)
            }

            async fn verify_audit_chains(
                &self,
            ) -> $crate::reexport::moves_store::StoreResult<
                Vec<$crate::reexport::moves_domain::audit_chain::ChainReport>,
            > {
                use $crate::reexport::moves_domain::audit_chain::{ChainCheck, Head, StoredEntry};
                let chains: Vec<$crate::reexport::uuid::Uuid> = $crate::reexport::sqlx::query_scalar(
                    "SELECT org_id FROM audit_log UNION SELECT org_id FROM audit_chain_heads
                     ORDER BY 1",
                )
                .fetch_all(self.reader())
                .await
                .map_err($crate::map_err)?;
                let mut reports = Vec::with_capacity(chains.len());
                for chain in chains {
                    // One snapshot per chain, so entries appended while it is
                    // read never look like a head out of step.
                    let mut tx = self.reader().begin().await.map_err($crate::map_err)?;
                    if let Some(snapshot) = Self::SNAPSHOT {
                        $crate::reexport::sqlx::query(snapshot)
                            .execute(&mut *tx)
                            .await
                            .map_err($crate::map_err)?;
                    }
                    let head: Option<(i64, String)> = $crate::reexport::sqlx::query_as(
                        "SELECT chain_seq, chain_mac FROM audit_chain_heads WHERE org_id = $1",
                    )
                    .bind(chain)
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err($crate::map_err)?;
                    let mut check = ChainCheck::new(chain);
                    let mut after: (i64, $crate::reexport::uuid::Uuid) =
                        (i64::MIN, $crate::reexport::uuid::Uuid::nil());
                    loop {
                        let rows: Vec<$crate::ChainedAuditRow> =
                            $crate::reexport::sqlx::query_as(&format!(
                                "SELECT {} FROM audit_log WHERE org_id = $1
                                 AND chain_seq IS NOT NULL
                                 AND (chain_seq > $2 OR (chain_seq = $2 AND id > $3))
                                 ORDER BY chain_seq, id LIMIT $4",
                                $crate::CHAINED_COLUMNS
                            ))
                            .bind(chain)
                            .bind(after.0)
                            .bind(after.1)
                            .bind($crate::CHAIN_PAGE)
                            .fetch_all(&mut *tx)
                            .await
                            .map_err($crate::map_err)?;
                        if rows.is_empty() {
                            break;
                        }
                        for row in rows {
                            after = (row.chain_seq.unwrap_or(after.0), row.id);
                            check.next(self.keys(), &StoredEntry::from(row));
                        }
                    }
                    let unlinked: Option<$crate::ChainedAuditRow> =
                        $crate::reexport::sqlx::query_as(&format!(
                            "SELECT {} FROM audit_log WHERE org_id = $1 AND chain_seq IS NULL
                             ORDER BY at, id LIMIT 1",
                            $crate::CHAINED_COLUMNS
                        ))
                        .bind(chain)
                        .fetch_optional(&mut *tx)
                        .await
                        .map_err($crate::map_err)?;
                    tx.rollback().await.map_err($crate::map_err)?;
                    let head = head.map(|(position, mac)| Head { position, mac });
                    reports.push(check.finish(head, unlinked.map(StoredEntry::from).as_ref()));
                }
                Ok(reports)
            }
        }
    };
}
