//! German public holidays, computed for a federal state rather than typed in: the fixed
//! national ones, those that follow Easter (Gregorian computus), and each state's own.
//! No appointments are offered on them.

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use serde::Deserialize;

/// The sixteen federal states by their official two-letter codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum State {
    BW,
    BY,
    BE,
    BB,
    HB,
    HH,
    HE,
    MV,
    NI,
    NW,
    RP,
    SL,
    SN,
    ST,
    SH,
    TH,
}

/// Easter Sunday of `year` (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).
pub fn easter_sunday(year: i32) -> NaiveDate {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32).expect("the computus yields a date in March or April")
}

/// The public holidays of `state` in `year`, with a stable id each (`easter_monday`).
pub fn holidays(state: State, year: i32) -> Vec<(NaiveDate, &'static str)> {
    use State::*;
    let date = |month, day| NaiveDate::from_ymd_opt(year, month, day).expect("a fixed holiday exists every year");
    let easter = easter_sunday(year);
    let after_easter = |days| easter + Duration::days(days);
    let mut days = vec![
        (date(1, 1), "new_year"),
        (after_easter(-2), "good_friday"),
        (after_easter(1), "easter_monday"),
        (date(5, 1), "labour_day"),
        (after_easter(39), "ascension"),
        (after_easter(50), "whit_monday"),
        (date(10, 3), "german_unity"),
        (date(12, 25), "christmas"),
        (date(12, 26), "boxing_day"),
    ];
    let mut add = |states: &[State], day: NaiveDate, id: &'static str| {
        if states.contains(&state) {
            days.push((day, id));
        }
    };
    add(&[BW, BY, ST], date(1, 6), "epiphany");
    if year >= 2023 {
        add(&[BE, MV], date(3, 8), "womens_day");
    } else if year >= 2019 {
        add(&[BE], date(3, 8), "womens_day");
    }
    add(&[BB], easter, "easter_sunday");
    add(&[BB], after_easter(49), "whit_sunday");
    add(&[BW, BY, HE, NW, RP, SL], after_easter(60), "corpus_christi");
    add(&[SL], date(8, 15), "assumption");
    if year >= 2019 {
        add(&[TH], date(9, 20), "childrens_day");
    }
    if year == 2017 {
        // The 500th anniversary of the Reformation was a holiday everywhere, once.
        add(&[BW, BY, BE, BB, HB, HH, HE, MV, NI, NW, RP, SL, SN, ST, SH, TH], date(10, 31), "reformation_day");
    } else if year >= 2018 {
        add(&[BB, HB, HH, MV, NI, SN, ST, SH, TH], date(10, 31), "reformation_day");
    } else {
        add(&[BB, MV, SN, ST, TH], date(10, 31), "reformation_day");
    }
    add(&[BW, BY, NW, RP, SL], date(11, 1), "all_saints");
    // Repentance and Prayer Day: the Wednesday before 23 November.
    let mut repentance = date(11, 22);
    while repentance.weekday() != Weekday::Wed {
        repentance -= Duration::days(1);
    }
    add(&[SN], repentance, "repentance_day");
    days.sort();
    days
}

/// Whether `day` is a public holiday in `state`.
pub fn is_holiday(state: State, day: NaiveDate) -> bool {
    holidays(state, day.year()).iter().any(|(d, _)| *d == day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn easter_falls_where_the_calendar_has_it() {
        assert_eq!(easter_sunday(2024), ymd(2024, 3, 31));
        assert_eq!(easter_sunday(2025), ymd(2025, 4, 20));
        assert_eq!(easter_sunday(2026), ymd(2026, 4, 5));
        assert_eq!(easter_sunday(2027), ymd(2027, 3, 28));
        assert_eq!(easter_sunday(2038), ymd(2038, 4, 25));
    }

    #[test]
    fn each_state_has_its_own_holidays() {
        assert!(is_holiday(State::NW, ymd(2026, 6, 4)), "Corpus Christi 2026 in North Rhine-Westphalia");
        assert!(!is_holiday(State::BE, ymd(2026, 6, 4)), "not in Berlin");
        assert!(is_holiday(State::BE, ymd(2026, 3, 8)), "Women's Day in Berlin");
        assert!(is_holiday(State::SN, ymd(2026, 11, 18)), "Repentance Day 2026 in Saxony");
        assert!(is_holiday(State::HH, ymd(2026, 10, 31)), "Reformation Day in Hamburg since 2018");
        assert!(!is_holiday(State::HH, ymd(2016, 10, 31)), "not before 2017 in Hamburg");
        assert!(is_holiday(State::BY, ymd(2017, 10, 31)), "everywhere in 2017");
        assert!(is_holiday(State::BY, ymd(2027, 3, 26)), "Good Friday 2027");
        assert!(is_holiday(State::BY, ymd(2027, 5, 17)), "Whit Monday 2027");
        assert!(!is_holiday(State::BY, ymd(2027, 5, 18)));
        assert_eq!(holidays(State::BE, 2026).len(), 10);
        assert_eq!(holidays(State::BY, 2026).len(), 12);
    }
}
