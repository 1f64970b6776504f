//! Property tests of the engine: any sequence of inputs — buttons on screen, forged and
//! stale buttons, typed text of any characters, commands, non-text messages, edits —
//! from any position of the dialogue never panics, always answers, keeps a state that
//! reads back as itself, and every reply renders in every shipped language.
//!
//! CI runs proptest's default number of cases (256). The long run, documented in
//! docs/privacy-and-security.md ("Hostile input"):
//! `PROPTEST_CASES=100000 cargo test --release --test it property`.

use anlauf::dialog::{Input, MediaKind, State, Stored};
use proptest::prelude::*;

use crate::support::{content, EngineClient};

#[derive(Debug, Clone)]
enum Move {
    /// The n-th button on screen (modulo how many there are).
    Press(usize),
    Type(String),
    Command(usize),
    Media(usize),
    /// Callback data nobody was given.
    Forged(String),
    Edited,
    TooLong,
}

const COMMANDS: [&str; 12] = [
    "/start",
    "/back",
    "/language",
    "/help",
    "/appointment",
    "/mydata",
    "/delete",
    "/restart",
    "/lang",
    "/foo",
    "/start nord",
    "/start@anlauf_bot",
];
const MEDIA: [MediaKind; 7] = [
    MediaKind::Voice,
    MediaKind::Photo,
    MediaKind::Document,
    MediaKind::Sticker,
    MediaKind::Location,
    MediaKind::Contact,
    MediaKind::Other,
];

fn a_move() -> impl Strategy<Value = Move> {
    prop_oneof![
        8 => any::<usize>().prop_map(Move::Press),
        3 => "\\PC{0,40}".prop_map(Move::Type),
        1 => "[0-9]{1,4}|[0-9]{1,2}\\.[0-9]{1,2}\\.[0-9]{2,4}|\\+?[0-9 ]{3,20}".prop_map(Move::Type),
        1 => (0..COMMANDS.len()).prop_map(Move::Command),
        1 => (0..MEDIA.len()).prop_map(Move::Media),
        1 => "[0-9]{0,9}:[a-z]{0,2}(:[a-z0-9_:]{0,30})?".prop_map(Move::Forged),
        1 => Just(Move::Edited),
        1 => Just(Move::TooLong),
    ]
}

fn buttons(client: &EngineClient) -> Vec<String> {
    let Some(last) = &client.last else { return Vec::new() };
    last.replies.iter().flat_map(|r| r.buttons.iter().flatten().chain(&r.nav)).map(|b| b.data.clone()).collect()
}

proptest! {
    #[test]
    fn any_inputs_from_any_position_keep_a_valid_state_and_render_in_every_language(
        language in 0usize..64,
        moves in prop::collection::vec(a_move(), 1..40),
    ) {
        let shipped = content();
        let languages: Vec<String> = shipped.i18n.languages().list().iter().map(|l| l.code.clone()).collect();
        // The client renders every reply strictly in the conversation's language.
        let mut client = EngineClient::new(Some(&languages[language % languages.len()]));
        client.text("/start");
        for one in moves {
            let input = match one {
                Move::Press(n) => {
                    let on_screen = buttons(&client);
                    if on_screen.is_empty() { Input::Resume } else { Input::Button(on_screen[n % on_screen.len()].clone()) }
                }
                Move::Type(text) => Input::from_typed(&text),
                Move::Command(i) => Input::from_typed(COMMANDS[i]),
                Move::Media(i) => Input::Unsupported(MEDIA[i]),
                Move::Forged(data) => Input::Button(data),
                Move::Edited => Input::Edited,
                Move::TooLong => Input::TooLong,
            };
            let outcome = client.send(input);
            prop_assert!(!outcome.replies.is_empty(), "every input gets an answer");
            for reply in &outcome.replies {
                for code in &languages {
                    prop_assert!(shipped.i18n.render_strict(code, &reply.text).is_ok(), "{:?} in {}", reply.text, code);
                    for button in reply.buttons.iter().flatten().chain(&reply.nav) {
                        prop_assert!(shipped.i18n.render_strict(code, &button.label).is_ok(), "{:?} in {}", button.label, code);
                    }
                }
            }
            if let Stored::State(state) = &client.state {
                let again = State::from_json(&state.to_json());
                prop_assert!(matches!(&again, Stored::State(s) if s == state), "the state reads back as itself");
            }
        }
    }
}
