//! The engine's navigation against a small synthetic flow: back, conditions, the summary,
//! starting over and button data, independent of the shipped questions' wording and order.

use anlauf::dialog::{Effect, Input, Phase, State, Stored};
use anlauf::domain::Answer;

use crate::support::{asking, phase, EngineClient};

const FLOW: &str = r#"
version = 7
consent_version = "test-1"

[[step]]
id = "lang"
kind = "language"
prompt = "ask-language"

[[step]]
id = "ok"
kind = "consent"
prompt = "consent-text"

[[step]]
id = "pick"
kind = "single"
prompt = "ask-age"
option_prefix = "age"
options = ["under_18", "65_plus"]

[[step]]
id = "only_if_old"
kind = "yes_no"
prompt = "ask-urgent"
role = "urgent"
when = { answer = "pick", any_of = ["65_plus"] }

[[step]]
id = "note"
kind = "text"
prompt = "ask-own-words"
optional = true

[[step]]
id = "end"
kind = "summary"
prompt = "summary-intro"
"#;

fn client() -> EngineClient {
    let mut client = EngineClient::synthetic(FLOW, Some("en"));
    client.text("/start");
    client.press("l:en");
    client.press("y");
    client
}

#[test]
fn back_skips_a_step_whose_condition_stopped_holding() {
    let mut client = client();
    client.press("o:65_plus");
    assert_eq!(phase(&client), asking("only_if_old"));
    client.press("y");
    assert_eq!(phase(&client), asking("note"));
    client.text("/back");
    client.text("/back");
    assert_eq!(phase(&client), asking("pick"));
    client.press("o:under_18");
    assert_eq!(phase(&client), asking("note"), "the conditional step no longer applies");
    client.text("/back");
    assert_eq!(phase(&client), asking("pick"), "back passes over the step that stopped applying");
}

#[test]
fn the_intake_carries_only_answers_of_steps_that_apply() {
    let mut client = client();
    client.press("o:65_plus");
    client.press("y");
    client.text("/back");
    client.text("/back");
    client.press("o:under_18");
    client.press("s");
    assert_eq!(phase(&client), asking("end"));
    let outcome = client.press("c");
    let intake = outcome
        .effects
        .iter()
        .find_map(|e| match e {
            Effect::SubmitIntake(intake) => Some((**intake).clone()),
            _ => None,
        })
        .expect("submitted");
    assert_eq!(intake.flow_version, 7);
    assert_eq!(intake.consent_version, "test-1");
    assert_eq!(intake.answers.keys().collect::<Vec<_>>(), ["note", "pick"], "only_if_old no longer applies");
    assert!(intake.topics.is_empty(), "a flow without a topics role has no topics");
}

#[test]
fn starting_over_asks_once_answers_exist_and_not_before() {
    let mut client = client();
    client.press("r");
    assert_eq!(phase(&client), asking("lang"), "consent alone is not worth a question");
    client.press("l:en");
    client.press("y");
    client.press("o:under_18");
    let outcome = client.press("r");
    assert!(matches!(phase(&client), Phase::ConfirmingRestart { .. }));
    assert!(outcome.effects.is_empty());
    client.press("n");
    assert_eq!(phase(&client), asking("note"));
    client.press("r");
    let outcome = client.press("y");
    assert!(outcome.effects.is_empty());
    match &client.state {
        Stored::State(state) => assert!(state.answers.is_empty(), "the answers are gone"),
        other => panic!("{other:?}"),
    }
    assert_eq!(phase(&client), asking("lang"));
}

#[test]
fn every_button_fits_telegrams_64_bytes_in_the_longest_case() {
    let long_step = "s".repeat(anlauf::dialog::flow::MAX_STEP_ID);
    let long_option = "o".repeat(anlauf::dialog::flow::MAX_OPTION_ID);
    let flow = FLOW
        .replace(r#"id = "pick""#, &format!(r#"id = "{long_step}""#))
        .replace(r#"answer = "pick""#, &format!(r#"answer = "{long_step}""#))
        .replace(r#"options = ["under_18", "65_plus"]"#, &format!(r#"options = ["{long_option}", "65_plus"]"#));
    let mut client = EngineClient::synthetic(&flow, Some("en"));
    client.text("/start");
    client.press("l:en");
    client.press("y");
    client.press(&format!("o:{long_option}"));
    client.press("s");
    // The largest turn number there is, on every kind of screen: the question with the
    // longest option, the summary and the list of answers to change.
    let Stored::State(state) = &client.state else { panic!() };
    let state = State { turn: u32::MAX - 3, ..state.clone() };
    client.state = Stored::State(State { phase: Phase::Asking { step: long_step.clone() }, ..state.clone() });
    let mut seen = Vec::new();
    let outcome = client.send(Input::Resume);
    seen.extend(outcome.replies.iter().flat_map(|r| r.buttons.iter().flatten().chain(&r.nav)).map(|b| b.data.clone()));
    client.state = Stored::State(state);
    client.send(Input::Resume);
    let outcome = client.press("e");
    seen.extend(outcome.replies.iter().flat_map(|r| r.buttons.iter().flatten().chain(&r.nav)).map(|b| b.data.clone()));
    assert!(seen.iter().any(|d| d.ends_with(&format!("e:{long_step}"))), "{seen:?}");
    assert!(seen.iter().any(|d| d.ends_with(&format!("o:{long_option}"))), "{seen:?}");
    for data in &seen {
        assert!(data.len() <= 64, "{} bytes: {data}", data.len());
    }
    let longest = seen.iter().map(String::len).max().unwrap();
    assert_eq!(longest, 10 + 3 + 40, "turn, action and the longest id");
}

#[test]
fn a_stored_answer_to_a_step_the_flow_no_longer_has_restarts_politely() {
    let mut client = client();
    client.press("o:under_18");
    let Stored::State(mut state) = client.state.clone() else { panic!() };
    state.answers.insert("removed_step".into(), Answer::Bool(true));
    client.state = Stored::State(state);
    client.text("hello");
    assert_eq!(phase(&client), asking("lang"));
}

#[test]
fn a_second_tap_on_back_or_on_starting_over_is_told_already_answered() {
    let mut client = client();
    client.press("o:under_18");
    let back = client.button_data("b").unwrap();
    client.send(Input::Button(back.clone()));
    assert_eq!(phase(&client), asking("pick"));
    let pick = client.button_data("o:under_18").unwrap();
    let again = client.send(Input::Button(back));
    assert_eq!(phase(&client), asking("pick"), "not back twice");
    assert_eq!(again.replies.len(), 1);
    assert_eq!(again.replies[0].text, anlauf::text::Text::msg("error-already-answered"));
    client.send(Input::Button(pick));
    assert_eq!(phase(&client), asking("note"), "the question on screen still takes its buttons");
    client.press("r");
    let yes = client.button_data("y").unwrap();
    client.send(Input::Button(yes.clone()));
    assert_eq!(phase(&client), asking("lang"));
    let again = client.send(Input::Button(yes));
    assert_eq!(again.replies[0].text, anlauf::text::Text::msg("error-already-answered"));
    assert!(again.effects.is_empty());
}
