//! The two SQL dialects the store speaks. Every statement is written once, in the
//! common SQL of both databases with `$n` parameters (which SQLite accepts too); the few
//! words only PostgreSQL needs are written in PostgreSQL's spelling and taken out for
//! SQLite here: the casts to and from `jsonb` (SQLite keeps JSON as text), the casts
//! that type a parameter PostgreSQL cannot infer (`$1::text IS NULL`), and the row
//! locks `FOR UPDATE [SKIP LOCKED]` (SQLite's single writer, taken up front with
//! `BEGIN IMMEDIATE`, already keeps others out). What is written differently in the two
//! is a function here, under the name of what it does.

use std::borrow::Cow;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

/// PostgreSQL's words that SQLite does without, longest first.
const POSTGRES_ONLY: [&str; 5] = [" FOR UPDATE SKIP LOCKED", " FOR UPDATE", "::jsonb", "::bigint", "::text"];

impl Dialect {
    /// The statement as this database reads it.
    pub fn statement(self, sql: &str) -> Cow<'_, str> {
        if self == Dialect::Postgres || !POSTGRES_ONLY.iter().any(|word| sql.contains(word.trim_start())) {
            return Cow::Borrowed(sql);
        }
        let mut out = String::with_capacity(sql.len());
        let mut rest = sql;
        'scan: while !rest.is_empty() {
            for word in POSTGRES_ONLY {
                // A lock may begin a line (after a line break and indentation).
                let bare = word.trim_start();
                let (skip, found) = if rest.starts_with(word) {
                    (word.len(), true)
                } else if rest.starts_with(bare) && out.ends_with(char::is_whitespace) && word.starts_with(' ') {
                    (bare.len(), true)
                } else {
                    (0, false)
                };
                let ends_word = !rest[skip..].starts_with(|c: char| c.is_alphanumeric() || c == '_');
                if found && ends_word {
                    rest = &rest[skip..];
                    continue 'scan;
                }
            }
            let next = rest.chars().next().map_or(1, char::len_utf8);
            out.push_str(&rest[..next]);
            rest = &rest[next..];
        }
        Cow::Owned(out)
    }

    /// A condition: the JSON array of texts in `column` holds the text `param`.
    pub fn array_holds(self, column: &str, param: &str) -> String {
        match self {
            Dialect::Sqlite => format!("EXISTS (SELECT 1 FROM json_each({column}) WHERE json_each.value = {param})"),
            Dialect::Postgres => format!("{column} ? {param}"),
        }
    }

    /// The JSON array of texts in `column` with the text `param` added at its end.
    pub fn array_push(self, column: &str, param: &str) -> String {
        match self {
            Dialect::Sqlite => format!("json_insert({column}, '$[#]', {param})"),
            Dialect::Postgres => format!("{column} || to_jsonb({param}::text)"),
        }
    }
}

/// `count` parameters numbered from `first`: `$2, $3, $4`.
pub fn params(first: usize, count: usize) -> String {
    (first..first + count).map(|n| format!("${n}")).collect::<Vec<_>>().join(", ")
}

/// A statement written once for both databases, as the backend the calling file is
/// compiled for reads it (`DIALECT` of the enclosing backend module), made once per place.
macro_rules! sql {
    ($text:expr) => {{
        static STATEMENT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
        STATEMENT.get_or_init(|| super::DIALECT.statement($text).into_owned()).as_str()
    }};
}
pub(crate) use sql;

#[cfg(test)]
mod tests {
    use super::Dialect::{Postgres, Sqlite};

    #[test]
    fn sqlite_reads_the_statement_without_casts_and_row_locks() {
        let sql = "SELECT summary::text AS summary, topics::text FROM intakes WHERE id = $1
                   FOR UPDATE";
        assert_eq!(Postgres.statement(sql), sql);
        let words = |sql: &str| sql.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(words(&Sqlite.statement(sql)), "SELECT summary AS summary, topics FROM intakes WHERE id = $1");
        assert_eq!(
            Sqlite.statement("UPDATE c SET state = $1::jsonb WHERE id IN (SELECT id FROM c FOR UPDATE SKIP LOCKED)"),
            "UPDATE c SET state = $1 WHERE id IN (SELECT id FROM c)"
        );
        // Only whole words: a column or a text that merely begins like one stays.
        let kept = "SELECT x::textual, 'FOR UPDATES' FROM t";
        assert_eq!(Sqlite.statement(kept), kept);
        assert_eq!(Sqlite.statement("SELECT 'ä'::text"), "SELECT 'ä'");
    }

    #[test]
    fn parameters_are_numbered_from_the_first() {
        assert_eq!(super::params(2, 3), "$2, $3, $4");
        assert_eq!(super::params(1, 0), "");
    }

    #[test]
    fn json_arrays_are_searched_and_grown_in_each_dialect() {
        assert_eq!(Postgres.array_holds("topics", "$3"), "topics ? $3");
        assert!(Sqlite.array_holds("topics", "$3").contains("json_each(topics)"));
        assert_eq!(Postgres.array_push("passed", "$1"), "passed || to_jsonb($1::text)");
        assert_eq!(Sqlite.array_push("passed", "$1"), "json_insert(passed, '$[#]', $1)");
    }
}
