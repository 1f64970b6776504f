//! The secret address of a counsellor's calendar feed: an HMAC of the counsellor's id
//! under a secret of the deployment (`ANLAUF_FEED_SECRET`), so that a link can be given
//! to one counsellor without a password store, and a new secret revokes every link.

use hmac::{Hmac, Mac};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

/// The token in a counsellor's feed address (hex, 128 bits).
pub fn token(secret: &str, counsellor: &str) -> String {
    let mut mac = HmacSha256::new_from_slice(secret.as_bytes()).expect("HMAC takes a key of any length");
    mac.update(counsellor.as_bytes());
    mac.finalize().into_bytes()[..16].iter().map(|b| format!("{b:02x}")).collect()
}

/// Whether `given` is the counsellor's token, compared in constant time.
pub fn verify(secret: &str, counsellor: &str, given: &str) -> bool {
    let mut mac = HmacSha256::new_from_slice(secret.as_bytes()).expect("HMAC takes a key of any length");
    mac.update(counsellor.as_bytes());
    let Some(bytes) = decode_hex(given) else { return false };
    mac.verify_truncated_left(&bytes).is_ok() && bytes.len() == 16
}

fn decode_hex(text: &str) -> Option<Vec<u8>> {
    if text.len() % 2 != 0 {
        return None;
    }
    (0..text.len()).step_by(2).map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok()).collect()
}

/// The path of a counsellor's feed on the HTTP listener.
pub fn path(secret: &str, counsellor: &str) -> String {
    format!("/calendar/{counsellor}/{}.ics", token(secret, counsellor))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_counsellors_own_token_opens_their_feed() {
        let amira = token("s3cret", "amira");
        assert_eq!(amira.len(), 32);
        assert!(verify("s3cret", "amira", &amira));
        assert!(!verify("s3cret", "nino", &amira), "another counsellor's token");
        assert!(!verify("other", "amira", &amira), "a new secret revokes the link");
        assert!(!verify("s3cret", "amira", &amira[..30]), "a shortened token");
        assert!(!verify("s3cret", "amira", "zz"), "not hex");
    }
}
