//! `cargo bench --bench urgency`: the urgency detector's latency per message and the memory
//! it holds with every language loaded (docs/development.md, "The urgency detector"). Every
//! message of the training and evaluation corpora is decided ten times, as the bot decides
//! it; the lexicons are compiled first, as they are after a language's first message.

use std::time::Instant;

use anlauf::content::urgency::{corpus, EVAL_DIR, TRAIN_DIR};
use anlauf::content::Content;
use anlauf::triage::urgency::{languages, Detector};

/// The process's resident memory, in kB (Linux).
fn rss_kb() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let content = Content::load(&root.join("anlauf.toml")).expect("the shipped content loads");
    let dir = root.join("dialogs/urgency");
    let before = rss_kb();
    let started = Instant::now();
    let codes: Vec<String> = content.i18n.languages().list().iter().map(|l| l.code.clone()).collect();
    let detector: Detector = anlauf::content::urgency::load(&dir, &codes).expect("the detector loads");
    let loaded = started.elapsed();
    detector.lexicons.compile_all();
    let compiled = started.elapsed();
    let after = rss_kb();
    let mut messages = Vec::new();
    for part in [TRAIN_DIR, EVAL_DIR] {
        for (code, set) in corpus(&dir, part).expect("the corpora read") {
            messages.extend(set.into_iter().map(|m| (code.clone(), m.text)));
        }
    }
    // And the longest message a client may send.
    messages.push(("de".into(), "Mein Mann schlägt mich und ich weiß nicht wohin. ".repeat(80)));
    let mut times = Vec::with_capacity(messages.len() * 10);
    let mut urgent = 0usize;
    for _ in 0..10 {
        for (code, text) in &messages {
            let start = Instant::now();
            let found = detector.detect(&languages(code, text), text);
            times.push(start.elapsed());
            urgent += found.urgent as usize;
        }
    }
    // The lexicons alone, for where the time goes.
    let mut lexicon_times = Vec::with_capacity(messages.len());
    for (code, text) in &messages {
        let start = Instant::now();
        detector.lexicons.matches(&languages(code, text), text);
        lexicon_times.push(start.elapsed());
    }
    lexicon_times.sort();
    let lexicon_p99 = lexicon_times[((lexicon_times.len() - 1) as f64 * 0.99) as usize];
    times.sort();
    let at = |q: f64| times[((times.len() - 1) as f64 * q) as usize];
    println!(
        "urgency detector: {} decisions ({} urgent); p50 {:?}, p99 {:?}, max {:?}",
        times.len(),
        urgent,
        at(0.5),
        at(0.99),
        times[times.len() - 1]
    );
    println!("of which the lexicons alone: p99 {lexicon_p99:?}");
    println!(
        "loading the model and lexicon sources: {loaded:?}; compiling all {} lexicons: {:?}",
        codes.len(),
        compiled - loaded
    );
    let model = detector.model.as_ref().map_or(0, |m| m.size());
    println!(
        "memory: {} kB resident more with the detector of all {} languages loaded and compiled ({} kB of model weights)",
        after.saturating_sub(before),
        codes.len(),
        model / 1024
    );
}
