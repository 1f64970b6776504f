//! Secrets compared and made safely: comparisons that take as long whatever matches,
//! random tokens, the digest a token is stored as, and staff passwords (argon2).

use argon2::password_hash::{rand_core::OsRng, Output, ParamsString, PasswordHash, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use sha2::{Digest, Sha256};

/// Whether two secrets are equal, in a time that does not tell how much of them matched.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// 32 random bytes from the operating system's generator, as 64 hex digits.
pub fn token() -> String {
    let bytes: [u8; 32] = rand::random();
    hex(&bytes)
}

/// The SHA-256 of a token, as hex: what is stored in its place.
pub fn digest(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

/// The working memory argon2 fills for one password (19 MiB with the default
/// parameters), kept and reused by whoever hashes many: allocated anew each time, the
/// allocator keeps such blocks in its arenas and a process that hashed a flood of
/// attempts stays hundreds of megabytes larger.
#[derive(Default)]
pub struct HashMemory(Vec<Block>);

/// More memory than any hash this service makes asks for (the default is 19 MiB): a
/// stored hash demanding more matches nothing.
const MAX_BLOCKS: usize = 256 * 1024;

impl HashMemory {
    fn blocks(&mut self, count: usize) -> &mut [Block] {
        if self.0.len() < count {
            self.0.resize(count, Block::default());
        }
        &mut self.0[..count]
    }
}

/// A password's argon2id hash, in the PHC string format (salt and parameters included).
pub fn hash_password(password: &str) -> Result<String, String> {
    hash_password_with(password, &mut HashMemory::default())
}

/// [`hash_password`] in `memory`.
pub fn hash_password_with(password: &str, memory: &mut HashMemory) -> Result<String, String> {
    let salt = SaltString::generate(&mut OsRng);
    let params = Params::default();
    let mut salt_bytes = [0u8; 64];
    let salt_raw = salt.as_salt().decode_b64(&mut salt_bytes).map_err(|e| e.to_string())?;
    let mut out = vec![0u8; params.output_len().unwrap_or(Params::DEFAULT_OUTPUT_LEN)];
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone())
        .hash_password_into_with_memory(password.as_bytes(), salt_raw, &mut out, memory.blocks(params.block_count()))
        .map_err(|e| e.to_string())?;
    let hash = PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(&params).map_err(|e| e.to_string())?,
        salt: Some(salt.as_salt()),
        hash: Some(Output::new(&out).map_err(|e| e.to_string())?),
    };
    Ok(hash.to_string())
}

/// Whether `password` matches a stored hash; an unreadable hash matches nothing.
pub fn verify_password(password: &str, hash: &str) -> bool {
    verify_password_with(password, hash, &mut HashMemory::default())
}

/// [`verify_password`] in `memory`.
pub fn verify_password_with(password: &str, hash: &str, memory: &mut HashMemory) -> bool {
    let Ok(parsed) = PasswordHash::new(hash) else { return false };
    let (Ok(algorithm), Ok(params)) = (Algorithm::try_from(parsed.algorithm), Params::try_from(&parsed)) else {
        return false;
    };
    let version = match parsed.version.map(Version::try_from).transpose() {
        Ok(version) => version.unwrap_or_default(),
        Err(_) => return false,
    };
    let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else { return false };
    let mut salt_bytes = [0u8; 64];
    let Ok(salt_raw) = salt.decode_b64(&mut salt_bytes) else { return false };
    if params.block_count() > MAX_BLOCKS {
        return false;
    }
    let mut out = vec![0u8; expected.len()];
    let blocks = memory.blocks(params.block_count());
    Argon2::new(algorithm, version, params)
        .hash_password_into_with_memory(password.as_bytes(), salt_raw, &mut out, blocks)
        .is_ok()
        && constant_time_eq(&out, expected.as_bytes())
}

/// What a failed sign-in is counted under: HMAC-SHA256 of the login typed, under a key
/// this process draws at start and keeps in memory only. The text typed (perhaps a
/// password typed into the wrong field) is never stored, and the stored value cannot be
/// tried against guesses without the key. Each instance counts its own failures.
pub fn login_key(login: &str) -> String {
    use hmac::{Hmac, Mac};
    static KEY: std::sync::OnceLock<[u8; 32]> = std::sync::OnceLock::new();
    let key = KEY.get_or_init(rand::random);
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key).expect("HMAC takes a key of any length");
    mac.update(login.as_bytes());
    hex(&mac.finalize().into_bytes())
}

/// A one-time password to read out or copy: four groups of four letters and digits,
/// without look-alikes (0/O, 1/l/I), about 80 bits.
pub fn one_time_password() -> String {
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyz23456789";
    let bytes: [u8; 16] = rand::random();
    let chars: Vec<char> = bytes.iter().map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char).collect();
    chars.chunks(4).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join("-")
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_login_is_counted_under_a_keyed_hash_that_does_not_contain_it() {
        let key = login_key("mein-geheimes-passwort");
        assert_eq!(key, login_key("mein-geheimes-passwort"), "the same login counts together");
        assert_ne!(key, login_key("mein-geheimes-passwort2"));
        assert_ne!(key, digest("mein-geheimes-passwort"), "keyed, not a plain digest");
        assert!(key.len() == 64 && key.bytes().all(|b| b.is_ascii_hexdigit()), "{key}");
    }

    #[test]
    fn hashes_made_in_reused_memory_verify_as_argon2_reads_them_and_the_other_way() {
        use argon2::password_hash::{PasswordHasher, PasswordVerifier};
        let mut memory = HashMemory::default();
        let ours = hash_password_with("lange-genug-und-eigen", &mut memory).unwrap();
        let parsed = PasswordHash::new(&ours).unwrap();
        assert!(Argon2::default().verify_password(b"lange-genug-und-eigen", &parsed).is_ok());
        let salt = SaltString::generate(&mut OsRng);
        let theirs = Argon2::default().hash_password(b"ein-anderes-passwort", &salt).unwrap().to_string();
        assert!(verify_password_with("ein-anderes-passwort", &theirs, &mut memory));
        assert!(!verify_password_with("ein-anderes-passwort!", &theirs, &mut memory));
        assert!(verify_password_with("lange-genug-und-eigen", &ours, &mut memory), "the memory is reused");
        assert!(!verify_password_with("x", "$argon2id$v=19$m=999999999,t=2,p=1$c2FsdHNhbHQ$aGFzaA", &mut memory));
    }

    #[test]
    fn secrets_compare_whole() {
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"ab"));
    }

    #[test]
    fn tokens_differ_and_their_digest_is_not_the_token() {
        let (a, b) = (token(), token());
        assert_eq!(a.len(), 64);
        assert_ne!(a, b);
        assert_eq!(digest(&a), digest(&a));
        assert_ne!(digest(&a), a);
        assert_eq!(digest("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    #[test]
    fn a_password_matches_its_hash_only() {
        let password = one_time_password();
        assert_eq!(password.len(), 19);
        let hash = hash_password(&password).unwrap();
        assert!(hash.starts_with("$argon2id$") && !hash.contains(&password));
        assert!(verify_password(&password, &hash));
        assert!(!verify_password("something else", &hash));
        assert!(!verify_password(&password, "not a hash"));
    }
}
