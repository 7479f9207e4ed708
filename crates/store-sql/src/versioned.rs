//! Changes made against the version of a row the person saw (`... AND
//! version = $n`, raising it). Such a change that touches no row writes
//! nothing; the caller then tells the person whether the row was changed
//! meanwhile or is not there at all.

/// After a versioned change to `$table` touched no row: was the row changed
/// meanwhile (stale), or is there no such row in the organisation (and, when
/// `$circle` is given, in that circle)? Gives the `StoreResult<VersionedWrite>`
/// to answer.
#[macro_export]
#[doc(hidden)]
macro_rules! stale_or_missing {
    (@found $executor:expr, $sql:expr, $($bind:expr),+) => {{
        let found: Option<i64> = $crate::reexport::sqlx::query_scalar($sql)
            $(.bind($bind))+
            .fetch_optional($executor)
            .await
            .map_err($crate::map_err)?;
        Ok(match found {
            Some(_) => $crate::reexport::moves_store::VersionedWrite::Stale,
            None => $crate::reexport::moves_store::VersionedWrite::NotFound,
        })
    }};
    ($executor:expr, $table:literal, $org:expr, $id:expr) => {
        $crate::stale_or_missing!(
            @found $executor,
            concat!("SELECT version FROM ", $table, " WHERE org_id = $1 AND id = $2"),
            $org.as_uuid(),
            $id.as_uuid()
        )
    };
    ($executor:expr, $table:literal, $org:expr, $circle:expr, $id:expr) => {
        $crate::stale_or_missing!(
            @found $executor,
            concat!(
                "SELECT version FROM ",
                $table,
                " WHERE org_id = $1 AND circle_id = $2 AND id = $3"
            ),
            $org.as_uuid(),
            $circle.as_uuid(),
            $id.as_uuid()
        )
    };
}
