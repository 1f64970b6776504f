//! `cargo bench --bench booking`: how long availability takes to lay out, and how a
//! thousand clients racing for twenty slots end (issue 14's two figures).
//!
//! - availability: 50 counsellors, each at one of two offices Mon–Fri 09:00–16:00 with
//!   45-minute slots and 15 minutes between, over 8 weeks, in Europe/Berlin (the clock
//!   change and public holidays included); the median and the slowest of 50 runs.
//! - booking race: 1,000 tasks each trying to hold one of the 20 slots that are free when
//!   it looks (as the dialogue re-offers after a lost race), against a fresh SQLite file,
//!   on this machine's cores; the time until all have ended, and how many holds there are
//!   (exactly 20, or the database let a slot go twice).

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Instant;

use anlauf::booking::settings::{BookingSettings, Counsellor};
use anlauf::booking::Calendar;
use anlauf::domain::{Format, Hold, Slot};
use anlauf::store::StoreError;
use chrono::{Duration, TimeZone, Utc};

fn counsellors(count: usize) -> Vec<Counsellor> {
    let text: String = (0..count)
        .map(|i| {
            let office = if i % 2 == 0 { "mitte" } else { "nord" };
            format!(
                "[[counsellor]]\nid = \"c{i}\"\nname = \"C{i}\"\nlanguages = [\"de\", \"ar\"]\nhours = [{{ office = \"{office}\", days = \"mon-fri 09:00-16:00\" }}]\n"
            )
        })
        .collect();
    #[derive(serde::Deserialize)]
    struct File {
        counsellor: Vec<Counsellor>,
    }
    toml::from_str::<File>(&text).expect("generated counsellors parse").counsellor
}

fn availability() {
    let counsellors = counsellors(50);
    let settings = BookingSettings::default();
    let zones: BTreeMap<String, chrono_tz::Tz> =
        [("mitte".to_owned(), chrono_tz::Europe::Berlin), ("nord".to_owned(), chrono_tz::Europe::Berlin)].into();
    let calendar =
        Calendar { settings: &settings, counsellors: &counsellors, absences: &[], closures: &[], zones: &zones };
    // Eight weeks across the spring clock change and Easter 2027.
    let from = Utc.with_ymd_and_hms(2027, 3, 1, 0, 0, 0).unwrap();
    let until = from + Duration::weeks(8);
    let mut times = Vec::new();
    let mut slots = 0;
    for _ in 0..50 {
        let start = Instant::now();
        slots = calendar.slots(from, until).len();
        times.push(start.elapsed());
    }
    times.sort();
    println!(
        "availability: 50 counsellors x 8 weeks = {slots} slots; median {:.2} ms, slowest {:.2} ms (aim <= 5 ms)",
        times[times.len() / 2].as_secs_f64() * 1e3,
        times[times.len() - 1].as_secs_f64() * 1e3
    );
}

async fn booking_race() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let url = format!("sqlite://{}", dir.path().join("bench.db").display());
    let store = anlauf::store::connect(&url).await.expect("the store opens");
    let start = Utc.with_ymd_and_hms(2027, 3, 2, 8, 0, 0).unwrap();
    let slots: Arc<Vec<Slot>> = Arc::new(
        (0..20)
            .map(|i| {
                let at = start + Duration::hours(i);
                Slot {
                    counsellor: "c0".into(),
                    office: "mitte".into(),
                    start: at,
                    end: at + Duration::minutes(45),
                    format: Format::InPerson,
                }
            })
            .collect(),
    );
    let now = Utc.with_ymd_and_hms(2027, 3, 1, 8, 0, 0).unwrap();
    let began = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for client in 0..1000usize {
        let store = store.clone();
        let slots = slots.clone();
        tasks.spawn(async move {
            // As the dialogue does: offered what is free now, and after a lost race the
            // slots free then, until there are none.
            loop {
                let taken = store.taken(now, now + Duration::days(3), now, None).await.expect("taken slots");
                let free: Vec<&Slot> = slots
                    .iter()
                    .filter(|s| !taken.iter().any(|t| t.counsellor == s.counsellor && t.start == s.start))
                    .collect();
                let Some(slot) = free.get(client % free.len().max(1)).copied() else { return false };
                let hold = Hold {
                    reference: format!("B{client:05}"),
                    slot: slot.clone(),
                    until: now + Duration::minutes(10),
                    interpreter: None,
                    languages: vec!["de".into()],
                };
                match store.hold(&hold, now).await {
                    Ok(_) => return true,
                    Err(StoreError::SlotTaken) => continue,
                    Err(error) => panic!("{error}"),
                }
            }
        });
    }
    let mut held = 0;
    while let Some(result) = tasks.join_next().await {
        held += usize::from(result.expect("a task ends"));
    }
    let elapsed = began.elapsed();
    let taken = store.taken(start - Duration::hours(1), start + Duration::days(2), now, None).await.expect("read back");
    println!(
        "booking race: 1000 clients, 20 slots: {held} holds ({} stored) in {:.0} ms (aim: exactly 20, <= 2000 ms)",
        taken.len(),
        elapsed.as_secs_f64() * 1e3
    );
    assert_eq!((held, taken.len()), (20, 20), "a slot was let go twice");
}

#[tokio::main]
async fn main() {
    availability();
    booking_race().await;
}
