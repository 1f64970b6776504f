//! The PostgreSQL store for real, through `store::connect` as the service opens it: each
//! test in a schema of its own (the URL's `options=-c search_path=…`), dropped afterwards.
//! The server is 127.0.0.1:5432, database `test` (override with ANLAUF_TEST_POSTGRES_URL);
//! without one the tests are skipped with a note, except in CI where they fail.

use std::collections::BTreeSet;
use std::sync::Arc;

use anlauf::dialog::{Effect, Input};
use anlauf::domain::{reminder_topic, slot_key, Channel, Format, Hold, Intake, Outgoing, Slot};
use anlauf::store::{self, ClientId, Loaded, NewEvent, Store, StoreError, Turn};
use chrono::{DateTime, Duration, Utc};
use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};

use crate::support::{self, at};

/// A schema of its own on the test server, and the URL that works in it.
struct Pg {
    admin: PgPool,
    schema: String,
    url: String,
}

impl Pg {
    /// `None` when no server answers outside CI.
    async fn fresh(test: &str) -> Option<Pg> {
        let admin = match PgPoolOptions::new()
            .max_connections(2)
            .acquire_timeout(std::time::Duration::from_secs(5))
            .connect(&support::postgres_url())
            .await
        {
            Ok(pool) => pool,
            Err(error) if std::env::var("CI").as_deref() != Ok("true") => {
                eprintln!(
                    "NOTE: PostgreSQL not reachable at {} ({error}); {test} did not run",
                    support::postgres_url()
                );
                return None;
            }
            Err(error) => panic!("PostgreSQL at {}: {error}", support::postgres_url()),
        };
        let schema = format!("anlauf_store_{test}_{}", std::process::id());
        sqlx::query(&format!("DROP SCHEMA IF EXISTS {schema} CASCADE")).execute(&admin).await.unwrap();
        sqlx::query(&format!("CREATE SCHEMA {schema}")).execute(&admin).await.unwrap();
        let url = support::postgres_url();
        let separator = if url.contains('?') { '&' } else { '?' };
        let url = format!("{url}{separator}options=-c%20search_path%3D{schema}");
        Some(Pg { admin, schema, url })
    }

    async fn store(&self) -> Arc<dyn Store> {
        store::connect(&self.url).await.unwrap_or_else(|e| panic!("{e}"))
    }

    /// A count in this schema's tables.
    async fn count(&self, sql: &str) -> i64 {
        let sql = sql.replace("{s}", &self.schema);
        sqlx::query_scalar(&sql).fetch_one(&self.admin).await.unwrap_or_else(|e| panic!("{sql}: {e}"))
    }

    async fn drop(self) {
        sqlx::query(&format!("DROP SCHEMA {} CASCADE", self.schema)).execute(&self.admin).await.unwrap();
    }
}

fn intake(reference: &str) -> Intake {
    Intake {
        reference: reference.into(),
        language: "de".into(),
        topics: vec!["housing".into()],
        flow_version: 1,
        consent_version: "v".into(),
        submitted_at: at("2026-11-22T10:00:00Z"),
        answers: [("name".to_owned(), serde_json::json!("Ana"))].into(),
        urgency: Vec::new(),
        urgency_words: Vec::new(),
        assessment: None,
    }
}

/// A turn of `user` on Telegram with no inbox event and nothing to send.
fn turn<'a>(user: &'a str, loaded: &Loaded, state: Option<&'a str>, effects: &'a [Effect]) -> Turn<'a> {
    Turn {
        channel: Channel::Telegram,
        user,
        client: loaded.client,
        expected: loaded.conversation.as_ref().map(|c| c.version),
        state,
        effects,
        inbox: None,
        outbox: &[],
        unreachable: loaded.unreachable,
        now: at("2026-11-30T10:00:00Z"),
    }
}

/// JSONB keeps the document, not its spelling: states compare as JSON.
fn state_of(loaded: &Loaded) -> (serde_json::Value, i64) {
    let conversation = loaded.conversation.as_ref().expect("a conversation");
    (serde_json::from_str(&conversation.state).unwrap(), conversation.version)
}

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

fn hold(reference: &str, slot: Slot, until: DateTime<Utc>) -> Hold {
    Hold { reference: reference.into(), slot, until, interpreter: None, languages: vec!["ar".into(), "en".into()] }
}

fn message(chat: &str, n: i64, not_before: Option<DateTime<Utc>>, topic: Option<String>) -> Outgoing {
    Outgoing { chat: chat.into(), payload: serde_json::json!({ "text": format!("m{n}"), "n": n }), not_before, topic }
}

#[tokio::test]
async fn processes_starting_together_migrate_once_into_the_schema_the_url_names() {
    let Some(pg) = Pg::fresh("start").await else { return };
    let mut starts = tokio::task::JoinSet::new();
    for i in 0..4 {
        // Both spellings of the scheme are PostgreSQL.
        let url = if i % 2 == 0 { pg.url.clone() } else { pg.url.replacen("postgres://", "postgresql://", 1) };
        starts.spawn(async move { store::connect(&url).await.map(|_| ()) });
    }
    while let Some(started) = starts.join_next().await {
        started.unwrap().unwrap_or_else(|e| panic!("a concurrent start failed: {e}"));
    }
    let shipped = std::fs::read_dir(crate::support::root().join("migrations/postgres")).unwrap().count() as i64;
    assert_eq!(
        pg.count("SELECT count(*) FROM {s}._sqlx_migrations WHERE success").await,
        shipped,
        "each migration once"
    );
    let tables = pg
        .count("SELECT count(*) FROM information_schema.tables WHERE table_schema = '{s}' AND table_name = 'intakes'")
        .await;
    assert_eq!(tables, 1, "the tables are in the URL's search_path");
    pg.drop().await;
}

#[tokio::test]
async fn a_database_that_cannot_be_opened_is_named_with_what_to_check_and_no_password() {
    let Some(pg) = Pg::fresh("open").await else { return };
    let server: PgConnectOptions = support::postgres_url().parse().unwrap();
    let (host, port, user) = (server.get_host(), server.get_port(), server.get_username());
    let url = format!("postgres://{user}:s3cret@{host}:{port}/anlauf_no_such_database");
    let error = store::connect(&url).await.err().expect("no such database");
    assert!(matches!(error, StoreError::Open { .. }), "{error:?}");
    let message = error.to_string();
    for named in ["anlauf_no_such_database", &format!("{host}:{port}"), "running", "pg_hba", "does not exist"] {
        assert!(message.contains(named), "'{named}' in: {message}");
    }
    assert!(!message.contains("s3cret"), "{message}");
    pg.drop().await;
}

#[tokio::test]
async fn the_ledger_takes_each_event_once_and_sends_each_message_once() {
    let Some(pg) = Pg::fresh("ledger").await else { return };
    let store = pg.store().await;
    let now = at("2026-11-30T10:00:00Z");
    let event =
        |id: &str| NewEvent { event_id: id.into(), chat: Some("5".into()), payload: format!("{{\"update_id\":{id}}}") };
    let added = store.inbox_add(Channel::Telegram, &[event("1"), event("2")], now).await.unwrap();
    assert_eq!(added.iter().map(|e| e.event_id.as_str()).collect::<Vec<_>>(), ["1", "2"]);
    assert_eq!(added[0].payload, "{\"update_id\":1}", "the payload exactly as received");
    let again = store.inbox_add(Channel::Telegram, &[event("2"), event("3")], now).await.unwrap();
    assert_eq!(again.iter().map(|e| e.event_id.as_str()).collect::<Vec<_>>(), ["3"], "a redelivery is skipped");
    assert_eq!(store.inbox_add(Channel::Terminal, &[event("1")], now).await.unwrap().len(), 1, "per channel");

    let outbox = [message("5", 1, None, None)];
    let first = Turn { inbox: Some(added[0].id), outbox: &outbox, ..turn("5", &Loaded::default(), Some("{}"), &[]) };
    let ids = store.save_turn(&first).await.unwrap();
    let loaded = store.load(Channel::Telegram, "5").await.unwrap();
    let twice = Turn { inbox: Some(added[0].id), ..turn("5", &loaded, Some("{}"), &[]) };
    assert!(matches!(store.save_turn(&twice).await, Err(StoreError::AlreadyProcessed)));
    assert_eq!(state_of(&store.load(Channel::Telegram, "5").await.unwrap()).1, 1, "nothing of it applied");
    let pending = store.inbox_pending(Channel::Telegram, 10).await.unwrap();
    assert_eq!(pending, [added[1].clone(), again[0].clone()]);
    assert_eq!(store.inbox_pending(Channel::Telegram, 1).await.unwrap().len(), 1, "the limit holds");
    let notice = [message("5", 2, None, None)];
    let settled = store.inbox_settle(pending[0].id, &notice, now).await.unwrap();
    assert_eq!(settled.len(), 1);
    assert!(matches!(store.inbox_settle(pending[0].id, &[], now).await, Err(StoreError::AlreadyProcessed)));
    let due = store.outbox_claim(Channel::Telegram, chrono::Utc::now(), chrono::Utc::now(), 10, false).await.unwrap();
    assert_eq!(due.iter().map(|m| m.id).collect::<Vec<_>>(), [ids[0], settled[0]]);
    store.outbox_sent(&ids, now - Duration::days(10)).await.unwrap();
    store.outbox_sent(&[], now).await.unwrap();
    assert_eq!(
        store.outbox_claim(Channel::Telegram, chrono::Utc::now(), chrono::Utc::now(), 10, false).await.unwrap().len(),
        1
    );

    // A reminder waits for its time and is claimed by one sender at a time.
    let later = now + Duration::hours(2);
    let reminder = [message("5", 3, Some(later), Some("reminder:X".into()))];
    let loaded = store.load(Channel::Telegram, "5").await.unwrap();
    let reminder_ids =
        store.save_turn(&Turn { outbox: &reminder, ..turn("5", &loaded, Some("{}"), &[]) }).await.unwrap();
    let lease = |at: DateTime<Utc>| at + Duration::minutes(2);
    assert!(claim_due(&store, now, lease(now), 10).await.is_empty(), "not due yet");
    let claimed = claim_due(&store, later, lease(later), 10).await;
    assert_eq!(claimed.iter().map(|m| m.id).collect::<Vec<_>>(), reminder_ids);
    assert_eq!((claimed[0].not_before, &claimed[0].payload), (Some(later), &reminder[0].payload));
    assert!(claim_due(&store, later, lease(later), 10).await.is_empty(), "claimed");
    let lapsed = later + Duration::minutes(3);
    assert_eq!(claim_due(&store, lapsed, lease(lapsed), 10).await.len(), 1);

    // Pruning forgets what was processed or sent before the date, nothing else.
    assert_eq!(store.prune_ledger(now - Duration::days(7)).await.unwrap(), 1, "the message sent 10 days ago");
    assert_eq!(store.prune_ledger(now + Duration::days(1)).await.unwrap(), 2, "the two events processed");
    assert_eq!(store.inbox_pending(Channel::Telegram, 10).await.unwrap().len(), 1, "the one left");

    assert!(store.first_group_notice(Channel::Telegram, "-100", now).await.unwrap());
    assert!(!store.first_group_notice(Channel::Telegram, "-100", now).await.unwrap(), "once");
    assert!(store.first_group_notice(Channel::Terminal, "-100", now).await.unwrap(), "per channel");

    assert!(!store.is_unreachable(Channel::Telegram, "5").await.unwrap());
    store.mark_unreachable(Channel::Telegram, "5", now).await.unwrap();
    store.mark_unreachable(Channel::Telegram, "5", now).await.unwrap();
    assert!(store.is_unreachable(Channel::Telegram, "5").await.unwrap());
    let loaded = store.load(Channel::Telegram, "5").await.unwrap();
    assert!(loaded.unreachable);
    store.save_turn(&turn("5", &loaded, Some("{}"), &[])).await.unwrap();
    assert!(!store.is_unreachable(Channel::Telegram, "5").await.unwrap(), "writing again clears the mark");
    store.mark_unreachable(Channel::Telegram, "gone", now).await.unwrap();
    assert!(store.load(Channel::Telegram, "gone").await.unwrap().unreachable, "also without a client");
    pg.drop().await;
}

#[tokio::test]
async fn senders_sharing_the_database_claim_each_due_reminder_once() {
    let Some(pg) = Pg::fresh("claims").await else { return };
    let store = pg.store().await;
    let due = at("2026-11-30T10:00:00Z");
    let reminders: Vec<Outgoing> = (0..120).map(|n| message("9", n, Some(due), None)).collect();
    let written = Turn { outbox: &reminders, ..turn("9", &Loaded::default(), Some("{}"), &[]) };
    assert_eq!(store.save_turn(&written).await.unwrap().len(), 120);
    let mut senders = tokio::task::JoinSet::new();
    for _ in 0..4 {
        let store = store.clone();
        senders.spawn(async move {
            let mut mine = Vec::new();
            loop {
                let now = due + Duration::minutes(1);
                let claimed = claim_due(&store, now, now + Duration::hours(1), 7).await;
                if claimed.is_empty() {
                    return mine;
                }
                assert!(claimed.windows(2).all(|w| w[0].id < w[1].id), "oldest first");
                mine.extend(claimed.into_iter().map(|m| m.id));
            }
        });
    }
    let mut all = Vec::new();
    while let Some(mine) = senders.join_next().await {
        all.extend(mine.unwrap());
    }
    let distinct: BTreeSet<i64> = all.iter().copied().collect();
    assert_eq!((all.len(), distinct.len()), (120, 120), "each claimed once, none left");
    pg.drop().await;
}

#[tokio::test]
async fn holds_bookings_and_what_staff_see_of_them() {
    let Some(pg) = Pg::fresh("bookings").await else { return };
    let store = pg.store().await;
    let now = at("2026-11-30T10:00:00Z");
    let month = (at("2026-12-01T00:00:00Z"), at("2026-12-31T00:00:00Z"));

    // A hold outside a turn; the slot is then taken for others, not for the holder.
    let first = slot("nino", "2026-12-02T08:00:00Z");
    store.hold(&hold("AAAA-AAAA", first.clone(), now + Duration::minutes(10)), now).await.unwrap();
    let again = store.hold(&hold("BBBB-BBBB", first.clone(), now + Duration::minutes(20)), now).await;
    assert!(matches!(again, Err(StoreError::SlotTaken)), "{again:?}");
    let taken = store.taken(month.0, month.1, now, None).await.unwrap();
    assert_eq!(taken, [store::TakenSlot { counsellor: "nino".into(), start: first.start, end: first.end }]);
    assert!(store.taken(month.0, month.1, now, Some("AAAA-AAAA")).await.unwrap().is_empty(), "the holder's own");
    assert_eq!(store.taken(month.0, month.1, now, Some("ZZZZ-ZZZZ")).await.unwrap().len(), 1);
    let later = now + Duration::minutes(11);
    assert!(store.taken(month.0, month.1, later, None).await.unwrap().is_empty(), "the hold lapsed");
    store.hold(&hold("BBBB-BBBB", first.clone(), later + Duration::minutes(10)), later).await.unwrap();
    let rows = store.bookings_of("AAAA-AAAA").await.unwrap();
    assert_eq!(rows[0].status, "expired", "the lapsed hold is marked, not deleted");
    let b_rows = store.bookings_of("BBBB-BBBB").await.unwrap();
    assert_eq!((b_rows[0].slot.clone(), b_rows[0].held_until), (first.clone(), Some(later + Duration::minutes(10))));
    assert_eq!(b_rows[0].languages, ["ar", "en"]);

    // A client submits, holds, moves the hold, and books with a reminder.
    let submit = [Effect::SubmitIntake(Box::new(intake("CCCC-CCCC")))];
    store.save_turn(&turn("c", &Loaded::default(), Some("{}"), &submit)).await.unwrap();
    let c = store.load(Channel::Telegram, "c").await.unwrap();
    let client = c.client.unwrap();
    assert_eq!(store.client_of("CCCC-CCCC").await.unwrap(), Some((Channel::Telegram, "c".to_owned())));
    assert_eq!(store.client_of("NONE-NONE").await.unwrap(), None);
    let second = slot("amira", "2026-12-03T09:00:00Z");
    let third = slot("amira", "2026-12-04T09:00:00Z");
    let held_second = [Effect::HoldSlot(Box::new(hold("CCCC-CCCC", second.clone(), now + Duration::minutes(10))))];
    store.save_turn(&turn("c", &c, Some("{}"), &held_second)).await.unwrap();
    let c = store.load(Channel::Telegram, "c").await.unwrap();
    let taken_first = [Effect::HoldSlot(Box::new(hold("CCCC-CCCC", first.clone(), now + Duration::minutes(10))))];
    let lost = store.save_turn(&turn("c", &c, Some("{\"lost\":true}"), &taken_first)).await;
    assert!(matches!(lost, Err(StoreError::SlotTaken)), "{lost:?}");
    assert_eq!(store.bookings_of("CCCC-CCCC").await.unwrap()[0].status, "held", "the lost turn let go of nothing");
    let mut interpreted = hold("CCCC-CCCC", third.clone(), now + Duration::minutes(10));
    interpreted.interpreter = Some("ti".into());
    let reminder_at = third.start - Duration::days(1);
    let reminder = [message("c", 1, Some(reminder_at), Some(reminder_topic("CCCC-CCCC", &third)))];
    let book = [Effect::HoldSlot(Box::new(interpreted.clone())), Effect::Book(Box::new(interpreted.clone()))];
    store.save_turn(&Turn { outbox: &reminder, ..turn("c", &c, Some("{}"), &book) }).await.unwrap();
    let rows = store.bookings_of("CCCC-CCCC").await.unwrap();
    let statuses: Vec<&str> = rows.iter().map(|r| r.status.as_str()).collect();
    assert_eq!(statuses, ["booked", "released"], "newest first");
    assert_eq!((rows[0].interpreter.as_deref(), rows[0].held_until), (Some("ti"), None));
    let upcoming = store.appointments(client, now).await.unwrap();
    assert_eq!(upcoming.len(), 1);
    assert_eq!((upcoming[0].slot.clone(), upcoming[0].reference.as_str()), (third.clone(), "CCCC-CCCC"));
    assert!(store.appointments(client, third.start).await.unwrap().is_empty(), "only those to come");

    // The calendars.
    let calendar = store.calendar(month.0, month.1, later).await.unwrap();
    let seen: Vec<(&str, &str)> = calendar.iter().map(|r| (r.reference.as_str(), r.status.as_str())).collect();
    assert_eq!(seen, [("BBBB-BBBB", "held"), ("CCCC-CCCC", "booked")]);
    let amira = store.counsellor_calendar("amira", month.0, month.1, later).await.unwrap();
    assert_eq!(amira.len(), 1);
    assert_eq!((amira[0].0.reference.as_str(), amira[0].1.clone()), ("CCCC-CCCC", vec!["housing".to_owned()]));
    let nino = store.counsellor_calendar("nino", month.0, month.1, later).await.unwrap();
    assert_eq!((nino[0].0.reference.as_str(), nino[0].1.len()), ("BBBB-BBBB", 0), "no intake: no topics");

    // Staff cancel: the reminder is taken back and the client told.
    let booked_id = rows[0].id;
    let notice = [message("c", 2, None, None)];
    assert!(store
        .cancel_booking(booked_id, Channel::Telegram, &notice, "staff", &Default::default(), now)
        .await
        .unwrap());
    assert!(
        !store.cancel_booking(booked_id, Channel::Telegram, &notice, "staff", &Default::default(), now).await.unwrap(),
        "not booked now"
    );
    let due = reminder_at + Duration::minutes(1);
    assert!(claim_due(&store, due, due, 10).await.is_empty(), "reminder gone");
    let told = store.outbox_claim(Channel::Telegram, chrono::Utc::now(), chrono::Utc::now(), 10, false).await.unwrap();
    assert_eq!(told.iter().map(|m| &m.payload).collect::<Vec<_>>(), [&notice[0].payload], "told once");
    assert!(store.appointments(client, now).await.unwrap().is_empty());

    // A missed appointment counts for the client over all their requests.
    let c = store.load(Channel::Telegram, "c").await.unwrap();
    let again = hold("DDDD-DDDD", second.clone(), now + Duration::minutes(10));
    store.save_turn(&turn("c", &c, Some("{}"), &[Effect::Book(Box::new(again))])).await.unwrap();
    let missed = store.bookings_of("DDDD-DDDD").await.unwrap()[0].id;
    assert!(store.mark_no_show(missed, &Default::default(), now).await.unwrap());
    assert!(!store.mark_no_show(missed, &Default::default(), now).await.unwrap());
    assert_eq!(store.no_shows("DDDD-DDDD").await.unwrap(), 1);
    assert_eq!(store.no_shows("CCCC-CCCC").await.unwrap(), 1, "through the client");
    assert_eq!(store.no_shows("BBBB-BBBB").await.unwrap(), 0);
    let marked = store.calendar(month.0, month.1, later).await.unwrap();
    assert!(marked.iter().any(|r| r.id == missed && r.status == "no_show"), "a missed one stays in the calendar");

    // A client's own cancellation and release, in turns.
    let c = store.load(Channel::Telegram, "c").await.unwrap();
    let fourth = slot("amira", "2026-12-05T09:00:00Z");
    let rebook = hold("CCCC-CCCC", fourth.clone(), now + Duration::minutes(10));
    let reminder = [message("c", 3, Some(reminder_at), Some(reminder_topic("CCCC-CCCC", &fourth)))];
    store
        .save_turn(&Turn { outbox: &reminder, ..turn("c", &c, Some("{}"), &[Effect::Book(Box::new(rebook))]) })
        .await
        .unwrap();
    let c = store.load(Channel::Telegram, "c").await.unwrap();
    let cancel = [Effect::CancelBooking { reference: "CCCC-CCCC".into(), slot: Box::new(fourth.clone()) }];
    store.save_turn(&turn("c", &c, Some("{}"), &cancel)).await.unwrap();
    assert_eq!(store.bookings_of("CCCC-CCCC").await.unwrap()[0].status, "cancelled");
    assert!(claim_due(&store, due, due, 10).await.is_empty(), "its reminder too");
    let c = store.load(Channel::Telegram, "c").await.unwrap();
    let fifth = hold("CCCC-CCCC", slot("amira", "2026-12-06T09:00:00Z"), now + Duration::minutes(10));
    store.save_turn(&turn("c", &c, Some("{}"), &[Effect::HoldSlot(Box::new(fifth))])).await.unwrap();
    let c = store.load(Channel::Telegram, "c").await.unwrap();
    let release = [Effect::ReleaseHold { reference: "CCCC-CCCC".into() }];
    store.save_turn(&turn("c", &c, Some("{}"), &release)).await.unwrap();
    assert_eq!(store.bookings_of("CCCC-CCCC").await.unwrap()[0].status, "released");
    assert!(store.appointments(ClientId(client.0 + 1000), now).await.unwrap().is_empty(), "nobody's");
    pg.drop().await;
}

#[tokio::test]
async fn clients_racing_for_three_slots_end_with_three_holds() {
    let Some(pg) = Pg::fresh("race").await else { return };
    let store = pg.store().await;
    let slots: Vec<Slot> = (0..3).map(|i| slot("amira", &format!("2026-12-0{}T09:00:00Z", i + 1))).collect();
    let now = at("2026-11-30T10:00:00Z");
    let mut tasks = tokio::task::JoinSet::new();
    for client in 0..40 {
        let store = store.clone();
        let slots = slots.clone();
        tasks.spawn(async move {
            for slot in slots.iter().cycle().skip(client % 3).take(3) {
                let reference = format!("REF-{client:04}");
                match store.hold(&hold(&reference, slot.clone(), now + Duration::minutes(10)), now).await {
                    Ok(_) => return Some(slot.start),
                    Err(StoreError::SlotTaken) => continue,
                    Err(other) => panic!("{other}"),
                }
            }
            None
        });
    }
    let mut won = BTreeSet::new();
    let mut holds = 0;
    while let Some(result) = tasks.join_next().await {
        if let Some(start) = result.unwrap() {
            holds += 1;
            won.insert(start);
        }
    }
    assert_eq!((holds, won.len()), (3, 3), "three slots, three holds, each slot once");
    assert_eq!(store.taken(at("2026-12-01T00:00:00Z"), at("2026-12-31T00:00:00Z"), now, None).await.unwrap().len(), 3);
    pg.drop().await;
}

#[tokio::test]
async fn the_waiting_list_offers_a_slot_once_and_a_lapsed_offer_passes_it_over_once() {
    let Some(pg) = Pg::fresh("waitlist").await else { return };
    let store = pg.store().await;
    let now = at("2026-11-30T10:00:00Z");
    let join = |reference: &str| Effect::JoinWaitlist {
        reference: reference.into(),
        languages: vec!["ka".into()],
        topics: vec!["work".into()],
        office: Some("mitte".into()),
        interpreter_ok: false,
    };
    let submit = [Effect::SubmitIntake(Box::new(intake("WAIT-AAAA"))), join("WAIT-AAAA")];
    store.save_turn(&turn("w", &Loaded::default(), Some("{}"), &submit)).await.unwrap();
    let w = store.load(Channel::Telegram, "w").await.unwrap();
    store.save_turn(&turn("w", &w, Some("{}"), &[join("WAIT-AAAA")])).await.unwrap();
    let waiting = store.waiting(now).await.unwrap();
    assert_eq!(waiting.len(), 1, "joined once: {waiting:?}");
    let entry = &waiting[0];
    assert_eq!(entry.reference, "WAIT-AAAA");
    assert_eq!((entry.languages.clone(), entry.topics.clone()), (vec!["ka".to_owned()], vec!["work".to_owned()]));
    assert_eq!((entry.office.as_deref(), entry.interpreter_ok), (Some("mitte"), false));
    assert_eq!((entry.client, entry.channel.clone()), (w.client.map(|c| c.0), Some((Channel::Telegram, "w".into()))));
    assert!(entry.passed.is_empty());

    let offered = slot("amira", "2026-12-03T09:00:00Z");
    let until = now + Duration::hours(1);
    let event = |slot: &Slot| NewEvent {
        event_id: format!("waitlist-{}-{}", entry.id, slot_key(slot)),
        chat: Some("w".into()),
        payload: "{\"anlauf_offer\":{}}".into(),
    };
    let offer = hold("WAIT-AAAA", offered.clone(), until);
    let stored = store.offer_waiting(entry, &offer, &event(&offered), now).await.unwrap().expect("offered");
    assert_eq!(store.inbox_pending(Channel::Telegram, 10).await.unwrap(), [stored]);
    assert_eq!(store.bookings_of("WAIT-AAAA").await.unwrap()[0].status, "held");
    assert!(store.waiting(now).await.unwrap().is_empty(), "offered: not waiting");
    assert!(store.offer_waiting(entry, &offer, &event(&offered), now).await.unwrap().is_none(), "not offered twice");

    // The offer lapses; instances asking together put it back once.
    let lapsed = until + Duration::minutes(1);
    let mut askers = tokio::task::JoinSet::new();
    for _ in 0..4 {
        let store = store.clone();
        askers.spawn(async move { store.waiting(lapsed).await.unwrap() });
    }
    while let Some(seen) = askers.join_next().await {
        let seen = seen.unwrap();
        assert!(seen.len() <= 1, "{seen:?}");
    }
    let back = store.waiting(lapsed).await.unwrap();
    assert_eq!(back.len(), 1);
    assert_eq!(back[0].passed, [slot_key(&offered)], "the slot passed over once");

    // The same slot again: the event is known, nothing changes.
    let repeat = hold("WAIT-AAAA", offered.clone(), lapsed + Duration::hours(1));
    assert!(store.offer_waiting(&back[0], &repeat, &event(&offered), lapsed).await.unwrap().is_none());
    assert_eq!(store.waiting(lapsed).await.unwrap().len(), 1, "still waiting");
    assert_eq!(store.bookings_of("WAIT-AAAA").await.unwrap()[0].held_until, Some(until), "no new hold");

    // Another slot is offered and booked: off the list.
    let other = slot("amira", "2026-12-04T09:00:00Z");
    let second = hold("WAIT-AAAA", other.clone(), lapsed + Duration::hours(1));
    assert!(store.offer_waiting(&back[0], &second, &event(&other), lapsed).await.unwrap().is_some());
    let w = store.load(Channel::Telegram, "w").await.unwrap();
    store.save_turn(&turn("w", &w, Some("{}"), &[Effect::Book(Box::new(second))])).await.unwrap();
    assert!(store.waiting(lapsed + Duration::days(1)).await.unwrap().is_empty(), "booked, not waiting");
    assert_eq!(pg.count("SELECT count(*) FROM {s}.waitlist WHERE status = 'booked'").await, 1);
    assert_eq!(store.appointments(w.client.unwrap(), lapsed).await.unwrap()[0].slot, other);

    // Nobody to offer to without a channel.
    let nowhere = anlauf::domain::Waiting { channel: None, ..back[0].clone() };
    assert!(store.offer_waiting(&nowhere, &offer, &event(&offered), now).await.unwrap().is_none());
    pg.drop().await;
}

#[tokio::test]
async fn a_whole_intake_dialogue_runs_on_postgres() {
    let Some(pg) = Pg::fresh("dialogue").await else { return };
    let service = anlauf::service::Service::new(support::content(), pg.store().await);
    let now = at("2026-11-22T09:30:00Z");
    let script = ["/start", "1", "1", "11", "12", "17", "2", "1", "8", "5", "Meine Worte", "3", "2", "26", "1"];
    for line in script {
        service.handle(Channel::Terminal, "pg", Some("de"), Input::from_typed(line), now).await;
    }
    let queue = service.store.queue(&anlauf::store::QueueFilter::default(), chrono::Utc::now(), 10).await.unwrap();
    assert_eq!(queue.len(), 1, "the intake reached the queue");
    assert_eq!(queue[0].summary.language, "de");
    let loaded = service.store.load(Channel::Terminal, "pg").await.unwrap();
    assert!(
        matches!(
            anlauf::dialog::State::from_json(&loaded.conversation.unwrap().state),
            anlauf::dialog::Stored::State(_)
        ),
        "the state reads back from JSONB"
    );
    pg.drop().await;
}

#[tokio::test]
async fn a_turn_and_an_offer_to_the_same_client_at_once_leave_them_one_hold() {
    let Some(pg) = Pg::fresh("onehold").await else { return };
    let store = pg.store().await;
    let now = at("2026-11-30T10:00:00Z");
    let until = now + Duration::hours(1);
    for i in 0..20 {
        let (user, reference) = (format!("u{i}"), format!("ONE-{i:04}"));
        let day = |hour: u32| slot(&format!("c{i}"), &format!("2026-12-01T{hour:02}:00:00Z"));
        let join = Effect::JoinWaitlist {
            reference: reference.clone(),
            languages: vec!["ar".into()],
            topics: Vec::new(),
            office: None,
            interpreter_ok: true,
        };
        let first = [join, Effect::HoldSlot(Box::new(hold(&reference, day(8), until)))];
        store.save_turn(&turn(&user, &Loaded::default(), Some("{}"), &first)).await.unwrap();
        let entry = store.waiting(now).await.unwrap().into_iter().find(|w| w.reference == reference).unwrap();
        let loaded = store.load(Channel::Telegram, &user).await.unwrap();
        let (by_turn, by_offer) = (hold(&reference, day(9), until), hold(&reference, day(10), until));
        let moved = [Effect::HoldSlot(Box::new(by_turn))];
        let event = NewEvent { event_id: format!("offer-{i}"), chat: Some(user.clone()), payload: "{}".into() };
        let move_turn = turn(&user, &loaded, Some("{}"), &moved);
        let (turned, offered) =
            tokio::join!(store.save_turn(&move_turn), store.offer_waiting(&entry, &by_offer, &event, now));
        turned.unwrap();
        offered.unwrap().expect("offered");
        let held = store.bookings_of(&reference).await.unwrap().into_iter().filter(|r| r.status == "held").count();
        assert_eq!(held, 1, "round {i}: one hold at a time");
    }
    pg.drop().await;
}

/// Reminders due at `now`, claimed as a sender sharing the database claims them.
async fn claim_due(
    store: &std::sync::Arc<dyn anlauf::store::Store>,
    now: chrono::DateTime<chrono::Utc>,
    lease: chrono::DateTime<chrono::Utc>,
    limit: i64,
) -> Vec<anlauf::store::OutboxMessage> {
    let claimed = store.outbox_claim(Channel::Telegram, now, lease, limit, true).await.unwrap();
    claimed.into_iter().filter(|m| m.not_before.is_some()).collect()
}
