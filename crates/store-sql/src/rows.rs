//! Rows as the databases return them, and their conversion into domain types.
//! The derived `FromRow` is generic over the backend.

use moves_domain::audit::{AuditAction, AuditScope};
use moves_domain::auth::one_time::{OneTimeToken, Purpose};
use moves_domain::clock::Timestamp;
use moves_domain::ids::{AuditId, MembershipId, OrgId, UserId};
use moves_domain::language::Language;
use moves_domain::membership::Membership;
use moves_domain::organisation::Organisation;
use moves_domain::session::{Session, SessionStage};
use moves_domain::user::{Email, User};
use moves_store::AuditEntry;
use moves_store::StoreError;
use uuid::Uuid;

fn corrupt(what: &str, e: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(format!("{what}: {e}"))
}

#[derive(sqlx::FromRow)]
pub struct OrganisationRow {
    pub id: Uuid,
    pub name: String,
    pub is_demo: bool,
    pub created_at: i64,
}

impl From<OrganisationRow> for Organisation {
    fn from(r: OrganisationRow) -> Self {
        Organisation {
            id: OrgId::from_uuid(r.id),
            name: r.name,
            is_demo: r.is_demo,
            created_at: Timestamp::from_millis(r.created_at),
        }
    }
}

#[derive(sqlx::FromRow)]
pub struct UserRow {
    pub id: Uuid,
    pub display_name: String,
    pub email: Option<String>,
    pub username: Option<String>,
    pub password_hash: Option<String>,
    pub installation_admin: bool,
    pub created_at: i64,
    pub language: Option<String>,
}

impl TryFrom<UserRow> for User {
    type Error = StoreError;
    fn try_from(r: UserRow) -> Result<Self, StoreError> {
        let email = r
            .email
            .map(|e| Email::parse(&e).map_err(|err| corrupt("user email", err)))
            .transpose()?;
        Ok(User {
            id: UserId::from_uuid(r.id),
            display_name: r.display_name,
            email,
            username: r.username,
            password_hash: r.password_hash,
            installation_admin: r.installation_admin,
            created_at: Timestamp::from_millis(r.created_at),
            // A tag no longer offered is no choice: the browser decides again.
            language: r.language.as_deref().and_then(Language::from_tag),
        })
    }
}

#[derive(sqlx::FromRow)]
pub struct MembershipRow {
    pub org_id: Uuid,
    pub id: Uuid,
    pub user_id: Uuid,
    pub role: String,
    pub created_at: i64,
    pub revoked_at: Option<i64>,
}

impl TryFrom<MembershipRow> for Membership {
    type Error = StoreError;
    fn try_from(r: MembershipRow) -> Result<Self, StoreError> {
        Ok(Membership {
            id: MembershipId::from_uuid(r.id),
            org_id: OrgId::from_uuid(r.org_id),
            user_id: UserId::from_uuid(r.user_id),
            role: r.role.parse().map_err(|e| corrupt("membership role", e))?,
            created_at: Timestamp::from_millis(r.created_at),
            revoked_at: r.revoked_at.map(Timestamp::from_millis),
        })
    }
}

#[derive(sqlx::FromRow)]
pub struct SessionRow {
    pub token_hash: String,
    pub user_id: Uuid,
    pub org_id: Option<Uuid>,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub stage: String,
}

impl From<SessionRow> for Session {
    fn from(r: SessionRow) -> Self {
        Session {
            token_hash: r.token_hash,
            user_id: UserId::from_uuid(r.user_id),
            org_id: r.org_id.map(OrgId::from_uuid),
            created_at: Timestamp::from_millis(r.created_at),
            last_seen_at: Timestamp::from_millis(r.last_seen_at),
            stage: SessionStage::from_stored(&r.stage),
        }
    }
}

#[derive(sqlx::FromRow)]
pub struct AuditRow {
    pub org_id: Uuid,
    pub id: Uuid,
    pub at: i64,
    pub actor_id: Option<Uuid>,
    pub action: String,
    pub subject: Option<String>,
    pub detail: Option<String>,
}

impl TryFrom<AuditRow> for AuditEntry {
    type Error = StoreError;
    fn try_from(r: AuditRow) -> Result<Self, StoreError> {
        Ok(AuditEntry {
            id: AuditId::from_uuid(r.id),
            scope: AuditScope::from_org_key(OrgId::from_uuid(r.org_id)),
            at: Timestamp::from_millis(r.at),
            actor: r.actor_id.map(UserId::from_uuid),
            action: r
                .action
                .parse::<AuditAction>()
                .map_err(|e| corrupt("audit action", e))?,
            subject: r.subject,
            detail: r.detail,
        })
    }
}

#[derive(sqlx::FromRow)]
pub struct OneTimeTokenRow {
    pub token_hash: String,
    pub user_id: Uuid,
    pub org_id: Option<Uuid>,
    pub purpose: String,
    pub role: Option<String>,
    pub created_at: i64,
    pub expires_at: i64,
    pub used_at: Option<i64>,
    pub new_account: bool,
}

impl TryFrom<OneTimeTokenRow> for OneTimeToken {
    type Error = StoreError;
    fn try_from(r: OneTimeTokenRow) -> Result<Self, StoreError> {
        Ok(OneTimeToken {
            purpose: Purpose::from_stored(&r.purpose, r.role.as_deref())
                .map_err(|e| corrupt("one-time link purpose", e))?,
            token_hash: r.token_hash,
            user_id: UserId::from_uuid(r.user_id),
            org_id: r.org_id.map(OrgId::from_uuid),
            created_at: Timestamp::from_millis(r.created_at),
            expires_at: Timestamp::from_millis(r.expires_at),
            used_at: r.used_at.map(Timestamp::from_millis),
            new_account: r.new_account,
        })
    }
}

#[derive(sqlx::FromRow)]
pub struct KeptFormRow {
    pub id: Uuid,
    pub user_id: Uuid,
    pub path: String,
    pub sealed: Vec<u8>,
    pub created_at: i64,
    pub expires_at: i64,
}

impl From<KeptFormRow> for moves_domain::kept_form::KeptForm {
    fn from(r: KeptFormRow) -> Self {
        moves_domain::kept_form::KeptForm {
            id: moves_domain::ids::KeptFormId::from_uuid(r.id),
            user_id: UserId::from_uuid(r.user_id),
            path: r.path,
            sealed: r.sealed,
            created_at: Timestamp::from_millis(r.created_at),
            expires_at: Timestamp::from_millis(r.expires_at),
        }
    }
}

#[derive(sqlx::FromRow)]
pub struct TeamRow {
    pub org_id: Uuid,
    pub id: Uuid,
    pub name: String,
    pub created_at: i64,
}

impl From<TeamRow> for moves_domain::team::Team {
    fn from(r: TeamRow) -> Self {
        moves_domain::team::Team {
            id: moves_domain::ids::TeamId::from_uuid(r.id),
            org_id: OrgId::from_uuid(r.org_id),
            name: r.name,
            created_at: Timestamp::from_millis(r.created_at),
        }
    }
}

#[derive(sqlx::FromRow)]
pub struct TeamMemberRow {
    pub org_id: Uuid,
    pub team_id: Uuid,
    pub user_id: Uuid,
    pub added_at: i64,
}

impl From<TeamMemberRow> for moves_domain::team::TeamMember {
    fn from(r: TeamMemberRow) -> Self {
        moves_domain::team::TeamMember {
            org_id: OrgId::from_uuid(r.org_id),
            team_id: moves_domain::ids::TeamId::from_uuid(r.team_id),
            user_id: UserId::from_uuid(r.user_id),
            added_at: Timestamp::from_millis(r.added_at),
        }
    }
}

/// How a stored adaptation is named in the messages of its TOML reader.
const STORED_ADAPTATION: &str = "stored adaptation";

#[derive(sqlx::FromRow)]
pub struct AdaptationRow {
    pub org_id: Uuid,
    pub version: i64,
    pub body: String,
    pub change: String,
    pub saved_by: Option<Uuid>,
    pub saved_at: i64,
}

fn change_of(code: &str) -> Result<moves_domain::framework::adaptation::Change, StoreError> {
    moves_domain::framework::adaptation::Change::from_code(code)
        .ok_or_else(|| corrupt("adaptation change", code))
}

impl TryFrom<AdaptationRow> for moves_domain::framework::adaptation::SavedAdaptation {
    type Error = StoreError;
    fn try_from(r: AdaptationRow) -> Result<Self, StoreError> {
        let parsed =
            moves_domain::framework::adaptation::parse_adaptation(STORED_ADAPTATION, &r.body)
                .map_err(|e| corrupt("adaptation", e))?;
        if i64::from(parsed.adaptation.version) != r.version {
            return Err(corrupt(
                "adaptation",
                format!(
                    "version {} holds version {}",
                    r.version, parsed.adaptation.version
                ),
            ));
        }
        Ok(moves_domain::framework::adaptation::SavedAdaptation {
            org_id: OrgId::from_uuid(r.org_id),
            adaptation: parsed.adaptation,
            change: change_of(&r.change)?,
            saved_by: r.saved_by.map(UserId::from_uuid),
            saved_at: Timestamp::from_millis(r.saved_at),
        })
    }
}

#[derive(sqlx::FromRow)]
pub struct CircleRow {
    pub org_id: Uuid,
    pub id: Uuid,
    pub focus_name: String,
    pub birth_date: Option<String>,
    pub age_band: Option<String>,
    pub pronouns: Option<String>,
    pub languages: Option<String>,
    pub protected_identity: bool,
    pub team_id: Option<Uuid>,
    pub closed_at: Option<i64>,
    pub closed_by: Option<Uuid>,
    pub closing_reflection: Option<String>,
    pub decider_member_id: Option<Uuid>,
    pub created_by: Uuid,
    pub created_at: i64,
    pub version: i64,
}

impl TryFrom<CircleRow> for moves_domain::circle::Circle {
    type Error = StoreError;
    fn try_from(r: CircleRow) -> Result<Self, StoreError> {
        use moves_domain::circle::{AgeBand, Birth, BirthDate, CircleStatus, SharingDecider};
        let birth = match (r.birth_date, r.age_band) {
            (None, None) => None,
            (Some(d), None) => Some(Birth::Date(
                BirthDate::from_stored(&d).ok_or_else(|| corrupt("circle birth date", &d))?,
            )),
            (None, Some(b)) => Some(Birth::Band(
                AgeBand::parse(&b).ok_or_else(|| corrupt("circle age band", &b))?,
            )),
            (Some(_), Some(_)) => return Err(corrupt("circle birth", "both date and band")),
        };
        let status = match (r.closed_at, r.closed_by, r.closing_reflection) {
            (None, _, None) => CircleStatus::Open,
            (Some(at), Some(by), Some(reflection)) => CircleStatus::Closed {
                at: Timestamp::from_millis(at),
                by: UserId::from_uuid(by),
                reflection,
            },
            _ => return Err(corrupt("circle status", "half closed")),
        };
        Ok(moves_domain::circle::Circle {
            id: moves_domain::ids::CircleId::from_uuid(r.id),
            org_id: OrgId::from_uuid(r.org_id),
            focus_name: r.focus_name,
            birth,
            pronouns: r.pronouns,
            languages: r.languages,
            protected_identity: r.protected_identity,
            team_id: r.team_id.map(moves_domain::ids::TeamId::from_uuid),
            status,
            decider: r
                .decider_member_id
                .map_or(SharingDecider::YoungPerson, |m| {
                    SharingDecider::Member(moves_domain::ids::CircleMemberId::from_uuid(m))
                }),
            created_by: UserId::from_uuid(r.created_by),
            created_at: Timestamp::from_millis(r.created_at),
            version: r.version,
        })
    }
}

#[derive(sqlx::FromRow)]
pub struct VersionSummaryRow {
    pub version: i64,
    pub framework_id: String,
    pub overlay_id: Option<String>,
    pub change: String,
    pub saved_by: Option<Uuid>,
    pub saved_at: i64,
}

impl TryFrom<VersionSummaryRow> for moves_domain::framework::adaptation::VersionSummary {
    type Error = StoreError;
    fn try_from(r: VersionSummaryRow) -> Result<Self, StoreError> {
        Ok(moves_domain::framework::adaptation::VersionSummary {
            version: u32::try_from(r.version).map_err(|e| corrupt("adaptation version", e))?,
            edition: r.framework_id,
            overlay: r.overlay_id,
            change: change_of(&r.change)?,
            saved_by: r.saved_by.map(UserId::from_uuid),
            saved_at: Timestamp::from_millis(r.saved_at),
        })
    }
}

#[derive(sqlx::FromRow)]
pub struct CircleSummaryRow {
    #[sqlx(flatten)]
    pub circle: CircleRow,
    pub member_count: i64,
}

impl TryFrom<CircleSummaryRow> for moves_store::CircleSummary {
    type Error = StoreError;
    fn try_from(r: CircleSummaryRow) -> Result<Self, StoreError> {
        Ok(moves_store::CircleSummary {
            circle: r.circle.try_into()?,
            member_count: u64::try_from(r.member_count).map_err(|e| corrupt("member count", e))?,
        })
    }
}

#[derive(sqlx::FromRow)]
pub struct CircleMemberRow {
    pub org_id: Uuid,
    pub id: Uuid,
    pub circle_id: Uuid,
    pub user_id: Option<Uuid>,
    pub display_name: String,
    pub relationship: Option<String>,
    pub role: String,
    pub added_at: i64,
}

impl TryFrom<CircleMemberRow> for moves_domain::circle::CircleMember {
    type Error = StoreError;
    fn try_from(r: CircleMemberRow) -> Result<Self, StoreError> {
        Ok(moves_domain::circle::CircleMember {
            id: moves_domain::ids::CircleMemberId::from_uuid(r.id),
            org_id: OrgId::from_uuid(r.org_id),
            circle_id: moves_domain::ids::CircleId::from_uuid(r.circle_id),
            user_id: r.user_id.map(UserId::from_uuid),
            display_name: r.display_name,
            relationship: r.relationship,
            role: r.role.parse().map_err(|e| corrupt("circle role", e))?,
            added_at: Timestamp::from_millis(r.added_at),
        })
    }
}
