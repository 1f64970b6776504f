//! The language a client actually writes in, told from the text (`whatlang`), mapped to
//! the shipped languages. A German-dialogue client who writes Persian is recorded as
//! writing Persian, so staff know whom to ask for, and the right lexicon is run.

use whatlang::Lang;

/// Texts shorter than this say too little about their language.
const MIN_CHARS: usize = 12;

/// The shipped language code a text is written in, when the detector is confident and
/// the language is one we know; `None` otherwise.
pub fn detect(text: &str) -> Option<&'static str> {
    if text.chars().filter(|c| c.is_alphabetic()).count() < MIN_CHARS {
        return None;
    }
    let info = whatlang::detect(text)?;
    if !info.is_reliable() && info.confidence() < 0.3 {
        return None;
    }
    Some(match info.lang() {
        Lang::Deu => "de",
        Lang::Eng => "en",
        Lang::Ara => "ar",
        Lang::Pes => "fa",
        Lang::Tur => "tr",
        Lang::Rus => "ru",
        Lang::Ukr => "uk",
        Lang::Kat => "ka",
        // Bosnian is written like Croatian and Serbian (Latin script).
        Lang::Hrv | Lang::Srp => "bs",
        Lang::Pol => "pl",
        Lang::Ron => "ro",
        Lang::Fra => "fr",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_written_is_told_from_the_text() {
        assert_eq!(detect("همسرم و بچه‌هایم در ایران هستند و من نمی‌دانم چه کار کنم"), Some("fa"));
        assert_eq!(detect("Мой муж бьёт меня, я не знаю, что делать"), Some("ru"));
        assert_eq!(detect("Ich brauche Hilfe mit einem Brief vom Jobcenter"), Some("de"));
        assert_eq!(detect("ok"), None, "too short to tell");
    }
}
