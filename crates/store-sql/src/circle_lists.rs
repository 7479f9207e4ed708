//! `CircleListStore`: the circles list a page at a time (index
//! `circles_by_start`, migration 0035). The part a person plays in a circle
//! counts only while their organisation roles fit it now (the caller names the
//! parts that do), as when a circle is opened.

/// Appends ` AND me.role IN (...)` for `$roles` to the query builder `$sql`.
#[macro_export]
#[doc(hidden)]
macro_rules! push_circle_roles {
    ($sql:ident, $roles:expr) => {{
        $sql.push(" AND me.role IN (");
        {
            let mut list = $sql.separated(", ");
            for r in $roles {
                list.push_bind(r.as_str());
            }
        }
        $sql.push(")");
    }};
}

/// Appends the page's start, order and limit to the query builder `$sql`.
#[macro_export]
#[doc(hidden)]
macro_rules! push_circle_page_end {
    ($sql:ident, $page:expr) => {{
        if let Some(c) = $page.after {
            $crate::push_past_row!(
                $sql,
                "(c.created_at, c.id) <",
                c.created_at.as_millis(),
                c.id.as_uuid()
            );
        }
        $sql.push(" ORDER BY c.created_at DESC, c.id DESC LIMIT ")
            .push_bind(i64::from($page.limit));
    }};
}

#[macro_export]
#[doc(hidden)]
macro_rules! impl_circle_list_store {
    ($store:ty) => {
        #[$crate::reexport::async_trait::async_trait]
        impl $crate::reexport::moves_store::CircleListStore for $store {
            async fn circles_of_member_page(
                &self,
                page: &$crate::reexport::moves_store::CirclePage<'_>,
            ) -> $crate::reexport::moves_store::StoreResult<
                Vec<$crate::reexport::moves_store::CircleSummary>,
            > {
                if page.roles.is_empty() || page.limit == 0 {
                    return Ok(Vec::new());
                }
                let mut sql = $crate::reexport::sqlx::QueryBuilder::new(concat!(
                    $crate::circle_summary_select!(),
                    "WHERE c.org_id = "
                ));
                sql.push_bind(page.org.as_uuid())
                    .push(
                        " AND EXISTS (SELECT 1 FROM circle_members me
                           WHERE me.org_id = c.org_id AND me.circle_id = c.id AND me.user_id = ",
                    )
                    .push_bind(page.user.as_uuid());
                $crate::push_circle_roles!(sql, page.roles);
                sql.push(")");
                $crate::push_circle_page_end!(sql, page);
                let rows: Vec<$crate::CircleSummaryRow> = sql
                    .build_query_as()
                    .fetch_all(self.reader())
                    .await
                    .map_err($crate::map_err)?;
                rows.into_iter().map(TryInto::try_into).collect()
            }

            async fn circles_of_teams_page(
                &self,
                page: &$crate::reexport::moves_store::CirclePage<'_>,
            ) -> $crate::reexport::moves_store::StoreResult<
                Vec<$crate::reexport::moves_store::CircleSummary>,
            > {
                if page.limit == 0 {
                    return Ok(Vec::new());
                }
                let mut sql = $crate::reexport::sqlx::QueryBuilder::new(concat!(
                    $crate::circle_summary_select!(),
                    "WHERE c.org_id = "
                ));
                sql.push_bind(page.org.as_uuid())
                    .push(
                        " AND EXISTS (SELECT 1 FROM team_members tm
                           WHERE tm.org_id = c.org_id AND tm.team_id = c.team_id AND tm.user_id = ",
                    )
                    .push_bind(page.user.as_uuid())
                    .push(")");
                if !page.roles.is_empty() {
                    sql.push(
                        " AND NOT EXISTS (SELECT 1 FROM circle_members me
                           WHERE me.org_id = c.org_id AND me.circle_id = c.id AND me.user_id = ",
                    )
                    .push_bind(page.user.as_uuid());
                    $crate::push_circle_roles!(sql, page.roles);
                    sql.push(")");
                }
                $crate::push_circle_page_end!(sql, page);
                let rows: Vec<$crate::CircleSummaryRow> = sql
                    .build_query_as()
                    .fetch_all(self.reader())
                    .await
                    .map_err($crate::map_err)?;
                rows.into_iter().map(TryInto::try_into).collect()
            }
        }
    };
}
