//! The language a client actually writes in, told from the text (`whatlang`), mapped to
//! the shipped languages. A German-dialogue client who writes Persian is recorded as
//! writing Persian, so staff know whom to ask for, and the right lexicon is run.

use whatlang::Lang;

/// Texts shorter than this say too little about their language.
const MIN_CHARS: usize = 12;

/// Shipped languages the detector cannot tell: their texts read as another language
/// (Pashto as Persian, Sorani as Arabic), so a dialogue in one of them keeps its language.
const UNDETECTABLE: [&str; 3] = ["ps", "ku", "so"];

/// The language a free-text answer is written in: the detected one, or the dialogue's
/// when the detector is unsure or cannot tell the dialogue's language at all.
pub fn written_in<'a>(text: &str, dialogue: &'a str) -> &'a str {
    if UNDETECTABLE.contains(&dialogue) {
        return dialogue;
    }
    match detect(text) {
        Some(code) if code != dialogue => code,
        _ => dialogue,
    }
}

/// Shipped languages the detector reads as another: Dari as Persian, Sorani as Arabic.
const READ_AS: [(&str, &str); 2] = [("prs", "fa"), ("ckb", "ar")];

/// The language to record and offer for a text typed in a dialogue in `dialogue`: as
/// [`written_in`], except that a client who chose Dari (or Sorani) and writes what the
/// detector takes for Persian (or Arabic) is taken at their word: not offered Persian,
/// and shown to staff as writing Dari.
pub fn recorded<'a>(text: &str, dialogue: &'a str) -> &'a str {
    let written = written_in(text, dialogue);
    if READ_AS.contains(&(dialogue, written)) {
        dialogue
    } else {
        written
    }
}

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

    #[test]
    fn a_dialogue_in_a_language_the_detector_cannot_tell_keeps_its_language() {
        let pashto = "زما ښځه او ماشومان په افغانستان کې دي او زه نه پوهېږم چې څه وکړم";
        assert_eq!(written_in(pashto, "ps"), "ps");
        let dari = "زن و اولادهایم در افغانستان استند و من نمی‌فامم که چی کار کنم";
        assert_eq!(written_in(dari, "prs"), "fa", "Dari reads as Persian");
        assert_eq!(recorded(dari, "prs"), "prs", "the client's choice stands");
        assert_eq!(recorded(dari, "de"), "fa", "without a choice, the detector's word");
        assert_eq!(recorded("Мой муж бьёт меня, я не знаю, что делать", "prs"), "ru");
        assert_eq!(written_in("Мой муж бьёт меня, я не знаю, что делать", "de"), "ru");
        assert_eq!(written_in("ok", "de"), "de");
    }
}
