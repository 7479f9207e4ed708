//! What an organisation's administrators do: members and their roles,
//! teams, settings (the second factor, the privacy notice, goals), the
//! framework's adaptation, and reading the audit log.
