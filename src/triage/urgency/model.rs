//! The urgency model: logistic regression over the features of [`super::features`], one
//! head for "urgent at all" and one per category, trained by `anlauf train-urgency` from
//! `dialogs/urgency/train/` ([`super::train`]) and stored in `dialogs/urgency/model.bin`.
//!
//! The file is one line of JSON (what the model is: heads, threshold, the digest of the
//! data it was trained from, how many features) followed by the feature hashes (u32, little
//! endian, ascending) and each feature's weights, one signed byte per head, scaled per
//! head. Bytes rather than text: some hundred thousand features load in milliseconds.

use serde::{Deserialize, Serialize};

use super::features::Feature;

/// The heads: "urgent at all", then one per category in [`super::CATEGORIES`] order.
pub const HEADS: usize = 1 + super::CATEGORIES.len();

/// What the first line of the file says.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Header {
    pub format: u32,
    pub heads: usize,
    /// The "urgent" head's probability from which a message is urgent.
    pub threshold: f32,
    /// The same for a message in which a lexicon found an explicit case (no veto): the
    /// model may overrule a lexicon only when it is fairly sure. Absent: as `threshold`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lexicon_threshold: Option<f32>,
    /// Per head: the weight of one step of a stored byte.
    pub scales: Vec<f32>,
    /// SHA-256 of the training corpus and lexicons it was trained from.
    pub digest: String,
    pub features: usize,
}

const FORMAT: u32 = 1;

#[derive(Debug, Clone)]
pub struct Model {
    pub header: Header,
    hashes: Vec<u32>,
    weights: Vec<i8>,
}

/// The model's view of one message: the probability of each head.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scores(pub [f32; HEADS]);

impl Scores {
    pub fn urgent(&self) -> f32 {
        self.0[0]
    }

    /// The probability of category `i` (in [`super::CATEGORIES`] order).
    pub fn category(&self, i: usize) -> f32 {
        self.0[1 + i]
    }
}

impl Header {
    /// The threshold for a message in which a lexicon found (`lexicon`) or did not find
    /// an explicit case.
    pub fn threshold_for(&self, lexicon: bool) -> f32 {
        match (lexicon, self.lexicon_threshold) {
            (true, Some(floor)) => floor.min(self.threshold),
            _ => self.threshold,
        }
    }
}

impl Model {
    /// A model from trained weights: `features` ascending hashes, `weights` one row of
    /// [`HEADS`] per feature.
    pub fn from_weights(
        features: Vec<u32>,
        weights: &[[f32; HEADS]],
        threshold: f32,
        lexicon_threshold: Option<f32>,
        digest: String,
    ) -> Model {
        debug_assert!(features.windows(2).all(|w| w[0] < w[1]));
        let mut scales = vec![0f32; HEADS];
        for row in weights {
            for (h, w) in row.iter().enumerate() {
                scales[h] = scales[h].max(w.abs() / 127.0);
            }
        }
        for scale in &mut scales {
            if *scale == 0.0 {
                *scale = 1.0;
            }
        }
        // A feature whose every weight rounds to nothing is left out of the file.
        let mut hashes = Vec::with_capacity(features.len());
        let mut quantised = Vec::with_capacity(features.len() * HEADS);
        for (hash, row) in features.into_iter().zip(weights) {
            let bytes: Vec<i8> = row.iter().enumerate().map(|(h, w)| (w / scales[h]).round() as i8).collect();
            if bytes.iter().any(|b| *b != 0) {
                hashes.push(hash);
                quantised.extend(bytes);
            }
        }
        let features = hashes.len();
        let header = Header { format: FORMAT, heads: HEADS, threshold, lexicon_threshold, scales, digest, features };
        Model { header, hashes, weights: quantised }
    }

    /// Reads a model file; a file of another format or cut short is refused.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, String> {
        let end = bytes.iter().position(|b| *b == b'\n').ok_or("no header line")?;
        let header: Header = serde_json::from_slice(&bytes[..end])
            .map_err(|e| format!("header: {e} (retrain: anlauf train-urgency)"))?;
        if header.format != FORMAT || header.heads != HEADS || header.scales.len() != HEADS {
            return Err(format!(
                "a model of format {} with {} heads; this anlauf reads format {FORMAT} with {HEADS} (retrain: anlauf train-urgency)",
                header.format, header.heads
            ));
        }
        let body = &bytes[end + 1..];
        let n = header.features;
        if body.len() != n * 4 + n * HEADS {
            return Err(format!("{} bytes of weights for {n} features: the file is cut short", body.len()));
        }
        let hashes: Vec<u32> =
            body[..n * 4].chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect();
        if !hashes.windows(2).all(|w| w[0] < w[1]) {
            return Err("feature hashes out of order".into());
        }
        let weights = body[n * 4..].iter().map(|b| *b as i8).collect();
        Ok(Model { header, hashes, weights })
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut bytes = serde_json::to_vec(&self.header).expect("a header serialises");
        bytes.push(b'\n');
        for hash in &self.hashes {
            bytes.extend_from_slice(&hash.to_le_bytes());
        }
        bytes.extend(self.weights.iter().map(|w| *w as u8));
        bytes
    }

    fn row(&self, hash: u32) -> Option<&[i8]> {
        let i = self.hashes.binary_search(&hash).ok()?;
        Some(&self.weights[i * HEADS..(i + 1) * HEADS])
    }

    /// Each head's raw sum (before the sigmoid) for these features.
    pub fn margins(&self, features: &[Feature]) -> [f32; HEADS] {
        let mut sums = [0f32; HEADS];
        for (hash, value) in features {
            if let Some(row) = self.row(*hash) {
                for h in 0..HEADS {
                    sums[h] += row[h] as f32 * self.header.scales[h] * value;
                }
            }
        }
        sums
    }

    pub fn scores(&self, features: &[Feature]) -> Scores {
        Scores(self.margins(features).map(sigmoid))
    }

    /// How much the "urgent" head leans on these hashes (unscaled by the message length):
    /// used to name the words behind a decision.
    pub fn urgent_weight(&self, hashes: &[u32]) -> f32 {
        hashes.iter().filter_map(|h| self.row(*h)).map(|row| row[0] as f32 * self.header.scales[0]).sum()
    }

    /// The bytes held in memory for the weights.
    pub fn size(&self) -> usize {
        self.hashes.len() * 4 + self.weights.len()
    }
}

pub fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + (-x).exp())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_model_reads_back_as_itself_and_a_cut_file_is_refused() {
        let rows = [[1.0, -0.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [-2.0, 0.25, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]];
        let model = Model::from_weights(
            vec![3, 5, 9],
            &[rows[0], [0.001, 0.001, 0.0, 0.0, 0.0, 0.0, 0.0, 0.001], rows[1]],
            0.4,
            Some(0.3),
            "abc".into(),
        );
        assert_eq!(model.header.features, 2, "a feature that weighs nothing is left out");
        let bytes = model.to_bytes();
        let back = Model::from_bytes(&bytes).unwrap();
        assert_eq!(back.header, model.header);
        let scores = back.scores(&[(3, 1.0), (9, 1.0), (5, 1.0)]);
        assert!((scores.urgent() - sigmoid(-1.0)).abs() < 0.02, "{scores:?}");
        assert!(Model::from_bytes(&bytes[..bytes.len() - 1]).unwrap_err().contains("cut short"));
        assert!(Model::from_bytes(b"{}\n").unwrap_err().contains("retrain"));
    }
}
