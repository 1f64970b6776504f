//! The button codec: what a pressed button asks for, as compact callback data
//! (`<turn>:<action>[:<argument>]`, within Telegram's 64 bytes). The turn number lets the
//! engine recognise a stale or forged button.

/// What a pressed button asks for, decoded from its callback data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Action {
    Option(String),
    Tick(String),
    Untick(String),
    Done,
    Skip,
    Back,
    Restart,
    Yes,
    No,
    Confirm,
    Change,
    Edit(String),
    Language(String),
    /// Every language, not only the likely ones.
    MoreLanguages,
    /// Switch the conversation to the language the client wrote in (offered after a
    /// free-text answer in another shipped language).
    Switch(String),
    /// An offered slot: the counsellor and the start (Unix seconds).
    Pick(String, i64),
    /// Later appointments at the same office.
    Later,
    /// Appointments at another office.
    OtherOffice,
    /// No appointment: a counsellor will get in touch.
    NoAppointment,
    /// Cancel the booked appointment.
    Cancel,
    /// Another time instead of the booked one.
    Reschedule,
    /// Keep the booked appointment as it is.
    Keep,
    /// Join the waiting list.
    Wait,
    /// Only appointments of this form (`in_person`, `phone`, `video`).
    Format(String),
}

impl Action {
    pub(super) fn encode(&self) -> String {
        match self {
            Action::Option(o) => format!("o:{o}"),
            Action::Tick(o) => format!("t:{o}"),
            Action::Untick(o) => format!("u:{o}"),
            Action::Done => "d".into(),
            Action::Skip => "s".into(),
            Action::Back => "b".into(),
            Action::Restart => "r".into(),
            Action::Yes => "y".into(),
            Action::No => "n".into(),
            Action::Confirm => "c".into(),
            Action::Change => "e".into(),
            Action::Edit(step) => format!("e:{step}"),
            Action::Language(code) => format!("l:{code}"),
            Action::MoreLanguages => "v".into(),
            Action::Switch(code) => format!("w:{code}"),
            Action::Pick(counsellor, start) => format!("p:{counsellor}:{start}"),
            Action::Later => "x".into(),
            Action::OtherOffice => "f".into(),
            Action::NoAppointment => "a".into(),
            Action::Cancel => "k".into(),
            Action::Reschedule => "m".into(),
            Action::Keep => "q".into(),
            Action::Wait => "j".into(),
            Action::Format(format) => format!("g:{format}"),
        }
    }

    pub(super) fn decode(data: &str) -> Option<(u32, Action)> {
        let (turn, rest) = data.split_once(':')?;
        let turn = turn.parse().ok()?;
        let (code, arg) = match rest.split_once(':') {
            Some((c, a)) => (c, Some(a.to_owned())),
            None => (rest, None),
        };
        let action = match (code, arg) {
            ("o", Some(a)) => Action::Option(a),
            ("t", Some(a)) => Action::Tick(a),
            ("u", Some(a)) => Action::Untick(a),
            ("d", None) => Action::Done,
            ("s", None) => Action::Skip,
            ("b", None) => Action::Back,
            ("r", None) => Action::Restart,
            ("y", None) => Action::Yes,
            ("n", None) => Action::No,
            ("c", None) => Action::Confirm,
            ("e", None) => Action::Change,
            ("e", Some(a)) => Action::Edit(a),
            ("l", Some(a)) => Action::Language(a),
            ("v", None) => Action::MoreLanguages,
            ("w", Some(a)) => Action::Switch(a),
            ("p", Some(a)) => {
                let (counsellor, start) = a.rsplit_once(':')?;
                Action::Pick(counsellor.to_owned(), start.parse().ok()?)
            }
            ("x", None) => Action::Later,
            ("f", None) => Action::OtherOffice,
            ("a", None) => Action::NoAppointment,
            ("k", None) => Action::Cancel,
            ("m", None) => Action::Reschedule,
            ("q", None) => Action::Keep,
            ("j", None) => Action::Wait,
            ("g", Some(a)) => Action::Format(a),
            _ => return None,
        };
        Some((turn, action))
    }
}
