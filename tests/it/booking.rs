//! Appointments: holds and bookings on a real SQLite file (a slot is taken at most once,
//! by the database's unique index), and the booking dialogue through the service.

use std::sync::Arc;

use anlauf::domain::{Format, Hold, Slot};
use anlauf::store::{self, Store, StoreError};
use chrono::{Duration, Utc};

use crate::support::{self, at};

fn slot(counsellor: &str, start: &str) -> Slot {
    let start = at(start);
    Slot {
        counsellor: counsellor.into(),
        office: "mitte".into(),
        start,
        end: start + Duration::minutes(45),
        format: Format::InPerson,
    }
}

fn hold(reference: &str, slot: Slot, until: chrono::DateTime<Utc>) -> Hold {
    Hold { reference: reference.into(), slot, until, interpreter: None, languages: vec!["ar".into()] }
}

crate::contract! {
    async fn two_hundred_clients_racing_for_five_slots_end_with_five_holds(db: Db) {
        let store: Arc<dyn Store> = store::connect(&db.url).await.unwrap();
        let slots: Vec<Slot> = (0..5).map(|i| slot("amira", &format!("2026-12-0{}T09:00:00Z", i + 1))).collect();
        let now = at("2026-11-30T10:00:00Z");
        let mut tasks = tokio::task::JoinSet::new();
        for client in 0..200 {
            let store = store.clone();
            let slots = slots.clone();
            tasks.spawn(async move {
                // Each client tries the earliest slot first, then the next, as the dialogue
                // offers them after a lost race.
                for slot in slots.iter().cycle().skip(client % 5).take(5) {
                    match store
                        .hold(&hold(&format!("REF-{client:04}"), slot.clone(), now + Duration::minutes(10)), now)
                        .await
                    {
                        Ok(_) => return Some(slot.clone()),
                        Err(StoreError::SlotTaken) => continue,
                        Err(other) => panic!("{other}"),
                    }
                }
                None
            });
        }
        let mut won = Vec::new();
        while let Some(result) = tasks.join_next().await {
            if let Some(slot) = result.unwrap() {
                won.push(slot);
            }
        }
        assert_eq!(won.len(), 5, "five slots, five holds");
        let taken = store.taken(at("2026-12-01T00:00:00Z"), at("2026-12-31T00:00:00Z"), now, None).await.unwrap();
        assert_eq!(taken.len(), 5);
        let mut starts: Vec<_> = won.iter().map(|s| s.start).collect();
        starts.sort();
        starts.dedup();
        assert_eq!(starts.len(), 5, "each slot once");
    }
}

crate::contract! {
    async fn a_lapsed_hold_frees_the_slot_for_the_next_client(db: Db) {
        let store = store::connect(&db.url).await.unwrap();
        let now = at("2026-11-30T10:00:00Z");
        let first = slot("nino", "2026-12-02T08:00:00Z");
        store.hold(&hold("AAAA-AAAA", first.clone(), now + Duration::minutes(10)), now).await.unwrap();
        let again = store.hold(&hold("BBBB-BBBB", first.clone(), now + Duration::minutes(20)), now).await;
        assert!(matches!(again, Err(StoreError::SlotTaken)), "{again:?}");
        let later = now + Duration::minutes(11);
        let taken = store.taken(at("2026-12-01T00:00:00Z"), at("2026-12-31T00:00:00Z"), later, None).await.unwrap();
        assert!(taken.is_empty(), "the hold lapsed: {taken:?}");
        store.hold(&hold("BBBB-BBBB", first.clone(), later + Duration::minutes(10)), later).await.unwrap();
        let rows = store.bookings_of("AAAA-AAAA").await.unwrap();
        assert_eq!(rows[0].status, "expired", "the lapsed hold is marked, not deleted");
        let own =
            store.taken(at("2026-12-01T00:00:00Z"), at("2026-12-31T00:00:00Z"), later, Some("BBBB-BBBB")).await.unwrap();
        assert!(own.is_empty(), "a client's own hold does not hide the slot from them");
    }
}

/// A client of the whole service (terminal channel) with a clock of its own.
pub(crate) struct Booker {
    service: anlauf::service::Service,
    user: String,
    language: String,
    pub(crate) now: chrono::DateTime<Utc>,
    last: Option<anlauf::service::Handled>,
    /// The answers to the age and integration-course questions: by default an adult
    /// attending a course, whom the adult migration counselling takes.
    pub(crate) age: &'static str,
    pub(crate) course: &'static str,
}

impl Booker {
    pub(crate) fn new(service: &anlauf::service::Service, user: &str, language: &str) -> Booker {
        Booker {
            service: service.clone(),
            user: user.into(),
            language: language.into(),
            now: at("2026-12-07T08:00:00Z"),
            last: None,
            age: "o:27_64",
            course: "o:attending",
        }
    }

    pub(crate) async fn send(&mut self, input: anlauf::dialog::Input) -> &anlauf::service::Handled {
        let request = anlauf::service::TurnRequest {
            channel: anlauf::domain::Channel::Terminal,
            user: &self.user,
            language_hint: Some(&self.language),
            input,
            inbox: None,
            now: self.now,
        };
        let applied = self.service.turn(&request, &|_| Vec::new()).await.unwrap_or_else(|e| panic!("{e:?}"));
        self.last = Some(applied.handled);
        self.last.as_ref().unwrap()
    }

    fn buttons(&self) -> Vec<(String, String)> {
        let last = self.last.as_ref().expect("a reply");
        last.replies
            .iter()
            .flat_map(|r| r.buttons.iter().flatten())
            .map(|b| (b.label.clone(), b.data.clone()))
            .collect()
    }

    pub(crate) fn data(&self, action: &str) -> Option<String> {
        self.buttons().into_iter().map(|(_, d)| d).find(|d| d.split_once(':').is_some_and(|(_, a)| a == action))
    }

    pub(crate) async fn press(&mut self, action: &str) -> &anlauf::service::Handled {
        let data = self.data(action).unwrap_or_else(|| panic!("no button {action} in {:?}", self.buttons()));
        self.send(anlauf::dialog::Input::Button(data)).await
    }

    pub(crate) fn text(&self) -> String {
        self.last.as_ref().unwrap().replies.iter().map(|r| r.text.clone()).collect::<Vec<_>>().join("\n---\n")
    }

    /// The offered slots' button data (`<turn>:p:<counsellor>:<start>`).
    pub(crate) fn offered(&self) -> Vec<String> {
        self.buttons().into_iter().map(|(_, d)| d).filter(|d| d.contains(":p:")).collect()
    }

    /// Through the intake to the offered appointments, ticking `languages` (the chat
    /// language is ticked already) and choosing `office` (`s`: no preference).
    pub(crate) async fn reach_the_offer(&mut self, untick: &[&str], tick: &[&str], office: &str) {
        self.send(anlauf::dialog::Input::from_typed("/start")).await;
        let language = format!("l:{}", self.language);
        for action in [
            language.as_str(),
            "y",
            "t:work",
            "d",
            self.age,
            "o:over_10_years",
            "o:protection",
            self.course,
            "o:no",
            "s",
            "o:chat",
            office,
        ] {
            self.press(action).await;
        }
        for code in untick {
            self.press(&format!("u:{code}")).await;
        }
        for code in tick {
            self.press(&format!("t:{code}")).await;
        }
        self.press("d").await;
        self.press("c").await;
    }

    /// Through the intake at `now` to the first slot offered at the office `mitte`,
    /// booked; the intake's reference.
    pub(crate) async fn book_the_first_offer(
        service: &anlauf::service::Service,
        user: &str,
        now: chrono::DateTime<Utc>,
    ) -> String {
        let mut client = Booker::new(service, user, "ar");
        client.now = now;
        client.reach_the_offer(&[], &[], "o:mitte").await;
        let reference = client.reference();
        let first = client.offered()[0].clone();
        client.send(anlauf::dialog::Input::Button(first)).await;
        client.press("c").await;
        reference
    }

    pub(crate) fn reference(&self) -> String {
        self.last.as_ref().unwrap().submitted.as_ref().map(|i| i.reference.clone()).expect("just submitted")
    }
}

fn say(language: &str, id: &str) -> String {
    crate::support::say(language, &anlauf::text::Text::msg(id))
}

crate::contract! {
    async fn booking_follows_the_decision_the_youth_service_for_the_young_and_the_referral_for_those_sent_elsewhere(db: Db) {
        let service = support::service(&db).await;
        // 18 to 26: the youth migration service is responsible; here only Jonas counsels for it.
        let mut young = Booker::new(&service, "young", "de");
        young.age = "o:18_26";
        young.reach_the_offer(&[], &[], "s").await;
        let offered = young.offered();
        assert!(!offered.is_empty() && offered.iter().all(|d| d.contains(":p:jonas:")), "the youth service's slots only: {offered:?}");
        // An adult outside every group the adult service takes: the referral is the answer,
        // with the places for their concern; no slots, no waiting list.
        let mut elsewhere = Booker::new(&service, "elsewhere", "de");
        elsewhere.course = "o:finished";
        elsewhere.reach_the_offer(&[], &[], "s").await;
        let reference = elsewhere.reference();
        assert!(elsewhere.offered().is_empty() && elsewhere.data("j").is_none(), "{}", elsewhere.text());
        assert!(elsewhere.text().contains(&say("de", "referral-intro")), "{}", elsewhere.text());
        assert!(service.store.bookings_of(&reference).await.unwrap().is_empty());
        // The same adult attending a course: the adult service, any of its counsellors.
        let mut adult = Booker::new(&service, "adult", "de");
        adult.reach_the_offer(&[], &[], "s").await;
        assert!(adult.offered().iter().any(|d| !d.contains(":p:jonas:")), "{:?}", adult.offered());
    }
}

crate::contract! {
    async fn a_georgian_speaker_is_offered_only_counsellors_who_speak_georgian_and_books_one(db: Db) {
        let service = support::service(&db).await;
        let mut client = Booker::new(&service, "tamar", "ka");
        client.reach_the_offer(&[], &[], "s").await;
        let reference = client.reference();
        let offered = client.offered();
        assert_eq!(offered.len(), 3, "{:?}", client.buttons());
        assert!(offered.iter().all(|d| d.contains(":p:nino:")), "only Nino speaks Georgian: {offered:?}");
        assert!(client.text().contains("Integrationszentrum Musterstadt-Nord"), "at her office: {}", client.text());
        // Monday 7 December 2026, 08:00 UTC, 24 hours' notice: Nino's first slot is Tuesday 09:00 in Berlin.
        assert!(offered[0].ends_with(&format!(":p:nino:{}", at("2026-12-08T08:00:00Z").timestamp())), "{offered:?}");
        client.send(anlauf::dialog::Input::Button(offered[0].clone())).await;
        assert!(client.data("c").is_some(), "asked to confirm the held slot: {}", client.text());
        let held = service.store.bookings_of(&reference).await.unwrap();
        assert_eq!((held.len(), held[0].status.as_str()), (1, "held"));
        let done = client.press("c").await.clone();
        use anlauf::text::Text;
        let when = Text::Concat(vec![Text::msg("weekday-tue"), Text::Plain(" 08.12.2026 09:00".into())]);
        let expected = Text::msg("booking-done")
            .with("when", when)
            .with("counsellor", Text::Plain("Nino".into()))
            .with("office", Text::Plain("Integrationszentrum Musterstadt-Nord".into()))
            .with("address", Text::Plain("Am Erlenhof 3, 99998 Musterstadt".into()))
            .with("format", Text::msg("booking-format-in_person"));
        // Then how to find the office.
        let expected = Text::Paragraphs(vec![expected, Text::msg("office-nord-directions")]);
        assert_eq!(done.replies[0].text, crate::support::say("ka", &expected), "the confirmation in Georgian");
        let file = done.replies[0].file.as_ref().expect("a calendar file");
        assert_eq!(file.name, format!("termin-{reference}.ics"));
        let booked = service.store.bookings_of(&reference).await.unwrap();
        assert_eq!(booked[0].status, "booked");
        assert_eq!(booked[0].slot.counsellor, "nino");
        assert_eq!(booked[0].interpreter, None);
        // The calendar file, read by an independent parser.
        let mut parser = ical::IcalParser::new(std::io::BufReader::new(file.content.as_bytes()));
        let calendar = parser.next().expect("one calendar").expect("it parses");
        assert_eq!(calendar.events.len(), 1);
        let property = |name: &str| {
            calendar.events[0].properties.iter().find(|p| p.name == name).and_then(|p| p.value.clone()).unwrap_or_default()
        };
        assert_eq!(property("DTSTART"), "20261208T080000Z");
        assert_eq!(property("DTEND"), "20261208T084500Z");
        assert!(property("LOCATION").contains("Am Erlenhof 3"), "{}", property("LOCATION"));
        assert!(!property("DESCRIPTION").contains("tamar"), "no client data in the file");
    }
}

crate::contract! {
    async fn a_tigrinya_speaker_is_offered_slots_with_an_interpreter_recorded_on_the_booking(db: Db) {
        let service = support::service(&db).await;
        let mut client = Booker::new(&service, "yonas", "en");
        client.reach_the_offer(&["en"], &["ti"], "s").await;
        let reference = client.reference();
        let interpreter = crate::support::say(
            "en",
            &anlauf::text::Text::msg("booking-interpreter")
                .with("languages", anlauf::text::Text::List(vec![anlauf::text::Text::Plain("ትግርኛ".into())])),
        );
        assert!(client.text().contains(&interpreter), "told honestly: {}", client.text());
        let offered = client.offered();
        assert!(!offered.is_empty(), "slots with an interpreter are offered");
        client.send(anlauf::dialog::Input::Button(offered[0].clone())).await;
        let done = client.press("c").await.clone();
        assert!(done.replies[0].text.contains("ትግርኛ"), "the interpreter's language is named: {}", done.replies[0].text);
        let booked = service.store.bookings_of(&reference).await.unwrap();
        assert_eq!((booked[0].status.as_str(), booked[0].interpreter.as_deref()), ("booked", Some("ti")));
        assert_eq!(booked[0].languages, ["ti"]);
    }
}

crate::contract! {
    async fn a_slot_taken_meanwhile_is_told_kindly_and_the_next_free_ones_are_offered(db: Db) {
        let service = support::service(&db).await;
        let mut client = Booker::new(&service, "amal", "ar");
        client.reach_the_offer(&[], &[], "o:mitte").await;
        let offered = client.offered();
        let (_, rest) = offered[0].split_once(":p:").unwrap();
        let (counsellor, start) = rest.rsplit_once(':').unwrap();
        let start = chrono::DateTime::from_timestamp(start.parse().unwrap(), 0).unwrap();
        // Someone else holds the first offered slot before the client presses it.
        let taken = Slot {
            counsellor: counsellor.into(),
            office: "mitte".into(),
            start,
            end: start + Duration::minutes(45),
            format: Format::InPerson,
        };
        service.store.hold(&hold("OTHR-CLNT", taken, client.now + Duration::minutes(10)), client.now).await.unwrap();
        client.send(anlauf::dialog::Input::Button(offered[0].clone())).await;
        assert!(client.text().starts_with(&say("ar", "booking-taken")), "{}", client.text());
        let fresh = client.offered();
        assert!(
            !fresh.is_empty() && !fresh.iter().any(|d| d.ends_with(&format!("{counsellor}:{}", start.timestamp()))),
            "{fresh:?}"
        );
    }
}

crate::contract! {
    async fn clients_racing_through_the_dialogue_for_the_last_slots_book_each_once(db: Db) {
        let shipped = support::content();
        let mut config = shipped.config.clone();
        // One counsellor, one morning: five slots in all.
        let only: anlauf::config::Config = anlauf::config::Config::parse(&format!(
            "{}\n[[counsellor]]\nid = \"amira\"\nname = \"Amira\"\nlanguages = [\"ar\"]\nhours = [{{ office = \"mitte\", days = \"tue 09:00-14:00\" }}]\n",
            "[organisation]\nname = \"X\"\ndefault_language = \"de\"\n[[office]]\nid = \"mitte\"\nname = \"M\"\naddress = \"A\"\nphone = \"1\"\n"
        ))
        .unwrap();
        config.counsellors = only.counsellors;
        config.booking.horizon_days = 2;
        let content = shipped.with_config(config);
        let store = store::connect(&db.url).await.unwrap();
        let service = anlauf::service::Service::new(Arc::new(content), store);
        let mut clients = tokio::task::JoinSet::new();
        for i in 0..12 {
            let service = service.clone();
            clients.spawn(async move {
                let mut client = Booker::new(&service, &format!("c{i}"), "ar");
                client.reach_the_offer(&[], &[], "s").await;
                // Each takes the first time offered, again after every loss, until booked
                // or nothing is left.
                for _ in 0..10 {
                    let Some(first) = client.offered().first().cloned() else { return false };
                    client.send(anlauf::dialog::Input::Button(first)).await;
                    if client.data("c").is_none() {
                        continue;
                    }
                    client.press("c").await;
                    if client.last.as_ref().unwrap().replies.iter().any(|r| r.file.is_some()) {
                        return true;
                    }
                }
                false
            });
        }
        let mut booked = 0;
        while let Some(result) = clients.join_next().await {
            booked += usize::from(result.unwrap());
        }
        assert_eq!(booked, 5, "five slots, five bookings");
        let taken = service
            .store
            .taken(at("2026-12-07T00:00:00Z"), at("2026-12-31T00:00:00Z"), at("2026-12-07T08:30:00Z"), None)
            .await
            .unwrap();
        assert_eq!(taken.len(), 5);
    }
}

mod on_telegram {
    //! The booking through the fake Bot API: the offer, the calendar file, the reminders
    //! in the outbox, `/appointment` and a cancellation taking the reminders back.

    use serde_json::Value;

    use crate::fake_telegram::TgUser;
    use crate::support;
    use crate::telegram::{last_keyboard, polling, press, send, unescape, webhook_bot};

    async fn scalar(db: &support::Db, sql: &str) -> i64 {
        db.number(sql).await
    }

    /// Through the intake to the offered appointments, in the client's language: one
    /// topic, 27–64, here for more than ten years with `residence` and `course`, nothing
    /// urgent, no own words, contact by chat, no office preference, the chat language.
    async fn to_the_offer(
        fake: &crate::fake_telegram::FakeTelegram,
        client: &TgUser,
        topic: &str,
        residence: &str,
        course: &str,
    ) {
        send(fake, client.text("/start")).await;
        let (language, topic, residence, course) =
            (format!("l:{}", client.language), format!("t:{topic}"), format!("o:{residence}"), format!("o:{course}"));
        for action in [
            &language,
            "y",
            &topic,
            "d",
            "o:27_64",
            "o:over_10_years",
            &residence,
            &course,
            "o:no",
            "s",
            "o:chat",
            "s",
            "d",
            "c",
        ] {
            press(fake, client, action).await;
        }
    }

    /// Presses the offered slot (`p:<counsellor>:<start>`), then "book it".
    async fn book(fake: &crate::fake_telegram::FakeTelegram, client: &TgUser, pick: &str) {
        let slot = pick.split_once(":p:").map_or(pick, |(_, slot)| slot);
        press(fake, client, &format!("p:{slot}")).await;
        press(fake, client, "c").await;
    }

    crate::contract! {
        async fn start_in_the_middle_of_booking_begins_again_and_gives_the_held_slot_back(db: Db) {
            let (fake, db, bot) = polling(db).await;
            let client = TgUser::new(5310, "uk");
            to_the_offer(&fake, &client, "work", "residence_permit", "attending").await;
            let (_, _, buttons) = last_keyboard(&fake, &client);
            let pick = buttons.iter().map(|(_, d)| d).find(|d| d.contains(":p:")).unwrap().clone();
            press(&fake, &client, &format!("p:{}", pick.split_once(":p:").unwrap().1)).await;
            assert_eq!(scalar(&db, "SELECT count(*) FROM bookings WHERE status = 'held'").await, 1);

            send(&fake, client.text("/start")).await;
            let answer = unescape(fake.sent_to(client.id).last().unwrap().text());
            let language = crate::support::say(
                "uk",
                &anlauf::text::Text::msg("ask-language").with("language", anlauf::text::Text::Plain("Українська".into())),
            );
            assert!(answer.contains(&language), "the first question again, in Ukrainian: {answer}");
            assert_eq!(
                scalar(&db, "SELECT count(*) FROM bookings WHERE status IN ('held', 'booked')").await,
                0,
                "the held slot is free for others at once"
            );
            assert_eq!(scalar(&db, "SELECT count(*) FROM intakes").await, 1, "the request sent stays sent");
            press(&fake, &client, "l:uk").await;
            let org = anlauf::text::Text::Plain(crate::support::content().config.organisation.name.clone());
            let consent = crate::support::say("uk", &anlauf::text::Text::msg("consent-text").with("org", org));
            let consent = consent.lines().next().unwrap().to_owned();
            assert!(unescape(fake.sent_to(client.id).last().unwrap().text()).contains(&consent), "the dialogue goes on");
            bot.stop().await;
        }
    }

    crate::contract! {
        async fn a_georgian_client_books_gets_the_calendar_file_and_reminders_and_can_cancel(db: Db) {
            let (fake, db, bot) = polling(db).await;
            let client = TgUser::new(5301, "ka");
            to_the_offer(&fake, &client, "recognition", "residence_permit", "attending").await;
            let (_, text, buttons) = last_keyboard(&fake, &client);
            let picks: Vec<&String> = buttons.iter().map(|(_, d)| d).filter(|d| d.contains(":p:")).collect();
            assert!(
                !picks.is_empty() && picks.iter().all(|d| d.contains(":p:nino:")),
                "only Nino speaks Georgian: {buttons:?}"
            );
            assert!(text.contains("Integrationszentrum Musterstadt-Nord"), "{text}");
            book(&fake, &client, picks[0]).await;
            fake.wait("the calendar file", |calls| calls.iter().any(|c| c.method == "sendDocument")).await;
            let document = fake.calls_of("sendDocument").pop().unwrap();
            assert_eq!(document.chat(), Some(client.id));
            let ics = document.params["document"]["content"].as_str().unwrap_or_default().to_owned();
            assert!(ics.contains("BEGIN:VEVENT") && ics.contains("Am Erlenhof 3"), "{}", document.params);
            assert_eq!(
                scalar(&db, "SELECT count(*) FROM bookings WHERE status = 'booked' AND counsellor = 'nino'").await,
                1
            );
            let reminders = "SELECT count(*) FROM channel_outbox WHERE topic LIKE 'reminder:%' AND sent_at IS NULL AND not_before > CURRENT_TIMESTAMP";
            assert_eq!(scalar(&db, reminders).await, 2, "a day and two hours before, held back");

            send(&fake, client.text("/appointment")).await;
            let (_, shown, buttons) = last_keyboard(&fake, &client);
            assert!(shown.contains("Nino"), "{shown}");
            assert!(buttons.iter().any(|(_, d)| d.ends_with(":k")), "{buttons:?}");
            press(&fake, &client, "k").await;
            let sent = fake.sent_to(client.id);
            let cancelled = unescape(sent.last().unwrap().text());
            assert_eq!(cancelled, crate::support::say("ka", &anlauf::text::Text::msg("appointment-cancelled")));
            assert_eq!(scalar(&db, "SELECT count(*) FROM bookings WHERE status = 'cancelled'").await, 1);
            assert_eq!(
                scalar(&db, "SELECT count(*) FROM channel_outbox WHERE topic LIKE 'reminder:%'").await,
                0,
                "reminders taken back"
            );
            send(&fake, client.text("/appointment")).await;
            let (_, offered, _) = last_keyboard(&fake, &client);
            assert!(offered.contains("Integrationszentrum Musterstadt-Nord"), "a new time can be chosen: {offered}");
            bot.stop().await;
        }
    }

    crate::contract! {
        async fn a_staff_cancellation_tells_the_client_in_their_language_and_takes_the_reminders_back(db: Db) {
            let (fake, db, bot) = polling(db).await;
            let client = TgUser::new(5302, "uk");
            to_the_offer(&fake, &client, "work", "temporary_protection", "attending").await;
            let (_, _, buttons) = last_keyboard(&fake, &client);
            let pick = buttons.iter().map(|(_, d)| d.clone()).find(|d| d.contains(":p:")).expect("a slot");
            book(&fake, &client, &pick).await;
            let reference = db.column("SELECT reference FROM intakes").await.remove(0);
            let (ok, said, _) = crate::booking::anlauf_cli(&db, &["booking", "cancel", &reference]);
            assert!(ok, "{said}");
            let told = crate::support::say("uk", &anlauf::text::Text::msg("appointment-cancelled"));
            fake.wait("the client told", |calls| {
                calls.iter().any(|c| c.method == "sendMessage" && c.chat() == Some(client.id) && unescape(c.text()) == told)
            })
            .await;
            assert_eq!(scalar(&db, "SELECT count(*) FROM channel_outbox WHERE topic LIKE 'reminder:%'").await, 0);
            bot.stop().await;
        }
    }

    crate::contract! {
        async fn each_due_reminder_is_sent_once_by_two_senders_sharing_the_database(db: Db) {
            let fake = crate::fake_telegram::FakeTelegram::start().await;
                let store = anlauf::store::connect(&db.url).await.unwrap();
            let chats: Vec<i64> = (0..20).map(|i| 6100 + i).collect();
            let soon = chrono::Utc::now() + chrono::Duration::milliseconds(300);
            let reminders: Vec<anlauf::domain::Outgoing> = chats
                .iter()
                .map(|chat| anlauf::domain::Outgoing {
                    chat: chat.to_string(),
                    payload: serde_json::json!({ "kind": "send", "text": format!("Erinnerung {chat}") }),
                    not_before: Some(soon),
                    topic: Some(format!("reminder:{chat}")),
                })
                .collect();
            let event = anlauf::store::NewEvent { event_id: "1".into(), chat: None, payload: "{}".into() };
            let added = store.inbox_add(anlauf::domain::Channel::Telegram, &[event], chrono::Utc::now()).await.unwrap();
            store.inbox_settle(added[0].id, &reminders, chrono::Utc::now()).await.unwrap();
            tokio::time::sleep(std::time::Duration::from_millis(400)).await;
            // Two instances start together; their first sweeps race for the due reminders.
            let (one, two) = tokio::join!(webhook_bot(&fake, &db), webhook_bot(&fake, &db));
            fake.wait("every reminder", |calls| {
                chats.iter().all(|chat| calls.iter().any(|c| c.method == "sendMessage" && c.chat() == Some(*chat)))
            })
            .await;
            tokio::time::sleep(std::time::Duration::from_millis(500)).await;
            for chat in &chats {
                let sent: Vec<Value> = fake.sent_to(*chat).into_iter().map(|c| c.params).collect();
                assert_eq!(sent.len(), 1, "chat {chat}: {sent:?}");
            }
            one.stop().await;
            two.stop().await;
        }
    }
}

/// The real executable against `db`: success, standard output, standard error.
pub(crate) fn anlauf_cli(db: &support::Db, args: &[&str]) -> (bool, String, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_anlauf"))
        .args(["--config", support::config_path().to_str().unwrap()])
        .args(args)
        .env("ANLAUF_DATABASE_URL", &db.url)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

crate::contract! {
    async fn staff_see_the_bookings_mark_a_missed_one_and_cancel_another(db: Db) {
        let service = support::service(&db).await;
        // A booking whose time has passed (made a month ago) and one still to come.
        let past_reference = Booker::book_the_first_offer(&service, "past", at("2026-11-02T08:00:00Z")).await;
        let future_reference = Booker::book_the_first_offer(&service, "future", chrono::Utc::now()).await;

        let (ok, shown, _) = anlauf_cli(&db, &["booking", "show", &past_reference.to_lowercase().replace('-', "")]);
        assert!(ok && shown.contains(": gebucht"), "{shown}");
        let (ok, _, refused) = anlauf_cli(&db, &["booking", "no-show", &future_reference]);
        assert!(!ok && refused.contains("noch nicht begonnen"), "a future appointment cannot be missed yet: {refused}");
        let (ok, said, _) = anlauf_cli(&db, &["booking", "no-show", &past_reference]);
        assert!(ok && said.contains("nicht erschienen"), "{said}");
        let (_, case, _) = anlauf_cli(&db, &["queue", "show", &past_reference]);
        assert!(
            case.contains(": nicht erschienen") && case.contains("Nicht erschienen: einmal"),
            "visible on the case: {case}"
        );

        let (ok, slots_before, _) = anlauf_cli(&db, &["slots", "--office", "mitte", "--days", "60"]);
        assert!(ok && slots_before.contains("gebucht"), "{slots_before}");
        let reminders = "SELECT count(*) FROM channel_outbox WHERE topic LIKE 'reminder:%'";
        assert_eq!(db.number(reminders).await, 0, "terminal clients get no reminders in the outbox");
        let (ok, said, _) = anlauf_cli(&db, &["booking", "cancel", &future_reference]);
        assert!(ok && said.contains("abgesagt"), "{said}");
        let rows = service.store.bookings_of(&future_reference).await.unwrap();
        assert_eq!(rows[0].status, "cancelled");
        let (ok, _, none) = anlauf_cli(&db, &["booking", "cancel", &future_reference]);
        assert!(!ok && none.contains("keinen gebuchten Termin"), "{none}");
        let (ok, _, unknown) = anlauf_cli(&db, &["booking", "show", "ZZZZ-ZZZZ"]);
        assert!(!ok && unknown.contains("Keine Termine"), "{unknown}");
    }
}

crate::contract! {
    async fn a_counsellor_reads_their_bookings_at_their_secret_feed_and_nobody_else_does(db: Db) {
        let service = support::service(&db).await;
        let mut client = Booker::new(&service, "feed-client", "ka");
        client.now = chrono::Utc::now();
        client.reach_the_offer(&[], &[], "s").await;
        let reference = client.reference();
        let first = client.offered()[0].clone();
        client.send(anlauf::dialog::Input::Button(first)).await;
        client.press("c").await;

        let options = anlauf::serve::Options {
            token: None,
            api_url: None,
            receive: anlauf::serve::Receive::Polling,
            feed_secret: Some("s3cret".into()),
                web: Default::default(),
        };
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let (stop, stopped) = tokio::sync::watch::channel(false);
        let server = tokio::spawn(anlauf::serve::run(service.clone(), options, listener, stopped));
        let get = |path: String| async move {
            let response = reqwest::get(format!("http://{address}{path}")).await.unwrap();
            (response.status().as_u16(), response.text().await.unwrap())
        };
        let (status, body) = get(anlauf::booking::feed::path("s3cret", "nino")).await;
        assert_eq!(status, 200, "{body}");
        let mut parser = ical::IcalParser::new(std::io::BufReader::new(body.as_bytes()));
        let calendar = parser.next().expect("a calendar").expect("it parses");
        assert_eq!(calendar.events.len(), 1);
        let summary = calendar.events[0].properties.iter().find(|p| p.name == "SUMMARY").and_then(|p| p.value.clone());
        let summary = summary.unwrap_or_default();
        assert!(summary.contains(&reference), "{summary}");
        assert!(summary.contains("Arbeit"), "the topic, in German: {summary}");
        assert!(!body.contains("feed-client"), "no client data");
        let (status, _) = get(anlauf::booking::feed::path("s3cret", "amira").replace("amira", "nino")).await;
        assert_eq!(status, 404, "another counsellor's token does not open Nino's feed");
        let (status, _) = get(anlauf::booking::feed::path("guessed", "nino")).await;
        assert_eq!(status, 404);
        let (status, body) = get(anlauf::booking::feed::path("s3cret", "amira")).await;
        assert_eq!(status, 200);
        assert!(!body.contains("BEGIN:VEVENT"), "Amira has no bookings: {body}");
        stop.send(true).unwrap();
        server.await.unwrap().unwrap();
    }
}

/// The shipped content with one counsellor who has one slot a week (Mondays 09:00).
fn one_slot_a_week() -> Arc<anlauf::content::Content> {
    let shipped = support::content();
    let mut config = shipped.config.clone();
    let only = anlauf::config::Config::parse(
        "[organisation]\nname = \"X\"\ndefault_language = \"de\"\n[[office]]\nid = \"mitte\"\nname = \"M\"\naddress = \"A\"\nphone = \"1\"\n\
         [[counsellor]]\nid = \"amira\"\nname = \"Amira\"\nlanguages = [\"ar\"]\nhours = [{ office = \"mitte\", days = \"mon 09:00-09:45\" }]\n",
    )
    .unwrap();
    config.counsellors = only.counsellors;
    config.booking.horizon_days = 8;
    Arc::new(shipped.with_config(config))
}

crate::contract! {
    async fn a_cancelled_slot_is_offered_to_the_first_on_the_waiting_list_then_to_the_next(db: Db) {
        let service = anlauf::service::Service::new(one_slot_a_week(), store::connect(&db.url).await.unwrap());
        let channel = anlauf::domain::Channel::Terminal;
        // Monday 7 December, 08:00 UTC: the one slot is Monday 14 December, 09:00 in Berlin.
        let mut first = Booker::new(&service, "first", "ar");
        first.reach_the_offer(&[], &[], "s").await;
        let slot = first.offered()[0].clone();
        first.send(anlauf::dialog::Input::Button(slot)).await;
        first.press("c").await;
        let mut waiting = Vec::new();
        for user in ["second", "third"] {
            let mut client = Booker::new(&service, user, "ar");
            client.reach_the_offer(&[], &[], "s").await;
            assert!(client.offered().is_empty() && client.data("j").is_some(), "nothing free: {}", client.text());
            let reference = client.reference();
            client.press("j").await;
            assert_eq!(client.text(), say("ar", "waitlist-joined"));
            waiting.push((client, reference));
        }
        assert!(service.offer_waiting(channel, first.now).await.unwrap().is_empty(), "nothing freed yet");

        first.send(anlauf::dialog::Input::from_typed("/appointment")).await;
        first.press("k").await;
        let events = service.offer_waiting(channel, first.now).await.unwrap();
        assert_eq!(events.len(), 1, "one slot, one offer");
        let second_reference = waiting[0].1.clone();
        assert_eq!(events[0].chat.as_deref(), Some("second"), "the first who waited");
        let offer = anlauf::domain::WaitlistOffer::from_payload(&events[0].payload).expect("an offer");
        assert_eq!(offer.reference, second_reference);
        let held = service.store.bookings_of(&second_reference).await.unwrap();
        assert_eq!(held[0].status, "held", "held for them while they decide");
        assert!(service.offer_waiting(channel, first.now).await.unwrap().is_empty(), "not offered twice");

        // The second does not answer in time: the third is offered it, the second keeps waiting.
        let lapsed = offer.until + Duration::minutes(1);
        let events = service.offer_waiting(channel, lapsed).await.unwrap();
        assert_eq!(events.iter().map(|e| e.chat.as_deref()).collect::<Vec<_>>(), [Some("third")]);
        let (third, third_reference) = &mut waiting[1];
        let offer = anlauf::domain::WaitlistOffer::from_payload(&events[0].payload).unwrap();
        third.now = lapsed;
        third
            .send(anlauf::dialog::Input::Offered { reference: offer.reference, slot: offer.slot, until: offer.until })
            .await;
        assert!(third.text().contains("Amira"), "{}", third.text());
        third.press("c").await;
        let booked = service.store.bookings_of(third_reference).await.unwrap();
        assert_eq!(booked[0].status, "booked");
        assert!(service.offer_waiting(channel, lapsed).await.unwrap().is_empty(), "the second waits for another slot");
    }
}

crate::contract! {
    async fn a_walk_in_desk_in_the_clients_language_is_named_with_the_offer(db: Db) {
        let service = support::service(&db).await;
        let mut turkish = Booker::new(&service, "ayse", "tr");
        turkish.reach_the_offer(&[], &[], "s").await;
        use anlauf::text::Text;
        let hours = Text::List(vec![Text::Concat(vec![Text::msg("weekday-mon"), Text::Plain(" 10:00–18:00".into())])]);
        let walk_in = Text::msg("booking-walk-in")
            .with("office", Text::Plain("Integrationszentrum Musterstadt-Nord".into()))
            .with("address", Text::Plain("Am Erlenhof 3, 99998 Musterstadt".into()))
            .with("hours", hours);
        assert!(turkish.text().contains(&crate::support::say("tr", &walk_in)), "Jonas speaks Turkish: {}", turkish.text());
        let mut georgian = Booker::new(&service, "tamar", "ka");
        georgian.reach_the_offer(&[], &[], "s").await;
        assert!(!georgian.text().contains("10:00–18:00"), "nobody at the desk speaks Georgian: {}", georgian.text());
    }
}

crate::contract! {
    async fn moving_an_appointment_offers_other_times_and_cancels_the_old_one_when_the_new_is_booked(db: Db) {
        let service = support::service(&db).await;
        let mut client = Booker::new(&service, "mover", "ka");
        client.reach_the_offer(&[], &[], "s").await;
        let reference = client.reference();
        let first = client.offered()[0].clone();
        client.send(anlauf::dialog::Input::Button(first.clone())).await;
        client.press("c").await;
        client.send(anlauf::dialog::Input::from_typed("/appointment")).await;
        client.press("m").await;
        let old = first.split_once(":p:").unwrap().1.to_owned();
        let offered = client.offered();
        assert!(
            !offered.is_empty() && offered.iter().all(|d| !d.ends_with(&old)),
            "not the booked time again: {offered:?}"
        );
        client.send(anlauf::dialog::Input::Button(offered[0].clone())).await;
        client.press("c").await;
        let rows = service.store.bookings_of(&reference).await.unwrap();
        let statuses: Vec<&str> = rows.iter().map(|r| r.status.as_str()).collect();
        assert_eq!(statuses, ["booked", "cancelled"], "the new one booked, the old one cancelled");
        let upcoming = service.store.appointments(anlauf::store::ClientId(1), client.now).await.unwrap();
        assert_eq!(upcoming.len(), 1);
    }
}

crate::contract! {
    async fn a_client_can_ask_for_appointments_by_phone_only(db: Db) {
        let service = support::service(&db).await;
        let mut client = Booker::new(&service, "phone", "ar");
        client.reach_the_offer(&[], &[], "o:mitte").await;
        assert!(client.data("g:phone").is_some(), "Amira also counsels by phone on Fridays: {:?}", client.buttons());
        client.press("g:phone").await;
        let offered = client.offered();
        assert!(!offered.is_empty(), "{}", client.text());
        let by_phone = crate::support::say("ar", &anlauf::text::Text::msg("booking-format-phone"));
        let labels: Vec<String> = client.buttons().into_iter().filter(|(_, d)| d.contains(":p:")).map(|(l, _)| l).collect();
        assert!(labels.iter().all(|l| l.contains(&by_phone)), "only phone appointments: {labels:?}");
        assert!(client.data("g:in_person").is_some(), "and back to in person");
    }
}

crate::contract! {
    async fn where_the_way_to_the_office_is_not_in_the_clients_language_it_comes_in_german_with_a_note(db: Db) {
        let dir = crate::locales::copy_of_shipped();
        crate::check::without_directions(dir.path(), "ka", "nord");
        let content = anlauf::content::Content::load(&dir.path().join("anlauf.toml")).unwrap();
        let store = anlauf::store::connect(&db.url).await.unwrap();
        let service = anlauf::service::Service::new(std::sync::Arc::new(content), store);
        let mut client = Booker::new(&service, "tamar", "ka");
        client.reach_the_offer(&[], &[], "s").await;
        let offered = client.offered();
        client.send(anlauf::dialog::Input::Button(offered[0].clone())).await;
        let done = client.press("c").await.clone();
        let german = crate::support::say("de", &anlauf::text::Text::msg("office-nord-directions"));
        let text = &done.replies[0].text;
        assert!(text.contains(&german), "the German way there: {text}");
        assert!(text.contains("როგორ მიხვიდეთ (Deutsch ენაზე"), "with a note, in Georgian: {text}");
    }
}
