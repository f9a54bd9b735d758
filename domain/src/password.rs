//! What a password must be: long enough, not absurdly long, and not one of
//! the most common passwords (the list ships with the code, `include_str!`).
//! Applied wherever a password is chosen: sign-up, reset, change, and the
//! command line.

/// The shortest password accepted (NIST SP 800-63B asks for at least 8).
pub const MIN_PASSWORD: usize = 10;

/// The longest, in bytes (hashing is the expensive part, not storing).
pub const MAX_PASSWORD_BYTES: usize = 1024;

const COMMON: &str = include_str!("common_passwords.txt");

/// Whether `password` is on the shipped list of common passwords
/// (case-insensitive).
pub fn is_common(password: &str) -> bool {
    let lower = password.to_lowercase();
    COMMON
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .any(|l| l == lower)
}

/// What is wrong with `password` as a new password, if anything: the
/// message for the field that holds it.
pub fn password_problem(password: &str) -> Option<String> {
    let chars = password.chars().count();
    if chars < MIN_PASSWORD {
        Some(format!("must be at least {MIN_PASSWORD} characters"))
    } else if password.len() > MAX_PASSWORD_BYTES {
        Some(format!("must be at most {MAX_PASSWORD_BYTES} bytes"))
    } else if is_common(password) {
        Some("is one of the most common passwords; choose one that is harder to guess".into())
    } else if password.chars().all(|c| password.starts_with(c)) {
        Some("must not be one character repeated".into())
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_long_common_and_repeated_passwords_are_refused() {
        assert!(password_problem("short").unwrap().contains("at least 10"));
        assert!(
            password_problem(&"x".repeat(MAX_PASSWORD_BYTES + 1))
                .unwrap()
                .contains("at most")
        );
        for common in ["1234567890", "Password123", "QWERTYUIOP", "iloveyou123"] {
            assert!(
                password_problem(common).unwrap().contains("most common"),
                "{common}"
            );
        }
        assert!(
            password_problem("zzzzzzzzzzzz")
                .unwrap()
                .contains("repeated")
        );
        assert_eq!(password_problem("a long enough password"), None);
        assert_eq!(password_problem("correct horse battery"), None);
    }

    #[test]
    fn the_shipped_list_is_read_whole_and_only_its_entries_are_common() {
        let entries = COMMON
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .count();
        assert!(entries >= 100, "{entries}");
        assert!(is_common("passwordpassword"));
        assert!(!is_common("# the most common passwords"));
    }
}
