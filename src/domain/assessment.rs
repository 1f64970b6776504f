//! What triage decided for an intake: the responsible service and why, its place in the
//! queue, and where the client was referred. Stored with the intake, in coded form (ids
//! that staff views translate), so a later change of the rules does not rewrite history.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    /// The service responsible (`mbe`, `jmd`, `referral`: `dialogs/triage.toml`).
    pub service: String,
    /// The rule that decided; staff read its reason (`staff-reason-<rule>`).
    pub rule: String,
    /// 1 comes first; the queue is ordered by priority, then by age.
    pub priority: u8,
    /// Why this priority (`staff-priority-<id>`; `normal` when no priority rule held).
    pub priority_reason: String,
    /// Places the client was told about, in the order shown.
    #[serde(default)]
    pub referrals: Vec<Referral>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Referral {
    /// A service id of `dialogs/referrals.toml`.
    pub target: String,
    pub at: DateTime<Utc>,
}

/// The priority reason when no priority rule holds: first come, first served.
pub const NORMAL_PRIORITY: &str = "normal";

/// The priority when no priority rule holds (first come, first served), and of intakes
/// assessed without rules: fixed, so that adding a priority rule never ranks new intakes
/// below old ones.
pub const LOWEST_PRIORITY: u8 = 9;

/// The service of a rule that refers the client elsewhere: nobody here counsels them.
pub const ELSEWHERE: &str = "referral";

impl Assessment {
    /// The service whose counsellors take the client; `None` when the rules refer them
    /// elsewhere (then the referral is the answer, not an appointment).
    pub fn counselled_by(&self) -> Option<&str> {
        (self.service != ELSEWHERE).then_some(self.service.as_str())
    }
}
