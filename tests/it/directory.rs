//! Offices and counsellors kept by administrators in the browser: a counsellor added
//! with languages, topics and weekly hours is matched at once on the instance that saved
//! it and, after its next look, on another; wrong forms say what is wrong in German and
//! change nothing; a counsellor or an office with booked appointments stays; every
//! change is in the audit log; two saves from the same version cannot both win.

use chrono::{Datelike, Duration, Utc};

use crate::dashboard::{staff_add, Browser, Dashboard, NEW_PASSWORD};
use crate::support;

/// What a fresh instance on the database puts in force.
async fn dashboard_content(db: &crate::support::Db) -> std::sync::Arc<anlauf::content::Content> {
    let service = support::service(db).await;
    service.refresh_directory().await.unwrap();
    service.content()
}

/// The first Saturday two weeks or more ahead (nobody works on Saturdays in the demo) on
/// which the configured calendar keeps every office open: no public holiday of the
/// organisation's state, no office closure. Without that, the test failed in the weeks
/// whose Saturday two weeks ahead is Boxing Day.
fn a_saturday() -> chrono::NaiveDate {
    let config = &support::content().config;
    let tz = config.organisation.time_zone;
    let open = |day: chrono::NaiveDate| {
        !anlauf::booking::holidays::is_holiday(config.booking.state, day)
            && !config.closures.iter().any(|c| c.from <= day && day <= c.to)
    };
    let mut day = (Utc::now() + Duration::days(14)).with_timezone(&tz).date_naive();
    while day.weekday() != chrono::Weekday::Sat || !open(day) {
        day += Duration::days(1);
    }
    day
}

crate::contract! {
    async fn an_admin_adds_a_counsellor_whose_hours_reach_matching_here_at_once_and_elsewhere_next(db: Db) {
        let admin = staff_add(&db, "Petra Lang", "petra@beratung.example", "admin");
        let counsellor = staff_add(&db, "Jonas Berg", "jonas@beratung.example", "counsellor");
        let dashboard = Dashboard::start(&db).await;
        // Another instance on the same database, as a second `anlauf serve` would be.
        let elsewhere = support::service(&db).await;
        let tz = support::content().config.organisation.time_zone;
        let saturday = a_saturday();
        let on_saturday = |slots: &[anlauf::domain::Slot]| -> Vec<(String, String, anlauf::domain::Format)> {
            slots
                .iter()
                .filter(|s| s.start.with_timezone(&tz).date_naive() == saturday)
                .map(|s| (s.counsellor.clone(), s.start.with_timezone(&tz).format("%H:%M").to_string(), s.format))
                .collect()
        };
        assert!(on_saturday(&elsewhere.free_slots(Utc::now(), None).await.unwrap()).is_empty());

        // A counsellor sees none of it.
        let mut jonas = Browser::new(&dashboard);
        jonas.first_sign_in("jonas@beratung.example", &counsellor, NEW_PASSWORD).await;
        for path in ["/admin/directory", "/admin/counsellors/new", "/admin/offices/nord", "/admin/directory.toml"] {
            assert_eq!(jonas.get(path).await.status, 403, "{path}");
        }
        let csrf = jonas.get("/queue").await.csrf();
        let attempt = jonas.post("/admin/counsellors/new", &[("csrf", &csrf), ("id", "x"), ("name", "X"), ("languages", "de")]).await;
        assert_eq!(attempt.status, 403);

        let mut petra = Browser::new(&dashboard);
        petra.first_sign_in("petra@beratung.example", &admin, "ein-anderes-passwort").await;
        let directory = petra.get("/admin/directory").await;
        assert_eq!(directory.status, 200, "{}", directory.body);
        for shown in ["Migrationsberatung Musterstadt-Mitte", "+49 9999 100 300", "Amira", "Arabisch", "offene Sprechstunde"] {
            assert!(directory.body.contains(shown), "{shown} on the directory page: {}", directory.body);
        }
        let form = petra.get("/admin/counsellors/new").await;
        assert!(form.body.contains("name=\"days_0\"") && form.body.contains("ar (Arabisch)"), "{}", form.body);
        let csrf = form.csrf();

        // A form with mistakes: each is named, nothing is saved.
        let wrong = [
            ("csrf", csrf.as_str()), ("id", "amira"), ("name", " "), ("languages", "ar, dari, arabisch"),
            ("office_0", "nord"), ("days_0", "sat 10:00-14:00"), ("format_0", "video"),
            ("office_1", "mitte"), ("days_1", "sat 13:00-15:00"), ("format_1", "in_person"),
            ("office_2", "mitte"), ("days_2", "samstags"),
        ];
        let refused = petra.post("/admin/counsellors/new", &wrong).await;
        assert_eq!(refused.status, 422, "{}", refused.body);
        for said in [
            "Die Kennung „amira“ ist schon vergeben.",
            "Bitte füllen Sie „Vorname“ aus.",
            "„sat 10:00-14:00“ und „sat 13:00-15:00“ überschneiden sich",
            "„samstags“ ist keine Zeitangabe",
            "„dari“ ist kein Sprachcode. Gemeint ist wohl „prs“.",
            "„arabisch“ ist kein Sprachcode. Gemeint ist wohl „ar“.",
        ] {
            assert!(refused.body.contains(said), "{said}: {}", refused.body);
        }
        assert!(refused.body.contains("value=\"samstags\""), "what was typed stays in the form");
        assert_eq!(db.number("SELECT count(*) FROM directory_versions").await, 0);

        let leyla = [
            ("csrf", csrf.as_str()), ("id", "Leyla"), ("name", "Leyla"), ("languages", "ar, fa, ckb"),
            ("topic", "work"), ("topic", "residence"),
            ("office_0", "nord"), ("days_0", "sat 10:00-14:00"), ("format_0", "video"), ("slot_0", "60"),
            ("office_1", "mitte"), ("days_1", ""),
        ];
        let saved = petra.post("/admin/counsellors/new", &leyla).await;
        assert_eq!((saved.status, saved.location.as_deref()), (303, Some("/admin/directory?done=saved")), "{}", saved.body);
        let directory = petra.get("/admin/directory?done=saved").await;
        assert!(directory.body.contains("Gespeichert. Die Änderung gilt ab sofort."));
        assert!(directory.body.contains("href=\"/admin/counsellors/leyla\">Leyla</a>"), "{}", directory.body);
        assert!(directory.body.contains("<li>Integrationszentrum Musterstadt-Nord: Sa 10:00–14:00 (Videoanruf)</li>"), "{}", directory.body);

        // In force on the instance that saved it: the week plan offers Leyla's slots.
        let week = petra.get(&format!("/slots?counsellor=leyla&week={saturday}")).await;
        assert_eq!(week.body.matches("slot slot-free").count(), 3, "60-minute slots from 10:00 to 14:00, 15 minutes apart: {}", week.body);
        // The other instance, after its next look, matches them too.
        elsewhere.refresh_directory().await.unwrap();
        let slots = on_saturday(&elsewhere.free_slots(Utc::now(), None).await.unwrap());
        let video = anlauf::domain::Format::Video;
        assert_eq!(
            slots,
            [("leyla".into(), "10:00".into(), video), ("leyla".into(), "11:15".into(), video), ("leyla".into(), "12:30".into(), video)],
            "{slots:?}"
        );
        let content = elsewhere.content();
        let added = content.config.counsellors.iter().find(|c| c.id.get_ref() == "leyla").expect("Leyla elsewhere");
        assert_eq!(added.languages, ["ar", "fa", "ckb"]);
        assert_eq!(added.topics.iter().map(|t| t.get_ref().as_str()).collect::<Vec<_>>(), ["residence", "work"]);

        // An office's phone changed: clients are given the new one.
        let office = petra.get("/admin/offices/nord").await;
        assert!(office.body.contains("value=\"+49 9999 100 300\""), "{}", office.body);
        let changed = [
            ("csrf", csrf.as_str()), ("name", "Integrationszentrum Musterstadt-Nord"), ("address", "Am Erlenhof 3, 99998 Musterstadt"),
            ("phone", "+49 9999 100 399"), ("time_zone", "Europe/Berlin"), ("hours", "mon-thu 09:00-16:00\nfri 09:00-12:00"),
        ];
        assert_eq!(petra.post("/admin/offices/nord", &changed).await.status, 303);
        elsewhere.refresh_directory().await.unwrap();
        assert_eq!(elsewhere.content().config.office("nord").unwrap().phone, "+49 9999 100 399");
        use anlauf::dialog::{Command, Input};
        let say = |input| elsewhere.handle(anlauf::domain::Channel::Terminal, "declines", Some("fa"), input, Utc::now());
        // Button data is `<step token>:<action>`: press what the last answer offered.
        let press = |shown: &anlauf::service::Handled, action: &str| {
            let data = shown.replies.iter().flat_map(|r| r.buttons.iter().flatten());
            let found = data.map(|b| b.data.clone()).find(|d| d.split_once(':').is_some_and(|(_, a)| a == action));
            Input::Button(found.unwrap_or_else(|| panic!("no button {action}")))
        };
        let started = say(Input::Command(Command::Start(None))).await;
        let consent = say(press(&started, "l:fa")).await;
        let declined = say(press(&consent, "n")).await;
        let told: String = declined.replies.iter().map(|r| r.text.as_str()).collect();
        assert!(told.contains("+49 9999 100 399") && !told.contains("+49 9999 100 300"), "{told}");

        // The export is the directory in force, as anlauf.toml tables.
        let export = petra.get("/admin/directory.toml").await;
        assert_eq!(export.status, 200);
        let config = &support::content().config;
        let read = config.with_directory(&export.body).expect("the export reads back");
        assert_eq!(read.office("nord").unwrap().phone, "+49 9999 100 399");
        assert_eq!(read.counsellors.len(), config.counsellors.len() + 1);

        // Removed again: gone from matching here.
        let removed = petra.post("/admin/counsellors/leyla/remove", &[("csrf", &csrf)]).await;
        assert_eq!((removed.status, removed.location.as_deref()), (303, Some("/admin/directory?done=removed")));
        let week = petra.get(&format!("/slots?counsellor=leyla&week={saturday}")).await;
        assert!(!week.body.contains("value=\"leyla\"") && !week.body.contains(">Leyla<"), "{}", week.body);
        let content = dashboard_content(&db).await;
        assert!(content.config.counsellors.iter().all(|c| c.id.get_ref() != "leyla"));

        let audit = petra.get("/admin/audit").await;
        for line in ["Beratende Person geändert", "leyla", "added", "removed", "Beratungsstelle geändert", "Verzeichnis heruntergeladen"] {
            assert!(audit.body.contains(line), "{line} in the audit log");
        }
        assert_eq!(db.number("SELECT count(*) FROM directory_versions").await, 3);
        dashboard.stop().await;

        // A restart keeps what was saved, not the file's.
        let dashboard = Dashboard::start(&db).await;
        let mut petra = Browser::new(&dashboard);
        assert_eq!(petra.sign_in("petra@beratung.example", "ein-anderes-passwort").await.status, 303);
        let directory = petra.get("/admin/directory").await;
        assert!(directory.body.contains("+49 9999 100 399") && !directory.body.contains("Leyla"), "{}", directory.body);
        dashboard.stop().await;
    }
}

crate::contract! {
    async fn a_counsellor_or_office_with_booked_appointments_stays_and_the_last_office_too(db: Db) {
        use crate::booking::Booker;
        let service = support::service(&db).await;
        let reference = Booker::book_the_first_offer(&service, "booked", Utc::now()).await;
        let booking = service.store.bookings_of(&reference).await.unwrap().remove(0);
        assert_eq!(booking.status, "booked");
        let admin = staff_add(&db, "Petra Lang", "petra@beratung.example", "admin");
        let dashboard = Dashboard::start(&db).await;
        let mut petra = Browser::new(&dashboard);
        petra.first_sign_in("petra@beratung.example", &admin, "ein-anderes-passwort").await;
        let csrf = petra.get("/admin/directory").await.csrf();

        let counsellor = booking.slot.counsellor.clone();
        let refused = petra.post(&format!("/admin/counsellors/{counsellor}/remove"), &[("csrf", &csrf)]).await;
        assert_eq!(refused.status, 409, "{}", refused.body);
        assert!(refused.body.contains("noch ein Termin gebucht"), "{}", refused.body);
        let office = booking.slot.office.clone();
        let refused = petra.post(&format!("/admin/offices/{office}/remove"), &[("csrf", &csrf)]).await;
        assert_eq!(refused.status, 409);
        assert!(refused.body.contains("noch Wochenzeiten") || refused.body.contains("noch ein Termin gebucht"), "{}", refused.body);
        assert_eq!(db.number("SELECT count(*) FROM directory_versions").await, 0);
        // An absence entered over the appointment: the week plan says what to do.
        let tz = support::content().config.organisation.time_zone;
        let day = booking.slot.start.with_timezone(&tz).date_naive().to_string();
        let week = format!("/slots?counsellor={counsellor}&week={day}");
        assert!(!petra.get(&week).await.body.contains("id=\"conflicts\""));
        let absence = [("csrf", csrf.as_str()), ("kind", "absence"), ("counsellor", &counsellor), ("from_day", &day), ("reason", "krank")];
        assert_eq!(petra.post("/slots", &absence).await.status, 303);
        let shown = petra.get(&week).await.body;
        assert!(shown.contains("Ein gebuchter Termin dieser Woche liegt in einer Abwesenheit"), "{shown}");
        assert!(shown.contains("class=\"slot slot-conflict\"") && shown.contains("liegt in der Abwesenheit: bitte verlegen oder absagen"), "{shown}");
        // Unknown entries and forged ids.
        assert_eq!(petra.get("/admin/counsellors/nobody").await.status, 404);
        let forged = petra.post("/admin/offices/nobody", &[("csrf", &csrf), ("name", "X"), ("address", "Y"), ("phone", "1")]).await;
        assert_eq!(forged.status, 404);
        let reserved = petra.post("/admin/offices/new", &[("csrf", &csrf), ("id", "new"), ("name", "X"), ("address", "Y"), ("phone", "1")]).await;
        assert_eq!(reserved.status, 422);
        dashboard.stop().await;
    }
}

crate::contract! {
    async fn two_saves_from_the_same_version_cannot_both_win(db: Db) {
        let store = anlauf::store::connect(&db.url).await.unwrap();
        let audit = |who: &str| anlauf::store::AuditEntry {
            at: Utc::now(),
            actor: who.into(),
            action: "directory_office".into(),
            subject: Some("nord".into()),
            detail: Some("changed".into()),
        };
        let body = anlauf::content::directory::Directory::from_config(&support::content().config).to_toml().unwrap();
        let (petra, jonas) = (audit("Petra"), audit("Jonas"));
        let (a, b) = tokio::join!(store.directory_save(0, &body, &petra), store.directory_save(0, &body, &jonas));
        let won = [a.is_ok(), b.is_ok()];
        assert_eq!(won.iter().filter(|w| **w).count(), 1, "{a:?} {b:?}");
        assert!(matches!(a.as_ref().err().or(b.as_ref().err()), Some(anlauf::store::StoreError::Conflict)));
        let first = a.unwrap_or_else(|_| b.unwrap());
        assert!(matches!(store.directory_save(0, &body, &audit("Lena")).await, Err(anlauf::store::StoreError::Conflict)));
        assert!(matches!(store.directory_save(first + 7, &body, &audit("Lena")).await, Err(anlauf::store::StoreError::Conflict)));
        let second = store.directory_save(first, &body, &audit("Lena")).await.unwrap();
        assert_eq!(store.directory_latest().await.unwrap(), second);
        assert_eq!(store.directory().await.unwrap().unwrap().author, "Lena");
        // Each save has its audit line, written with it.
        assert_eq!(db.number("SELECT count(*) FROM audit_log WHERE action = 'directory_office'").await, 2);
    }
}
