//! The conformance suite: the same stories, run against every backend.
//!
//! A backend crate calls [`conformance_suite!`] with an async function that makes
//! a fresh, migrated, empty store (or `None` when its database is not available
//! outside CI). Each story becomes its own test, so the test output lists the same
//! story names, and the same count, for each backend.

// The stories are tests: a failed expectation should stop them with a message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

pub mod stories;

/// Whether a backend that is not configured should fail the run (in CI) or be
/// skipped with a loud message (on a developer's machine).
pub fn skip_or_fail(backend: &str, why: &str) {
    if std::env::var("CI").is_ok_and(|v| v == "true" || v == "1") {
        panic!("{backend} is required in CI but is not available: {why}");
    }
    eprintln!("SKIPPED ({backend} not available: {why})");
}

#[macro_export]
macro_rules! conformance_suite {
    ($make:path) => {
        $crate::conformance_suite!(@each $make,
            organisations_are_created_listed_and_counted,
            an_organisation_and_its_first_admin_are_made_all_or_nothing,
            people_are_found_by_email_or_username_without_case,
            emails_and_usernames_are_unique_without_case,
            passwords_are_set_only_for_people_who_exist,
            memberships_are_sealed_by_organisation,
            revoked_memberships_grant_nothing,
            a_revoked_role_can_be_given_back,
            sessions_live_until_ended,
            expired_sessions_are_swept,
            audit_entries_are_listed_newest_first_with_filters,
            audit_logs_are_sealed_by_organisation,
            audit_batches_are_all_or_nothing,
            each_audit_entry_links_to_the_one_before_in_its_chain,
            concurrent_appends_never_fork_a_chain,
            sign_in_attempts_are_counted_per_key_within_their_window,
            an_attempt_counts_only_where_it_was_refused,
            sign_in_attempts_are_cleared_by_key_by_account_and_swept,
            concurrent_attempts_on_one_key_each_get_their_own_count,
            guesses_from_one_address_never_lock_the_owner_out,
            counting_lifting_and_sweeping_at_once_all_complete,
            setup_creates_the_first_organisation_and_admin,
            setup_with_a_wrong_code_writes_nothing,
            setup_that_fails_part_way_writes_nothing,
            setup_after_an_organisation_exists_writes_nothing,
            concurrent_setups_let_exactly_one_through,
            installation_secrets_keep_the_first_candidate,
            one_time_tokens_are_created_and_read,
            one_time_tokens_are_used_once_only,
            expired_one_time_tokens_are_refused,
            concurrent_uses_of_one_token_let_exactly_one_through,
            one_time_tokens_keep_their_purpose,
            live_one_time_tokens_are_counted_per_person,
            a_new_set_password_link_ends_the_older_ones,
            setting_a_password_ends_every_live_set_password_link,
            an_invitation_keeps_whether_it_made_its_account,
            an_organisation_is_made_with_an_invitation_all_or_nothing,
            an_account_is_made_by_the_organisation_of_its_first_link,
            sessions_keep_their_stage,
            a_sign_in_replaces_the_old_session_with_its_audit,
            a_chosen_language_is_kept_with_the_account_and_its_audit,
            a_password_set_by_link_ends_links_sessions_and_locks_with_its_audit,
            an_invitation_is_accepted_once_with_its_role_and_audit,
            totp_enrolment_is_begun_once_and_confirmed_once,
            totp_steps_are_used_once_and_only_forward,
            concurrent_uses_of_one_step_let_exactly_one_through,
            recovery_codes_work_once_each,
            resetting_mfa_removes_factor_and_codes_with_its_audit,
            organisations_require_mfa_unless_turned_off_with_a_reason,
            devices_are_first_known_or_new,
            kept_forms_are_taken_once_by_their_writer_before_they_expire,
            a_form_key_binds_the_first_id_for_its_person_only,
            writes_are_counted_per_person_and_hour_even_at_once,
            concurrent_writes_all_land,
            odd_unicode_round_trips,
            teams_are_created_and_listed_by_name,
            team_changes_and_revoking_are_written_with_their_audit_entry,
            a_change_whose_audit_entry_fails_is_not_written,
            teams_and_memberships_are_read_a_page_at_a_time,
            the_log_pages_through_entries_of_one_moment,
            team_names_are_unique_without_case,
            team_members_are_added_and_removed,
            teams_are_sealed_by_organisation,
            adaptation_versions_are_kept_and_read_back,
            adaptations_are_sealed_by_organisation,
            a_stale_adaptation_version_is_refused,
            old_adaptation_versions_read_with_their_own_wording,
            an_adaptation_moves_to_the_edition_that_replaces_its_own,
            circles_are_created_and_read_back,
            circles_are_sealed_by_organisation,
            circle_members_join_with_or_without_accounts,
            circles_are_listed_for_their_members_in_one_query,
            circles_of_a_team_are_listed_for_its_members,
            circles_are_listed_a_page_at_a_time_newest_first,
            circles_are_listed_only_for_the_parts_people_play_now,
            circles_are_closed_with_a_reflection_and_reopened,
            stale_versions_change_nothing,
            privacy_notices_are_versioned_and_sealed_by_organisation,
            privacy_notice_reads_are_kept_per_person_and_organisation,
            sharing_agreements_are_recorded_once_and_ended_once,
            an_agreement_is_read_only_through_its_own_circle,
            the_decider_changes_only_from_the_version_seen,
            a_young_persons_account_is_linked_to_the_focus_member_once,
            family_invites_are_off_until_an_administrator_turns_them_on,
            a_family_invitation_is_written_with_its_circle_change_all_or_nothing,
            notes_are_saved_once_and_read_in_journal_order,
            notes_change_only_from_the_version_seen,
            notes_are_sealed_by_circle_and_organisation,
            checks_are_started_once_and_read_back,
            perspectives_are_kept_apart_and_saved_per_compartment,
            the_agreed_version_never_touches_a_perspective,
            the_agreed_version_keeps_its_history,
            checks_are_sealed_by_organisation,
            perspectives_shared_are_read_over_all_of_a_persons_circles,
            a_short_check_keeps_the_moves_picked,
            plans_are_created_and_read_back_whole,
            plans_are_sealed_by_organisation_and_circle,
            a_stale_plan_save_changes_nothing,
            plans_remember_who_changed_them_last,
            open_plans_for_home_are_those_of_a_persons_circles_and_teams,
            goals_are_off_until_an_organisation_switches_them_on,
            home_visits_are_kept_per_person_and_organisation,
            what_was_shared_is_read_over_all_of_a_persons_circles,
            the_home_reads_stop_at_their_limit,
            digests_go_only_to_those_who_asked_once_per_organisation,
            a_digest_is_recorded_with_its_reads_all_or_nothing,
            health_reports_the_backend
        );
        $crate::conformance_suite!(@shared $make,
            plan_entries_sent_twice_are_saved_once
        );
    };
    // Stories that run core's use cases over the store, which hold it shared.
    (@shared $make:path, $($story:ident),+ $(,)?) => {
        $(
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $story() {
                let Some((store, guard)) = $make().await else { return };
                let store = std::sync::Arc::new(store);
                $crate::stories::$story(store.clone()).await;
                let Ok(store) = std::sync::Arc::try_unwrap(store) else {
                    panic!("the story kept the store");
                };
                guard.finish(store).await;
            }
        )+
    };
    (@each $make:path, $($story:ident),+ $(,)?) => {
        $(
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $story() {
                let Some((store, guard)) = $make().await else { return };
                $crate::stories::$story(&store).await;
                guard.finish(store).await;
            }
        )+
    };
}
