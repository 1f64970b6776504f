//! Messages staff send a client through the bot: kept on the case (who, when, which
//! template, the text as sent) and put in the outbox in one transaction.

use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::StoreError;
use crate::domain::Outgoing;

/// A message staff sent, as the case shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseMessage {
    pub at: DateTime<Utc>,
    pub author: String,
    /// The template's id (`call-us`), or `None` for free text.
    pub template: Option<String>,
    /// The language it was sent in.
    pub language: String,
    pub text: String,
}

#[async_trait]
pub trait CaseMessages: Send + Sync {
    /// Records the message on case `intake` and puts `outgoing` in the outbox of
    /// `channel`, for any instance's sender to send, with `done`, in one transaction.
    async fn message_client(
        &self,
        intake: i64,
        message: &CaseMessage,
        channel: crate::domain::Channel,
        outgoing: &Outgoing,
        done: &super::Done<'_>,
    ) -> Result<(), StoreError>;

    /// The messages of a case, oldest first.
    async fn case_messages(&self, intake: i64) -> Result<Vec<CaseMessage>, StoreError>;
}
