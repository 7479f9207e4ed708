//! Where a page of a list starts: just past the last row of the page before,
//! by two columns compared as one row value (the time, then the id that
//! breaks ties), which both databases compare in list order.

/// Appends `" AND (<columns>) <op> ($a, $b)"` to the query builder `$sql`,
/// binding both values; `$columns_op` is like `"(added_at, user_id) >"`.
#[macro_export]
#[doc(hidden)]
macro_rules! push_past_row {
    ($sql:expr, $columns_op:literal, $a:expr, $b:expr) => {
        $sql.push(concat!(" AND ", $columns_op, " ("))
            .push_bind($a)
            .push(", ")
            .push_bind($b)
            .push(")")
    };
}
