//! SQLite plumbing shared by the benchmark root (`bench-root`) and the
//! bundled fixture (`fixtures`): the schemas as the applications create
//! them, a fast bulk-writing connection and a WAL made the same bytes on
//! every run. The other formats (bookmarks, `.sfl2` lists, ASL stores,
//! account records, code requirements, utmpx) are written with
//! `mactriage_collectors::testdata`, the writers the tests use.
//! Everything here is deterministic: the same calls give the same bytes.

use std::fs;
use std::path::Path;

use anyhow::{bail, Context, Result};
use rusqlite::Connection;

/// `mkdir -p`, with the path in the error.
pub fn mkdirs(p: &Path) -> Result<()> {
    fs::create_dir_all(p).with_context(|| format!("cannot create {}", p.display()))
}

/// A new SQLite database at `path` (parents created), set up for fast bulk
/// writes: no journal, no sync.
pub fn new_db(path: &Path) -> Result<Connection> {
    mkdirs(path.parent().context("no parent")?)?;
    let c = Connection::open(path)?;
    c.execute_batch("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-65536; PRAGMA foreign_keys=OFF;")?;
    Ok(c)
}

/// Chrome's History schema (meta version 69, Chrome ~130).
pub const CHROME_SCHEMA: &str = "
CREATE TABLE meta(key LONGVARCHAR NOT NULL UNIQUE PRIMARY KEY, value LONGVARCHAR);
CREATE TABLE urls(id INTEGER PRIMARY KEY AUTOINCREMENT,url LONGVARCHAR,title LONGVARCHAR,
  visit_count INTEGER DEFAULT 0 NOT NULL,typed_count INTEGER DEFAULT 0 NOT NULL,
  last_visit_time INTEGER NOT NULL,hidden INTEGER DEFAULT 0 NOT NULL);
CREATE TABLE visits(id INTEGER PRIMARY KEY AUTOINCREMENT,url INTEGER NOT NULL,
  visit_time INTEGER NOT NULL,from_visit INTEGER,external_referrer_url TEXT,
  transition INTEGER DEFAULT 0 NOT NULL,segment_id INTEGER,visit_duration INTEGER DEFAULT 0 NOT NULL,
  incremented_omnibox_typed_score BOOLEAN DEFAULT FALSE NOT NULL,opener_visit INTEGER,
  originator_cache_guid TEXT,originator_visit_id INTEGER,originator_from_visit INTEGER,
  originator_opener_visit INTEGER,is_known_to_sync BOOLEAN DEFAULT FALSE NOT NULL,
  consider_for_ntp_most_visited BOOLEAN DEFAULT FALSE NOT NULL,visited_link_id INTEGER DEFAULT 0 NOT NULL,
  app_id TEXT);
CREATE TABLE downloads (id INTEGER PRIMARY KEY,guid VARCHAR NOT NULL,current_path LONGVARCHAR NOT NULL,
  target_path LONGVARCHAR NOT NULL,start_time INTEGER NOT NULL,received_bytes INTEGER NOT NULL,
  total_bytes INTEGER NOT NULL,state INTEGER NOT NULL,danger_type INTEGER NOT NULL,
  interrupt_reason INTEGER NOT NULL,hash BLOB NOT NULL,end_time INTEGER NOT NULL,opened INTEGER NOT NULL,
  last_access_time INTEGER NOT NULL,transient INTEGER NOT NULL,referrer VARCHAR NOT NULL,
  site_url VARCHAR NOT NULL,embedder_download_data VARCHAR NOT NULL,tab_url VARCHAR NOT NULL,
  tab_referrer_url VARCHAR NOT NULL,http_method VARCHAR NOT NULL,by_ext_id VARCHAR NOT NULL,
  by_ext_name VARCHAR NOT NULL,by_web_app_id VARCHAR NOT NULL,etag VARCHAR NOT NULL,
  last_modified VARCHAR NOT NULL,mime_type VARCHAR(255) NOT NULL,original_mime_type VARCHAR(255) NOT NULL);
CREATE TABLE downloads_url_chains (id INTEGER NOT NULL,chain_index INTEGER NOT NULL,
  url LONGVARCHAR NOT NULL, PRIMARY KEY (id, chain_index));
CREATE INDEX urls_url_index ON urls (url);
CREATE INDEX visits_url_index ON visits (url);
CREATE INDEX visits_from_index ON visits (from_visit);
CREATE INDEX visits_time_index ON visits (visit_time);
INSERT INTO meta VALUES ('mmap_status','-1'),('version','69'),('last_compatible_version','16');
";

/// Safari's History.db schema (`metadata` version 20).
pub const SAFARI_SCHEMA: &str = "CREATE TABLE history_items (id INTEGER PRIMARY KEY AUTOINCREMENT,url TEXT NOT NULL UNIQUE,
           domain_expansion TEXT NULL,visit_count INTEGER NOT NULL,daily_visit_counts BLOB NOT NULL,
           weekly_visit_counts BLOB NULL,autocomplete_triggers BLOB NULL,
           should_recompute_derived_visit_counts INTEGER NOT NULL,visit_count_score INTEGER NOT NULL,
           status_code INTEGER NOT NULL DEFAULT 0);
         CREATE TABLE history_visits (id INTEGER PRIMARY KEY AUTOINCREMENT,
           history_item INTEGER NOT NULL REFERENCES history_items(id) ON DELETE CASCADE,
           visit_time REAL NOT NULL,title TEXT NULL,load_successful BOOLEAN NOT NULL DEFAULT 1,
           http_non_get BOOLEAN NOT NULL DEFAULT 0,synthesized BOOLEAN NOT NULL DEFAULT 0,
           redirect_source INTEGER NULL UNIQUE REFERENCES history_visits(id) ON DELETE CASCADE,
           redirect_destination INTEGER NULL UNIQUE REFERENCES history_visits(id) ON DELETE CASCADE,
           origin INTEGER NOT NULL DEFAULT 0,generation INTEGER NOT NULL DEFAULT 0,
           attributes INTEGER NOT NULL DEFAULT 0,score INTEGER NOT NULL DEFAULT 0);
         CREATE TABLE metadata (key TEXT NOT NULL UNIQUE, value);
         INSERT INTO metadata VALUES ('version', 20);
         CREATE INDEX history_visits__last_visit ON history_visits (history_item, visit_time DESC, synthesized ASC);
         CREATE INDEX history_visits__origin ON history_visits (origin, generation);";

/// Firefox's places.sqlite schema (`user_version` 77), with the two download
/// annotation attributes.
pub const PLACES_SCHEMA: &str = "
CREATE TABLE moz_origins (id INTEGER PRIMARY KEY, prefix TEXT NOT NULL, host TEXT NOT NULL,
  frecency INTEGER NOT NULL, recalc_frecency INTEGER NOT NULL DEFAULT 0, alt_frecency INTEGER,
  recalc_alt_frecency INTEGER NOT NULL DEFAULT 0, UNIQUE (prefix, host));
CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url LONGVARCHAR, title LONGVARCHAR,
  rev_host LONGVARCHAR, visit_count INTEGER DEFAULT 0, hidden INTEGER DEFAULT 0 NOT NULL,
  typed INTEGER DEFAULT 0 NOT NULL, frecency INTEGER DEFAULT -1 NOT NULL,
  last_visit_date INTEGER, guid TEXT, foreign_count INTEGER DEFAULT 0 NOT NULL,
  url_hash INTEGER DEFAULT 0 NOT NULL, description TEXT, preview_image_url TEXT,
  site_name TEXT, origin_id INTEGER REFERENCES moz_origins(id), recalc_frecency INTEGER NOT NULL DEFAULT 0,
  alt_frecency INTEGER, recalc_alt_frecency INTEGER NOT NULL DEFAULT 0);
CREATE TABLE moz_historyvisits (id INTEGER PRIMARY KEY, from_visit INTEGER,
  place_id INTEGER, visit_date INTEGER, visit_type INTEGER, session INTEGER,
  source INTEGER DEFAULT 0 NOT NULL, triggeringPlaceId INTEGER);
CREATE TABLE moz_anno_attributes (id INTEGER PRIMARY KEY, name VARCHAR(32) UNIQUE NOT NULL);
CREATE TABLE moz_annos (id INTEGER PRIMARY KEY, place_id INTEGER NOT NULL,
  anno_attribute_id INTEGER, content LONGVARCHAR, flags INTEGER DEFAULT 0,
  expiration INTEGER DEFAULT 0, type INTEGER DEFAULT 0, dateAdded INTEGER DEFAULT 0,
  lastModified INTEGER DEFAULT 0);
CREATE UNIQUE INDEX moz_places_url_hashindex ON moz_places (url_hash, url);
CREATE INDEX moz_places_hostindex ON moz_places (rev_host);
CREATE INDEX moz_historyvisits_placedateindex ON moz_historyvisits (place_id, visit_date);
CREATE INDEX moz_historyvisits_fromindex ON moz_historyvisits (from_visit);
CREATE INDEX moz_historyvisits_dateindex ON moz_historyvisits (visit_date);
CREATE UNIQUE INDEX moz_annos_placeattributeindex ON moz_annos (place_id, anno_attribute_id);
INSERT INTO moz_anno_attributes VALUES (1, 'downloads/destinationFileURI'), (2, 'downloads/metaData');
PRAGMA user_version = 77;
";

/// LaunchServices' `QuarantineEventsV2` schema (OS X 10.7 to current macOS).
pub const QUARANTINE_SCHEMA: &str =
    "CREATE TABLE LSQuarantineEvent (LSQuarantineEventIdentifier TEXT PRIMARY KEY NOT NULL,
           LSQuarantineTimeStamp REAL, LSQuarantineAgentBundleIdentifier TEXT,
           LSQuarantineAgentName TEXT, LSQuarantineDataURLString TEXT, LSQuarantineSenderName TEXT,
           LSQuarantineSenderAddress TEXT, LSQuarantineTypeNumber INTEGER,
           LSQuarantineOriginTitle TEXT, LSQuarantineOriginURLString TEXT,
           LSQuarantineOriginAlias BLOB);
         CREATE INDEX LSQuarantineEventIndex ON LSQuarantineEvent (LSQuarantineEventIdentifier);";

/// `tccd`'s `TCC.db` schema of macOS 14 (`admin` version 29): the
/// `auth_value` decisions with `pid`, `pid_version`, `boot_uuid` and
/// `last_reminded`.
pub const TCC_SCHEMA: &str = "\
CREATE TABLE admin (key TEXT PRIMARY KEY NOT NULL, value INTEGER NOT NULL);
CREATE TABLE policies (id INTEGER NOT NULL PRIMARY KEY, bundle_id TEXT NOT NULL, \
  uuid TEXT NOT NULL, display TEXT NOT NULL, UNIQUE (bundle_id, uuid));
CREATE TABLE access (service TEXT NOT NULL, client TEXT NOT NULL, \
  client_type INTEGER NOT NULL, auth_value INTEGER NOT NULL, auth_reason INTEGER NOT NULL, \
  auth_version INTEGER NOT NULL, csreq BLOB, policy_id INTEGER, \
  indirect_object_identifier_type INTEGER, \
  indirect_object_identifier TEXT NOT NULL DEFAULT 'UNUSED', \
  indirect_object_code_identity BLOB, flags INTEGER, \
  last_modified INTEGER NOT NULL DEFAULT (CAST(strftime('%s','now') AS INTEGER)), \
  pid INTEGER, pid_version INTEGER, boot_uuid TEXT NOT NULL DEFAULT 'UNUSED', \
  last_reminded INTEGER NOT NULL DEFAULT 0, \
  PRIMARY KEY (service, client, client_type, indirect_object_identifier), \
  FOREIGN KEY (policy_id) REFERENCES policies(id) ON DELETE CASCADE ON UPDATE CASCADE);
INSERT INTO admin VALUES ('version', 29);
";

/// CoreDuet's `knowledgeC.db` (Core Data), reduced to the columns read
/// (as in macOS 10.13-14) and one structured-metadata key, the title of a
/// Safari visit.
pub const KNOWLEDGEC_SCHEMA: &str = "\
CREATE TABLE ZOBJECT (Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER, \
  ZSOURCE INTEGER, ZSTRUCTUREDMETADATA INTEGER, ZSECONDSFROMGMT INTEGER, \
  ZVALUEINTEGER INTEGER, ZCREATIONDATE TIMESTAMP, ZENDDATE TIMESTAMP, \
  ZSTARTDATE TIMESTAMP, ZVALUEDOUBLE FLOAT, ZUUID VARCHAR, ZSTREAMNAME VARCHAR, \
  ZVALUESTRING VARCHAR);
CREATE TABLE ZSOURCE (Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER, \
  ZUSERID INTEGER, ZBUNDLEID VARCHAR, ZDEVICEID VARCHAR, ZGROUPID VARCHAR, \
  ZITEMID VARCHAR, ZSOURCEID VARCHAR);
CREATE TABLE ZSTRUCTUREDMETADATA (Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, \
  Z_OPT INTEGER, Z_DKSAFARIHISTORYMETADATAKEY__TITLE VARCHAR, ZMETADATAHASH VARCHAR UNIQUE);
";

/// SQLite puts a random salt in the WAL header (and every frame). Replace it
/// with `salt` and recompute the checksums, so that the WAL is the same
/// bytes on every run.
pub fn fix_wal_salts(path: &Path, salt: [u8; 8]) -> Result<()> {
    let mut w = fs::read(path)?;
    if w.len() < 32 {
        bail!("{}: WAL too short", path.display());
    }
    let magic = u32::from_be_bytes(w[0..4].try_into()?);
    let big = match magic {
        0x377f_0682 => false,
        0x377f_0683 => true,
        _ => bail!("{}: not a WAL", path.display()),
    };
    let page = u32::from_be_bytes(w[8..12].try_into()?) as usize;
    let (old1, old2) = (w[16..20].to_vec(), w[20..24].to_vec());
    w[16..24].copy_from_slice(&salt);
    let cksum = |data: &[u8], mut s: (u32, u32)| {
        for c in data.chunks_exact(8) {
            let rd = |b: &[u8]| {
                let a: [u8; 4] = b.try_into().unwrap_or_default();
                if big {
                    u32::from_be_bytes(a)
                } else {
                    u32::from_le_bytes(a)
                }
            };
            s.0 = s.0.wrapping_add(rd(&c[0..4])).wrapping_add(s.1);
            s.1 = s.1.wrapping_add(rd(&c[4..8])).wrapping_add(s.0);
        }
        s
    };
    let mut s = cksum(&w[0..24], (0, 0));
    w[24..28].copy_from_slice(&s.0.to_be_bytes());
    w[28..32].copy_from_slice(&s.1.to_be_bytes());
    let mut off = 32;
    while off + 24 + page <= w.len() {
        if w[off + 8..off + 12] != old1[..] || w[off + 12..off + 16] != old2[..] {
            break;
        }
        w[off + 8..off + 16].copy_from_slice(&salt);
        s = cksum(&w[off..off + 8], s);
        s = cksum(&w[off + 24..off + 24 + page], s);
        w[off + 16..off + 20].copy_from_slice(&s.0.to_be_bytes());
        w[off + 20..off + 24].copy_from_slice(&s.1.to_be_bytes());
        off += 24 + page;
    }
    fs::write(path, &w)?;
    Ok(())
}
