//! What the model sees of a message: hashed character n-grams and words of a folded form
//! of the text, and the lexicons' findings.
//!
//! Character n-grams (2 to 5 characters, across word boundaries) carry a word whatever
//! its ending, spelling or transliteration ("abschiebung", "abschiebe", "abshiebung"
//! share most of theirs) and the little words around it ("vor 3 jahren", "not", "film");
//! words and word pairs carry the rest. The folded form drops case, accents and tone
//! marks, unifies Arabic-script letter variants, reads Eastern digits as ASCII and
//! squeezes a letter repeated for emphasis, so "pleeease", "PLEASE" and "pléase" are one.

use super::lexicon::{fold_accents, normalise};
use super::CATEGORIES;

/// What the features are, in words: part of the training digest, so a model trained on
/// other features is known to be stale. Change it with any change to this file's output.
pub const SCHEME: &str = "fold v1; char 2-5 across words; words; word pairs; lexicon categories; bias; fnv1a-32";

/// The shortest and longest character n-gram.
const NGRAMS: std::ops::RangeInclusive<usize> = 2..=5;

/// A feature: its hash and its value in this message.
pub type Feature = (u32, f32);

/// Kinds of feature, hashed apart so a word and an n-gram of the same letters differ.
const CHARS: u8 = b'c';
const WORD: u8 = b'w';
const PAIR: u8 = b'p';
const LEXICON: u8 = b'L';
const BIAS: u8 = b'B';

/// The folded form of a text, words separated by single spaces.
pub fn fold(text: &str) -> String {
    let folded = fold_accents(&normalise(text));
    let mut out = String::with_capacity(folded.len());
    let mut last: Option<char> = None;
    let mut run = 0;
    for c in folded.chars() {
        let c = match c {
            'ي' => 'ی',
            'ى' => 'ی',
            'ۀ' => 'ه',
            'ؤ' => 'و',
            'ئ' => 'ی',
            // Tatweel, and the hamza left over when ئ, ؤ, أ are decomposed.
            'ـ' | '\u{0654}' | '\u{0655}' => continue,
            c if c.is_alphanumeric() => c,
            // Combining marks of other scripts (Devanagari-like vowel signs do not occur in
            // our languages; Ge'ez and Georgian letters are alphabetic): everything else
            // separates words.
            _ => ' ',
        };
        if c == ' ' && (last == Some(' ') || last.is_none()) {
            continue;
        }
        if Some(c) == last {
            run += 1;
            if run >= 2 && c != ' ' {
                continue;
            }
        } else {
            run = 0;
        }
        out.push(c);
        last = Some(c);
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// FNV-1a over a kind byte and some bytes.
fn hash(kind: u8, parts: &[&[u8]]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    let mut eat = |b: u8| {
        h ^= b as u32;
        h = h.wrapping_mul(0x0100_0193);
    };
    eat(kind);
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            eat(0xff);
        }
        part.iter().for_each(|b| eat(*b));
    }
    h
}

/// The model's features of `text` with the lexicon categories found in it: each hash once,
/// text features scaled so a long message weighs no more than a short one.
pub fn extract(text: &str, lexicon_categories: &[String]) -> Vec<Feature> {
    let folded = fold(text);
    let (chars, words) = text_hashes(&folded);
    let mut features = Vec::with_capacity(chars.len() + words.len() + 4);
    // Characters and words each weigh alike, whatever their numbers.
    for mut group in [chars, words] {
        group.sort_unstable();
        group.dedup();
        let scale = 1.0 / (group.len().max(1) as f32).sqrt();
        features.extend(group.into_iter().map(|h| (h, scale)));
    }
    for category in lexicon_categories {
        if let Some(i) = CATEGORIES.iter().position(|c| c == category) {
            features.push((hash(LEXICON, &[&[i as u8]]), 1.0));
        }
    }
    features.push((hash(BIAS, &[]), 1.0));
    features.sort_unstable_by_key(|f| f.0);
    features.dedup_by_key(|f| f.0);
    features
}

/// The hashes of the character n-grams, and of the words and word pairs, of a folded text.
fn text_hashes(folded: &str) -> (Vec<u32>, Vec<u32>) {
    let padded: Vec<char> = format!(" {folded} ").chars().collect();
    let mut chars = Vec::with_capacity(padded.len() * NGRAMS.count());
    let mut buffer = [0u8; 4 * 6];
    for n in NGRAMS {
        for window in padded.windows(n) {
            if window.iter().all(|c| *c == ' ') {
                continue;
            }
            let mut len = 0;
            for c in window {
                len += c.encode_utf8(&mut buffer[len..]).len();
            }
            chars.push(hash(CHARS, &[&buffer[..len]]));
        }
    }
    let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    let mut whole = Vec::with_capacity(words.len() * 2);
    for word in &words {
        whole.push(hash(WORD, &[word.as_bytes()]));
    }
    for pair in words.windows(2) {
        whole.push(hash(PAIR, &[pair[0].as_bytes(), pair[1].as_bytes()]));
    }
    (chars, whole)
}

/// The words of `text` (folded) with the hashes of the features inside each: a word's
/// own hash and the character n-grams that lie within it and its spaces. Used to say which
/// words made the model decide.
pub fn word_features(text: &str) -> Vec<(String, Vec<u32>)> {
    fold(text)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(|word| {
            // One word: its n-grams and itself, no pairs.
            let (mut hashes, whole) = text_hashes(word);
            hashes.extend(whole);
            hashes.sort_unstable();
            hashes.dedup();
            (word.to_owned(), hashes)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_makes_spellings_meet() {
        assert_eq!(fold("Pleeeease HELP!!!  Müll"), "pleease help mull");
        assert_eq!(fold("أنا  خائفة"), fold("انا خايفه"));
        assert_eq!(fold("Tôi bị đánh"), "toi bi danh");
        assert_eq!(fold("۱۲ روز"), "12 روز");
        assert_eq!(fold("  ...  "), "");
    }

    #[test]
    fn every_feature_is_counted_once_and_lexicon_findings_add_their_own() {
        let plain = extract("hilfe hilfe", &[]);
        let hashes: Vec<u32> = plain.iter().map(|f| f.0).collect();
        let mut unique = hashes.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(hashes.len(), unique.len());
        let with = extract("hilfe hilfe", &["violence".to_owned()]);
        assert_eq!(with.len(), plain.len() + 1);
    }

    #[test]
    fn a_word_carries_its_own_ngrams() {
        let words = word_features("Er schlägt mich");
        assert_eq!(words.iter().map(|w| w.0.as_str()).collect::<Vec<_>>(), ["er", "schlagt", "mich"]);
        let all = extract("Er schlägt mich", &[]);
        for hash in &words[1].1 {
            assert!(all.iter().any(|f| f.0 == *hash), "a word's features are the message's");
        }
    }
}
