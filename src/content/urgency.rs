//! Loading the urgency detector's data from `dialogs/urgency/`: the lexicons
//! (`<language>.toml`), the model (`model.bin`), and the corpora (`train/`, `eval/`) for
//! training and evaluation. The detector itself (`triage::urgency`) reads no files.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::triage::urgency::corpus::{self, Labelled};
use crate::triage::urgency::{self, train, Detector, Lexicons, Model};

/// The model file inside `dialogs/urgency/`.
pub const MODEL_FILE: &str = "model.bin";
/// The training corpus folder inside `dialogs/urgency/`.
pub const TRAIN_DIR: &str = "train";
/// The held-apart evaluation corpus folder inside `dialogs/urgency/`.
pub const EVAL_DIR: &str = "eval";

/// The detector for these languages: each one's lexicon where it has one, and the model
/// where there is one. Every problem names its file.
pub fn load(dir: &Path, codes: &[String]) -> Result<Detector, Vec<String>> {
    let mut errors = Vec::new();
    let mut sources = Vec::new();
    for code in codes {
        if let Ok(source) = std::fs::read_to_string(lexicon_path(dir, code)) {
            sources.push((code.clone(), source));
        }
    }
    let lexicons = Lexicons::from_sources(sources).unwrap_or_else(|problems| {
        errors.extend(problems.into_iter().map(|(code, e)| format!("{}: {e}", lexicon_path(dir, &code).display())));
        Lexicons::default()
    });
    let model_path = dir.join(MODEL_FILE);
    let model = match std::fs::read(&model_path) {
        Ok(bytes) => match Model::from_bytes(&bytes) {
            Ok(model) => Some(model),
            Err(e) => {
                errors.push(format!("{}: {e}", model_path.display()));
                None
            }
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => {
            errors.push(format!("{}: {e}", model_path.display()));
            None
        }
    };
    if errors.is_empty() {
        Ok(Detector::new(lexicons, model))
    } else {
        Err(errors)
    }
}

fn lexicon_path(dir: &Path, code: &str) -> PathBuf {
    dir.join(format!("{code}.toml"))
}

/// The corpus in `dir/<part>/`: per file, its language (the name up to the first dot:
/// `de.tsv`, `de.more.tsv`) and its messages. A bad line is named with file and line.
pub fn corpus(dir: &Path, part: &str) -> Result<Vec<(String, Vec<Labelled>)>, Vec<String>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join(part))
        .map_err(|e| vec![format!("{}: {e}", dir.join(part).display())])?
        .filter_map(|entry| Some(entry.ok()?.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "tsv"))
        .collect();
    files.sort();
    let mut languages = Vec::new();
    let mut errors = Vec::new();
    for path in files {
        let name = path.file_name().and_then(|s| s.to_str()).unwrap_or_default();
        let code = name.split('.').next().unwrap_or_default().to_owned();
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) => {
                errors.push(format!("{}: {e}", path.display()));
                continue;
            }
        };
        match corpus::parse(&text) {
            Ok(messages) => languages.push((code, messages)),
            Err(problems) => errors.extend(problems.into_iter().map(|p| format!("{}: {p}", path.display()))),
        }
    }
    if errors.is_empty() {
        Ok(languages)
    } else {
        Err(errors)
    }
}

/// What a model is trained from: the training corpus, the lexicons and the feature
/// scheme. A model whose digest differs was trained from something else.
pub fn training_digest(dir: &Path) -> std::io::Result<String> {
    let mut paths: Vec<PathBuf> = Vec::new();
    for folder in [dir.to_path_buf(), dir.join(TRAIN_DIR)] {
        for entry in std::fs::read_dir(&folder)? {
            let path = entry?.path();
            if path.extension().is_some_and(|e| e == "toml" || e == "tsv") {
                paths.push(path);
            }
        }
    }
    paths.sort();
    let mut hasher = Sha256::new();
    hasher.update(crate::triage::urgency::features::SCHEME.as_bytes());
    for path in paths {
        let name = path.strip_prefix(dir).unwrap_or(&path).to_string_lossy().replace('\\', "/");
        hasher.update(name.as_bytes());
        hasher.update([0]);
        hasher.update(std::fs::read(&path)?);
        hasher.update([0]);
    }
    Ok(hasher.finalize().iter().map(|b| format!("{b:02x}")).collect())
}

/// What `anlauf train-urgency` did: the model written, and how it did out of fold on its
/// own training corpus (each message judged by a model that had not seen it).
pub struct Training {
    pub model: Model,
    pub out_of_fold: corpus::Tally,
    pub path: PathBuf,
}

/// Trains the model from `dir/train/` and every lexicon in `dir`, and writes
/// `dir/model.bin` when `write` (whatever the model there was: a broken one can be replaced).
pub fn train(dir: &Path, options: &train::Options, write: bool) -> anyhow::Result<Training> {
    let mut codes: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| anyhow::anyhow!("{}: {e}", dir.display()))?
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            (path.extension()? == "toml").then(|| path.file_stem()?.to_str().map(str::to_owned))?
        })
        .collect();
    codes.sort();
    let mut sources = Vec::new();
    for code in &codes {
        sources.push((code.clone(), std::fs::read_to_string(lexicon_path(dir, code))?));
    }
    let lexicons = Lexicons::from_sources(sources).map_err(|problems| {
        let named: Vec<String> =
            problems.into_iter().map(|(code, e)| format!("{}: {e}", lexicon_path(dir, &code).display())).collect();
        anyhow::anyhow!(named.join("\n"))
    })?;
    let detector = Detector::new(lexicons, None);
    let corpus = corpus(dir, TRAIN_DIR).map_err(|e| anyhow::anyhow!(e.join("\n")))?;
    let examples = urgency::examples(&detector, &corpus);
    anyhow::ensure!(!examples.is_empty(), "{}: no messages to learn from", dir.join(TRAIN_DIR).display());
    let digest = training_digest(dir)?;
    let trained = train::train(&examples, options, digest);
    let mut out_of_fold = corpus::Tally::default();
    let messages = corpus.iter().flat_map(|(language, messages)| messages.iter().map(move |m| (language, m)));
    for (((language, message), score), example) in messages.zip(&trained.out_of_fold).zip(&examples) {
        let urgent = *score >= trained.model.header.threshold_for(example.lexicon);
        out_of_fold.add(language, message, urgent, None);
    }
    let path = dir.join(MODEL_FILE);
    if write {
        std::fs::write(&path, trained.model.to_bytes()).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    }
    Ok(Training { model: trained.model, out_of_fold, path })
}
