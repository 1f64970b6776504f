//! The text model: user-facing text as message ids with arguments, never finished
//! strings. The dialogue engine and the staff views build [`Text`] values; `i18n`
//! renders them in a language. Neither owns the model, so neither depends on the other.

use std::borrow::Cow;

/// A piece of user-facing text, rendered by `i18n` in the client's language.
#[derive(Debug, Clone, PartialEq)]
pub enum Text {
    Msg {
        id: String,
        args: Vec<(Cow<'static, str>, Arg)>,
    },
    /// Not translated: language names, office names, dates, numbers.
    Plain(String),
    /// What the client wrote, echoed back; isolated for right-to-left rendering.
    Verbatim(String),
    /// Parts on separate lines.
    Lines(Vec<Text>),
    /// Parts separated by a blank line.
    Paragraphs(Vec<Text>),
    /// Parts joined with a comma.
    List(Vec<Text>),
    /// Parts joined with nothing between them.
    Concat(Vec<Text>),
    /// Rendered in another language than the reply around it: an offer to switch to the
    /// language the client wrote in, said in that language.
    In {
        language: String,
        text: Box<Text>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(Text),
    Num(i64),
    /// A code a message selects its variant by (`[voice]`, `[closed]`): never shown, so
    /// never isolated inside right-to-left text (isolation marks would match no variant).
    Code(String),
}

impl Text {
    pub fn msg(id: impl Into<String>) -> Text {
        Text::Msg { id: id.into(), args: Vec::new() }
    }

    pub fn with(mut self, name: impl Into<Cow<'static, str>>, value: impl Into<Arg>) -> Text {
        if let Text::Msg { args, .. } = &mut self {
            args.push((name.into(), value.into()));
        }
        self
    }
}

impl Text {
    /// The message id, if this is a message.
    pub fn id(&self) -> Option<&str> {
        match self {
            Text::Msg { id, .. } => Some(id),
            _ => None,
        }
    }
}

impl From<Text> for Arg {
    fn from(t: Text) -> Arg {
        Arg::Text(t)
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        Arg::Num(n)
    }
}

/// Maps Arabic-Indic, Persian and full-width digits to ASCII, so `۲۰۲۳` reads as 2023.
pub fn ascii_digits(text: &str) -> String {
    text.chars()
        .map(|c| {
            let digit = match c {
                '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
                '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
                '\u{FF10}'..='\u{FF19}' => Some(c as u32 - 0xFF10),
                _ => None,
            };
            digit.and_then(|d| char::from_digit(d, 10)).unwrap_or(c)
        })
        .collect()
}
