#[macro_export]
#[doc(hidden)]
macro_rules! impl_secret_store {
    ($store:ty) => {
        #[$crate::reexport::async_trait::async_trait]
        impl $crate::reexport::moves_store::SecretStore for $store {
            async fn installation_secret(
                &self,
                name: &str,
                candidate: &[u8],
            ) -> $crate::reexport::moves_store::StoreResult<Vec<u8>> {
                $crate::reexport::sqlx::query(
                    "INSERT INTO installation_secrets (name, secret) VALUES ($1, $2)
                     ON CONFLICT (name) DO NOTHING",
                )
                .bind(name)
                .bind(candidate)
                .execute(self.writer())
                .await
                .map_err($crate::map_err)?;
                // Read back through the writer, which has certainly seen the insert.
                let (secret,): (Vec<u8>,) = $crate::reexport::sqlx::query_as(
                    "SELECT secret FROM installation_secrets WHERE name = $1",
                )
                .bind(name)
                .fetch_one(self.writer())
                .await
                .map_err($crate::map_err)?;
                Ok(secret)
            }
        }
    };
}
