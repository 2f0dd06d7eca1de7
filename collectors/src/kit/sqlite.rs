//! Safe reading of SQLite databases that may be in use.
//!
//! macOS and browsers keep their SQLite databases open while the Mac runs, in
//! write-ahead-log mode: the newest rows often sit only in `<db>-wal`. Copying
//! just the main file, or opening it with `immutable=1`, silently loses them.
//!
//! [`Ctx::acquire_sqlite`] therefore:
//! 1. copies the database and its `-wal` and `-journal` into a private
//!    staging directory under the same base name, each also going into the
//!    archive byte for byte; the `-shm` (a rebuildable index of the WAL) goes
//!    into the archive straight from the target;
//! 2. opens the staged copy read-only, never the original, and never with
//!    `immutable=1`: SQLite rebuilds the WAL index from the staged `-wal` and
//!    reads the rows that exist only there. A read-only connection never
//!    checkpoints, so the staged files stay identical to what was archived;
//! 3. if the read-only open fails because a hot `-journal` needs rolling
//!    back, opens a second, private copy read-write so that SQLite can do so.
//!
//! The original is only ever `read(2)`: POSIX advisory locks held by a running
//! browser do not stop that.
//!
//! Reading goes through one toolkit, so that every collector behaves alike:
//! - [`Ctx::open_sqlite`] stages and opens a database as a [`Db`] (an error
//!   is recorded when it cannot be opened or holds no table);
//! - [`Db::require_table`] / [`Db::optional_table`] give a table's columns,
//!   recording an error when a table the database must have is absent;
//! - [`Columns`] is a query's column list, written once: it gives the
//!   `SELECT` list (`NULL` for the columns a schema version lacks) and the
//!   position of each alias, so missing and extra columns are tolerated as
//!   schemas drift over years of application versions;
//! - [`Db::for_each_row`] streams the rows of a query to a closure as
//!   [`Fields`], read by alias; a read error part-way is recorded and the
//!   rows before it are kept.

use std::collections::HashSet;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rusqlite::{Connection, OpenFlags};

use crate::kit::{Acquired, Ctx, IssueKind};

/// SQLite virtual-machine steps between two checks of the time budget
/// during a query (a few microseconds of work; the check is one clock read).
pub const PROGRESS_EVERY: std::ffi::c_int = 1000;

/// Companion files copied and parsed with the database.
const STAGED_SUFFIXES: [&str; 2] = ["-wal", "-journal"];

/// A database staged with its companions, ready to open.
#[derive(Debug)]
pub struct StagedDb {
    /// The database's path on the target.
    pub target: PathBuf,
    /// The staged main file and companions (kept alive while parsing).
    pub files: Vec<Acquired>,
    dir: PathBuf,
    main: PathBuf,
}

impl Drop for StagedDb {
    fn drop(&mut self) {
        // The staged files remove themselves; SQLite may have created a -shm.
        let _ = std::fs::remove_file(with_suffix(&self.main, "-shm"));
        let _ = std::fs::remove_dir(&self.dir);
    }
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut s: OsString = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

impl StagedDb {
    /// The staged main file.
    pub fn path(&self) -> &Path {
        &self.main
    }

    /// True when a `-wal` was staged with the database.
    pub fn has_wal(&self) -> bool {
        self.files
            .iter()
            .any(|f| f.target.as_os_str().to_string_lossy().ends_with("-wal"))
    }

    /// Open the staged copy. Read-only first; if SQLite needs to roll back a
    /// hot journal, a second private copy is opened read-write.
    pub fn open(&self) -> Result<Connection, String> {
        match open_read_only(&self.main) {
            Ok(c) => Ok(c),
            Err(first) => {
                let has_journal = with_suffix(&self.main, "-journal").exists();
                if !has_journal {
                    return Err(first);
                }
                self.open_private_copy()
                    .map_err(|e| format!("{first}; {e}"))
            }
        }
    }

    fn open_private_copy(&self) -> Result<Connection, String> {
        let dir = self.dir.join("rw");
        std::fs::create_dir(&dir).map_err(|e| e.to_string())?;
        let name = self.main.file_name().ok_or("no file name")?;
        let main = dir.join(name);
        std::fs::copy(&self.main, &main).map_err(|e| e.to_string())?;
        std::fs::copy(
            with_suffix(&self.main, "-journal"),
            with_suffix(&main, "-journal"),
        )
        .map_err(|e| e.to_string())?;
        let conn = Connection::open_with_flags(
            &main,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| e.to_string())?;
        check_readable(&conn)?;
        Ok(conn)
    }
}

fn check_readable(conn: &Connection) -> Result<(), String> {
    // The schema comes from the evidence: functions with side effects or
    // that SQLite does not know to be harmless are not run from views,
    // triggers or generated columns.
    conn.execute_batch("PRAGMA trusted_schema = OFF")
        .map_err(|e| e.to_string())?;
    // Forces SQLite to read the header and schema: a corrupt or encrypted
    // file fails here ("file is not a database").
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    })
    .map(|_| ())
    .map_err(|e| e.to_string())
}

/// What the header of a staged database says is wrong with the file, if
/// anything: SQLite itself reads a truncated database without complaint
/// when the missing pages are not on the path of a query (short reads are
/// zero-filled), so rows would silently be lost.
///
/// The header's page count (offset 28) is only trusted when its
/// "version-valid-for" number (offset 92) matches the change counter
/// (offset 24), as SQLite does.
pub fn header_problem(path: &Path) -> Option<String> {
    use std::io::Read;
    let mut f = std::fs::File::open(path).ok()?;
    let len = f.metadata().ok()?.len();
    let mut h = [0u8; 100];
    f.read_exact(&mut h).ok()?;
    let mut r = crate::formats::bytes::ByteReader::new(&h);
    if r.take("magic", 16).ok()? != b"SQLite format 3\0" {
        return None;
    }
    let page_size = r.array::<2>("page size").ok()?;
    let be32 = |o: u64| -> Option<u32> {
        let mut r = crate::formats::bytes::ByteReader::new(&h);
        r.seek("header field", o).ok()?;
        r.array::<4>("header field").ok().map(u32::from_be_bytes)
    };
    let page_size = match u16::from_be_bytes(page_size) {
        1 => 65_536u64,
        n if n >= 512 && n.is_power_of_two() => u64::from(n),
        n => return Some(format!("invalid page size {n} in the database header")),
    };
    if len % page_size != 0 {
        return Some(format!(
            "truncated or padded: {len} bytes is not a whole number of {page_size}-byte pages"
        ));
    }
    // Offsets 28 (in-header database size), 24 (change counter) and 92
    // (version-valid-for): the size is valid only when the last two agree.
    let pages = u64::from(be32(28)?);
    if pages > 0 && be32(92)? == be32(24)? && len < pages.saturating_mul(page_size) {
        return Some(format!(
            "truncated: the header declares {pages} pages of {page_size} bytes ({} bytes) but the file has {len}; rows in the missing pages are lost",
            pages.saturating_mul(page_size)
        ));
    }
    None
}

fn open_read_only(path: &Path) -> Result<Connection, String> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| e.to_string())?;
    check_readable(&conn)?;
    Ok(conn)
}

impl Ctx<'_> {
    /// Stage a SQLite database with its `-wal` and `-journal` (and archive its
    /// `-shm`). `None` when the database is absent or could not be copied
    /// (an error is recorded).
    pub fn acquire_sqlite(&mut self, target: &Path) -> Option<StagedDb> {
        let name = target.file_name()?.to_owned();
        let dir = self
            .env()
            .staging_path(&format!("db-{}", name.to_string_lossy()));
        if let Err(e) = std::fs::create_dir(&dir) {
            self.error(target, format!("cannot create a staging directory: {e}"));
            return None;
        }
        let main = dir.join(&name);
        let Some(acq) = self.acquire_to(target, main.clone()) else {
            let _ = std::fs::remove_dir(&dir);
            return None;
        };
        let mut files = vec![acq];
        for suffix in STAGED_SUFFIXES {
            let t = with_suffix(target, suffix);
            if let Some(a) = self.acquire_to(&t, with_suffix(&main, suffix)) {
                files.push(a);
            }
        }
        if let Some(problem) = header_problem(&main) {
            // A checkpoint in progress while the file was copied can also
            // leave the main file short of pages the WAL still holds.
            let wal = files
                .iter()
                .any(|f| f.meta.size > 0 && f.target == with_suffix(target, "-wal"));
            if wal {
                self.error(
                    target,
                    format!("{problem} (a -wal is present and may hold some of them)"),
                );
            } else {
                self.error(target, problem);
            }
        }
        // The -shm is volatile shared memory: archived as found, not parsed.
        let shm = with_suffix(target, "-shm");
        if self.source().lstat(&shm).is_ok() {
            self.archive(&shm);
        }
        Some(StagedDb {
            target: target.to_path_buf(),
            files,
            dir,
            main,
        })
    }
}

/// The columns of `table`, or `None` if the table does not exist.
///
/// A *view* of that name is an error, not a table: a view is a query
/// stored in the file, and a hostile one (an endless recursive CTE) would
/// keep a single step of the collector's query busy until the time limit.
pub fn table_columns(conn: &Connection, table: &str) -> Result<Option<HashSet<String>>, String> {
    read_table_columns(conn, table).map_err(|e| e.to_string())
}

/// Why [`table_columns`] failed.
#[derive(Debug)]
enum SchemaError {
    Sqlite(rusqlite::Error),
    NotATable(String),
}

impl std::fmt::Display for SchemaError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SchemaError::Sqlite(e) => e.fmt(f),
            SchemaError::NotATable(m) => f.write_str(m),
        }
    }
}

fn read_table_columns(
    conn: &Connection,
    table: &str,
) -> Result<Option<HashSet<String>>, SchemaError> {
    let kinds: Vec<String> = conn
        .prepare("SELECT type FROM sqlite_master WHERE name = ?1 COLLATE NOCASE")
        .and_then(|mut stmt| {
            stmt.query_map([table], |r| r.get::<_, String>(0))?
                .collect::<Result<Vec<_>, _>>()
        })
        .map_err(SchemaError::Sqlite)?;
    if kinds.iter().any(|k| k != "table" && k != "index") {
        return Err(SchemaError::NotATable(format!(
            "`{table}` is a {}, not a table: stored queries are not run",
            kinds.join(", ")
        )));
    }
    if !kinds.iter().any(|k| k == "table") {
        return Ok(None);
    }
    let mut stmt = conn
        .prepare(&format!("PRAGMA table_info({})", quote_ident(table)))
        .map_err(SchemaError::Sqlite)?;
    let mut rows = stmt.query([]).map_err(SchemaError::Sqlite)?;
    let mut cols = HashSet::new();
    // A read error (an interrupted query) fails the whole list: a partial
    // one would read present columns as NULL. A name that is not UTF-8
    // names no column the collectors read.
    while let Some(row) = rows.next().map_err(SchemaError::Sqlite)? {
        if let Ok(name) = row.get::<_, String>(1) {
            cols.insert(name);
        }
    }
    Ok(Some(cols))
}

/// Quote an SQL identifier.
pub fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// `t.col` if the table has the column, else `NULL`, aliased as `alias`:
/// lets one query serve every schema version.
pub fn col_or_null(cols: &HashSet<String>, table_alias: &str, col: &str, alias: &str) -> String {
    if cols.contains(col) {
        format!(
            "{table_alias}.{} AS {}",
            quote_ident(col),
            quote_ident(alias)
        )
    } else {
        format!("NULL AS {}", quote_ident(alias))
    }
}

/// A column value as JSON, whatever its storage class. Text that is not
/// UTF-8 is kept lossily; blobs become hex.
pub fn value_json(v: rusqlite::types::ValueRef<'_>) -> serde_json::Value {
    use rusqlite::types::ValueRef;
    match v {
        ValueRef::Null => serde_json::Value::Null,
        ValueRef::Integer(i) => i.into(),
        ValueRef::Real(f) => serde_json::Number::from_f64(f)
            .map(serde_json::Value::Number)
            .unwrap_or(serde_json::Value::Null),
        ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned().into(),
        ValueRef::Blob(b) => hex::encode(b).into(),
    }
}

/// Read a column as optional text (lossy for non-UTF-8, integers as text).
pub fn get_text<I: rusqlite::RowIndex>(row: &rusqlite::Row<'_>, name: I) -> Option<String> {
    use rusqlite::types::ValueRef;
    match row.get_ref(name).ok()? {
        ValueRef::Text(t) => Some(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Integer(i) => Some(i.to_string()),
        ValueRef::Real(f) => Some(f.to_string()),
        ValueRef::Blob(b) => Some(String::from_utf8_lossy(b).into_owned()),
        ValueRef::Null => None,
    }
}

/// Read a column as an optional integer (reals are truncated, text parsed).
pub fn get_i64<I: rusqlite::RowIndex>(row: &rusqlite::Row<'_>, name: I) -> Option<i64> {
    use rusqlite::types::ValueRef;
    match row.get_ref(name).ok()? {
        ValueRef::Integer(i) => Some(i),
        ValueRef::Real(f) if f.is_finite() => Some(f as i64),
        ValueRef::Text(t) => std::str::from_utf8(t).ok()?.trim().parse().ok(),
        _ => None,
    }
}

/// Read a column as an optional float.
pub fn get_f64<I: rusqlite::RowIndex>(row: &rusqlite::Row<'_>, name: I) -> Option<f64> {
    use rusqlite::types::ValueRef;
    match row.get_ref(name).ok()? {
        ValueRef::Integer(i) => Some(i as f64),
        ValueRef::Real(f) => Some(f),
        ValueRef::Text(t) => std::str::from_utf8(t).ok()?.trim().parse().ok(),
        _ => None,
    }
}

/// A column's raw value as JSON (for `*_raw` fields).
pub fn get_json<I: rusqlite::RowIndex>(row: &rusqlite::Row<'_>, name: I) -> serde_json::Value {
    row.get_ref(name)
        .map(value_json)
        .unwrap_or(serde_json::Value::Null)
}

/// A staged database, opened: the connection and the staged files it reads
/// (the connection is dropped first).
pub struct Db {
    conn: Connection,
    staged: StagedDb,
}

impl Ctx<'_> {
    /// Stage and open a database ([`Ctx::acquire_sqlite`], [`StagedDb::open`]).
    /// `None` when it is absent (silently), or cannot be opened or holds no
    /// table (an error is recorded).
    ///
    /// The run's time limit holds inside every query on the connection:
    /// every [`PROGRESS_EVERY`] virtual-machine steps SQLite asks the budget,
    /// and once the run has stopped (the limit, or a signal) the query is
    /// interrupted. [`Db`]'s methods then record what was left undone as cut
    /// short on the database ([`IssueKind::CutShort`]); rows already handed
    /// over are kept. One step of an unindexed lookup over millions of rows
    /// (a Chromium `downloads_url_chains`) otherwise runs for seconds.
    pub fn open_sqlite(&mut self, target: &Path) -> Option<Db> {
        let staged = self.acquire_sqlite(target)?;
        match staged.open() {
            Ok(conn) => {
                let budget = Arc::clone(&self.env().budget);
                conn.progress_handler(PROGRESS_EVERY, Some(move || budget.time_up()));
                let tables = conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
                    r.get::<_, i64>(0)
                });
                if let Ok(0) = tables {
                    self.error(target, "empty database (no tables): nothing to read");
                    return None;
                }
                Some(Db { conn, staged })
            }
            Err(e) => {
                self.error(
                    target,
                    format!(
                        "cannot open database (corrupt, truncated, encrypted or not SQLite): {e}"
                    ),
                );
                None
            }
        }
    }
}

impl Db {
    /// The connection, for statements of the collector's own.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// The database's path on the target: problems are recorded against it.
    pub fn target(&self) -> &Path {
        &self.staged.target
    }

    /// The staged files.
    pub fn staged(&self) -> &StagedDb {
        &self.staged
    }

    /// The columns of `table`. When the table is absent, `None`, and an
    /// error naming `expected` (what kind of database should have it) is
    /// recorded.
    pub fn require_table(
        &self,
        ctx: &mut Ctx<'_>,
        table: &str,
        expected: &str,
    ) -> Option<HashSet<String>> {
        match self.table(ctx, table) {
            Ok(Some(c)) => Some(c),
            Ok(None) => {
                ctx.error(
                    self.target(),
                    format!(
                        "no `{table}` table: not a {expected} database, or an empty or damaged one"
                    ),
                );
                None
            }
            Err(SchemaUnreadable) => None,
        }
    }

    /// The columns of `table`, or `None` (silently) when it is absent.
    pub fn optional_table(&self, ctx: &mut Ctx<'_>, table: &str) -> Option<HashSet<String>> {
        self.table(ctx, table).ok().flatten()
    }

    /// The columns of `table`, `None` when it is absent; when the schema
    /// cannot be read, the error is recorded and [`SchemaUnreadable`]
    /// returned.
    pub fn table(
        &self,
        ctx: &mut Ctx<'_>,
        table: &str,
    ) -> Result<Option<HashSet<String>>, SchemaUnreadable> {
        read_table_columns(&self.conn, table).map_err(|e| {
            match e {
                SchemaError::Sqlite(ref s)
                    if is_interrupted(s)
                        && self
                            .stopped(ctx, |by| format!("`{table}` not read: stopped by {by}")) => {}
                e => ctx.error(self.target(), format!("cannot read the schema: {e}")),
            }
            SchemaUnreadable
        })
    }

    /// Run `sql`, whose select list is `cols`, and hand every row to `f`,
    /// streaming. A failure to prepare, a read error part-way (a damaged
    /// page), or an error `f` returns ends the query and is recorded against
    /// the database; rows read before it are kept. Returns the number of
    /// rows handed to `f`.
    pub fn for_each_row<'e>(
        &self,
        ctx: &mut Ctx<'e>,
        what: &str,
        sql: &str,
        cols: &Columns<'_>,
        mut f: impl FnMut(&mut Ctx<'e>, &Fields<'_>) -> rusqlite::Result<()>,
    ) -> u64 {
        let target = self.target();
        // A query is not started once the run has stopped; a short one
        // would end before the progress handler is first asked.
        if self.stopped(ctx, |by| format!("{what} not read: stopped by {by}")) {
            return 0;
        }
        let mut stmt = match self.conn.prepare(sql) {
            Ok(s) => s,
            Err(e) => {
                ctx.error(target, format!("cannot query {what}: {e}"));
                return 0;
            }
        };
        let mut rows = match stmt.query([]) {
            Ok(r) => r,
            Err(e) => {
                ctx.error(target, format!("cannot query {what}: {e}"));
                return 0;
            }
        };
        let mut n = 0u64;
        loop {
            let step = match rows.next() {
                Ok(Some(row)) => f(ctx, &Fields { row, cols }).map(|()| true),
                Ok(None) => Ok(false),
                Err(e) => Err(e),
            };
            match step {
                Ok(true) => n += 1,
                Ok(false) => break,
                Err(e) => {
                    let cut = |by: &str| {
                        format!("{what}: stopped by {by} after {n} rows; the rest are not read")
                    };
                    if !(is_interrupted(&e) && self.stopped(ctx, cut)) {
                        ctx.error(target, format!("{what}: read error after {n} rows: {e}"));
                    }
                    break;
                }
            }
        }
        n
    }

    /// When the run has stopped (the time limit or a signal; see
    /// [`Ctx::open_sqlite`]), record what was left undone as cut short on
    /// the database and return true. `message` is given what stopped the
    /// run (`--time-limit`, `a signal`).
    fn stopped(&self, ctx: &mut Ctx<'_>, message: impl FnOnce(&str) -> String) -> bool {
        let Some(reason) = ctx.env().budget.stop_reason() else {
            return false;
        };
        let limit = reason.limit();
        let kind = IssueKind::CutShort {
            limit,
            enumeration_complete: !ctx.env().budget.enumeration_over(),
        };
        ctx.issue(self.target(), kind, message(limit.option()));
        true
    }
}

/// True when `e` says a query was interrupted (by the progress handler
/// [`Ctx::open_sqlite`] installs, once the run has stopped).
pub fn is_interrupted(e: &rusqlite::Error) -> bool {
    e.sqlite_error_code() == Some(rusqlite::ErrorCode::OperationInterrupted)
}

/// The schema of a database could not be read (the error is recorded).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SchemaUnreadable;

/// The select list of a query, written once: every column it reads with its
/// alias. A table's column the schema version lacks is selected as `NULL`,
/// so one query serves every version; rows are then read by alias
/// ([`Fields`]), each alias at the position it was added at.
#[derive(Debug, Default)]
pub struct Columns<'a> {
    select: Vec<String>,
    aliases: Vec<&'a str>,
}

impl<'a> Columns<'a> {
    pub fn new() -> Self {
        Self::default()
    }

    /// Columns of a table known to the query as `table_alias`, whose
    /// columns are `have` ([`Db::require_table`]): each `(column, alias)`
    /// is `table_alias."column" AS "alias"`, or `NULL AS "alias"` when the
    /// table lacks the column.
    pub fn table(
        mut self,
        have: &HashSet<String>,
        table_alias: &str,
        columns: &[(&str, &'a str)],
    ) -> Self {
        for (col, alias) in columns {
            self.select.push(col_or_null(have, table_alias, col, alias));
            self.aliases.push(alias);
        }
        self
    }

    /// An expression the query always has (`v.rowid`, a joined table's
    /// column, a subquery, `NULL`), as `alias`.
    pub fn expr(mut self, expr: &str, alias: &'a str) -> Self {
        self.select
            .push(format!("{expr} AS {}", quote_ident(alias)));
        self.aliases.push(alias);
        self
    }

    /// The select list: `a AS "x", b AS "y", …`.
    pub fn sql(&self) -> String {
        self.select.join(", ")
    }

    /// The position of `alias` in a row; `usize::MAX`, which reads as
    /// absent (`None`/`null`), for an alias the list does not have.
    pub fn index(&self, alias: &str) -> usize {
        let i = self.aliases.iter().position(|a| *a == alias);
        debug_assert!(i.is_some(), "no column aliased {alias:?} in the query");
        i.unwrap_or(usize::MAX)
    }
}

/// One row of a [`Db::for_each_row`] query, read by alias.
pub struct Fields<'a> {
    row: &'a rusqlite::Row<'a>,
    cols: &'a Columns<'a>,
}

impl Fields<'_> {
    /// The underlying row.
    pub fn row(&self) -> &rusqlite::Row<'_> {
        self.row
    }

    /// The position of `alias` ([`Columns::index`]).
    pub fn index(&self, alias: &str) -> usize {
        self.cols.index(alias)
    }

    /// The stored value of the column aliased `alias`, as SQLite holds it;
    /// `None` when it cannot be read. For text kept exactly:
    /// [`Record::sql_text`](crate::kit::Record::sql_text) writes its bytes
    /// beside the lossy string when they are not UTF-8.
    pub fn raw(&self, alias: &str) -> Option<rusqlite::types::ValueRef<'_>> {
        self.row.get_ref(self.index(alias)).ok()
    }

    /// [`get_text`] of the column aliased `alias`.
    pub fn text(&self, alias: &str) -> Option<String> {
        get_text(self.row, self.index(alias))
    }

    /// [`get_i64`] of the column aliased `alias`.
    pub fn i64(&self, alias: &str) -> Option<i64> {
        get_i64(self.row, self.index(alias))
    }

    /// [`get_f64`] of the column aliased `alias`.
    pub fn f64(&self, alias: &str) -> Option<f64> {
        get_f64(self.row, self.index(alias))
    }

    /// [`get_json`] of the column aliased `alias` (for `*_raw` fields).
    pub fn json(&self, alias: &str) -> serde_json::Value {
        get_json(self.row, self.index(alias))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kit::collector::{Cost, Description, Scope};
    use crate::kit::{testing, Collector, Fatal, Status};

    static COUNT: Description = Description {
        name: "count",
        reads: "test",
        outputs: &["count"],
        scope: Scope::AnyRoot,
        cost: Cost::Cheap,
    };

    struct CountVisits;
    impl Collector for CountVisits {
        fn describe(&self) -> &'static Description {
            &COUNT
        }
        fn run(&self, ctx: &mut Ctx<'_>) -> Result<(), Fatal> {
            let target = Path::new("/db/t.sqlite");
            let Some(db) = ctx.acquire_sqlite(target) else {
                return Ok(());
            };
            match db.open() {
                Ok(conn) => {
                    let n: i64 = conn
                        .query_row("SELECT count(*) FROM t", [], |r| r.get(0))
                        .map_err(Fatal::new)?;
                    let rec = ctx
                        .record(target, None)
                        .set("rows", n)
                        .set("wal", db.has_wal());
                    ctx.emit("count", rec);
                }
                Err(e) => ctx.error(target, e),
            }
            Ok(())
        }
    }

    static SLOW: Description = Description {
        name: "slow",
        reads: "test",
        outputs: &["slow"],
        scope: Scope::AnyRoot,
        cost: Cost::Cheap,
    };

    /// Reads `t` through a query whose third row takes minutes to compute.
    struct SlowQuery;
    impl Collector for SlowQuery {
        fn describe(&self) -> &'static Description {
            &SLOW
        }
        fn run(&self, ctx: &mut Ctx<'_>) -> Result<(), Fatal> {
            let Some(db) = ctx.open_sqlite(Path::new("/db/t.sqlite")) else {
                return Ok(());
            };
            let have = db
                .require_table(ctx, "t", "test")
                .ok_or(Fatal::new("no t"))?;
            let slow = "CASE WHEN t.x < 3 THEN t.x ELSE (WITH RECURSIVE c(i) AS \
                        (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 10000000000) \
                        SELECT count(*) FROM c) END";
            let cols = Columns::new()
                .table(&have, "t", &[("x", "x")])
                .expr(slow, "slow");
            let sql = format!("SELECT {} FROM t ORDER BY t.rowid", cols.sql());
            db.for_each_row(ctx, "t", &sql, &cols, |ctx, r| {
                let rec = ctx.record(db.target(), None).set("x", r.i64("x"));
                ctx.emit("slow", rec);
                Ok(())
            });
            // Past the limit, no query starts.
            db.for_each_row(ctx, "t again", &sql, &cols, |_, _| Ok(()));
            Ok(())
        }
    }

    #[test]
    fn the_time_limit_interrupts_a_query_and_keeps_the_rows_read() {
        let d = tempfile::tempdir().unwrap();
        std::fs::create_dir(d.path().join("db")).unwrap();
        let conn = Connection::open(d.path().join("db/t.sqlite")).unwrap();
        conn.execute_batch(
            "CREATE TABLE t(x INTEGER PRIMARY KEY); INSERT INTO t VALUES (1), (2), (3), (4);",
        )
        .unwrap();
        drop(conn);
        let limit = std::time::Duration::from_millis(300);
        let budget = crate::kit::Budget::new(Some(limit), u64::MAX, u64::MAX);
        let started = std::time::Instant::now();
        let (report, sink) = testing::run_on_with_budget(d.path(), &SlowQuery, budget);
        let took = started.elapsed();
        assert!(
            took < limit * 5,
            "the query ran {took:?} with a {limit:?} limit"
        );
        let recs = sink.records("slow");
        assert_eq!(recs.len(), 2);
        assert_eq!(
            (recs[0]["x"].as_i64(), recs[1]["x"].as_i64()),
            (Some(1), Some(2))
        );
        assert_eq!(report.status, Status::Partial);
        let on_db: Vec<_> = report
            .errors
            .iter()
            .filter(|e| e.path.as_deref() == Some("/db/t.sqlite"))
            .collect();
        assert_eq!(on_db.len(), 2, "{:?}", report.errors);
        for e in &on_db {
            assert!(
                matches!(
                    e.kind,
                    IssueKind::CutShort {
                        limit: crate::kit::budget::Limit::TimeLimit,
                        ..
                    }
                ),
                "{e:?}"
            );
        }
        assert_eq!(
            on_db[0].message,
            "t: stopped by --time-limit after 2 rows; the rest are not read"
        );
        assert_eq!(
            on_db[1].message,
            "t again not read: stopped by --time-limit"
        );
        // The database itself was taken before the limit.
        assert!(sink.members().contains(&"[root]/db/t.sqlite".to_string()));
    }

    /// A database whose last rows exist only in its -wal, like a live one.
    fn wal_db(dir: &Path) -> Connection {
        let conn = Connection::open(dir.join("t.sqlite")).unwrap();
        conn.execute_batch(
            "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0;
             CREATE TABLE t(x); INSERT INTO t VALUES (1),(2);
             PRAGMA wal_checkpoint(TRUNCATE);
             INSERT INTO t VALUES (3),(4),(5);",
        )
        .unwrap();
        conn
    }

    #[test]
    fn rows_only_in_the_wal_are_read_and_originals_untouched() {
        let d = tempfile::tempdir().unwrap();
        let db = d.path().join("db");
        std::fs::create_dir(&db).unwrap();
        // Keep the writer open (and holding a lock) while collecting.
        let conn = wal_db(&db);
        conn.execute_batch("BEGIN IMMEDIATE; INSERT INTO t VALUES (6);")
            .unwrap();
        let before: Vec<_> = ["t.sqlite", "t.sqlite-wal", "t.sqlite-shm"]
            .iter()
            .map(|n| std::fs::read(db.join(n)).unwrap())
            .collect();
        let (report, sink) = testing::run_on(d.path(), &CountVisits);
        assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
        let recs = sink.records("count");
        assert_eq!(recs.len(), 1);
        // 5 committed rows; the uncommitted 6th is not visible.
        assert_eq!(recs[0]["rows"], 5);
        assert_eq!(recs[0]["wal"], true);
        let after: Vec<_> = ["t.sqlite", "t.sqlite-wal", "t.sqlite-shm"]
            .iter()
            .map(|n| std::fs::read(db.join(n)).unwrap())
            .collect();
        assert!(before == after, "the original database files changed");
        let members = sink.members();
        assert!(members.contains(&"[root]/db/t.sqlite".to_string()));
        assert!(members.contains(&"[root]/db/t.sqlite-wal".to_string()));
        assert!(members.contains(&"[root]/db/t.sqlite-shm".to_string()));
        conn.execute_batch("ROLLBACK").unwrap();
    }

    #[test]
    fn corrupt_database_is_a_clear_error() {
        let d = tempfile::tempdir().unwrap();
        std::fs::create_dir(d.path().join("db")).unwrap();
        std::fs::write(d.path().join("db/t.sqlite"), vec![0x42u8; 8192]).unwrap();
        let (report, sink) = testing::run_on(d.path(), &CountVisits);
        assert_eq!(report.status, Status::Partial);
        assert_eq!(report.errors.len(), 1);
        assert!(
            report.errors[0].message.contains("not a database"),
            "{:?}",
            report.errors
        );
        assert_eq!(report.errors[0].path.as_deref(), Some("/db/t.sqlite"));
        assert!(sink.records("count").is_empty());
        // The raw file is still archived.
        assert!(sink.members().contains(&"[root]/db/t.sqlite".to_string()));
    }

    #[test]
    fn truncated_databases_are_reported_from_the_header() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("t.sqlite");
        let conn = Connection::open(&p).unwrap();
        conn.execute_batch(
            "PRAGMA page_size=1024; CREATE TABLE t(x);
             WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500)
             INSERT INTO t SELECT randomblob(100) FROM n;",
        )
        .unwrap();
        drop(conn);
        assert_eq!(header_problem(&p), None);
        let full = std::fs::read(&p).unwrap();
        // Whole pages missing at the end: SQLite alone does not notice.
        std::fs::write(&p, &full[..full.len() - 4096]).unwrap();
        let msg = header_problem(&p).unwrap();
        assert!(msg.starts_with("truncated: the header declares"), "{msg}");
        // A partial last page.
        std::fs::write(&p, &full[..full.len() - 1]).unwrap();
        assert!(header_problem(&p).unwrap().contains("whole number"));
        // Not a database, or too short for a header: left to SQLite.
        std::fs::write(&p, b"garbage").unwrap();
        assert_eq!(header_problem(&p), None);
        let mut bad = full.clone();
        bad[16] = 0;
        bad[17] = 3;
        std::fs::write(&p, &bad).unwrap();
        assert!(header_problem(&p).unwrap().contains("invalid page size 3"));
    }

    #[test]
    fn views_are_refused_not_queried() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(
            "CREATE VIEW visits AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c)
               SELECT (SELECT count(*) FROM c) AS id;",
        )
        .unwrap();
        let err = table_columns(&conn, "visits").unwrap_err();
        assert!(err.contains("is a view"), "{err}");
        let err = table_columns(&conn, "VISITS").unwrap_err();
        assert!(err.contains("is a view"), "{err}");
    }

    #[test]
    fn columns_give_the_select_list_and_each_alias_position() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE u(id, url); INSERT INTO u VALUES (7, 'x')")
            .unwrap();
        let have = table_columns(&conn, "u").unwrap().unwrap();
        let cols = Columns::new().expr("u.rowid", "rid").table(
            &have,
            "u",
            &[("url", "address"), ("title", "title")],
        );
        assert_eq!(
            cols.sql(),
            "u.rowid AS \"rid\", u.\"url\" AS \"address\", NULL AS \"title\""
        );
        assert_eq!(
            [
                cols.index("rid"),
                cols.index("address"),
                cols.index("title")
            ],
            [0, 1, 2]
        );
        let sql = format!("SELECT {} FROM u", cols.sql());
        conn.query_row(&sql, [], |row| {
            let f = Fields { row, cols: &cols };
            assert_eq!(f.i64("rid"), Some(1));
            assert_eq!(f.text("address").as_deref(), Some("x"));
            assert_eq!(f.text("title"), None);
            assert_eq!(f.json("title"), serde_json::Value::Null);
            Ok(())
        })
        .unwrap();
    }

    #[test]
    fn raw_gives_the_stored_value_and_its_bytes() {
        use rusqlite::types::ValueRef;
        let conn = Connection::open_in_memory().unwrap();
        // SQLite keeps whatever bytes it is given as TEXT.
        conn.execute_batch(
            "CREATE TABLE u(url, n); INSERT INTO u VALUES (CAST(X'68ff' AS TEXT), 42)",
        )
        .unwrap();
        let have = table_columns(&conn, "u").unwrap().unwrap();
        let cols = Columns::new().table(
            &have,
            "u",
            &[("url", "url"), ("n", "n"), ("title", "title")],
        );
        let sql = format!("SELECT {} FROM u", cols.sql());
        conn.query_row(&sql, [], |row| {
            let f = Fields { row, cols: &cols };
            assert_eq!(f.raw("url"), Some(ValueRef::Text(b"h\xff")));
            assert_eq!(f.raw("n"), Some(ValueRef::Integer(42)));
            assert_eq!(f.raw("title"), Some(ValueRef::Null));
            let rec = crate::kit::Record::new("t", Path::new("/db"), None)
                .sql_text("url", "url_b64", f.raw("url"))
                .sql_text("n", "n_b64", f.raw("n"));
            assert_eq!(rec.get("url"), Some(&serde_json::json!("h\u{fffd}")));
            assert_eq!(rec.get("url_b64"), Some(&serde_json::json!("aP8=")));
            assert_eq!(rec.get("n"), Some(&serde_json::json!("42")));
            assert_eq!(rec.get("n_b64"), None);
            Ok(())
        })
        .unwrap();
    }

    #[test]
    fn column_helpers_tolerate_schema_drift() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE u(id, url)").unwrap();
        let cols = table_columns(&conn, "u").unwrap().unwrap();
        assert!(table_columns(&conn, "missing").unwrap().is_none());
        assert_eq!(
            col_or_null(&cols, "u", "url", "url"),
            "u.\"url\" AS \"url\""
        );
        assert_eq!(
            col_or_null(&cols, "u", "title", "title"),
            "NULL AS \"title\""
        );
    }

    /// The bundled SQLite is built without the full-text search and R*Tree
    /// extensions (`.cargo/config.toml`): a database whose schema has such
    /// a table (as Mail's and Notes' do) still opens, its other tables and
    /// the extension's shadow tables read, and only the virtual table
    /// itself is refused.
    #[test]
    fn a_database_with_an_unknown_virtual_table_still_reads() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("fts.sqlite");
        {
            let c = Connection::open(&path).unwrap();
            c.execute_batch(
                "CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT);
                 INSERT INTO notes(body) VALUES ('one'), ('two');
                 CREATE TABLE notes_fts_content(id INTEGER PRIMARY KEY, c0 TEXT);
                 INSERT INTO notes_fts_content(c0) VALUES ('one');
                 PRAGMA writable_schema = ON;
                 INSERT INTO sqlite_master(type, name, tbl_name, rootpage, sql)
                   VALUES ('table', 'notes_fts', 'notes_fts', 0,
                           'CREATE VIRTUAL TABLE notes_fts USING fts5(body)');
                 PRAGMA writable_schema = OFF;",
            )
            .unwrap();
        }
        let c = open_read_only(&path).unwrap();
        let n: i64 = c
            .query_row("SELECT count(*) FROM notes", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 2);
        let n: i64 = c
            .query_row("SELECT count(*) FROM notes_fts_content", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 1);
        let err = c
            .query_row("SELECT count(*) FROM notes_fts", [], |r| r.get::<_, i64>(0))
            .unwrap_err();
        assert!(err.to_string().contains("no such module: fts5"), "{err}");
    }
}
