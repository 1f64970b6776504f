//! The bad-input catalogue: what newcomers (and forgers) send where a question waits —
//! empty and huge texts, only emoji, invisible and bidi characters, markup, SQL, numbers
//! with letters, impossible dates and years, every kind of non-text message, stale,
//! forged and oversized buttons, unknown commands and languages, an unreadable saved
//! state. Each case is answered in the client's language (every reply renders in it),
//! and afterwards the conversation goes on: the next valid answer is taken.

use anlauf::dialog::{Input, MediaKind, Phase, Stored};
use anlauf::text::Text;

use crate::support::{asking, content, phase, EngineClient};

/// The question a case is sent to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum At {
    Topics,
    Arrival,
    Deadline,
    OwnWords,
    Phone,
}

impl At {
    fn step(self) -> &'static str {
        match self {
            At::Topics => "topics",
            At::Arrival => "arrival",
            At::Deadline => "deadline_date",
            At::OwnWords => "own_words",
            At::Phone => "phone",
        }
    }
}

/// What is sent.
enum Bad {
    Input(Input),
    /// A button of the question two steps back, pressed now.
    Earlier,
    /// The stored state cannot be read any more.
    Unreadable,
}

/// What becomes of the question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Then {
    /// Refused, said why, and asked again.
    Stays,
    /// Taken as an answer (the client's words are stored as written).
    Moves,
}

/// Through the intake to `at`, in `language`; the button data of the age question, for
/// pressing it later.
fn reach(client: &mut EngineClient, language: &str, at: At) -> String {
    client.text("/start");
    client.press(&format!("l:{language}"));
    client.press("y");
    if at == At::Topics {
        return String::new();
    }
    client.press("t:housing");
    client.press("d");
    let age = client.button_data("o:27_64").expect("the age question");
    client.press("o:27_64");
    if at == At::Arrival {
        return age;
    }
    for action in ["o:over_10_years", "o:residence_permit", "o:no"] {
        client.press(action);
    }
    client.press(if at == At::Deadline { "o:deadline" } else { "o:no" });
    if at == At::Deadline {
        return age;
    }
    if at == At::Phone {
        client.text("Ich suche eine Wohnung.");
        client.press("o:phone");
    }
    age
}

/// A valid answer to `at`.
fn answer(client: &mut EngineClient, at: At) {
    match at {
        At::Topics => {
            client.press("t:work");
            client.press("d");
        }
        At::Arrival => {
            client.text("2019");
        }
        At::Deadline => {
            client.text("15.01.2027");
        }
        At::OwnWords => {
            client.text("Ich suche eine Wohnung.");
        }
        At::Phone => {
            client.text("+49 170 1234567");
        }
    }
}

/// Whether a reply names the message `id` anywhere in it.
fn mentions(text: &Text, id: &str) -> bool {
    match text {
        Text::Msg { id: own, .. } => own == id,
        Text::Lines(parts) | Text::Paragraphs(parts) | Text::List(parts) | Text::Concat(parts) => {
            parts.iter().any(|p| mentions(p, id))
        }
        Text::In { text, .. } => mentions(text, id),
        Text::Plain(_) | Text::Verbatim(_) => false,
    }
}

fn text(t: &str) -> Bad {
    Bad::Input(Input::from_typed(t))
}

fn catalogue() -> Vec<(&'static str, &'static str, At, Bad, Then)> {
    use At::*;
    use Then::*;
    let media = |kind| Bad::Input(Input::Unsupported(kind));
    vec![
        ("empty text", "ar", OwnWords, text(""), Stays),
        ("only spaces and line breaks", "fa", OwnWords, text("  \n\t  "), Stays),
        ("10,000 characters", "uk", OwnWords, text(&"Wohnung ".repeat(1250)), Stays),
        ("only emoji", "so", OwnWords, text("🙏🏽🙏🏽🏠"), Moves),
        ("only zero-width characters", "ar", OwnWords, text("\u{200B}\u{200C}\u{2060}\u{FEFF}"), Stays),
        ("bidi controls around words", "fa", OwnWords, text("\u{202E}أحتاج مساعدة\u{202C}"), Moves),
        ("HTML", "de", OwnWords, text("<b>Hilfe</b><script>alert(1)</script>"), Moves),
        ("Markdown", "tr", OwnWords, text("*acil* _lütfen_ [burada](http://x.example)"), Moves),
        ("SQL", "ru", OwnWords, text("'); DROP TABLE intakes; --"), Moves),
        ("a NUL character", "pl", OwnWords, text("Miesz\0kanie"), Moves),
        ("a year with letters", "ro", Arrival, text("20x3"), Stays),
        ("the year 1800", "ka", Arrival, text("1800"), Stays),
        ("the year 2090", "bs", Arrival, text("2090"), Stays),
        ("a year in Arabic-Indic digits", "ar", Arrival, text("٢٠١٥"), Moves),
        ("a year in Persian digits", "fa", Arrival, text("۱۳۹۸"), Stays),
        ("31.02.", "de", Deadline, text("31.02."), Stays),
        ("31.02.2027", "uk", Deadline, text("31.02.2027"), Stays),
        ("words instead of a date", "tr", Deadline, text("yarın"), Stays),
        ("a phone number with letters", "ps", Phone, text("+49 abc def"), Stays),
        ("a phone number too short", "ku", Phone, text("12"), Stays),
        ("forty digits", "fr", Phone, text(&"1".repeat(40)), Stays),
        ("a voice note", "ar", Topics, media(MediaKind::Voice), Stays),
        ("a photo", "fa", Topics, media(MediaKind::Photo), Stays),
        ("a document", "uk", Topics, media(MediaKind::Document), Stays),
        ("a sticker", "so", Topics, media(MediaKind::Sticker), Stays),
        ("a location", "tr", Topics, media(MediaKind::Location), Stays),
        ("a contact", "ru", Topics, media(MediaKind::Contact), Stays),
        ("some other message kind", "ka", Topics, media(MediaKind::Other), Stays),
        ("an edited message", "ro", Arrival, Bad::Input(Input::Edited), Stays),
        ("a message too long for the channel", "pl", OwnWords, Bad::Input(Input::TooLong), Stays),
        ("forged callback data", "bs", Topics, Bad::Input(Input::Button("x:y:z".into())), Stays),
        (
            "callback data over 64 bytes",
            "ps",
            Topics,
            Bad::Input(Input::Button(format!("1:o:{}", "a".repeat(80)))),
            Stays,
        ),
        ("a turn number from the future", "ku", Arrival, Bad::Input(Input::Button("999999:o:27_64".into())), Stays),
        ("a button from two steps back", "fr", Deadline, Bad::Earlier, Stays),
        ("an unknown command", "de", Arrival, text("/foo"), Stays),
        ("a number beyond the buttons", "ar", Topics, text("99"), Stays),
        ("an unknown language code", "so", Arrival, Bad::Input(Input::SwitchLanguage("xx".into())), Stays),
        ("an unreadable saved state", "uk", Arrival, Bad::Unreadable, Stays),
    ]
}

#[test]
fn every_bad_input_is_answered_in_the_clients_language_and_the_conversation_goes_on() {
    let cases = catalogue();
    assert!(cases.len() >= 30, "{} cases", cases.len());
    for (name, language, at, bad, then) in cases {
        let mut client = EngineClient::new(Some(language));
        let earlier = reach(&mut client, language, at);
        assert_eq!(phase(&client), asking(at.step()), "{name}: reached");
        let outcome = match bad {
            Bad::Input(input) => client.send(input),
            Bad::Earlier => client.send(Input::Button(earlier)),
            Bad::Unreadable => {
                client.state = Stored::Unreadable;
                client.text("hallo")
            }
        };
        // Answered, in the client's language (the client renders every reply strictly).
        assert!(!outcome.replies.is_empty(), "{name}: no answer");
        assert_eq!(outcome.language, language, "{name}: answered in another language");
        let screen = client.screen();
        assert!(!screen.trim().is_empty() && !screen.contains("{ $"), "{name}: {screen}");
        if matches!(client.state, Stored::State(_)) && matches!(phase(&client), Phase::Asking { .. }) {
            let step = match phase(&client) {
                Phase::Asking { step } => step,
                _ => unreachable!(),
            };
            let prompt = content().flow.step(&step).map(|s| s.prompt.clone()).unwrap();
            let asked = outcome.replies.iter().any(|r| mentions(&r.text, &prompt));
            assert!(asked, "{name}: the question is on screen: {screen}");
        }
        match then {
            Then::Stays if name == "an unreadable saved state" => {
                assert_eq!(phase(&client), asking("language"), "{name}: starts again politely");
                client.press(&format!("l:{language}"));
                assert_eq!(phase(&client), asking("consent"), "{name}: goes on");
            }
            Then::Stays => {
                assert_eq!(phase(&client), asking(at.step()), "{name}: the question stays");
                answer(&mut client, at);
                assert_ne!(phase(&client), asking(at.step()), "{name}: a valid answer is taken afterwards");
            }
            Then::Moves => assert_ne!(phase(&client), asking(at.step()), "{name}: taken as an answer"),
        }
    }
}
