//! The short notice to the staff chat for a new intake.

use teloxide::types::ChatId;

use super::Telegram;
use crate::domain::Intake;
use crate::text::Text;

impl Telegram {
    /// A short notice to the staff chat: no name, no free text, no phone number.
    pub(super) async fn alert_staff(&self, intake: &Intake) {
        let content = &self.service.content;
        let Some(staff_chat) = content.config.telegram.staff_chat_id else { return };
        let language = &content.config.organisation.staff_language;
        let topics_step = content.flow.topics_step();
        let topics: Vec<Text> = intake
            .topics
            .iter()
            .map(|t| Text::msg(topics_step.map(|s| s.option_label(t)).unwrap_or_else(|| t.clone())))
            .collect();
        let urgent = crate::staff::is_urgent(&content.flow, intake);
        let text = Text::msg("staff-alert")
            .with("reference", Text::Plain(intake.reference.clone()))
            .with("language", Text::msg(format!("staff-lang-{}", intake.language)))
            .with("topics", Text::List(topics))
            .with("urgent", Text::Plain(if urgent { "yes" } else { "no" }.into()));
        let rendered = content.i18n.render(language, &text);
        if self.send(ChatId(staff_chat), &rendered, &[], &[]).await.is_err() {
            tracing::error!(reference = %intake.reference, "staff chat notice not delivered");
        }
    }
}
