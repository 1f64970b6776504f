//! Measurement: the bot's CPU time and memory from `/proc/<pid>`, latency percentiles.

use std::time::{Duration, Instant};

/// Clock ticks per second of `/proc/<pid>/stat` times (`getconf CLK_TCK`, else 100).
pub fn clock_ticks() -> u64 {
    std::process::Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .filter(|o| o.status.success())
        .and_then(|o| String::from_utf8_lossy(&o.stdout).trim().parse().ok())
        .filter(|t| *t > 0)
        .unwrap_or(100)
}

/// CPU time a process has used so far (user + system), with the moment it was read.
#[derive(Debug, Clone, Copy)]
pub struct CpuSample {
    pub ticks: u64,
    pub at: Instant,
}

/// Reads utime + stime (fields 14 and 15) of `/proc/<pid>/stat`.
pub fn cpu(pid: u32) -> Option<CpuSample> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name (field 2) may hold spaces; the fields after it are plain.
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    // `rest` starts at field 3 (state): utime is field 14, stime field 15.
    let utime: u64 = fields.get(11)?.parse().ok()?;
    let stime: u64 = fields.get(12)?.parse().ok()?;
    Some(CpuSample { ticks: utime + stime, at: Instant::now() })
}

/// Cores busy on average between two samples.
pub fn cores(from: CpuSample, to: CpuSample, ticks_per_second: u64) -> f64 {
    let wall = to.at.duration_since(from.at).as_secs_f64();
    if wall <= 0.0 {
        return 0.0;
    }
    to.ticks.saturating_sub(from.ticks) as f64 / ticks_per_second as f64 / wall
}

/// Resident memory from `/proc/<pid>/status`, in MB (2^20 bytes).
#[derive(Debug, Clone, Copy, Default)]
pub struct Memory {
    /// VmRSS: resident now.
    pub rss_mb: f64,
    /// VmHWM: the peak resident size so far.
    pub peak_mb: f64,
}

pub fn memory(pid: u32) -> Option<Memory> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let field = |name: &str| -> Option<f64> {
        let line = status.lines().find(|l| l.starts_with(name))?;
        let kb: f64 = line[name.len()..].split_whitespace().next()?.parse().ok()?;
        Some(kb / 1024.0)
    };
    Some(Memory { rss_mb: field("VmRSS:")?, peak_mb: field("VmHWM:")? })
}

/// Latency percentiles over a set of samples.
#[derive(Debug, Clone, Copy, Default)]
pub struct Latency {
    pub count: usize,
    pub p50: Duration,
    pub p99: Duration,
    pub max: Duration,
    pub mean: Duration,
}

impl Latency {
    pub fn of(mut samples: Vec<Duration>) -> Latency {
        if samples.is_empty() {
            return Latency::default();
        }
        samples.sort_unstable();
        let count = samples.len();
        // Nearest rank: the smallest sample with at least p of all at or below it.
        let rank = |p: f64| samples[((p * count as f64).ceil() as usize).clamp(1, count) - 1];
        let total: Duration = samples.iter().sum();
        Latency { count, p50: rank(0.50), p99: rank(0.99), max: samples[count - 1], mean: total / count as u32 }
    }
}
