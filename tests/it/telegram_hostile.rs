//! The bad-input cases that only exist on Telegram: a button pressed by someone else,
//! two messages in the same second, a client who blocks the bot and comes back. The
//! engine-level catalogue is `bad_input`; these run through the fake Bot API.

use serde_json::{json, Value};

use crate::fake_telegram::TgUser;
use crate::support::{say, Db};
use crate::telegram::{last_keyboard, polling, press, press_update, send, to_own_words, unescape};
use anlauf::text::Text;

async fn state_of(db: &Db, user: &TgUser) -> Value {
    let sql = format!(
        "SELECT CAST(c.state AS TEXT) FROM conversations c JOIN clients k ON k.id = c.client_id \
         WHERE k.channel_user_id = '{}'",
        user.id
    );
    serde_json::from_str(&db.column(&sql).await.remove(0)).unwrap()
}

crate::contract! {
    async fn a_button_pressed_by_another_user_changes_nothing_of_the_owners_conversation(db: Db) {
        let (fake, db, bot) = polling(db).await;
        let owner = TgUser::new(5401, "de");
        send(&fake, owner.text("/start")).await;
        press(&fake, &owner, "l:de").await;
        press(&fake, &owner, "y").await;
        let before = state_of(&db, &owner).await;
        let owners_calls = fake.calls().iter().filter(|c| c.chat() == Some(owner.id)).count();

        // Someone else's client sends the owner's button (the owner's message, the
        // owner's callback data) as their own press.
        let stranger = TgUser::new(5402, "ru");
        let mut forged = press_update(&fake, &owner, "t:work");
        forged["callback_query"]["from"] = json!({ "id": stranger.id, "is_bot": false, "first_name": "X",
                                                   "language_code": "ru" });
        send(&fake, forged).await;

        assert_eq!(state_of(&db, &owner).await, before, "the owner's conversation is untouched");
        let now_owners = fake.calls().iter().filter(|c| c.chat() == Some(owner.id)).count();
        assert_eq!(now_owners, owners_calls, "nothing sent to or edited in the owner's chat");
        let told: Vec<String> = fake.sent_to(stranger.id).iter().map(|c| unescape(c.text())).collect();
        let welcome = say("ru", &Text::msg("welcome").with("org", Text::Plain(crate::telegram::content().config.organisation.name.clone())));
        assert!(told.len() == 1 && told[0].contains(&welcome), "the presser is answered in their own chat and language: {told:?}");
        assert!(fake.calls_of("answerCallbackQuery").len() >= 3, "the spinner stopped for every press");
        press(&fake, &owner, "t:work").await;
        press(&fake, &owner, "d").await;
        assert_eq!(state_of(&db, &owner).await["answers"]["topics"], json!({ "choices": ["work"] }), "the owner goes on");
        bot.stop().await;
    }
}

crate::contract! {
    async fn two_messages_in_the_same_second_are_both_answered_in_order(db: Db) {
        let (fake, db, bot) = polling(db).await;
        let client = TgUser::new(5403, "tr");
        to_own_words(&fake, &client, "housing").await;
        let first = client.text("Ev arıyorum, acil.");
        let mut second = client.text("Lütfen yardım edin.");
        second["message"]["date"] = first["message"]["date"].clone();
        let before = fake.sent_to(client.id).len();
        fake.push(first);
        let last = fake.push(second);
        fake.confirmed(last).await;

        let state = state_of(&db, &client).await;
        assert_eq!(state["answers"]["own_words"]["text"]["text"], json!("Ev arıyorum, acil."), "the first is the answer");
        let answers: Vec<String> = fake.sent_to(client.id)[before..].iter().map(|c| unescape(c.text())).collect();
        let contact = say("tr", &Text::msg("ask-contact"));
        assert_eq!(answers.len(), 2, "each message answered once: {answers:?}");
        assert!(answers[0].contains(&contact), "the next question: {}", answers[0]);
        assert!(answers[1].contains(&contact), "the second, typed at a question with buttons, gets it again: {}", answers[1]);
        assert_ne!(answers[0], answers[1], "with a word about the buttons");
        bot.stop().await;
    }
}

crate::contract! {
    async fn a_client_who_blocks_the_bot_and_comes_back_goes_on_where_they_were(db: Db) {
        let (fake, db, bot) = polling(db).await;
        let client = TgUser::new(5404, "fa");
        send(&fake, client.text("/start")).await;
        press(&fake, &client, "l:fa").await;
        press(&fake, &client, "y").await;
        press(&fake, &client, "t:health").await;
        let blocked = json!({ "ok": false, "error_code": 403, "description": "Forbidden: bot was blocked by the user" });
        fake.fail("sendMessage", Some(client.id), 100, 403, blocked.clone());
        fake.fail("editMessageText", Some(client.id), 100, 403, blocked);
        let update = press_update(&fake, &client, "d");
        send(&fake, update).await;
        assert_eq!(db.column("SELECT user_id FROM channel_unreachable").await, [client.id.to_string()]);
        let attempts = fake.calls().iter().filter(|c| c.chat() == Some(client.id)).count();
        // While blocked, the bot does not try again.
        tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
        assert_eq!(fake.calls().iter().filter(|c| c.chat() == Some(client.id)).count(), attempts, "no retries");

        // Unblocked: the client writes again and finds the question they were at.
        fake.heal();
        send(&fake, client.text("سلام")).await;
        assert!(db.column("SELECT user_id FROM channel_unreachable").await.is_empty());
        let (_, shown, _) = last_keyboard(&fake, &client);
        assert!(shown.contains(&say("fa", &Text::msg("ask-age"))), "back at the question after the topics: {shown}");
        assert_eq!(state_of(&db, &client).await["answers"]["topics"], json!({ "choices": ["health"] }), "answers kept");
        press(&fake, &client, "o:27_64").await;
        assert_eq!(state_of(&db, &client).await["answers"]["age_group"], json!({ "choice": "27_64" }), "and goes on");
        bot.stop().await;
    }
}

crate::contract! {
    async fn danger_typed_at_the_year_question_on_telegram_gets_the_emergency_numbers_and_the_question_again(db: Db) {
        let (fake, db, bot) = polling(db).await;
        let client = TgUser::new(5420, "ar");
        send(&fake, client.text("/start")).await;
        for action in ["l:ar", "y", "t:housing", "d", "o:27_64"] {
            press(&fake, &client, action).await;
        }
        let (_, asked, _) = last_keyboard(&fake, &client);
        send(&fake, client.text("زوجي يضربني كل يوم وأنا خايفة على ولادي")).await;
        let (_, reply, buttons) = last_keyboard(&fake, &client);
        let help = say("ar", &Text::msg("urgent-help-violence"));
        let question = asked.lines().last().unwrap().to_owned();
        let (numbers, again) = (reply.find(help.lines().next().unwrap()), reply.rfind(&question));
        assert!(numbers.is_some() && again.is_some() && numbers < again, "the numbers, then the year question {question:?}: {reply:?}");
        assert!(help.lines().all(|line| reply.contains(line)), "every emergency number: {reply}");
        assert!(buttons.iter().any(|(_, data)| data.ends_with("o:born_here")), "the year question's buttons: {buttons:?}");
        assert_eq!(state_of(&db, &client).await["noted"], json!(["violence"]), "kept for staff");
        bot.stop().await;
    }
}
