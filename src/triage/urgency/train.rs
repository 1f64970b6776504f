//! Training the urgency model: logistic regression with AdaGrad and L2, each head's classes
//! weighted to count alike, the "urgent" threshold chosen from out-of-fold predictions
//! (k-fold cross-validation on the training corpus alone), then one model on all of it.
//! Deterministic: the same corpus gives the same model, byte for byte.

use std::collections::HashMap;

use super::features::Feature;
use super::model::{sigmoid, Model, HEADS};

/// One training message: its features and, per head, whether it is a positive.
#[derive(Debug, Clone)]
pub struct Example {
    pub features: Vec<Feature>,
    pub targets: [bool; HEADS],
    /// A lexicon found an explicit case in it.
    pub lexicon: bool,
}

#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub epochs: usize,
    pub rate: f32,
    pub l2: f32,
    /// A text feature seen in fewer messages than this is left out (noise, and size).
    pub min_count: usize,
    pub folds: usize,
    /// The share of ordinary messages the threshold may call urgent, out of fold.
    pub max_false_alarms: f64,
    /// The further share the lower threshold for messages a lexicon found may add.
    pub lexicon_false_alarms: f64,
    pub seed: u64,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            epochs: 25,
            rate: 0.3,
            l2: 1e-6,
            min_count: 2,
            folds: 5,
            max_false_alarms: 0.04,
            lexicon_false_alarms: 0.01,
            seed: 7,
        }
    }
}

/// What training found out of fold: each example's "urgent" probability.
#[derive(Debug, Clone)]
pub struct Trained {
    pub model: Model,
    /// Out-of-fold probability of "urgent", per example (same order as given).
    pub out_of_fold: Vec<f32>,
}

/// A small deterministic generator (xorshift), so a corpus trains to the same bytes on
/// every machine and with every version of the `rand` crate.
struct Shuffle(u64);

impl Shuffle {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            items.swap(i, j);
        }
    }
}

/// Dense weights over the features kept, indexed by position in `hashes`.
struct Weights {
    hashes: Vec<u32>,
    index: HashMap<u32, usize>,
    rows: Vec<[f32; HEADS]>,
}

fn fit(examples: &[&Example], options: &Options) -> Weights {
    let mut counts: HashMap<u32, usize> = HashMap::new();
    for example in examples {
        for (hash, _) in &example.features {
            *counts.entry(*hash).or_default() += 1;
        }
    }
    let mut hashes: Vec<u32> = counts.into_iter().filter(|(_, n)| *n >= options.min_count).map(|(h, _)| h).collect();
    hashes.sort_unstable();
    let index: HashMap<u32, usize> = hashes.iter().enumerate().map(|(i, h)| (*h, i)).collect();
    let rows_of: Vec<Vec<(usize, f32)>> =
        examples.iter().map(|e| e.features.iter().filter_map(|(h, v)| Some((*index.get(h)?, *v))).collect()).collect();
    // Each head's positives and negatives weigh half the data each.
    let mut class_weight = [[1f32; 2]; HEADS];
    for (h, weight) in class_weight.iter_mut().enumerate() {
        let positives = examples.iter().filter(|e| e.targets[h]).count().max(1) as f32;
        let negatives = (examples.len() as f32 - positives).max(1.0);
        let n = examples.len() as f32;
        *weight = [n / (2.0 * negatives), n / (2.0 * positives)];
    }
    let mut rows = vec![[0f32; HEADS]; hashes.len()];
    let mut squares = vec![[1e-6f32; HEADS]; hashes.len()];
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut random = Shuffle(options.seed.max(1));
    for _ in 0..options.epochs {
        random.shuffle(&mut order);
        for &i in &order {
            let features = &rows_of[i];
            let mut margins = [0f32; HEADS];
            for (j, value) in features {
                for h in 0..HEADS {
                    margins[h] += rows[*j][h] * value;
                }
            }
            for h in 0..HEADS {
                let target = examples[i].targets[h];
                let error = (sigmoid(margins[h]) - target as u8 as f32) * class_weight[h][target as usize];
                for (j, value) in features {
                    let gradient = error * value + options.l2 * rows[*j][h];
                    squares[*j][h] += gradient * gradient;
                    rows[*j][h] -= options.rate * gradient / squares[*j][h].sqrt();
                }
            }
        }
    }
    Weights { hashes, index, rows }
}

impl Weights {
    fn urgent(&self, example: &Example) -> f32 {
        let margin: f32 =
            example.features.iter().filter_map(|(h, v)| Some(self.rows[*self.index.get(h)?][0] * v)).sum();
        sigmoid(margin)
    }
}

/// The lowest threshold whose false alarms among `ordinary` stay within `max`: the one
/// that finds the most urgent messages while keeping its promise on ordinary ones.
pub fn threshold(ordinary: &[f32], max: f64) -> f32 {
    let mut sorted: Vec<f32> = ordinary.to_vec();
    sorted.sort_by(|a, b| b.total_cmp(a));
    let allowed = (max * sorted.len() as f64).floor() as usize;
    // Just above the (allowed+1)-th highest ordinary score.
    let floor = sorted.get(allowed).map(|s| s + 1e-4).unwrap_or(0.0);
    floor.clamp(0.05, 0.95)
}

/// The lowest threshold for messages a lexicon found such that, with `threshold` for
/// the rest, the false alarms among ordinary messages (`(score, lexicon)`) stay within
/// `max` in all. `None` when it cannot go under `threshold`.
pub fn lexicon_threshold(ordinary: &[(f32, bool)], threshold: f32, max: f64) -> Option<f32> {
    let allowed = (max * ordinary.len() as f64).floor() as usize;
    let above = ordinary.iter().filter(|(s, _)| *s >= threshold).count();
    let mut found: Vec<f32> = ordinary.iter().filter(|(s, lex)| *lex && *s < threshold).map(|(s, _)| *s).collect();
    found.sort_by(|a, b| b.total_cmp(a));
    let room = allowed.checked_sub(above)?;
    // Just above the (room+1)-th highest lexicon-found ordinary score under `threshold`.
    let floor = found.get(room).map(|s| s + 1e-4).unwrap_or(0.05).clamp(0.05, threshold);
    (floor < threshold).then_some(floor)
}

/// Trains on `examples`: folds first for the threshold, then all of them for the model.
pub fn train(examples: &[Example], options: &Options, digest: String) -> Trained {
    let mut out_of_fold = vec![0f32; examples.len()];
    let folds = options.folds.max(2);
    for fold in 0..folds {
        let training: Vec<&Example> =
            examples.iter().enumerate().filter(|(i, _)| i % folds != fold).map(|(_, e)| e).collect();
        let weights = fit(&training, options);
        for (i, example) in examples.iter().enumerate().filter(|(i, _)| i % folds == fold) {
            out_of_fold[i] = weights.urgent(example);
        }
    }
    let ordinary: Vec<f32> = out_of_fold.iter().zip(examples).filter(|(_, e)| !e.targets[0]).map(|(s, _)| *s).collect();
    let threshold = threshold(&ordinary, options.max_false_alarms);
    let found: Vec<(f32, bool)> =
        out_of_fold.iter().zip(examples).filter(|(_, e)| !e.targets[0]).map(|(s, e)| (*s, e.lexicon)).collect();
    let floor = lexicon_threshold(&found, threshold, options.max_false_alarms + options.lexicon_false_alarms);
    let all: Vec<&Example> = examples.iter().collect();
    let weights = fit(&all, options);
    let model = Model::from_weights(weights.hashes, &weights.rows, threshold, floor, digest);
    Trained { model, out_of_fold }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::triage::urgency::features::extract;

    fn example(text: &str, urgent: bool) -> Example {
        let mut targets = [false; HEADS];
        targets[0] = urgent;
        targets[3] = urgent;
        Example { features: extract(text, &[]), targets, lexicon: false }
    }

    #[test]
    fn a_small_corpus_is_learnt_and_the_same_corpus_gives_the_same_bytes() {
        let mut examples = Vec::new();
        for i in 0..12 {
            examples.push(example(&format!("mein mann schlägt mich jeden tag {i}"), true));
            examples.push(example(&format!("er hat mich geschlagen und bedroht {i}"), true));
            examples.push(example(&format!("ich suche einen deutschkurs ab montag {i}"), false));
            examples.push(example(&format!("wie bekomme ich einen kitaplatz {i}"), false));
        }
        let options = Options { epochs: 10, ..Options::default() };
        let trained = train(&examples, &options, "d".into());
        let model = &trained.model;
        let scores = model.scores(&extract("mein mann schlägt mich", &[]));
        assert!(scores.urgent() > model.header.threshold, "{scores:?}");
        assert!(model.scores(&extract("ich suche einen deutschkurs", &[])).urgent() < model.header.threshold);
        assert_eq!(train(&examples, &options, "d".into()).model.to_bytes(), model.to_bytes());
    }

    #[test]
    fn the_lexicon_threshold_spends_only_the_further_share_on_messages_a_lexicon_found() {
        // 100 ordinary: 4 above 0.7; lexicon-found ones at 0.6, 0.5, 0.4 and 0.2.
        let mut ordinary: Vec<(f32, bool)> = vec![(0.1, false); 92];
        ordinary.extend([(0.8, false), (0.75, true), (0.72, false), (0.71, false)]);
        ordinary.extend([(0.6, true), (0.5, true), (0.4, true), (0.2, true)]);
        let floor = lexicon_threshold(&ordinary, 0.7, 0.05).unwrap();
        assert!(floor > 0.5 && floor <= 0.6001, "one more false alarm allowed: {floor}");
        let none_more = lexicon_threshold(&ordinary, 0.7, 0.04).unwrap();
        assert!(none_more > 0.6, "no further false alarm: just above the highest found ({none_more})");
        assert_eq!(lexicon_threshold(&ordinary, 0.7, 0.03), None, "over budget already");
    }

    #[test]
    fn the_threshold_keeps_false_alarms_within_the_promise() {
        let ordinary = [0.1, 0.2, 0.3, 0.9, 0.4, 0.35, 0.15, 0.05, 0.25, 0.6];
        let t = threshold(&ordinary, 0.1);
        assert_eq!(ordinary.iter().filter(|s| **s >= t).count(), 1);
        assert!(t > 0.6 && t < 0.61);
    }
}
