//! How staff name an intake: by its queue number or its reference, as people type it.

/// How staff name an intake: by its queue number or its reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IntakeKey {
    Id(i64),
    Reference(String),
}

impl IntakeKey {
    /// A number, or a reference as people type it: any case, with blanks, with the hyphen
    /// missing, moved or doubled (`gpjqdtxy`, `GPJ-QDTXY`, ` gpjq  dtxy `).
    pub fn parse(text: &str) -> IntakeKey {
        let trimmed = text.trim();
        // A hyphen makes it a reference, even one of digits only (`2347-6923`).
        if let (false, Ok(id)) = (trimmed.contains('-'), trimmed.parse()) {
            return IntakeKey::Id(id);
        }
        let compact: String = trimmed.chars().filter(|c| c.is_alphanumeric()).map(|c| c.to_ascii_uppercase()).collect();
        match compact.len() {
            8 if compact.is_ascii() => IntakeKey::Reference(format!("{}-{}", &compact[..4], &compact[4..])),
            _ => IntakeKey::Reference(trimmed.to_uppercase()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intake_keys_are_read_as_people_type_them() {
        assert_eq!(IntakeKey::parse(" 12 "), IntakeKey::Id(12));
        assert_eq!(IntakeKey::parse("2347-6923"), IntakeKey::Reference("2347-6923".into()));
        for typed in
            ["k7qm-2xpd", "K7QM2XPD", "k7qm2xpd", " K7QM 2XPD ", "K7-QM-2XPD", "k7qm--2xpd", "K7QM\u{2011}2XPD"]
        {
            assert_eq!(IntakeKey::parse(typed), IntakeKey::Reference("K7QM-2XPD".into()), "{typed}");
        }
    }
}
