#[macro_export]
#[doc(hidden)]
macro_rules! impl_kept_form_store {
    ($store:ty) => {
        #[$crate::reexport::async_trait::async_trait]
        impl $crate::reexport::moves_store::KeptFormStore for $store {
            async fn keep_form(
                &self,
                form: &$crate::reexport::moves_domain::kept_form::KeptForm,
            ) -> $crate::reexport::moves_store::StoreResult<()> {
                $crate::reexport::sqlx::query(
                    "INSERT INTO kept_forms (id, user_id, path, sealed, created_at, expires_at)
                     VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(form.id.as_uuid())
                .bind(form.user_id.as_uuid())
                .bind(&form.path)
                .bind(&form.sealed)
                .bind(form.created_at.as_millis())
                .bind(form.expires_at.as_millis())
                .execute(self.writer())
                .await
                .map_err($crate::map_err)?;
                Ok(())
            }

            async fn take_kept_form(
                &self,
                id: $crate::reexport::moves_domain::ids::KeptFormId,
                user: $crate::reexport::moves_domain::ids::UserId,
                now: $crate::reexport::moves_domain::clock::Timestamp,
            ) -> $crate::reexport::moves_store::StoreResult<
                Option<$crate::reexport::moves_domain::kept_form::KeptForm>,
            > {
                // One statement: of two takers, only one gets the row.
                let row: Option<$crate::KeptFormRow> = $crate::reexport::sqlx::query_as(
                    "DELETE FROM kept_forms WHERE id = $1 AND user_id = $2 AND expires_at > $3
                     RETURNING id, user_id, path, sealed, created_at, expires_at",
                )
                .bind(id.as_uuid())
                .bind(user.as_uuid())
                .bind(now.as_millis())
                .fetch_optional(self.writer())
                .await
                .map_err($crate::map_err)?;
                Ok(row.map(Into::into))
            }

            async fn sweep_kept_forms(
                &self,
                now: $crate::reexport::moves_domain::clock::Timestamp,
            ) -> $crate::reexport::moves_store::StoreResult<u64> {
                let done =
                    $crate::reexport::sqlx::query("DELETE FROM kept_forms WHERE expires_at <= $1")
                        .bind(now.as_millis())
                        .execute(self.writer())
                        .await
                        .map_err($crate::map_err)?;
                Ok(done.rows_affected())
            }
        }
    };
}
