//! Changes staff make to the counsellors' calendar from the dashboard, on top of the
//! weekly hours, absences and closures of the configuration: an absence (no slots of
//! that counsellor in the span), or extra hours (slots laid out in the span). Pure: the
//! free slots with the changes applied.

use chrono::{DateTime, Duration, Utc};

use super::{Format, Slot};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    Absence,
    Extra,
}

impl ChangeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeKind::Absence => "absence",
            ChangeKind::Extra => "extra",
        }
    }

    pub fn parse(text: &str) -> Option<ChangeKind> {
        match text {
            "absence" => Some(ChangeKind::Absence),
            "extra" => Some(ChangeKind::Extra),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarChange {
    /// 0 until stored.
    pub id: i64,
    pub kind: ChangeKind,
    pub counsellor: String,
    /// Where extra hours are held (an absence is everywhere).
    pub office: Option<String>,
    pub from: DateTime<Utc>,
    pub until: DateTime<Utc>,
    pub reason: String,
    /// Who made the change.
    pub author: String,
}

/// `slots` less those an absence covers, plus the slots of extra hours (`minutes` long,
/// `buffer` minutes apart, each ending by the end of the extra hours), earliest first.
pub fn apply(mut slots: Vec<Slot>, changes: &[CalendarChange], minutes: u32, buffer: u32) -> Vec<Slot> {
    let absent = |slot: &Slot| {
        changes.iter().any(|c| {
            c.kind == ChangeKind::Absence
                && c.counsellor == slot.counsellor
                && c.from < slot.end
                && c.until > slot.start
        })
    };
    let length = Duration::minutes(i64::from(minutes.max(5)));
    let step = length + Duration::minutes(i64::from(buffer));
    for extra in changes.iter().filter(|c| c.kind == ChangeKind::Extra) {
        let Some(office) = &extra.office else { continue };
        let mut start = extra.from;
        while start + length <= extra.until {
            slots.push(Slot {
                counsellor: extra.counsellor.clone(),
                office: office.clone(),
                start,
                end: start + length,
                format: Format::InPerson,
            });
            start += step;
        }
    }
    slots.retain(|s| !absent(s));
    slots.sort_unstable_by(|a, b| (a.start, &a.counsellor).cmp(&(b.start, &b.counsellor)));
    // Extra hours over regular ones give each start once.
    slots.dedup_by(|a, b| a.start == b.start && a.counsellor == b.counsellor);
    slots
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    fn slot(counsellor: &str, start: &str) -> Slot {
        Slot {
            counsellor: counsellor.into(),
            office: "mitte".into(),
            start: at(start),
            end: at(start) + Duration::minutes(45),
            format: Format::InPerson,
        }
    }

    fn change(kind: ChangeKind, counsellor: &str, from: &str, until: &str) -> CalendarChange {
        CalendarChange {
            id: 1,
            kind,
            counsellor: counsellor.into(),
            office: Some("nord".into()),
            from: at(from),
            until: at(until),
            reason: String::new(),
            author: "Amira".into(),
        }
    }

    #[test]
    fn an_absence_takes_its_counsellors_slots_and_extra_hours_add_some() {
        let slots = vec![
            slot("nino", "2026-12-07T09:00:00Z"),
            slot("nino", "2026-12-08T09:00:00Z"),
            slot("amira", "2026-12-07T09:00:00Z"),
        ];
        let changes = [
            change(ChangeKind::Absence, "nino", "2026-12-06T23:00:00Z", "2026-12-07T23:00:00Z"),
            change(ChangeKind::Extra, "amira", "2026-12-09T14:00:00Z", "2026-12-09T16:00:00Z"),
        ];
        let after = apply(slots, &changes, 45, 15);
        let starts: Vec<(&str, String)> = after.iter().map(|s| (s.counsellor.as_str(), s.start.to_rfc3339())).collect();
        assert_eq!(
            starts,
            [
                ("amira", "2026-12-07T09:00:00+00:00".into()),
                ("nino", "2026-12-08T09:00:00+00:00".into()),
                ("amira", "2026-12-09T14:00:00+00:00".into()),
                ("amira", "2026-12-09T15:00:00+00:00".into()),
            ]
        );
        assert!(after.iter().filter(|s| s.office == "nord").all(|s| s.end <= at("2026-12-09T16:00:00Z")));
    }
}
