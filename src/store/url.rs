//! Database URLs: which are temporary, and how they appear in logs.

/// Whether `url` names a database that lives only as long as the process.
pub fn is_in_memory(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    let temporary = matches!(lower.as_str(), "sqlite:" | "sqlite://" | "sqlite:///");
    temporary || lower.starts_with("sqlite:") && (lower.contains(":memory:") || lower.contains("mode=memory"))
}

/// A URL fit for logs and error messages: any password replaced, in the user part or
/// as a `password=` parameter.
pub fn redact(url: &str) -> String {
    let (url, query) = match url.split_once('?') {
        Some((base, query)) => (base, Some(query)),
        None => (url, None),
    };
    let base = redact_userinfo(url);
    match query {
        None => base,
        Some(query) => {
            let hidden: Vec<String> = query
                .split('&')
                .map(|pair| match pair.split_once('=') {
                    Some((key, _)) if key.eq_ignore_ascii_case("password") => format!("{key}=***"),
                    _ => pair.to_owned(),
                })
                .collect();
            format!("{base}?{}", hidden.join("&"))
        }
    }
}

fn redact_userinfo(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let userinfo = &url[scheme_end + 3..at];
            match userinfo.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme_end + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_never_reach_logs() {
        assert_eq!(redact("postgres://anlauf:s3cret@db:5432/anlauf"), "postgres://anlauf:***@db:5432/anlauf");
        assert_eq!(redact("sqlite://anlauf.db"), "sqlite://anlauf.db");
        assert_eq!(
            redact("postgres://anlauf@db/anlauf?sslmode=require&password=s3cret"),
            "postgres://anlauf@db/anlauf?sslmode=require&password=***"
        );
    }

    #[test]
    fn in_memory_databases_are_recognised() {
        assert!(is_in_memory("sqlite::memory:"));
        assert!(is_in_memory("sqlite://:memory:"));
        assert!(is_in_memory("sqlite://file.db?mode=memory"));
        assert!(is_in_memory("sqlite://"), "an empty path is a temporary database");
        assert!(!is_in_memory("sqlite://anlauf.db"));
    }
}
