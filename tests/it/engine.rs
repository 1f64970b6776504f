//! The dialogue engine on its own: pure, so these stories run in milliseconds.

use anlauf::dialog::{Effect, Input, MediaKind, Phase, Stored};
use anlauf::text::Text;
use rand::{Rng, SeedableRng};

use crate::support::{asking, phase};
use crate::support::{content, say, EngineClient};

fn submitted(client: &EngineClient) -> Option<anlauf::domain::Intake> {
    client.last.as_ref()?.effects.iter().find_map(|e| match e {
        Effect::SubmitIntake(i) => Some((**i).clone()),
        _ => None,
    })
}

/// Answers up to the age question.
fn to_age(client: &mut EngineClient, language: &str) {
    client.text("/start");
    client.choose_language(language);
    client.press("y");
    client.press("t:housing");
    client.press("d");
    assert_eq!(phase(client), asking("age_group"));
}

#[test]
fn every_language_completes_the_intake_with_buttons_and_one_text_answer() {
    for language in content().i18n.languages().list() {
        let code = language.code.as_str();
        let mut client = EngineClient::new(Some(code));
        let first = client.text("/start");
        assert_eq!(first.language, code, "the client's own language is pre-selected");
        to_age(&mut client, code);
        for action in ["o:27_64", "o:over_10_years", "o:residence_permit", "o:no", "o:no"] {
            client.press(action);
        }
        client.text("Ich suche eine größere Wohnung für meine Familie.");
        for action in ["o:chat", "s", "d", "c"] {
            client.press(action);
        }
        let intake = submitted(&client).unwrap_or_else(|| panic!("{code}: no intake"));
        assert_eq!(intake.language, code);
        assert_eq!(intake.topics, ["housing"]);
        assert_eq!(intake.answers["own_words"]["text"], "Ich suche eine größere Wohnung für meine Familie.");
        let done = say(code, &Text::msg("done").with("reference", Text::Plain("TEST-0001".into())));
        let screen = client.screen();
        assert!(screen.starts_with(&done), "{code}: {screen}");
        // Outside the adult and youth services' groups: the places for housing, in the
        // client's language (the demo's social office and housing help).
        let intro = say(code, &Text::msg("referral-intro"));
        assert!(screen.contains(&intro), "{code}: {screen}");
        assert!(screen.contains(&say(code, &Text::msg("referral-kind-housing_help"))), "{code}: {screen}");
        assert!(screen.contains("Fachstelle Wohnen Musterstadt") && screen.contains("+49 9999 900 100"), "{code}");
        let assessment = intake.assessment.as_ref().expect("assessed");
        assert_eq!((assessment.service.as_str(), assessment.priority), ("referral", 9), "{code}");
    }
}

#[test]
fn a_button_pressed_twice_is_told_already_answered_once_without_the_question_again() {
    let mut client = EngineClient::new(Some("de"));
    to_age(&mut client, "de");
    let age_button = client.button_data("o:27_64").unwrap();
    client.send(Input::Button(age_button.clone()));
    assert_eq!(phase(&client), asking("arrival"));
    let arrival_button = client.button_data("o:born_here").unwrap();
    let again = client.send(Input::Button(age_button));
    assert_eq!(phase(&client), asking("arrival"), "nothing moved");
    assert!(again.effects.is_empty(), "nothing saved twice");
    assert_eq!(client.screen(), say("de", &Text::msg("error-already-answered")), "said once, no question re-sent");
    client.send(Input::Button(arrival_button));
    assert_eq!(phase(&client), asking("residence"), "the question on screen still takes its buttons");
}

#[test]
fn an_older_button_gets_the_current_question_again() {
    let mut client = EngineClient::new(Some("de"));
    to_age(&mut client, "de");
    let age_button = client.button_data("o:27_64").unwrap();
    client.press("o:27_64");
    client.press("o:born_here");
    assert_eq!(phase(&client), asking("residence"));
    client.send(Input::Button(age_button));
    assert_eq!(phase(&client), asking("residence"), "nothing moved");
    let screen = client.screen();
    assert!(screen.starts_with(&say("de", &Text::msg("error-stale"))), "{screen}");
    assert!(screen.contains(&say("de", &Text::msg("ask-residence"))), "{screen}");
}

#[test]
fn forged_callback_data_is_answered_with_the_current_question() {
    let mut client = EngineClient::new(Some("ar"));
    to_age(&mut client, "ar");
    let Stored::State(state) = &client.state else { panic!() };
    let turn = state.turn;
    let forged = [
        String::new(),
        ":".into(),
        "garbage".into(),
        "99999999999999999999:o:27_64".into(),
        format!("{}:o:27_64", turn + 1),
        format!("{turn}:o:../../etc/passwd"),
        format!("{turn}:o:"),
        format!("{turn}:l:xx"),
        format!("{turn}:e:consent"),
        format!("{turn}:c"),
        format!("{turn}:t:housing"),
        format!("{turn}:y"),
        "x".repeat(5000),
    ];
    let stale = say("ar", &Text::msg("error-stale"));
    for data in forged {
        let outcome = client.send(Input::Button(data.clone()));
        assert_eq!(phase(&client), asking("age_group"), "{data:?} moved the dialogue");
        assert!(outcome.effects.is_empty(), "{data:?} changed data");
        assert!(client.screen().starts_with(&stale), "{data:?}: {}", client.screen());
    }
    client.press("o:27_64");
    assert_eq!(phase(&client), asking("arrival"), "the client can go on");
}

#[test]
fn declining_consent_forgets_everything_and_gives_the_offices_phone_numbers() {
    let mut client = EngineClient::new(Some("fa"));
    client.text("/start");
    client.press("l:fa");
    let outcome = client.press("n");
    assert_eq!(outcome.state, None);
    assert_eq!(outcome.effects, vec![Effect::Forget]);
    assert_eq!(outcome.language, "fa");
    let screen = client.screen();
    for office in &content().config.offices {
        assert!(screen.contains(&office.phone), "{screen}");
    }
}

#[test]
fn an_unreadable_stored_state_starts_again_with_an_apology() {
    let mut client = EngineClient::new(Some("uk"));
    client.state = Stored::Unreadable;
    client.text("Привіт");
    assert_eq!(phase(&client), asking("language"));
    assert!(client.screen().starts_with(&say("uk", &Text::msg("error-state-reset"))), "{}", client.screen());
}

#[test]
fn a_state_from_an_older_flow_starts_again_in_the_clients_language() {
    let mut client = EngineClient::new(Some("de"));
    to_age(&mut client, "tr");
    let Stored::State(mut state) = client.state.clone() else { panic!() };
    state.flow_version += 100;
    client.state = Stored::State(state);
    client.text("merhaba");
    assert_eq!(phase(&client), asking("language"));
    assert!(client.screen().starts_with(&say("tr", &Text::msg("error-state-reset"))));
}

#[test]
fn media_are_answered_in_the_clients_language_and_the_question_stays() {
    let mut client = EngineClient::new(Some("uk"));
    to_age(&mut client, "uk");
    for kind in [MediaKind::Voice, MediaKind::Photo, MediaKind::Sticker, MediaKind::Document, MediaKind::Location] {
        client.send(Input::Unsupported(kind));
        assert_eq!(phase(&client), asking("age_group"));
        let expected = say("uk", &Text::msg("error-unsupported").with("kind", Text::Plain(kind.as_str().into())));
        assert!(client.screen().starts_with(&expected), "{kind:?}: {}", client.screen());
    }
}

#[test]
fn typed_numbers_and_button_texts_pick_buttons() {
    let mut client = EngineClient::new(Some("de"));
    client.text("/start");
    client.text("1");
    assert_eq!(phase(&client), asking("consent"));
    client.text("  JA, ich bin einverstanden! ");
    assert_eq!(phase(&client), asking("topics"));
    client.text("12");
    client.text("wohnen");
    client.text("13");
    client.text("Fertig");
    client.text("3");
    assert_eq!(phase(&client), asking("arrival"));
    let Stored::State(state) = &client.state else { panic!() };
    assert_eq!(state.answers["topics"], anlauf::domain::Answer::Choices(vec!["debts".into()]));
    assert_eq!(state.answers["age_group"], anlauf::domain::Answer::Choice("27_64".into()));
}

#[test]
fn the_language_command_returns_to_the_same_question_in_the_new_language() {
    let mut client = EngineClient::new(Some("de"));
    to_age(&mut client, "de");
    client.text("/language");
    assert_eq!(phase(&client), asking("language"));
    client.choose_language("ro");
    assert_eq!(phase(&client), asking("age_group"));
    assert_eq!(client.last.as_ref().unwrap().language, "ro");
    assert_eq!(client.screen(), say("ro", &Text::msg("ask-age")));
}

#[test]
fn text_over_the_limit_is_refused_with_the_limit_and_the_question_stays() {
    let mut client = EngineClient::new(Some("ru"));
    to_age(&mut client, "ru");
    for action in ["o:27_64", "o:over_10_years", "o:unknown", "o:unknown", "o:no"] {
        client.press(action);
    }
    assert_eq!(phase(&client), asking("own_words"));
    client.text(&"я".repeat(5000));
    assert_eq!(phase(&client), asking("own_words"));
    assert!(
        client.screen().starts_with(&say("ru", &Text::msg("error-too-long").with("max", 4000))),
        "{}",
        client.screen()
    );
    client.text("Нужна помощь с письмом\u{7} из Jobcenter");
    assert_eq!(phase(&client), asking("contact"));
    let Stored::State(state) = &client.state else { panic!() };
    assert_eq!(
        state.answers["own_words"],
        anlauf::domain::Answer::Text {
            text: "Нужна помощь с письмом из Jobcenter".into(), language: "ru".into()
        },
        "control characters removed, mixed scripts kept"
    );
}

#[test]
fn after_submitting_the_client_is_told_where_their_request_is() {
    let mut client = EngineClient::new(Some("pl"));
    to_age(&mut client, "pl");
    for action in ["o:27_64", "o:over_10_years", "o:unknown", "o:unknown", "o:no", "s", "o:chat", "s", "d", "c"] {
        client.press(action);
    }
    assert!(submitted(&client).is_some());
    client.text("halo?");
    let after = say("pl", &Text::msg("after-done").with("reference", Text::Plain("TEST-0001".into())));
    assert_eq!(client.screen(), after);
    client.text("/start");
    assert_eq!(phase(&client), asking("language"), "/start begins a new request");
}

#[test]
fn random_input_never_panics_and_always_answers() {
    let mut rng = rand::rngs::StdRng::seed_from_u64(20261122);
    let languages: Vec<String> = content().i18n.languages().list().iter().map(|l| l.code.clone()).collect();
    let texts = [
        "",
        "1",
        "2",
        "17",
        "99",
        "2019",
        "31.02.2026",
        "01.12.2026",
        "+49 151 1234567",
        "ja",
        "نعم",
        "/back",
        "/start",
        "/language",
        "/help",
        "/nonsense",
        "\u{202E}evil",
        "🙂",
    ];
    for round in 0..40 {
        let mut client = EngineClient::new(Some(&languages[round % languages.len()]));
        for _ in 0..120 {
            let buttons: Vec<String> = client
                .last
                .as_ref()
                .map(|o| {
                    o.replies
                        .iter()
                        .flat_map(|r| r.buttons.iter().flatten().chain(&r.nav))
                        .map(|b| b.data.clone())
                        .collect()
                })
                .unwrap_or_default();
            let input = match rng.random_range(0..10) {
                0..=5 if !buttons.is_empty() => Input::Button(buttons[rng.random_range(0..buttons.len())].clone()),
                6 => Input::Button(format!("{}:o:{}", rng.random_range(0..50), rng.random_range(0..5))),
                7 => Input::Unsupported(MediaKind::Sticker),
                _ => Input::from_typed(texts[rng.random_range(0..texts.len())]),
            };
            let outcome = client.send(input);
            assert!(!outcome.replies.is_empty(), "every input gets an answer");
        }
    }
}

#[test]
fn every_question_but_the_first_offers_back_and_start_over() {
    let mut client = EngineClient::new(Some("en"));
    client.text("/start");
    assert!(client.button_data("b").is_none(), "nowhere to go back to from the first question");
    assert!(client.button_data("r").is_none(), "nothing to start over on the first question");
    client.text("/back");
    assert_eq!(phase(&client), asking("language"), "/back on the first question stays there");
    client.press("l:en");
    for action in ["y", "t:work", "d", "o:18_26", "o:over_10_years", "o:protection", "o:attending", "o:deadline"] {
        assert!(client.button_data("b").is_some() && client.button_data("r").is_some(), "before {action}");
        client.press(action);
    }
    assert_eq!(phase(&client), asking("deadline_date"));
}

#[test]
fn a_letter_with_a_deadline_is_looked_at_first_and_gets_no_emergency_numbers() {
    let mut client = EngineClient::new(Some("en"));
    to_age(&mut client, "en");
    for action in ["o:27_64", "o:over_10_years", "o:protection", "o:attending", "o:deadline"] {
        client.press(action);
    }
    assert_eq!(phase(&client), asking("deadline_date"), "the deadline's date is asked next");
    let screen = client.screen();
    assert!(screen.starts_with(&say("en", &Text::msg("urgent-letter"))), "{screen}");
    assert!(!screen.contains("110") && !screen.contains("112"), "no police for a letter: {screen}");
}

#[test]
fn danger_chosen_at_the_urgency_question_gets_the_emergency_numbers_in_the_same_message() {
    for option in ["danger"] {
        let mut client = EngineClient::new(Some("fr"));
        to_age(&mut client, "fr");
        for action in ["o:27_64", "o:over_10_years", "o:protection", "o:attending", &format!("o:{option}")] {
            client.press(action);
        }
        assert_eq!(phase(&client), asking("own_words"), "{option}: no deadline question");
        let outcome = client.last.as_ref().unwrap();
        assert_eq!(outcome.replies.len(), 1, "one message: {:?}", outcome.replies);
        let screen = client.screen();
        assert!(screen.starts_with(&say("fr", &Text::msg("urgent-help"))), "{screen}");
        assert!(screen.contains("110") && screen.contains("116 016") && screen.contains("0800 111 0 111"));
        assert!(screen.ends_with(&say("fr", &Text::msg("ask-own-words"))), "then the next question: {screen}");
    }
}

#[test]
fn a_number_typed_as_an_answer_never_throws_the_answers_away() {
    let mut client = EngineClient::new(Some("tr"));
    to_age(&mut client, "tr");
    for action in ["o:27_64", "o:over_10_years", "o:unknown", "o:unknown", "o:no", "s", "o:phone"] {
        client.press(action);
    }
    assert_eq!(phase(&client), asking("phone"));
    for typed in ["1", "2"] {
        client.text(typed);
        assert_eq!(
            phase(&client),
            asking("phone"),
            "{typed} is read as a (bad) phone number, not as back or start over"
        );
        assert!(client.screen().starts_with(&say(
            "tr",
            &Text::msg("error-phone-invalid").with("example", Text::Plain("0151 2345678".into()))
        )));
    }
    client.text("/back");
    assert_eq!(phase(&client), asking("contact"), "going back stays a deliberate command");
}

/// Answers everything up to the summary, with an asylum procedure and a course obligation.
fn to_summary(client: &mut EngineClient, language: &str) {
    to_age(client, language);
    for action in ["o:27_64", "o:over_10_years", "o:asylum_procedure", "o:obliged", "o:no", "s", "o:chat", "s", "d"] {
        client.press(action);
    }
    assert_eq!(phase(client), asking("summary"));
}

#[test]
fn changing_the_language_from_the_summary_returns_to_the_summary_without_asking_consent_again() {
    let mut client = EngineClient::new(Some("de"));
    to_summary(&mut client, "de");
    client.press("e");
    let outcome = client.press("e:language");
    assert!(outcome.effects.is_empty());
    let outcome = client.press("l:uk");
    assert_eq!(phase(&client), asking("summary"), "straight back to the summary");
    assert!(
        !outcome.effects.iter().any(|e| matches!(e, Effect::RecordConsent { .. })),
        "consent is not recorded twice"
    );
    assert!(client.screen().starts_with(&say("uk", &Text::msg("summary-intro"))));
}

#[test]
fn back_after_a_change_at_the_summary_skips_questions_that_no_longer_apply() {
    let mut client = EngineClient::new(Some("de"));
    to_summary(&mut client, "de");
    client.press("e");
    client.press("e:residence");
    client.press("o:german");
    assert_eq!(phase(&client), asking("summary"));
    let mut seen = Vec::new();
    for _ in 0..8 {
        client.text("/back");
        if let Phase::Asking { step } = phase(&client) {
            seen.push(step);
        }
    }
    assert!(!seen.contains(&"integration_course".to_string()), "{seen:?}");
    assert!(seen.contains(&"residence".to_string()) && seen.contains(&"arrival".to_string()), "{seen:?}");
    for action in ["o:german", "o:no", "s", "o:chat", "s", "d", "c"] {
        if client.button_data(action).is_some() {
            client.press(action);
        }
    }
}

#[test]
fn quick_taps_on_one_multiple_choice_keyboard_all_count_and_a_double_tap_is_harmless() {
    let mut client = EngineClient::new(Some("ar"));
    client.text("/start");
    client.press("l:ar");
    client.press("y");
    let work = client.button_data("t:work").unwrap();
    let health = client.button_data("t:health").unwrap();
    for data in [&work, &health, &work] {
        let outcome = client.send(Input::Button(data.clone()));
        assert!(outcome.redraw, "ticks redraw the question in place");
        assert!(!client.screen().contains(&say("ar", &Text::msg("error-stale"))));
    }
    client.press("d");
    let Stored::State(state) = &client.state else { panic!() };
    assert_eq!(state.answers["topics"], anlauf::domain::Answer::Choices(vec!["work".into(), "health".into()]));
}

#[test]
fn a_state_naming_a_step_the_flow_no_longer_has_starts_again_politely() {
    let mut client = EngineClient::new(Some("de"));
    to_age(&mut client, "pl");
    let Stored::State(mut state) = client.state.clone() else { panic!() };
    state.history.push("removed_step".into());
    client.state = Stored::State(state);
    client.text("/back");
    assert_eq!(phase(&client), asking("language"));
    assert!(client.screen().starts_with(&say("pl", &Text::msg("error-state-reset"))));
}

#[test]
fn a_plain_yes_or_no_typed_in_the_clients_language_is_understood() {
    let mut client = EngineClient::new(Some("uk"));
    client.text("/start");
    client.press("l:uk");
    client.text("Так!");
    assert_eq!(phase(&client), asking("topics"), "'так' gives consent");
    let mut client = EngineClient::new(Some("uk"));
    client.text("/start");
    client.press("l:uk");
    client.text("yes");
    assert_eq!(phase(&client), asking("topics"), "English 'yes' works everywhere");
}

#[test]
fn a_typed_english_no_never_declines_consent_in_another_language() {
    let mut client = EngineClient::new(Some("pl"));
    client.text("/start");
    client.press("l:pl");
    let outcome = client.text("no");
    assert!(outcome.state.is_some() && !outcome.effects.contains(&Effect::Forget), "in Polish 'no' means 'yeah'");
    assert_eq!(phase(&client), asking("consent"));
}

#[test]
fn buttons_from_before_a_restart_never_match_the_new_conversation() {
    let mut client = EngineClient::new(Some("de"));
    to_age(&mut client, "de");
    let mut old_buttons = Vec::new();
    for action in ["o:27_64", "o:over_10_years", "o:unknown", "o:unknown"] {
        client.press(action);
    }
    old_buttons.push(client.button_data("o:deadline").unwrap());
    old_buttons.push(client.button_data("o:no").unwrap());
    let old_turn: u32 = old_buttons[0].split(':').next().unwrap().parse().unwrap();
    client.text("/restart");
    client.press("y");
    let turn = |client: &EngineClient| match &client.state {
        Stored::State(s) => s.turn,
        _ => panic!(),
    };
    assert!(turn(&client) > old_turn, "turn numbers keep counting across a restart");
    for _ in 0..3 {
        client.send(Input::Unsupported(MediaKind::Sticker));
    }
    client.press("l:de");
    for data in old_buttons {
        let outcome = client.send(Input::Button(data));
        assert_eq!(phase(&client), asking("consent"), "an old button did not answer the consent question");
        assert!(outcome.effects.is_empty());
    }
}

#[test]
fn starting_over_from_the_summary_asks_before_deleting_the_answers() {
    let mut client = EngineClient::new(Some("en"));
    to_age(&mut client, "en");
    for action in ["o:27_64", "o:over_10_years", "o:unknown", "o:unknown", "o:no", "s", "o:chat", "s", "d"] {
        client.press(action);
    }
    assert_eq!(phase(&client), asking("summary"));
    let outcome = client.press("r");
    assert!(outcome.effects.is_empty(), "nothing deleted yet");
    assert_eq!(client.screen(), say("en", &Text::msg("confirm-restart")));
    client.text("no");
    assert_eq!(phase(&client), asking("summary"), "'no' goes back to where the client was");
    client.text("/start");
    assert!(matches!(phase(&client), Phase::ConfirmingRestart { .. }), "/start asks the same question");
    let outcome = client.press("y");
    assert!(outcome.effects.is_empty(), "nothing to do but keep the new, empty state");
    assert_eq!(phase(&client), asking("language"));
    match &client.state {
        Stored::State(s) => assert!(s.answers.is_empty()),
        other => panic!("{other:?}"),
    }
}

#[test]
fn starting_over_without_answers_needs_no_confirmation() {
    let mut client = EngineClient::new(Some("en"));
    client.text("/start");
    client.press("l:en");
    client.press("y");
    client.text("/start");
    assert_eq!(phase(&client), asking("language"), "only consent was given: nothing to lose");
}

#[test]
fn a_command_while_asked_to_start_over_means_continue() {
    let mut client = EngineClient::new(Some("de"));
    to_age(&mut client, "de");
    client.press("r");
    client.text("/back");
    assert_eq!(phase(&client), asking("age_group"), "/back answers 'no'");
    client.press("r");
    client.send(Input::Unsupported(MediaKind::Sticker));
    assert!(matches!(phase(&client), Phase::ConfirmingRestart { .. }), "a sticker answers nothing");
    client.text("ja");
    assert_eq!(phase(&client), asking("language"), "a typed yes in German deletes and starts over");
}

#[test]
fn an_explicit_language_switches_the_conversation_and_says_so() {
    let mut client = EngineClient::new(Some("ar"));
    to_age(&mut client, "ar");
    client.send(Input::SwitchLanguage("de".into()));
    assert_eq!(phase(&client), asking("age_group"), "the conversation goes on where it was");
    let screen = client.screen();
    let switched = say("de", &Text::msg("language-switched").with("language", Text::Plain("Deutsch".into())));
    assert!(screen.starts_with(&switched), "{screen}");
    assert!(screen.contains(&say("de", &Text::msg("ask-age"))), "{screen}");
    client.send(Input::SwitchLanguage("de".into()));
    assert!(!client.screen().contains(&switched), "no switch, no announcement");
}

#[test]
fn a_typed_answer_at_a_question_with_buttons_is_pointed_to_the_buttons() {
    let mut client = EngineClient::new(Some("en"));
    to_age(&mut client, "en");
    client.press("o:27_64");
    client.text("long ago");
    let screen = client.screen();
    assert!(screen.contains(&say("en", &Text::msg("error-or-choose"))), "{screen}");
    assert!(
        screen.starts_with(&say("en", &Text::msg("error-number-invalid").with("example", Text::Plain("2024".into()))))
    );
    client.text("2");
    assert_eq!(phase(&client), asking("residence"), "the second button answers");
}

#[test]
fn the_office_question_shows_address_and_opening_hours() {
    let mut client = EngineClient::new(Some("en"));
    to_age(&mut client, "en");
    for action in ["o:27_64", "o:over_10_years", "o:unknown", "o:unknown", "o:no", "s", "o:chat"] {
        client.press(action);
    }
    assert_eq!(phase(&client), asking("office"));
    let screen = client.screen();
    for office in &crate::support::content().config.offices {
        assert!(screen.contains(&office.name) && screen.contains(&office.address), "{screen}");
    }
    assert!(screen.contains("Open: Mon–Fri 09:00–15:00"), "{screen}");
    assert!(screen.contains("Open: Mon–Thu 09:00–16:00; Fri 09:00–12:00"), "{screen}");
}

#[test]
fn own_words_of_only_invisible_characters_are_not_an_answer() {
    let mut client = EngineClient::new(Some("fa"));
    to_age(&mut client, "fa");
    for action in ["o:27_64", "o:over_10_years", "o:unknown", "o:unknown", "o:no"] {
        client.press(action);
    }
    assert_eq!(phase(&client), asking("own_words"));
    client.text("\u{200B}\u{200C}\u{200D} \u{FEFF}\u{2060}");
    assert_eq!(phase(&client), asking("own_words"));
    assert!(client.screen().starts_with(&say("fa", &Text::msg("error-empty"))));
    client.text("می\u{200C}خواهم");
    assert_eq!(phase(&client), asking("contact"), "a Persian word with its zero-width non-joiner is kept");
}

#[test]
fn a_line_too_long_to_read_is_rejected_whole() {
    let mut client = EngineClient::new(Some("en"));
    to_age(&mut client, "en");
    client.send(Input::TooLong);
    assert_eq!(phase(&client), asking("age_group"));
    assert!(client.screen().starts_with(&say("en", &Text::msg("error-too-long").with("max", 4000))));
}

/// A German client up to their own words, having said nothing is urgent.
fn to_own_words_not_urgent(client: &mut EngineClient) {
    to_age(client, "de");
    for action in ["o:27_64", "o:over_10_years", "o:unknown", "o:unknown", "o:no"] {
        client.press(action);
    }
    assert_eq!(phase(client), asking("own_words"));
}

#[test]
fn danger_written_in_own_words_gets_the_emergency_numbers_in_the_same_reply() {
    let mut client = EngineClient::new(Some("de"));
    to_own_words_not_urgent(&mut client);
    let outcome = client.text("Mein Mann schlägt mich, ich habe Angst");
    let help = say("de", &Text::msg("urgent-help-violence"));
    assert!(client.screen().starts_with(&help), "the police and the violence helpline: {}", client.screen());
    assert!(client.screen().contains(&say("de", &Text::msg("urgent-help-footer"))), "{}", client.screen());
    assert!(!client.screen().contains("0800 111 0 111"), "not the crisis line: {}", client.screen());
    assert!(client.screen().contains(&say("de", &Text::msg("ask-contact"))), "the next question follows");
    assert!(outcome.effects.is_empty());
    for action in ["o:chat", "s", "d"] {
        client.press(action);
    }
    client.press("c");
    let intake = submitted(&client).expect("submitted");
    assert_eq!(intake.urgency, ["violence"], "staff see what was found");
    assert_eq!(intake.answers["urgent"], "no", "the client's own answer is kept as given");
}

#[test]
fn thoughts_of_suicide_get_the_crisis_line_first_and_no_police() {
    let mut client = EngineClient::new(Some("de"));
    to_own_words_not_urgent(&mut client);
    client.text("Ich will nicht mehr leben, ich habe Tabletten gesammelt");
    let screen = client.screen();
    assert!(screen.starts_with(&say("de", &Text::msg("urgent-help-suicide"))), "{screen}");
    assert!(screen.find("0800 111 0 111") < screen.find("112"), "the crisis line first: {screen}");
    assert!(!screen.contains(": 110"), "{screen}");
}

#[test]
fn nowhere_to_sleep_tonight_is_told_the_place_to_go_tonight_of_the_chosen_office() {
    let mut client = EngineClient::new(Some("en"));
    to_age(&mut client, "en");
    for action in ["o:27_64", "o:over_10_years", "o:protection", "o:finished", "o:no_shelter"] {
        client.press(action);
    }
    let screen = client.screen();
    let shelter = [
        "Notunterkunft der Stadt Musterstadt",
        "Bahnhofsweg 4, 99999 Musterstadt",
        "+49 9999 500 100",
        "täglich 18:00–08:00",
    ];
    let place = Text::Lines(vec![anlauf::dialog::present::contact_line(&shelter)]);
    let tonight = say("en", &Text::msg("urgent-help-homelessness").with("place", place));
    assert!(screen.starts_with(&tonight), "{screen}");
    assert!(screen.contains(&say("en", &Text::msg("urgent-help-footer"))), "{screen}");
    assert!(!screen.contains("116 016"), "a bed, not the police: {screen}");
}

#[test]
fn ordinary_own_words_get_no_emergency_numbers() {
    let mut client = EngineClient::new(Some("de"));
    to_own_words_not_urgent(&mut client);
    client.text("Meine Aufenthaltserlaubnis läuft nächstes Jahr ab, ich suche eine Wohnung");
    assert!(!client.screen().contains(&say("de", &Text::msg("urgent-help-footer"))), "{}", client.screen());
    for action in ["o:chat", "s", "d"] {
        client.press(action);
    }
    client.press("c");
    assert!(submitted(&client).expect("submitted").urgency.is_empty());
}

#[test]
fn own_words_are_kept_with_the_language_they_are_written_in() {
    let mut client = EngineClient::new(Some("de"));
    to_own_words_not_urgent(&mut client);
    let words = "همسرم و بچه‌هایم در ایران هستند و من نمی‌دانم چه کار کنم";
    client.text(words);
    for action in ["o:chat", "s", "d"] {
        client.press(action);
    }
    client.press("c");
    let intake = submitted(&client).expect("submitted");
    assert_eq!(intake.language, "de", "the dialogue was German");
    assert_eq!(intake.answers["own_words"], serde_json::json!({ "text": words, "language": "fa" }));
}

#[test]
fn a_deadline_within_two_weeks_makes_the_intake_urgent_and_a_later_one_does_not() {
    for (date, urgent) in [("30.11.2026", true), ("01.03.2027", false)] {
        let mut client = EngineClient::new(Some("de"));
        to_age(&mut client, "de");
        for action in ["o:27_64", "o:over_10_years", "o:unknown", "o:unknown", "o:deadline"] {
            client.press(action);
        }
        client.text(date);
        client.press("s");
        for action in ["o:chat", "s", "d"] {
            client.press(action);
        }
        client.press("c");
        let intake = submitted(&client).expect("submitted");
        assert_eq!(intake.urgency.contains(&"deadline".to_owned()), urgent, "{date}: {:?}", intake.urgency);
    }
}

#[test]
fn no_money_for_food_is_told_where_food_is_given_out_without_police_numbers() {
    let mut client = EngineClient::new(Some("ar"));
    to_age(&mut client, "ar");
    for action in ["o:27_64", "o:over_10_years", "o:protection", "o:finished", "o:no_food"] {
        client.press(action);
    }
    let screen = client.screen();
    let place = |parts: &[&str]| Text::Lines(vec![anlauf::dialog::present::contact_line(parts)]);
    let food = say(
        "ar",
        &Text::msg("urgent-help-hunger")
            .with(
                "food",
                place(&[
                    "Musterstädter Tafel",
                    "Kirchgasse 7, 99999 Musterstadt",
                    "+49 9999 500 200",
                    "Di, Do 10:00–13:00",
                ]),
            )
            .with(
                "welfare",
                place(&[
                    "Sozialamt Musterstadt, Notfallsprechstunde",
                    "Rathausplatz 1, 99999 Musterstadt",
                    "+49 9999 500 300",
                    "Mo–Fr 08:00–12:00",
                ]),
            ),
    );
    assert!(
        screen.starts_with(&food),
        "where food is given out today and the welfare office's emergency help: {screen}"
    );
    assert!(!screen.contains("110"), "{screen}");
}

#[test]
fn the_emergency_numbers_are_not_repeated_when_own_words_say_what_the_client_already_chose() {
    let mut client = EngineClient::new(Some("de"));
    to_age(&mut client, "de");
    for action in ["o:27_64", "o:over_10_years", "o:protection", "o:finished", "o:danger"] {
        client.press(action);
    }
    client.text("Mein Mann schlägt mich jeden Tag");
    let screen = client.screen();
    assert!(!screen.contains("116 016"), "said once already: {screen}");
    assert!(screen.starts_with(&say("de", &Text::msg("ask-contact"))), "{screen}");
}

#[test]
fn a_deportation_in_own_words_is_looked_at_first() {
    let mut client = EngineClient::new(Some("de"));
    to_own_words_not_urgent(&mut client);
    client.text("Ich habe Angst vor der Abschiebung, die Ausländerbehörde hat mir geschrieben");
    let screen = client.screen();
    assert!(screen.starts_with(&say("de", &Text::msg("urgent-first"))), "{screen}");
    assert!(!screen.contains("110"), "no police for a letter: {screen}");
}

#[test]
fn text_in_the_dialogues_own_language_offers_no_switch() {
    let mut client = EngineClient::new(Some("de"));
    to_own_words_not_urgent(&mut client);
    client.text("Ich suche Hilfe bei einem Brief vom Jobcenter, den ich nicht verstehe");
    assert!(client.button_data("w:de").is_none());
    let reply = &client.last.as_ref().unwrap().replies[0];
    assert!(reply.nav.iter().all(|b| !b.data.contains(":w:")), "{:?}", reply.nav);
}

#[test]
fn a_stale_or_forged_language_switch_changes_nothing() {
    let mut client = EngineClient::new(Some("de"));
    to_own_words_not_urgent(&mut client);
    client.text("Мой муж бьёт меня, я не знаю, что делать дальше");
    let offered = client.button_data("w:ru").expect("Russian is offered");
    let turn: u32 = offered.split(':').next().unwrap().parse().unwrap();
    for forged in [format!("{turn}:w:xx"), format!("{}:w:ru", turn - 1), format!("{turn}:w:")] {
        client.send(Input::Button(forged.clone()));
        let Stored::State(state) = &client.state else { panic!() };
        assert_eq!(state.language, "de", "{forged}");
        assert_eq!(phase(&client), asking("contact"), "{forged}");
    }
    let offered = client.button_data("w:ru").expect("still offered after a redraw");
    client.send(Input::Button(offered));
    let Stored::State(state) = &client.state else { panic!() };
    assert_eq!(state.language, "ru", "the offer taken");
    assert_eq!(phase(&client), asking("contact"), "the same question, now in Russian");
}

#[test]
fn a_photo_is_answered_with_its_own_words_in_right_to_left_languages_too() {
    for language in ["ar", "fa", "de"] {
        let mut client = EngineClient::new(Some(language));
        client.text("/start");
        client.press(&format!("l:{language}"));
        client.send(Input::Unsupported(MediaKind::Photo));
        let photo =
            say(language, &Text::msg("error-unsupported").with("kind", anlauf::text::Arg::Code("photo".into())));
        let other =
            say(language, &Text::msg("error-unsupported").with("kind", anlauf::text::Arg::Code("other".into())));
        assert_ne!(photo, other, "{language}: the photo variant exists");
        assert!(client.screen().contains(&photo), "{language}: {}", client.screen());
    }
}
