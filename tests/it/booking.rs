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

#[tokio::test]
async fn two_hundred_clients_racing_for_five_slots_end_with_five_holds() {
    let db = support::fresh_db();
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

#[tokio::test]
async fn a_lapsed_hold_frees_the_slot_for_the_next_client() {
    let db = support::fresh_db();
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
