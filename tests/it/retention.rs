//! The retention periods (`[retention]` in anlauf.toml): a conversation without consent
//! goes after a week, an unsent dialogue after a month, a closed case is erased after half
//! a year (its staff notes too); what is younger stays, the statistics keep counting, and
//! two instances purging at once erase each thing once.

use anlauf::dialog::Input;
use anlauf::domain::erase::{Cutoffs, Purged};
use anlauf::domain::{CaseAction, Outcome};
use anlauf::store::IntakeKey;
use chrono::{Duration, Utc};

use crate::booking::Booker;
use crate::privacy::{a_client_with_a_request_and_an_appointment, CANARY};
use crate::support;

crate::contract! {
    async fn what_outlived_its_period_is_erased_once_and_the_rest_stays(db: Db) {
        let service = support::service(&db).await;
        let now = Utc::now();
        let days = |n: i64| now - Duration::days(n);
        let client = |user: &str, at| {
            let mut client = Booker::new(&service, user, "ar");
            client.now = at;
            client
        };
        // Wrote, never consented: 8 days ago (goes) and 3 days ago (stays).
        for (user, at) in [("never-8", days(8)), ("never-3", days(3))] {
            client(user, at).send(Input::from_typed("/start")).await;
        }
        // Consented and answered, never sent: 31 days ago (goes) and 10 days ago (stays).
        for (user, at) in [("draft-31", days(31)), ("draft-10", days(10))] {
            let mut draft = client(user, at);
            draft.send(Input::from_typed("/start")).await;
            for action in ["l:ar", "y", "t:work", "d"] {
                draft.press(action).await;
            }
        }
        // Sent and closed with a note: 190 days ago (erased) and 10 days ago (stays).
        let mut references = Vec::new();
        for (user, sent, closed) in [("closed-190", days(200), days(190)), ("closed-10", days(12), days(10))] {
            let mut sender = client(user, sent);
            let reference = a_client_with_a_request_and_an_appointment(&mut sender).await;
            let key = IntakeKey::Reference(reference.clone());
            let store = &service.store;
            store.act(&key, "Amira", &CaseAction::Claim { until: closed + Duration::hours(1) }, closed).await.unwrap();
            store.act(&key, "Amira", &CaseAction::Note("Notiz-5521 zur Familie".into()), closed).await.unwrap();
            store.act(&key, "Amira", &CaseAction::Close(Outcome::Advised), closed).await.unwrap();
            references.push(reference);
        }
        assert_eq!(db.number("SELECT count(*) FROM clients").await, 6);

        // Two instances at once.
        let cutoffs = Cutoffs::at(now, 7, 30, 180);
        let other = anlauf::store::connect(&db.url).await.unwrap();
        let (a, b) = tokio::join!(service.store.purge(&cutoffs, now), other.purge(&cutoffs, now));
        let (a, b) = (a.unwrap(), b.unwrap());
        let sum = Purged {
            unconsented: a.unconsented + b.unconsented,
            unfinished: a.unfinished + b.unfinished,
            closed: a.closed + b.closed,
        };
        assert_eq!(sum, Purged { unconsented: 1, unfinished: 1, closed: 1 }, "{a:?} {b:?}");
        assert_eq!(service.store.purge(&cutoffs, now).await.unwrap(), Purged::default(), "nothing left to do");

        let users = db.texts("SELECT channel_user_id FROM clients ORDER BY channel_user_id").await.concat();
        assert_eq!(users, ["closed-10", "draft-10", "never-3"]);
        let db = &db;
        let summary = |reference: &str| {
            let sql = format!("SELECT CAST(summary AS TEXT) FROM intakes WHERE reference = '{reference}'");
            async move { db.texts(&sql).await.concat().join("") }
        };
        let erased = summary(&references[0]).await;
        assert!(!erased.contains(CANARY) && !erased.contains("5550123") && erased.contains("27_64"), "{erased}");
        assert!(summary(&references[1]).await.contains(CANARY), "a case closed 10 days ago is kept whole");
        let history = |reference: &str| {
            let sql = format!(
                "SELECT action FROM case_history h JOIN intakes i ON i.id = h.intake_id WHERE i.reference = '{reference}' ORDER BY h.id"
            );
            async move { db.texts(&sql).await.concat() }
        };
        let old = history(&references[0]).await;
        assert_eq!(old.iter().filter(|a| *a == "purged").count(), 1, "{old:?}");
        assert!(!old.contains(&"note".to_owned()), "staff notes go with the case: {old:?}");
        assert!(history(&references[1]).await.contains(&"note".to_owned()));
        // Both requests still count.
        assert_eq!(db.number("SELECT count(*) FROM intakes").await, 2);
 let (ok, shown, _) = crate::booking::anlauf_cli(db, &["queue", "show", &references[0]]);
        assert!(ok && shown.contains("Aufbewahrungsfrist abgelaufen"), "{shown}");
    }
}
