//! The queue as a work queue, on SQLite and on PostgreSQL: claims with a lease that two
//! staff never share, the states a case goes through, the filters, and a history that
//! records every change and cannot be rewritten. Also the chat leases that keep one
//! chat's updates in order across instances.

use std::collections::HashSet;
use std::sync::Arc;

use anlauf::domain::{Assessment, CaseAction, CaseStatus, Channel, Effect, Intake, Outcome, Refusal};
use anlauf::store::{self, IntakeKey, Loaded, QueueFilter, Store, StoreError, Turn};
use chrono::{DateTime, Duration, Utc};

use crate::support::at;

pub(crate) fn intake(n: usize, language: &str, topic: &str, office: Option<&str>, priority: u8) -> Intake {
    let mut answers = std::collections::BTreeMap::new();
    if let Some(office) = office {
        answers.insert("office".to_owned(), serde_json::json!(office));
    }
    Intake {
        reference: format!("Q{:03}-{:04}", n % 1000, n),
        language: language.into(),
        topics: vec![topic.into()],
        flow_version: 1,
        consent_version: "v".into(),
        submitted_at: at("2026-12-01T08:00:00Z") + Duration::seconds(n as i64),
        answers,
        urgency: Vec::new(),
        urgency_words: Vec::new(),
        assessment: Some(Assessment {
            service: if topic == "school" { "jmd".into() } else { "mbe".into() },
            rule: "recent".into(),
            priority,
            priority_reason: "normal".into(),
            referrals: Vec::new(),
        }),
    }
}

/// Stores intakes in one turn of one client.
pub(crate) async fn submit(store: &Arc<dyn Store>, intakes: Vec<Intake>) {
    let effects: Vec<Effect> = intakes.into_iter().map(|i| Effect::SubmitIntake(Box::new(i))).collect();
    let turn = Turn {
        channel: Channel::Telegram,
        user: "client",
        client: None,
        expected: None,
        state: Some("{}"),
        effects: &effects,
        inbox: None,
        outbox: &[],
        unreachable: false,
        now: Utc::now(),
    };
    let loaded = store.load(Channel::Telegram, "client").await.unwrap();
    let turn = Turn { client: loaded.client, expected: loaded.conversation.as_ref().map(|c| c.version), ..turn };
    store.save_turn(&turn).await.unwrap();
}

fn t(minute: i64) -> DateTime<Utc> {
    at("2026-12-02T09:00:00Z") + Duration::minutes(minute)
}

fn key(reference: &str) -> IntakeKey {
    IntakeKey::Reference(reference.into())
}

crate::contract! {
    async fn twenty_claimers_over_five_hundred_cases_never_claim_one_twice(db: Db) {
        let store: Arc<dyn Store> = store::connect(&db.url).await.unwrap();
        submit(&store, (0..500).map(|n| intake(n, "ar", "housing", None, (n % 9 + 1) as u8)).collect()).await;
        let mut claimers = Vec::new();
        for i in 0..20 {
            let store = store.clone();
            claimers.push(tokio::spawn(async move {
                let me = format!("staff-{i}");
                let mut mine = Vec::new();
                while let Some(entry) =
                    store.claim_next(&me, &QueueFilter::default(), t(0), t(30)).await.unwrap()
                {
                    assert_eq!(entry.case.holder.as_deref(), Some(me.as_str()));
                    mine.push(entry.id);
                }
                mine
            }));
        }
        let mut all = Vec::new();
        for claimer in claimers {
            all.extend(claimer.await.unwrap());
        }
        let unique: HashSet<i64> = all.iter().copied().collect();
        assert_eq!((all.len(), unique.len()), (500, 500), "every case claimed, none twice");
        let claims = db.number("SELECT count(*) FROM case_history WHERE action = 'claim'").await;
        assert_eq!(claims, 500, "one claim recorded per case");
        let claimed = QueueFilter { status: Some(CaseStatus::Claimed), ..Default::default() };
        assert_eq!(store.queue(&claimed, t(1), 1000).await.unwrap().len(), 500);
    }

    async fn the_next_claim_takes_the_most_urgent_then_the_oldest(db: Db) {
        let store: Arc<dyn Store> = store::connect(&db.url).await.unwrap();
        submit(&store, vec![intake(1, "de", "work", None, 9), intake(2, "ar", "housing", None, 1), intake(3, "uk", "work", None, 1)]).await;
        let order: Vec<String> = [
            store.claim_next("a", &QueueFilter::default(), t(0), t(30)).await.unwrap(),
            store.claim_next("b", &QueueFilter::default(), t(0), t(30)).await.unwrap(),
            store.claim_next("c", &QueueFilter::default(), t(0), t(30)).await.unwrap(),
        ]
        .into_iter()
        .map(|e| e.unwrap().reference)
        .collect();
        assert_eq!(order, ["Q002-0002", "Q003-0003", "Q001-0001"]);
        assert!(store.claim_next("d", &QueueFilter::default(), t(0), t(30)).await.unwrap().is_none(), "none left");
    }

    async fn a_case_goes_from_claim_to_referral_and_the_history_tells_who_did_what(db: Db) {
        let store: Arc<dyn Store> = store::connect(&db.url).await.unwrap();
        submit(&store, vec![intake(1, "ar", "housing", Some("mitte"), 1)]).await;
        let case = key("Q001-0001");
        let claimed = store.act(&case, "Amira", &CaseAction::Claim { until: t(30) }, t(0)).await.unwrap();
        assert_eq!((claimed.case.status, claimed.case.claimed_until), (CaseStatus::Claimed, Some(t(30))));
        let taken = store.act(&case, "Jonas", &CaseAction::Claim { until: t(40) }, t(5)).await;
        assert!(
            matches!(&taken, Err(StoreError::Refused(Refusal::HeldBy { holder, .. })) if holder == "Amira"),
            "{taken:?}"
        );
        let noted = store.act(&case, "Amira", &CaseAction::Note("Rückruf vereinbart".into()), t(6)).await.unwrap();
        assert_eq!(noted.case.status, CaseStatus::InProgress);
        store.act(&case, "Amira", &CaseAction::Assign("nino".into()), t(7)).await.unwrap();
        let closed_by_other = store.act(&case, "Jonas", &CaseAction::Close(Outcome::Advised), t(8)).await;
        assert!(matches!(closed_by_other, Err(StoreError::Refused(Refusal::HeldBy { .. }))), "{closed_by_other:?}");
        let referred =
            store.act(&case, "Amira", &CaseAction::Refer("jobcenter-musterstadt".into()), t(9)).await.unwrap();
        assert_eq!(referred.case.status, CaseStatus::Referred);
        assert_eq!(referred.case.referred_to.as_deref(), Some("jobcenter-musterstadt"));
        let after = store.act(&case, "Amira", &CaseAction::Close(Outcome::Advised), t(10)).await;
        assert!(matches!(after, Err(StoreError::Refused(Refusal::Finished(CaseStatus::Referred)))), "{after:?}");
        let shown = store.intake(&case, t(11)).await.unwrap().unwrap();
        assert_eq!(shown.case.assignee.as_deref(), Some("nino"));
        assert_eq!(shown.office.as_deref(), Some("mitte"));
        let history = store.history(shown.id).await.unwrap();
        let lines: Vec<(String, String, String, Option<String>)> =
            history.iter().map(|h| (h.actor.clone(), h.action.clone(), h.status.clone(), h.detail.clone())).collect();
        let line = |actor: &str, action: &str, status: &str, detail: Option<&str>| {
            (actor.to_owned(), action.to_owned(), status.to_owned(), detail.map(str::to_owned))
        };
        assert_eq!(
            lines,
            [
                line("Amira", "claim", "claimed", Some(&t(30).to_rfc3339())),
                line("Amira", "note", "in_progress", Some("Rückruf vereinbart")),
                line("Amira", "assign", "in_progress", Some("nino")),
                line("Amira", "refer", "referred", Some("jobcenter-musterstadt")),
            ],
            "refused actions change nothing and are not recorded"
        );
        assert_eq!(history[1].at, t(6));
        let missing = store.act(&key("NONE-XXXX"), "Amira", &CaseAction::Release, t(12)).await;
        assert!(matches!(missing, Err(StoreError::NotFound)), "{missing:?}");
    }

    async fn a_lapsed_claim_is_new_again_for_anyone(db: Db) {
        let store: Arc<dyn Store> = store::connect(&db.url).await.unwrap();
        submit(&store, vec![intake(1, "fa", "residence", None, 2)]).await;
        let claimed = store.claim_next("Amira", &QueueFilter::default(), t(0), t(15)).await.unwrap().unwrap();
        assert!(store.claim_next("Jonas", &QueueFilter::default(), t(10), t(40)).await.unwrap().is_none());
        let new = QueueFilter { status: Some(CaseStatus::New), ..Default::default() };
        assert!(store.queue(&new, t(14), 10).await.unwrap().is_empty(), "held until 9:15");
        let listed = store.queue(&new, t(16), 10).await.unwrap();
        assert_eq!(listed.len(), 1, "lapsed: new again");
        assert_eq!(listed[0].case.holder, None);
        let jonas = store.claim_next("Jonas", &QueueFilter::default(), t(17), t(47)).await.unwrap().unwrap();
        assert_eq!(jonas.id, claimed.id);
        let history = store.history(claimed.id).await.unwrap();
        let actions: Vec<(&str, &str)> = history.iter().map(|h| (h.actor.as_str(), h.action.as_str())).collect();
        assert_eq!(actions, [("Amira", "claim"), ("system", "lapse"), ("Jonas", "claim")]);
        assert_eq!(history[1].at, t(15), "the lapse is dated when the claim ran out");
        let late = store.act(&IntakeKey::Id(claimed.id), "Amira", &CaseAction::Note("zu spät".into()), t(20)).await;
        assert_eq!(late.unwrap().case.holder.as_deref(), Some("Jonas"), "a note by someone else takes nothing");
    }

    async fn the_queue_filters_by_status_office_language_topic_service_and_assignee(db: Db) {
        let store: Arc<dyn Store> = store::connect(&db.url).await.unwrap();
        submit(
            &store,
            vec![
                intake(1, "ar", "housing", Some("mitte"), 3),
                intake(2, "uk", "school", Some("nord"), 3),
                intake(3, "ar", "school", None, 3),
            ],
        )
        .await;
        store.act(&key("Q003-0003"), "Amira", &CaseAction::Assign("nino".into()), t(0)).await.unwrap();
        let refs = |filter: QueueFilter| {
            let store = store.clone();
            async move {
                store.queue(&filter, t(1), 10).await.unwrap().into_iter().map(|e| e.reference).collect::<Vec<_>>()
            }
        };
        let all = QueueFilter::default();
        assert_eq!(refs(all.clone()).await.len(), 3);
        assert_eq!(refs(QueueFilter { language: Some("ar".into()), ..all.clone() }).await, ["Q001-0001", "Q003-0003"]);
        assert_eq!(refs(QueueFilter { topic: Some("school".into()), ..all.clone() }).await, ["Q002-0002", "Q003-0003"]);
        assert_eq!(refs(QueueFilter { office: Some("nord".into()), ..all.clone() }).await, ["Q002-0002"]);
        assert_eq!(refs(QueueFilter { service: Some("jmd".into()), ..all.clone() }).await, ["Q002-0002", "Q003-0003"]);
        assert_eq!(refs(QueueFilter { assignee: Some("nino".into()), ..all.clone() }).await, ["Q003-0003"]);
        let in_progress = QueueFilter { status: Some(CaseStatus::InProgress), ..all.clone() };
        assert_eq!(refs(in_progress).await, ["Q003-0003"]);
        let both = QueueFilter { language: Some("ar".into()), topic: Some("housing".into()), ..all.clone() };
        assert_eq!(refs(both).await, ["Q001-0001"]);
        let claimed = store
            .claim_next("Jonas", &QueueFilter { language: Some("uk".into()), ..all.clone() }, t(2), t(30))
            .await
            .unwrap();
        assert_eq!(claimed.unwrap().reference, "Q002-0002", "a claim takes the filter too");
        // "Mine": held by me, or assigned to my counsellor id (Q003 was assigned by Amira,
        // who holds it too).
        let mine = |name: &str, counsellor: Option<&str>| QueueFilter {
            mine: Some(store::Mine { name: name.into(), counsellor: counsellor.map(str::to_owned) }),
            ..QueueFilter::default()
        };
        assert_eq!(refs(mine("Jonas", None)).await, ["Q002-0002"]);
        assert_eq!(refs(mine("Nino Beridze", Some("nino"))).await, ["Q003-0003"]);
        assert_eq!(refs(mine("Amira", None)).await, ["Q003-0003"]);
        assert!(refs(mine("Lena", None)).await.is_empty(), "an account without cases has none");
    }

    async fn the_case_history_cannot_be_rewritten(db: Db) {
        let store: Arc<dyn Store> = store::connect(&db.url).await.unwrap();
        submit(&store, vec![intake(1, "de", "work", None, 9)]).await;
        store.act(&key("Q001-0001"), "Amira", &CaseAction::Note("erste Notiz".into()), t(0)).await.unwrap();
        let rewritten = db.try_execute("UPDATE case_history SET detail = 'geändert'").await;
        assert!(rewritten.is_err_and(|e| e.contains("append-only")), "the database refuses");
        assert_eq!(db.number("SELECT count(*) FROM case_history WHERE detail = 'erste Notiz'").await, 1);
    }

    async fn a_chat_lease_keeps_a_chat_with_one_holder_until_it_is_given_back_or_lapses(db: Db) {
        let store: Arc<dyn Store> = store::connect(&db.url).await.unwrap();
        let chat = |holder: &'static str, now: i64, until: i64| {
            let store = store.clone();
            async move { store.chat_lease(Channel::Telegram, "42", holder, t(now), t(until)).await.unwrap() }
        };
        assert!(chat("a", 0, 1).await);
        assert!(!chat("b", 0, 1).await, "another holder waits");
        assert!(chat("a", 0, 2).await, "the holder renews");
        assert!(!chat("b", 1, 3).await);
        assert!(chat("b", 3, 4).await, "a lapsed lease is taken over");
        store.chat_release(Channel::Telegram, "42", "a").await.unwrap();
        assert!(!chat("a", 3, 4).await, "only the holder gives a lease back");
        store.chat_release(Channel::Telegram, "42", "b").await.unwrap();
        assert!(chat("a", 3, 4).await);
    }

    async fn a_booking_moves_the_case_and_a_cancellation_moves_it_back(db: Db) {
        let store: Arc<dyn Store> = store::connect(&db.url).await.unwrap();
        submit(&store, vec![intake(1, "ar", "housing", Some("mitte"), 5)]).await;
        let loaded: Loaded = store.load(Channel::Telegram, "client").await.unwrap();
        let slot = anlauf::domain::Slot {
            counsellor: "amira".into(),
            office: "mitte".into(),
            start: t(24 * 60),
            end: t(24 * 60 + 45),
            format: anlauf::domain::Format::InPerson,
        };
        let hold = anlauf::domain::Hold {
            reference: "Q001-0001".into(),
            slot: slot.clone(),
            until: t(10),
            interpreter: None,
            languages: vec!["ar".into()],
        };
        let effects = [Effect::HoldSlot(Box::new(hold.clone())), Effect::Book(Box::new(hold))];
        let turn = Turn {
            channel: Channel::Telegram,
            user: "client",
            client: loaded.client,
            expected: loaded.conversation.as_ref().map(|c| c.version),
            state: Some("{}"),
            effects: &effects,
            inbox: None,
            outbox: &[],
            unreachable: false,
            now: t(0),
        };
        store.save_turn(&turn).await.unwrap();
        let booked = store.intake(&key("Q001-0001"), t(1)).await.unwrap().unwrap();
        assert_eq!(booked.case.status, CaseStatus::Booked);
        let claim = CaseAction::Claim { until: t(4) };
        let claimed = store.act(&key("Q001-0001"), "Amira", &claim, t(1)).await.unwrap();
        assert_eq!((claimed.case.status, claimed.case.holder.as_deref()), (CaseStatus::Booked, Some("Amira")));
        let refused = store.act(&key("Q001-0001"), "Jonas", &CaseAction::Close(Outcome::Advised), t(2)).await;
        assert!(matches!(refused, Err(StoreError::Refused(Refusal::HeldBy { .. }))), "{refused:?}");
        let lapsed = store.intake(&key("Q001-0001"), t(5)).await.unwrap().unwrap();
        assert_eq!((lapsed.case.status, lapsed.case.holder), (CaseStatus::Booked, None), "the claim lapsed, the booking stays");
        let id = store.bookings_of("Q001-0001").await.unwrap()[0].id;
        assert!(store.cancel_booking(id, Channel::Telegram, &[], "staff", &Default::default(), t(6)).await.unwrap());
        let back = store.intake(&key("Q001-0001"), t(7)).await.unwrap().unwrap();
        assert_eq!(back.case.status, CaseStatus::New, "needs attention again");
        let history = store.history(back.id).await.unwrap();
        let actions: Vec<(&str, &str)> = history.iter().map(|h| (h.action.as_str(), h.status.as_str())).collect();
        assert_eq!(actions, [("booked", "booked"), ("claim", "booked"), ("lapse", "booked"), ("unbooked", "new")]);
    }
}
