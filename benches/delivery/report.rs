//! The report: per scenario a readable block (figure, value), a JSON line with the same
//! figures (`--json`), and at the end the targets of issue 12 next to what was measured.

use std::fmt::Write as _;
use std::time::Duration;

use serde_json::{Map, Value};

/// One of issue 12's targets, checked against a measured figure.
#[derive(Debug, Clone)]
pub struct Target {
    pub what: String,
    pub target: String,
    pub measured: String,
    pub met: bool,
}

#[derive(Debug, Clone)]
pub struct Report {
    pub scenario: &'static str,
    title: String,
    rows: Vec<(String, String)>,
    notes: Vec<String>,
    json: Map<String, Value>,
    pub targets: Vec<Target>,
    /// Something went wrong enough that the figures cannot be trusted.
    pub failed: Option<String>,
}

impl Report {
    pub fn new(scenario: &'static str, title: impl Into<String>) -> Report {
        let mut json = Map::new();
        json.insert("scenario".into(), scenario.into());
        Report {
            scenario,
            title: title.into(),
            rows: Vec::new(),
            notes: Vec::new(),
            json,
            targets: Vec::new(),
            failed: None,
        }
    }

    /// A figure: shown as `text`, in the JSON as `key: value`.
    pub fn row(&mut self, label: &str, text: impl Into<String>, key: &str, value: impl Into<Value>) {
        self.rows.push((label.into(), text.into()));
        self.json.insert(key.into(), value.into());
    }

    /// A line in the readable block only.
    pub fn line(&mut self, label: &str, text: impl Into<String>) {
        self.rows.push((label.into(), text.into()));
    }

    /// A JSON field only.
    pub fn field(&mut self, key: &str, value: impl Into<Value>) {
        self.json.insert(key.into(), value.into());
    }

    pub fn note(&mut self, note: impl Into<String>) {
        self.notes.push(note.into());
    }

    pub fn target(&mut self, what: &str, target: &str, measured: String, met: bool) {
        self.targets.push(Target { what: what.into(), target: target.into(), measured, met });
    }

    pub fn fail(&mut self, why: impl Into<String>) {
        let why = why.into();
        self.json.insert("failed".into(), why.clone().into());
        self.failed = Some(why);
    }

    pub fn text(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "\n== {} — {}", self.scenario, self.title);
        if let Some(why) = &self.failed {
            let _ = writeln!(out, "   FAILED: {why}");
        }
        let width = self.rows.iter().map(|(l, _)| l.chars().count()).max().unwrap_or(0);
        for (label, value) in &self.rows {
            let pad = width - label.chars().count();
            let _ = writeln!(out, "   {label}{}  {value}", " ".repeat(pad));
        }
        for note in &self.notes {
            let _ = writeln!(out, "   note: {note}");
        }
        out
    }

    pub fn json_line(&self) -> String {
        let mut json = self.json.clone();
        let targets: Vec<Value> = self
            .targets
            .iter()
            .map(|t| serde_json::json!({ "what": t.what, "target": t.target, "measured": t.measured, "met": t.met }))
            .collect();
        json.insert("targets".into(), targets.into());
        if !self.notes.is_empty() {
            json.insert("notes".into(), self.notes.clone().into());
        }
        Value::Object(json).to_string()
    }
}

/// The targets of every scenario run, side by side.
pub fn targets_table(reports: &[Report]) -> String {
    let rows: Vec<(String, &Target)> =
        reports.iter().flat_map(|r| r.targets.iter().map(move |t| (r.scenario.to_string(), t))).collect();
    if rows.is_empty() {
        return String::new();
    }
    let header = ["scenario", "target (issue 12)", "wanted", "measured", "met"];
    let cells: Vec<[String; 5]> = rows
        .iter()
        .map(|(s, t)| {
            [s.clone(), t.what.clone(), t.target.clone(), t.measured.clone(), if t.met { "yes" } else { "NO" }.into()]
        })
        .collect();
    let mut widths = header.map(|h| h.chars().count());
    for row in &cells {
        for (w, c) in widths.iter_mut().zip(row) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |cols: [&str; 5]| {
        let mut s = String::from("  ");
        for (i, (c, w)) in cols.iter().zip(widths).enumerate() {
            let pad = w - c.chars().count();
            s.push_str(c);
            if i < 4 {
                s.push_str(&" ".repeat(pad));
                s.push_str(" | ");
            }
        }
        s.trim_end().to_owned() + "\n"
    };
    let mut out = String::from("\n== targets\n");
    out.push_str(&line(header));
    out.push_str(&line(widths.map(|w| "-".repeat(w)).each_ref().map(String::as_str)));
    for row in &cells {
        out.push_str(&line(row.each_ref().map(String::as_str)));
    }
    out
}

/// A duration in milliseconds, with precision where it matters.
pub fn ms(d: Duration) -> String {
    let ms = d.as_secs_f64() * 1000.0;
    if ms < 10.0 {
        format!("{ms:.2} ms")
    } else if ms < 100.0 {
        format!("{ms:.1} ms")
    } else {
        format!("{} ms", thousands(ms.round() as u64))
    }
}

/// Milliseconds as a JSON number (three decimals).
pub fn ms_value(d: Duration) -> f64 {
    (d.as_secs_f64() * 1e6).round() / 1e3
}

pub fn round(x: f64, decimals: i32) -> f64 {
    let f = 10f64.powi(decimals);
    (x * f).round() / f
}

/// `12345` → `12,345`.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A rate with one decimal below 100, whole numbers with separators above.
pub fn per_second(x: f64) -> String {
    if x < 100.0 {
        format!("{x:.1}/s")
    } else {
        format!("{}/s", thousands(x.round() as u64))
    }
}
