//! The file `/mydata` sends: what is stored about the client, as JSON they can keep.

use chrono::{DateTime, Utc};

use super::RenderedFile;
use crate::dialog::State;
use crate::domain::record::ClientRecord;

pub(super) fn file(record: Option<&ClientRecord>, state: Option<&State>, now: DateTime<Utc>) -> RenderedFile {
    let empty = ClientRecord::default();
    let record = record.unwrap_or(&empty);
    let data = serde_json::json!({
        "exported_at": now,
        "language": state.map(|s| s.language.as_str()),
        // The conversation as it stands: answers given and not yet sent.
        "conversation": state.map(|s| serde_json::json!({ "answers": s.answers })),
        "consents": record.consents,
        "requests": record.requests,
        "appointments": record.appointments,
    });
    RenderedFile {
        name: format!("anlauf-data-{}.json", now.format("%Y-%m-%d")),
        content: serde_json::to_string_pretty(&data).unwrap_or_else(|_| "{}".into()),
    }
}
