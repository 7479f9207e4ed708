/// Runs the INSERT of one audit entry on an executor (a pool, or `&mut *tx`),
/// giving a `StoreResult`: shared by `append_audit_batch` and `complete_setup`.
#[macro_export]
#[doc(hidden)]
macro_rules! insert_audit_entry {
    ($executor:expr, $e:expr) => {
        $crate::reexport::sqlx::query(
            "INSERT INTO audit_log (org_id, id, at, actor_id, action, subject, detail)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind($e.scope.org_key().as_uuid())
        .bind($e.id.as_uuid())
        .bind($e.at.as_millis())
        .bind($e.actor.map(|a| a.as_uuid()))
        .bind($e.action.as_str())
        .bind($e.subject.as_deref())
        .bind($e.detail.as_deref())
        .execute($executor)
        .await
        .map_err($crate::map_err)
    };
}

/// Appends `$audit` in the transaction `$tx` and commits it, giving a
/// `StoreResult<()>`: how every audited change ends, so the change and its
/// audit entry are written together or not at all.
#[macro_export]
#[doc(hidden)]
macro_rules! commit_with_audit {
    ($tx:ident, $audit:expr) => {
        match $crate::insert_audit_entry!(&mut *$tx, $audit) {
            Ok(_) => $tx.commit().await.map_err($crate::map_err),
            Err(e) => Err(e),
        }
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
                for e in entries {
                    $crate::insert_audit_entry!(&mut *tx, e)?;
                }
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
                    // Row values compare in list order on both databases.
                    (Some(before), Some(id)) => {
                        sql.push(" AND (at, id) < (")
                            .push_bind(before.as_millis())
                            .push(", ")
                            .push_bind(id.as_uuid())
                            .push(")");
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
        }
    };
}
