//! Urgency detection in the client's own words: is someone in danger, or facing a legal
//! deadline, and which situation is it?
//!
//! Two parts, one decision. The lexicons ([`lexicon`], readable regular expressions per
//! language) find the explicit cases and the words that say so. The model ([`model`], a
//! logistic regression over character n-grams and words of the whole message, with the
//! lexicons' findings among its features) decides from the whole message: it has learnt
//! from the training corpus that "deported three years ago, how can I bring my wife" or a
//! film about violence are not urgent, and that "I don't want to wake up any more" is.
//! Without a model the lexicons decide alone. Pure: `content` reads the files.

pub mod corpus;
pub mod features;
pub mod lexicon;
pub mod model;
pub mod train;

use serde::Serialize;

pub use lexicon::{fold_accents, normalise, Lexicon, Lexicons, Match};
pub use model::Model;

/// The situations the bot escalates, with stable ids.
pub const CATEGORIES: [&str; 7] =
    ["deportation", "deadline", "violence", "homelessness", "hunger", "illness", "suicide"];

/// Categories where someone may be in danger now: the client is shown emergency numbers.
pub const DANGER: [&str; 4] = ["violence", "suicide", "illness", "homelessness"];

/// The probability from which a category other than the likeliest is named too (the
/// heads are trained with both classes weighing alike, so their probabilities run high).
const ALSO_NAMED: f32 = 0.9;
/// The same for a category a lexicon found.
const ALSO_NAMED_WITH_LEXICON: f32 = 0.5;
/// How many of the model's words are named as the reason.
const REASONS: usize = 3;

/// What the detector found in a text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub urgent: bool,
    pub categories: Vec<String>,
    /// The words behind the decision (folded: lower case, no accents), for staff.
    #[serde(skip)]
    pub evidence: Vec<String>,
}

impl Finding {
    /// Urgent exactly when there are categories.
    pub fn of(categories: impl IntoIterator<Item = String>) -> Finding {
        let categories: Vec<String> = categories.into_iter().collect();
        Finding { urgent: !categories.is_empty(), categories, evidence: Vec::new() }
    }

    /// Whether someone may be in danger now.
    pub fn danger(&self) -> bool {
        self.categories.iter().any(|c| DANGER.contains(&c.as_str()))
    }
}

/// The lexicons and, when there is one, the model: what the bot, `anlauf check-urgency`
/// and the evaluation all run.
#[derive(Debug, Clone, Default)]
pub struct Detector {
    pub lexicons: Lexicons,
    pub model: Option<Model>,
}

impl Detector {
    pub fn new(lexicons: Lexicons, model: Option<Model>) -> Detector {
        Detector { lexicons, model }
    }

    /// What the lexicons of `languages` (the dialogue's, and the one the text is written
    /// in) find, and the model's features of the text with those findings.
    pub fn features(&self, languages: &[&str], text: &str) -> (Vec<Match>, Vec<features::Feature>) {
        let matches = self.lexicons.matches(languages, text);
        let categories: Vec<String> = matches.iter().map(|m| m.category.clone()).collect();
        let features = features::extract(text, &categories);
        (matches, features)
    }

    /// Whether `text` is urgent, in which categories, and why.
    pub fn detect(&self, languages: &[&str], text: &str) -> Finding {
        let Some(model) = &self.model else {
            let matches = self.lexicons.matches(languages, text);
            let evidence = matches.iter().map(|m| m.words.clone()).collect();
            return Finding { evidence, ..Finding::of(matches.into_iter().map(|m| m.category)) };
        };
        // A date, a year, a phone number or nothing at all says nothing about danger.
        if !text.chars().any(char::is_alphabetic) {
            return Finding::default();
        }
        let (matches, features) = self.features(languages, text);
        let scores = model.scores(&features);
        // A lexicon's explicit find is overruled only when the model is fairly sure.
        if scores.urgent() < model.header.threshold_for(!matches.is_empty()) {
            return Finding::default();
        }
        let found = |category: &str| matches.iter().find(|m| m.category == category);
        // The likeliest category is named; another only when the model is sure of it too,
        // or fairly sure and a lexicon found it.
        let likeliest = (0..CATEGORIES.len()).max_by(|a, b| scores.category(*a).total_cmp(&scores.category(*b)));
        let categories: Vec<String> = CATEGORIES
            .iter()
            .enumerate()
            .filter(|(i, c)| {
                let p = scores.category(*i);
                Some(*i) == likeliest || p >= ALSO_NAMED || (p >= ALSO_NAMED_WITH_LEXICON && found(c).is_some())
            })
            .map(|(_, c)| (*c).to_owned())
            .collect();
        let mut evidence: Vec<String> = categories.iter().filter_map(|c| found(c)).map(|m| m.words.clone()).collect();
        for word in reasons(model, text) {
            if !evidence.iter().any(|e| e.contains(word.as_str())) {
                evidence.push(word);
            }
        }
        Finding { urgent: true, categories, evidence }
    }
}

/// The languages whose lexicons read a text typed in a dialogue in `dialogue`: that one,
/// and the one the text is written in.
pub fn languages<'a>(dialogue: &'a str, text: &str) -> [&'a str; 2] {
    [dialogue, crate::triage::language::written_in(text, dialogue)]
}

/// The training examples of a corpus, with the features the detector computes at run
/// time (the lexicons of the file's language and of the language each text is written in).
pub fn examples(detector: &Detector, corpus: &[(String, Vec<corpus::Labelled>)]) -> Vec<train::Example> {
    let mut examples = Vec::new();
    for (language, messages) in corpus {
        for message in messages {
            let (matches, features) = detector.features(&languages(language, &message.text), &message.text);
            let mut targets = [false; model::HEADS];
            if let corpus::Label::Urgent(categories) = &message.label {
                targets[0] = true;
                for category in categories {
                    if let Some(i) = CATEGORIES.iter().position(|c| c == category) {
                        targets[1 + i] = true;
                    }
                }
            }
            examples.push(train::Example { features, targets, lexicon: !matches.is_empty() });
        }
    }
    examples
}

/// How `detector` does on a corpus, each message read as the bot reads it.
pub fn evaluate(detector: &Detector, corpus: &[(String, Vec<corpus::Labelled>)]) -> corpus::Tally {
    let mut tally = corpus::Tally::default();
    for (language, messages) in corpus {
        for message in messages {
            let found = detector.detect(&languages(language, &message.text), &message.text);
            tally.add(language, message, found.urgent, Some(&found.categories));
        }
    }
    tally
}

/// The words of `text` that lean most towards "urgent" in the model.
fn reasons(model: &Model, text: &str) -> Vec<String> {
    let mut words: Vec<(f32, String)> = features::word_features(text)
        .into_iter()
        .map(|(word, hashes)| (model.urgent_weight(&hashes), word))
        .filter(|(weight, _)| *weight > 0.0)
        .collect();
    words.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut named: Vec<String> = Vec::new();
    for (_, word) in words {
        if named.len() == REASONS {
            break;
        }
        if !named.contains(&word) {
            named.push(word);
        }
    }
    named
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicons() -> Lexicons {
        let de = "[categories]\nviolence = ['schl[aä]gt']\ndeportation = ['abschieb']\n";
        Lexicons::from_sources(vec![("de".into(), de.into())]).unwrap()
    }

    #[test]
    fn without_a_model_the_lexicons_decide_and_say_which_words() {
        let detector = Detector::new(lexicons(), None);
        let found = detector.detect(&["de"], "Mein Mann schlägt mich");
        assert_eq!((found.urgent, found.categories.clone()), (true, vec!["violence".to_owned()]));
        assert_eq!(found.evidence, ["schlägt"]);
        assert!(found.danger());
        assert!(!detector.detect(&["de"], "Ich suche eine Wohnung").urgent);
        assert!(!detector.detect(&["en"], "Mein Mann schlägt mich").urgent, "no lexicon for that language");
    }

    #[test]
    fn with_a_model_the_whole_message_decides() {
        use train::{train, Example, Options};
        let detector = Detector::new(lexicons(), None);
        let mut examples = Vec::new();
        let mut add = |text: String, categories: &[usize]| {
            let mut targets = [false; model::HEADS];
            targets[0] = !categories.is_empty();
            for c in categories {
                targets[1 + c] = true;
            }
            let (matches, features) = detector.features(&["de"], &text);
            examples.push(Example { features, targets, lexicon: !matches.is_empty() });
        };
        for i in 0..10 {
            add(format!("mein mann schlägt mich {i}"), &[2]);
            add(format!("ich werde morgen abgeschoben {i}"), &[0]);
            add(format!("mein cousin wurde vor jahren abgeschoben, familiennachzug {i}"), &[]);
            add(format!("ich suche einen deutschkurs {i}"), &[]);
        }
        let trained = train(&examples, &Options { epochs: 15, ..Options::default() }, String::new());
        let detector = Detector::new(lexicons(), Some(trained.model));
        let found = detector.detect(&["de"], "Mein Mann schlägt mich");
        assert_eq!(found.categories, ["violence"]);
        assert!(found.evidence.contains(&"schlägt".to_owned()), "{:?}", found.evidence);
        assert!(!detector.detect(&["de"], "mein cousin wurde vor jahren abgeschoben").urgent);
    }
}
