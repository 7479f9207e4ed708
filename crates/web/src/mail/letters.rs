//! The words of each message: a subject and a plain-text body, in the language
//! of the person who caused it to be sent.

use crate::i18n::Tr;

pub struct Letter {
    pub subject: String,
    pub body: String,
}

impl Letter {
    /// Fluent puts invisible direction marks around each inserted value, which
    /// a web page needs and a plain-text email does not: around a link they
    /// would break it when copied.
    fn new(subject: String, body: String) -> Self {
        let plain = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
        Self {
            subject: plain(subject),
            body: plain(body),
        }
    }
}

/// An invitation into an organisation with a role.
pub fn invitation(tr: &Tr, organisation: &str, role: &str, link: &str) -> Letter {
    let args = [
        ("organisation", organisation.to_owned()),
        ("role", role.to_owned()),
        ("link", link.to_owned()),
    ];
    Letter::new(
        tr.t_args("mail-invitation-subject", &args),
        tr.t_args("mail-invitation-body", &args),
    )
}

/// A password reset made by an administrator.
pub fn password_reset(tr: &Tr, organisation: &str, link: &str) -> Letter {
    let args = [
        ("organisation", organisation.to_owned()),
        ("link", link.to_owned()),
    ];
    Letter::new(
        tr.t_args("mail-reset-subject", &args),
        tr.t_args("mail-reset-body", &args),
    )
}

/// A sign-in from a device not seen before, for people without a second factor.
pub fn new_device(tr: &Tr, when: &str) -> Letter {
    Letter::new(
        tr.t("mail-new-device-subject"),
        tr.t_args("mail-new-device-body", &[("when", when.to_owned())]),
    )
}

/// A digest: something is waiting, and where to sign in. Nothing else: no
/// organisation, circle, name or count, since an email can be read by others.
pub fn digest(tr: &Tr, link: &str) -> Letter {
    Letter::new(
        tr.t("mail-digest-subject"),
        tr.t_args("mail-digest-body", &[("link", link.to_owned())]),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_in_a_letter_is_exactly_the_link() {
        let link = "https://moves.example.org/invite/abc-DEF_123";
        let letter = invitation(&Tr::default(), "Northside Hub", "practitioner", link);
        assert!(
            letter.body.contains(&format!("\n{link}\n")),
            "{}",
            letter.body
        );
        assert_eq!(letter.subject, "You are invited to join Northside Hub");
        let letter = password_reset(&Tr::default(), "Northside Hub", link);
        assert!(
            letter.body.contains(&format!("\n{link}\n")),
            "{}",
            letter.body
        );
        let letter = new_device(&Tr::default(), "26 November 2026 at 10:15 UTC");
        assert!(letter.body.contains("on 26 November 2026 at 10:15 UTC."));
    }
}
