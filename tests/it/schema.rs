//! The two backends' migrations describe the same tables and columns. The PostgreSQL
//! migrations run against the real server (127.0.0.1:5432, database `test`; override
//! with ANLAUF_TEST_POSTGRES_URL), in a schema of their own that is dropped afterwards.
//! Without a server the comparison is skipped with a note, except in CI where it fails.

use std::collections::{BTreeMap, BTreeSet};

use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{ConnectOptions, Row};

use crate::support;

type Tables = BTreeMap<String, BTreeSet<String>>;

/// `None` when no server answers outside CI: a newcomer's `cargo test` still runs the
/// rest. In CI (`CI=true`) a missing server fails the test.
async fn postgres_tables() -> Option<Tables> {
    let schema = format!("anlauf_schema_{}", std::process::id());
    let admin = match PgPoolOptions::new()
        .max_connections(1)
        .acquire_timeout(std::time::Duration::from_secs(5))
        .connect(&support::postgres_url())
        .await
    {
        Ok(pool) => pool,
        Err(error) if std::env::var("CI").as_deref() != Ok("true") => {
            eprintln!(
                "NOTE: PostgreSQL not reachable at {} ({error}); the schema comparison did not run",
                support::postgres_url()
            );
            return None;
        }
        Err(error) => panic!("PostgreSQL at {}: {error}", support::postgres_url()),
    };
    sqlx::query(&format!("DROP SCHEMA IF EXISTS {schema} CASCADE")).execute(&admin).await.unwrap();
    sqlx::query(&format!("CREATE SCHEMA {schema}")).execute(&admin).await.unwrap();
    let options: PgConnectOptions = support::postgres_url()
        .parse::<PgConnectOptions>()
        .unwrap()
        .options([("search_path", schema.as_str())])
        .disable_statement_logging();
    let pool = PgPoolOptions::new().max_connections(1).connect_with(options).await.unwrap();
    sqlx::migrate!("./migrations/postgres").run(&pool).await.expect("PostgreSQL migrations apply");
    let rows = sqlx::query("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = $1")
        .bind(&schema)
        .fetch_all(&pool)
        .await
        .unwrap();
    pool.close().await;
    sqlx::query(&format!("DROP SCHEMA {schema} CASCADE")).execute(&admin).await.unwrap();
    Some(collect(rows.iter().map(|r| (r.get::<String, _>(0), r.get::<String, _>(1)))))
}

async fn sqlite_tables() -> Tables {
    let db = support::fresh_db();
    anlauf::store::connect(&db.url).await.unwrap();
    let pool = support::sqlite_pool(&db).await;
    let rows = sqlx::query(
        "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table'",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    collect(rows.iter().map(|r| (r.get::<String, _>(0), r.get::<String, _>(1))))
}

fn collect(pairs: impl Iterator<Item = (String, String)>) -> Tables {
    let mut tables = Tables::new();
    for (table, column) in pairs.filter(|(t, _)| !t.starts_with("_sqlx")) {
        tables.entry(table).or_default().insert(column);
    }
    tables
}

#[tokio::test]
async fn postgres_and_sqlite_migrations_describe_the_same_tables() {
    let sqlite = sqlite_tables().await;
    assert!(sqlite.contains_key("intakes") && sqlite.contains_key("channel_inbox"), "{sqlite:?}");
    if let Some(postgres) = postgres_tables().await {
        assert_eq!(postgres, sqlite);
    }
}
