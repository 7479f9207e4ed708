/// Runs the INSERT of one person on an executor (a pool, or `&mut *tx`), giving a
/// `StoreResult`: shared by `create_user` and `complete_setup`.
#[macro_export]
#[doc(hidden)]
macro_rules! insert_user {
    ($executor:expr, $user:expr) => {
        $crate::reexport::sqlx::query(
            "INSERT INTO users (id, display_name, email, email_key, username, username_key,
                                password_hash, installation_admin, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind($user.id.as_uuid())
        .bind(&$user.display_name)
        .bind($user.email.as_ref().map(|e| e.as_str()))
        .bind($user.email.as_ref().map(|e| e.key()))
        .bind($user.username.as_deref())
        .bind(
            $user
                .username
                .as_deref()
                .map($crate::reexport::moves_domain::user::login_key),
        )
        .bind($user.password_hash.as_deref())
        .bind($user.installation_admin)
        .bind($user.created_at.as_millis())
        .execute($executor)
        .await
        .map_err($crate::map_err)
    };
}

/// Sets a password with `$sql` and, in the same transaction, ends every live
/// set-password link of the person: a password set by any path leaves no
/// older way in.
#[macro_export]
#[doc(hidden)]
macro_rules! set_password_hash {
    ($store:expr, $sql:expr, $id:expr, $hash:expr, $at:expr) => {{
        let mut tx = $store.writer().begin().await.map_err($crate::map_err)?;
        let done = $crate::reexport::sqlx::query($sql)
            .bind($hash)
            .bind($id.as_uuid())
            .execute(&mut *tx)
            .await
            .map_err($crate::map_err)?;
        if done.rows_affected() != 1 {
            return Ok(false);
        }
        $crate::end_set_password_links!(&mut *tx, $id, $at)?;
        tx.commit().await.map_err($crate::map_err)?;
        Ok(true)
    }};
}

#[macro_export]
#[doc(hidden)]
macro_rules! impl_user_store {
    ($store:ty) => {
        #[$crate::reexport::async_trait::async_trait]
        impl $crate::reexport::moves_store::UserStore for $store {
            async fn create_user(
                &self,
                user: &$crate::reexport::moves_domain::user::User,
            ) -> $crate::reexport::moves_store::StoreResult<()> {
                $crate::insert_user!(self.writer(), user)?;
                Ok(())
            }

            async fn user(
                &self,
                id: $crate::reexport::moves_domain::ids::UserId,
            ) -> $crate::reexport::moves_store::StoreResult<
                Option<$crate::reexport::moves_domain::user::User>,
            > {
                let row: Option<$crate::UserRow> = $crate::reexport::sqlx::query_as(
                    "SELECT id, display_name, email, username, password_hash, installation_admin, created_at, language
                     FROM users WHERE id = $1",
                )
                .bind(id.as_uuid())
                .fetch_optional(self.reader())
                .await
                .map_err($crate::map_err)?;
                row.map(TryInto::try_into).transpose()
            }

            async fn users(
                &self,
                ids: &[$crate::reexport::moves_domain::ids::UserId],
            ) -> $crate::reexport::moves_store::StoreResult<
                Vec<$crate::reexport::moves_domain::user::User>,
            > {
                if ids.is_empty() {
                    return Ok(Vec::new());
                }
                let mut sql = $crate::reexport::sqlx::QueryBuilder::new(
                    "SELECT id, display_name, email, username, password_hash, installation_admin, created_at, language
                     FROM users WHERE id IN (",
                );
                let mut list = sql.separated(", ");
                for id in ids {
                    list.push_bind(id.as_uuid());
                }
                sql.push(") ORDER BY display_name, id");
                let rows: Vec<$crate::UserRow> = sql
                    .build_query_as()
                    .fetch_all(self.reader())
                    .await
                    .map_err($crate::map_err)?;
                rows.into_iter().map(TryInto::try_into).collect()
            }

            async fn user_by_login(
                &self,
                login: &str,
            ) -> $crate::reexport::moves_store::StoreResult<
                Option<$crate::reexport::moves_domain::user::User>,
            > {
                let key = $crate::reexport::moves_domain::user::login_key(login);
                let row: Option<$crate::UserRow> = $crate::reexport::sqlx::query_as(
                    "SELECT id, display_name, email, username, password_hash, installation_admin, created_at, language
                     FROM users WHERE email_key = $1 OR username_key = $1",
                )
                .bind(key)
                .fetch_optional(self.reader())
                .await
                .map_err($crate::map_err)?;
                row.map(TryInto::try_into).transpose()
            }

            async fn set_password_hash(
                &self,
                id: $crate::reexport::moves_domain::ids::UserId,
                hash: &str,
                at: $crate::reexport::moves_domain::clock::Timestamp,
            ) -> $crate::reexport::moves_store::StoreResult<bool> {
                $crate::set_password_hash!(
                    self,
                    "UPDATE users SET password_hash = $1 WHERE id = $2",
                    id,
                    hash,
                    at
                )
            }

            async fn change_password(
                &self,
                c: &$crate::reexport::moves_store::PasswordChange<'_>,
            ) -> $crate::reexport::moves_store::StoreResult<bool> {
                // Dropping `tx` without committing rolls back.
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                if let Some(link) = c.link {
                    let used = $crate::reexport::sqlx::query(
                        "UPDATE one_time_tokens SET used_at = $1
                         WHERE token_hash = $2 AND user_id = $3 AND used_at IS NULL
                           AND expires_at > $1",
                    )
                    .bind(c.at.as_millis())
                    .bind(link)
                    .bind(c.user.as_uuid())
                    .execute(&mut *tx)
                    .await
                    .map_err($crate::map_err)?;
                    if used.rows_affected() != 1 {
                        return Ok(false);
                    }
                }
                let done = $crate::reexport::sqlx::query(
                    "UPDATE users SET password_hash = $1 WHERE id = $2",
                )
                .bind(c.hash)
                .bind(c.user.as_uuid())
                .execute(&mut *tx)
                .await
                .map_err($crate::map_err)?;
                if done.rows_affected() != 1 {
                    return Ok(false);
                }
                $crate::end_set_password_links!(&mut *tx, c.user, c.at)?;
                $crate::reexport::sqlx::query("DELETE FROM sessions WHERE user_id = $1")
                    .bind(c.user.as_uuid())
                    .execute(&mut *tx)
                    .await
                    .map_err($crate::map_err)?;
                for account in c.clear_attempts {
                    // The per-address counts first, then the account's, in the
                    // order attempts lock them.
                    for statement in [
                        "DELETE FROM sign_in_attempts WHERE account_key = $1",
                        "DELETE FROM sign_in_attempts WHERE throttle_key = $1",
                    ] {
                        $crate::reexport::sqlx::query(statement)
                            .bind(account)
                            .execute(&mut *tx)
                            .await
                            .map_err($crate::map_err)?;
                    }
                }
                $crate::insert_audit_entries!(self, tx, c.audit)?;
                tx.commit().await.map_err($crate::map_err)?;
                Ok(true)
            }

            async fn choose_language(
                &self,
                id: $crate::reexport::moves_domain::ids::UserId,
                language: Option<$crate::reexport::moves_domain::language::Language>,
                audit: &[$crate::reexport::moves_store::AuditEntry],
            ) -> $crate::reexport::moves_store::StoreResult<bool> {
                let mut tx = self.writer().begin().await.map_err($crate::map_err)?;
                let done = $crate::reexport::sqlx::query(
                    "UPDATE users SET language = $1 WHERE id = $2",
                )
                .bind(language.map(|l| l.tag()))
                .bind(id.as_uuid())
                .execute(&mut *tx)
                .await
                .map_err($crate::map_err)?;
                if done.rows_affected() != 1 {
                    return Ok(false);
                }
                $crate::insert_audit_entries!(self, tx, audit)?;
                tx.commit().await.map_err($crate::map_err)?;
                Ok(true)
            }

            async fn set_first_password_hash(
                &self,
                id: $crate::reexport::moves_domain::ids::UserId,
                hash: &str,
                at: $crate::reexport::moves_domain::clock::Timestamp,
            ) -> $crate::reexport::moves_store::StoreResult<bool> {
                $crate::set_password_hash!(
                    self,
                    "UPDATE users SET password_hash = $1 WHERE id = $2 AND password_hash IS NULL",
                    id,
                    hash,
                    at
                )
            }
        }
    };
}
