//! The fixed "changing the odds" categories.
//!
//! Resilient Therapy speaks of "beating the odds while changing the odds": some moves
//! are about the world around the child. These categories are one fixed list in
//! `core`, not part of any framework file, so that reports add up across
//! organisations and editions.

use super::keyword::keyword_enum;

keyword_enum! {
    /// A structural problem a move addresses ("changing the odds").
    Category, "category" {
        Housing => "housing",
        Money => "money",
        Safety => "safety",
        Transport => "transport",
        Discrimination => "discrimination",
        Education => "education",
        HealthAndCare => "health_and_care",
        Food => "food",
        PlayAndYouth => "play_and_youth",
        DigitalAccess => "digital_access",
        Other => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_fixed_and_in_order() {
        let names: Vec<&str> = Category::ALL.iter().map(|c| c.as_str()).collect();
        assert_eq!(
            names,
            [
                "housing",
                "money",
                "safety",
                "transport",
                "discrimination",
                "education",
                "health_and_care",
                "food",
                "play_and_youth",
                "digital_access",
                "other"
            ]
        );
        assert_eq!(Category::NAMES, names.as_slice());
    }

    #[test]
    fn spellings_round_trip() {
        for c in Category::ALL {
            assert_eq!(c.as_str().parse::<Category>().unwrap(), *c);
            assert_eq!(c.to_string(), c.as_str());
        }
        let err = "houses".parse::<Category>().unwrap_err();
        assert_eq!(err.to_string(), "unknown category \"houses\"");
    }
}
