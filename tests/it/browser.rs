//! The dashboard in a real headless Chromium (Debian's), driven over WebDriver: a
//! counsellor signs in, finds an urgent Arabic intake at the top, reads the client's
//! words right to left, claims the case, notes, sends "please call us" (which the fake
//! Bot API receives in Arabic), refers the case and signs out. Screenshots of the queue
//! and the case are written to `target/tmp/dashboard/` for a person to look at.

use std::path::PathBuf;

use anlauf::serve::Receive;
use anlauf::text::Text;

use crate::fake_telegram::{FakeTelegram, TgUser};
use crate::support::{self, say};
use crate::telegram::{press, send, start, to_own_words, unescape, HOUSING_TO_OWN_WORDS, HOUSING_TO_SUBMITTED};
use crate::webdriver::Driver;

fn screenshots() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("dashboard")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_counsellor_works_an_urgent_arabic_case_in_chromium() {
    let Some(browser) = Driver::start().await else { return };
    let db = support::fresh_db();
    let fake = FakeTelegram::start().await;
    let bot = start(&fake, &db, Receive::Polling).await;

    // A calm German intake first, then an urgent Arabic one.
    let calm = TgUser::new(9101, "de");
    send(&fake, calm.text("/start")).await;
    press(&fake, &calm, "l:de").await;
    for action in HOUSING_TO_OWN_WORDS {
        press(&fake, &calm, action).await;
    }
    send(&fake, calm.text(crate::telegram::HOUSING_WORDS)).await;
    for action in HOUSING_TO_SUBMITTED {
        press(&fake, &calm, action).await;
    }
    let client = TgUser::new(9102, "ar");
    to_own_words(&fake, &client, "family").await;
    let words = "زوجي يضربني كل يوم وأنا خائفة على أطفالي";
    send(&fake, client.text(words)).await;
    for action in ["o:chat", "s", "d", "c"] {
        press(&fake, &client, action).await;
    }
    let reference = db.column("SELECT reference FROM intakes WHERE language = 'ar'").await.remove(0);
    let once = crate::dashboard::staff_add(&db, "Amira Haddad", "amira@beratung.example", "counsellor");
    let base = format!("http://{}", bot.address);

    // Any page asks for the sign-in first; the one-time password must be changed.
    browser.go(&format!("{base}/queue")).await;
    browser.find("#email").await.type_text("amira@beratung.example").await;
    browser.find("#password").await.type_text(&once).await;
    browser.find("#login").await.click().await;
    let new = "ein-eigenes-langes-passwort";
    browser.find("#current").await.type_text(&once).await;
    browser.find("#new").await.type_text(new).await;
    browser.find("#repeat").await.type_text(new).await;
    browser.find("#change").await.click().await;

    // The urgent Arabic intake is at the top and stands out.
    let first = browser.find("table.queue tbody tr").await;
    assert_eq!(first.attribute("data-reference").await.as_deref(), Some(reference.as_str()), "urgent first");
    assert_eq!(first.attribute("class").await.as_deref(), Some("case urgent alarm"));
    assert!(first.text().await.contains("Arabisch"), "{}", first.text().await);
    browser.screenshot(&screenshots().join("queue.png")).await;

    // The case: the client's words verbatim, right to left.
    browser.find(&format!("a[href='/cases/{reference}']")).await.click().await;
    let own = browser.find("#own-words").await;
    assert_eq!(own.text().await, words);
    assert_eq!(own.css("direction").await, "rtl");
    browser.screenshot(&screenshots().join("case.png")).await;

    browser.find("#claim").await.click().await;
    // The claim's answer is a new page: wait for it, or the old page's form is typed into.
    browser.wait_for_text(".facts", "übernommen").await;
    browser.find("#note").await.type_text("Rückruf heute, Dolmetscherin Arabisch anfragen").await;
    browser.find("#add-note").await.click().await;
    browser.wait_for_text(".history", "Rückruf heute").await;

    // "Please call us", in Arabic, through the bot.
    browser.find("#template option[value='call-us']").await.click().await;
    browser.find("#send-template").await.click().await;
    let expected = say(
        "ar",
        &Text::msg("template-call-us")
            .with("office", Text::Plain(support::content().config.offices[0].name.clone()))
            .with("phone", Text::Plain(support::content().config.offices[0].phone.clone()))
            .with("reference", Text::Plain(reference.clone())),
    );
    fake.wait("the template in Arabic", |calls| {
        calls
            .iter()
            .any(|c| c.method == "sendMessage" && c.chat() == Some(client.id) && unescape(c.text()).contains(&expected))
    })
    .await;
    // The conversation is on the case.
    browser.wait_for_text(".messages", &expected).await;

    let target = support::content().triage.directory.services[0].id.get_ref().clone();
    browser.find(&format!("#target option[value='{target}']")).await.click().await;
    browser.find("#refer").await.click().await;
    browser.wait_for_text(".facts", "weitervermittelt").await;
    assert_eq!(db.column("SELECT status FROM intakes WHERE language = 'ar'").await, ["referred"]);

    // Signing out; the case is not there for the back button.
    browser.find("#logout").await.click().await;
    browser.find("#login").await;
    browser.go(&format!("{base}/cases/{reference}")).await;
    browser.find("#login").await;
    assert!(browser.url().await.contains("/login?next="), "{}", browser.url().await);

    browser.quit().await;
    bot.stop().await;
}
