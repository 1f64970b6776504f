//! The text model: user-facing text as message ids with arguments, never finished
//! strings. The dialogue engine and the staff views build [`Text`] values; `i18n`
//! renders them in a language. Neither owns the model, so neither depends on the other.

/// A piece of user-facing text, rendered by `i18n` in the client's language.
#[derive(Debug, Clone, PartialEq)]
pub enum Text {
    Msg {
        id: String,
        args: Vec<(&'static str, Arg)>,
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
}

#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(Text),
    Num(i64),
}

impl Text {
    pub fn msg(id: impl Into<String>) -> Text {
        Text::Msg { id: id.into(), args: Vec::new() }
    }

    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Text {
        if let Text::Msg { args, .. } = &mut self {
            args.push((name, value.into()));
        }
        self
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
