//! Twenty-two languages on a phone: the language question offers the likely ones first
//! (the client's own, preselected from Telegram, and those its speakers also read), the
//! rest behind "more languages"; whole intakes in Tigrinya and Sorani through the fake
//! Bot API; right-to-left lines that read right to left.

use anlauf::i18n::bidi::{FSI, PDI, RLM};
use anlauf::text::Text;

use crate::fake_telegram::TgUser;
use crate::support::{self, content, say, Db};
use crate::telegram::{
    intakes, last_keyboard, polling, press, send, unescape, HOUSING_TO_OWN_WORDS, HOUSING_TO_SUBMITTED,
};

fn name(code: &str) -> String {
    content().i18n.languages().get(code).unwrap().name.clone()
}

fn language_buttons(buttons: &[(String, String)]) -> Vec<String> {
    buttons.iter().filter_map(|(_, d)| d.split_once(":l:").map(|(_, code)| code.to_owned())).collect()
}

crate::contract! {
    async fn a_tigrinya_phone_gets_tigrinya_preselected_and_every_language_one_tap_away(db: Db) {
        let (fake, _db, bot) = polling(db).await;
        let client = TgUser::new(5501, "ti");
        send(&fake, client.text("/start")).await;
        let (_, text, buttons) = last_keyboard(&fake, &client);
        let asked = say("ti", &Text::msg("ask-language").with("language", Text::Plain(name("ti"))));
        assert!(unescape(&text).contains(&asked), "asked in Tigrinya: {text}");
        let keep = say("ti", &Text::msg("language-keep").with("language", Text::Plain(name("ti"))));
        assert_eq!(buttons[0], (keep, buttons[0].1.clone()), "Tigrinya first, to keep");
        let first = language_buttons(&buttons);
        assert_eq!(first[0], "ti");
        assert!(first.len() <= 1 + anlauf::domain::language::PICKER_FIRST, "fits a phone screen: {first:?}");
        assert!(first.contains(&"ar".to_owned()), "Arabic, which many Eritreans read, on the first screen: {first:?}");
        let more = say("ti", &Text::msg("language-more"));
        assert!(buttons.iter().any(|(label, d)| *label == more && d.ends_with(":v")), "{buttons:?}");

        press(&fake, &client, "v").await;
        let (_, _, buttons) = last_keyboard(&fake, &client);
        let mut all = language_buttons(&buttons);
        all.sort();
        let mut shipped: Vec<String> = content().i18n.languages().list().iter().map(|l| l.code.clone()).collect();
        shipped.sort();
        assert_eq!(all, shipped, "every language after one tap, each once");
        assert!(!buttons.iter().any(|(_, d)| d.ends_with(":v")), "no second 'more'");

        press(&fake, &client, "l:ti").await;
        let org = Text::Plain(content().config.organisation.name.clone());
        let consent = say("ti", &Text::msg("consent-text").with("org", org));
        assert!(unescape(fake.sent_to(client.id).last().unwrap().text()).contains(consent.lines().next().unwrap()));
        bot.stop().await;
    }
}

#[test]
fn a_persian_phone_is_offered_dari_and_a_german_one_the_most_asked_for_languages() {
    let content = content();
    let languages = content.i18n.languages();
    let (shown, more) = languages.picker("fa", false);
    let codes: Vec<&str> = shown.iter().map(|l| l.code.as_str()).collect();
    assert!(more);
    assert_eq!(&codes[..2], ["prs", "ps"], "Dari and Pashto first for a Persian phone: {codes:?}");
    let (shown, _) = languages.picker("de", false);
    let codes: Vec<&str> = shown.iter().map(|l| l.code.as_str()).collect();
    assert_eq!(codes.len(), anlauf::domain::language::PICKER_FIRST);
    for likely in ["ar", "uk", "tr", "fa"] {
        assert!(codes.contains(&likely), "{likely} on the first screen: {codes:?}");
    }
    let (all, more) = languages.picker("de", true);
    assert!(!more);
    assert_eq!(all.len(), languages.list().len() - 1);
}

/// A whole intake by Telegram in `code`, ending with the reference in that language.
async fn whole_intake(code: &str, id: i64, words: &str, db: Db) {
    let (fake, db, bot) = polling(db).await;
    let client = TgUser::new(id, code);
    send(&fake, client.text("/start")).await;
    press(&fake, &client, &format!("l:{code}")).await;
    for action in HOUSING_TO_OWN_WORDS {
        press(&fake, &client, action).await;
    }
    send(&fake, client.text(words)).await;
    for action in HOUSING_TO_SUBMITTED {
        press(&fake, &client, action).await;
    }
    let stored = intakes(&db).await;
    assert_eq!(stored.len(), 1);
    let (reference, language, _) = &stored[0];
    assert_eq!(language, code);
    let done = say(code, &Text::msg("done").with("reference", Text::Plain(reference.clone())));
    let told: Vec<String> = fake.sent_to(client.id).iter().map(|c| unescape(c.text())).collect();
    assert!(told.iter().any(|t| t.starts_with(&done)), "{code}: {told:#?}");
    bot.stop().await;
}

crate::contract! {
    async fn a_whole_intake_runs_in_tigrinya(db: Db) {
        whole_intake("ti", 5502, "ገዛ የብለይን፡ ሓገዝ የድልየኒ", db).await;
    }
}

crate::contract! {
    async fn a_whole_intake_runs_in_sorani(db: Db) {
        whole_intake("ckb", 5503, "خانوومان نییە، یارمەتیمان بدەن", db).await;
    }
}

/// The first strong character of a line, skipping isolated values: whether it reads
/// right to left.
fn reads_right_to_left(line: &str) -> bool {
    let mut depth = 0;
    for c in line.chars() {
        match c {
            FSI => depth += 1,
            PDI => depth -= 1,
            RLM => return true,
            _ if depth > 0 => {}
            _ if ('\u{0590}'..='\u{08FF}').contains(&c) => return true,
            _ if c.is_alphabetic() => return false,
            _ => {}
        }
    }
    false
}

#[test]
fn every_line_of_a_right_to_left_message_reads_right_to_left() {
    let i18n = &content().i18n;
    let rtl: Vec<String> = i18n.languages().list().iter().filter(|l| l.rtl).map(|l| l.code.clone()).collect();
    assert_eq!(rtl.len(), 5, "ar, fa, prs, ps, ckb: {rtl:?}");
    for code in &rtl {
        for id in ["help", "urgent-help", "after-done"] {
            let text = Text::msg(id).with("reference", Text::Plain("K7QM-2XPD".into()));
            let rendered = say(code, &text);
            for line in rendered.lines().filter(|l| !l.is_empty()) {
                assert!(reads_right_to_left(line), "{code} {id}: this line would run left to right: {line:?}");
            }
        }
    }
}

#[test]
fn the_office_list_after_a_no_keeps_each_phone_number_in_order() {
    for code in ["ar", "ckb"] {
        let mut client = support::EngineClient::new(Some(code));
        client.text("/start");
        client.press(&format!("l:{code}"));
        client.press("n");
        let screen = client.screen();
        for office in &content().config.offices {
            let phone = format!("{FSI}{}{PDI}", office.phone);
            let name = format!("{FSI}{}{PDI}", office.name);
            assert!(screen.contains(&phone) && screen.contains(&name), "{code}: {office:?} not isolated in {screen:?}");
            let line = screen.lines().find(|l| l.contains(&phone)).unwrap();
            assert!(line.starts_with(RLM), "{code}: the office line reads right to left: {line:?}");
        }
    }
}
