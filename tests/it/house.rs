//! The house's shape: no two top-level modules of the library import each other, however
//! indirectly, nor two files of one folder, so that each can be read, tested and changed
//! from the bottom up.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::support;

/// Top-level module → the top-level modules its files name with `crate::…`.
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let src = support::root().join("src");
    let uses = regex::Regex::new(r"crate::(?:\{\s*)?([a-z_][a-z0-9_]*)").unwrap();
    let grouped = regex::Regex::new(r"crate::\{([^}]*)\}").unwrap();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut files = Vec::new();
    collect(&src, &mut files);
    for file in files {
        let relative = file.strip_prefix(&src).unwrap();
        let first = relative.components().next().unwrap().as_os_str().to_string_lossy().into_owned();
        let module = first.trim_end_matches(".rs").to_owned();
        if module == "main" || module == "lib" {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        let targets = graph.entry(module.clone()).or_default();
        let mut named: Vec<String> = uses.captures_iter(&text).map(|c| c[1].to_owned()).collect();
        for group in grouped.captures_iter(&text) {
            named.extend(group[1].split(',').filter_map(|p| p.trim().split("::").next()).map(str::to_owned));
        }
        targets.extend(named.into_iter().filter(|n| !n.is_empty() && *n != module));
    }
    graph
}

fn collect(dir: &Path, into: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect(&path, into);
        } else if path.extension().is_some_and(|e| e == "rs") {
            into.push(path);
        }
    }
}

/// A path from `from` back to `from`, if there is one.
fn cycle(graph: &BTreeMap<String, BTreeSet<String>>, from: &str) -> Option<Vec<String>> {
    let mut stack = vec![vec![from.to_owned()]];
    let mut seen = BTreeSet::new();
    while let Some(path) = stack.pop() {
        let last = path.last().unwrap();
        for next in graph.get(last).into_iter().flatten() {
            if next == from {
                let mut found = path.clone();
                found.push(next.clone());
                return Some(found);
            }
            if seen.insert(next.clone()) {
                let mut longer = path.clone();
                longer.push(next.clone());
                stack.push(longer);
            }
        }
    }
    None
}

#[test]
fn no_module_imports_one_that_imports_it() {
    let graph = imports();
    assert!(graph["content"].contains("i18n") && graph["i18n"].contains("text"), "{graph:?}");
    for module in graph.keys() {
        if let Some(path) = cycle(&graph, module) {
            panic!("import circle: {}", path.join(" → "));
        }
    }
}

/// For each folder, its files (by stem, `mod.rs` left out: it declares the others) →
/// the files of the same folder they name with `super::…`.
fn sibling_imports() -> BTreeMap<std::path::PathBuf, BTreeMap<String, BTreeSet<String>>> {
    let uses = regex::Regex::new(r"super::([a-z_][a-z0-9_]*)").unwrap();
    let grouped = regex::Regex::new(r"super::\{([^}]*)\}").unwrap();
    let mut files = Vec::new();
    collect(&support::root().join("src"), &mut files);
    let mut folders: BTreeMap<std::path::PathBuf, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
    for file in &files {
        let stem = file.file_stem().unwrap().to_string_lossy().into_owned();
        if stem != "mod" {
            folders.entry(file.parent().unwrap().to_path_buf()).or_default().insert(stem, BTreeSet::new());
        }
    }
    for file in files {
        let stem = file.file_stem().unwrap().to_string_lossy().into_owned();
        let Some(siblings) = folders.get_mut(file.parent().unwrap()) else { continue };
        if stem == "mod" {
            continue;
        }
        // Code only: a doc comment's link (`[`super::model`]`) imports nothing.
        let text: String = std::fs::read_to_string(&file)
            .unwrap()
            .lines()
            .filter(|line| !line.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        let mut named: Vec<String> = uses.captures_iter(&text).map(|c| c[1].to_owned()).collect();
        for group in grouped.captures_iter(&text) {
            named.extend(group[1].split(',').filter_map(|p| p.trim().split("::").next()).map(str::to_owned));
        }
        let known: BTreeSet<String> = siblings.keys().cloned().collect();
        let targets = siblings.get_mut(&stem).unwrap();
        targets.extend(named.into_iter().filter(|n| *n != stem && known.contains(n)));
    }
    folders
}

#[test]
fn no_file_imports_one_of_its_folder_that_imports_it() {
    let folders = sibling_imports();
    let store = &folders[&support::root().join("src/store/sql")];
    assert!(store["conversations"].contains("outbox"), "{store:?}");
    for (folder, graph) in &folders {
        for file in graph.keys() {
            if let Some(path) = cycle(graph, file) {
                panic!("import circle in {}: {}", folder.display(), path.join(" → "));
            }
        }
    }
}

#[test]
fn the_dialogue_engine_and_triage_do_no_io_and_read_no_clock() {
    let mut files = Vec::new();
    collect(&support::root().join("src/dialog"), &mut files);
    collect(&support::root().join("src/triage"), &mut files);
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for forbidden in ["std::fs", "tokio", "sqlx", "Utc::now", "Local::now", "SystemTime", "i18n::", "fluent"] {
            assert!(!text.contains(forbidden), "{} uses {forbidden}", file.display());
        }
    }
}
