//! The `macos-unifiedlogs` crate's file access, served from the staged
//! copies only (never the target), with a bounded cache of parsed
//! `uuidtext` and `dsc` files, and a count of the problems the crate
//! reports through `log` while it decodes a file.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet, VecDeque};
use std::hash::Hash;
use std::io::{Error, ErrorKind};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, RwLock};

use macos_unifiedlogs::dsc::SharedCacheStrings;
use macos_unifiedlogs::traits::{Cache, FileProvider, SourceFile};
use macos_unifiedlogs::uuidtext::UUIDText;

/// Parsed uuidtext files kept at once (each is a few KB to a few MB).
pub const UUIDTEXT_CACHE: usize = 256;
/// Parsed dsc files kept at once (each is 30-150 MB once parsed).
pub const DSC_CACHE: usize = 2;

/// A least-recently-inserted cache of at most `cap` values. Looked up for
/// every entry, from every decoder thread: a hash map behind a read-write
/// lock.
pub struct Bounded<V> {
    cap: usize,
    items: RwLock<(HashMap<String, V>, VecDeque<String>)>,
}

impl<V> Bounded<V> {
    pub fn new(cap: usize) -> Self {
        Bounded {
            cap: cap.max(1),
            items: RwLock::new((HashMap::new(), VecDeque::new())),
        }
    }
}

impl<V: Clone> Cache<String, V> for Bounded<V> {
    fn get<Q>(&self, key: &Q) -> Option<V>
    where
        String: std::borrow::Borrow<Q>,
        Q: Eq + Hash + ?Sized,
    {
        self.items.read().ok()?.0.get(key).cloned()
    }

    fn insert(&self, key: String, value: V) -> Option<V> {
        let mut items = self.items.write().ok()?;
        let (map, order) = &mut *items;
        if let Some(v) = map.get_mut(&key) {
            *v = value;
            return None;
        }
        while map.len() >= self.cap {
            let Some(oldest) = order.pop_front() else {
                break;
            };
            map.remove(&oldest);
        }
        order.push_back(key.clone());
        map.insert(key, value);
        None
    }
}

/// No file of this kind is handed out as a list: the collector feeds the
/// tracev3 and timesync files itself, and strings are read by UUID.
struct NoFile;

impl SourceFile for NoFile {
    fn reader(&mut self) -> impl std::io::Read {
        std::io::empty()
    }
    fn source_path(&self) -> &str {
        ""
    }
}

/// Staged uuidtext and dsc files, by UUID (upper-case hex, 32 digits).
#[derive(Default)]
pub struct StagedProvider {
    pub uuidtext: HashMap<String, PathBuf>,
    pub dsc: HashMap<String, PathBuf>,
    /// UUIDs whose file is absent or did not parse, as the crate asked
    /// for them and in full: not tried again (asked for every entry that
    /// needs them).
    failed: RwLock<HashSet<String>>,
    /// The first problem with each failed file, for the report.
    pub problems: Mutex<Vec<(PathBuf, String)>>,
}

/// The crate may hand a UUID without its leading zeros.
fn full_uuid(uuid: &str) -> String {
    format!("{uuid:0>32}").to_ascii_uppercase()
}

impl StagedProvider {
    fn read(
        &self,
        map: &HashMap<String, PathBuf>,
        uuid: &str,
    ) -> Result<(String, PathBuf, Vec<u8>), Error> {
        let asked = uuid;
        if self.failed.read().is_ok_and(|f| f.contains(asked)) {
            return Err(Error::new(ErrorKind::NotFound, "not available"));
        }
        let uuid = full_uuid(asked);
        if self.failed.read().is_ok_and(|f| f.contains(&uuid)) {
            self.fail(asked, None);
            return Err(Error::new(ErrorKind::NotFound, "not available"));
        }
        let Some(path) = map.get(&uuid) else {
            self.fail(asked, None);
            self.fail(&uuid, None);
            return Err(Error::new(ErrorKind::NotFound, "not collected"));
        };
        match std::fs::read(path) {
            Ok(b) => Ok((uuid, path.clone(), b)),
            Err(e) => {
                self.fail(asked, None);
                self.fail(&uuid, Some((path.clone(), format!("cannot read: {e}"))));
                Err(e)
            }
        }
    }

    fn fail(&self, uuid: &str, problem: Option<(PathBuf, String)>) {
        if let Ok(mut f) = self.failed.write() {
            f.insert(uuid.to_string());
        }
        if let (Some(p), Ok(mut all)) = (problem, self.problems.lock()) {
            all.push(p);
        }
    }
}

impl FileProvider for StagedProvider {
    fn tracev3_files(&self) -> impl Iterator<Item = impl SourceFile> {
        std::iter::empty::<NoFile>()
    }
    fn uuidtext_files(&self) -> impl Iterator<Item = impl SourceFile> {
        std::iter::empty::<NoFile>()
    }
    fn dsc_files(&self) -> impl Iterator<Item = impl SourceFile> {
        std::iter::empty::<NoFile>()
    }
    fn timesync_files(&self) -> impl Iterator<Item = impl SourceFile> {
        std::iter::empty::<NoFile>()
    }

    fn read_uuidtext(&self, uuid: &str) -> Result<UUIDText, Error> {
        let (uuid, path, buf) = self.read(&self.uuidtext, uuid)?;
        let parsed =
            std::panic::catch_unwind(|| UUIDText::parse_uuidtext(&buf).map(|(_, u)| u).ok());
        match parsed {
            Ok(Some(mut u)) => {
                u.uuid = uuid;
                Ok(u)
            }
            Ok(None) | Err(_) => {
                self.fail(&uuid, Some((path, "not a uuidtext file".into())));
                Err(Error::new(ErrorKind::InvalidData, "not a uuidtext file"))
            }
        }
    }

    fn read_dsc_uuid(&self, uuid: &str) -> Result<SharedCacheStrings, Error> {
        let (uuid, path, buf) = self.read(&self.dsc, uuid)?;
        let parsed =
            std::panic::catch_unwind(|| SharedCacheStrings::parse_dsc(&buf).map(|(_, d)| d).ok());
        match parsed {
            Ok(Some(mut d)) => {
                d.dsc_uuid = uuid;
                Ok(d)
            }
            Ok(None) | Err(_) => {
                self.fail(
                    &uuid,
                    Some((path, "not a dsc (shared cache strings) file".into())),
                );
                Err(Error::new(ErrorKind::InvalidData, "not a dsc file"))
            }
        }
    }
}

/// The string cache the crate uses while building entries.
pub type StringCache = macos_unifiedlogs::cache::MemoryStringCache<
    Bounded<Arc<UUIDText>>,
    Bounded<Arc<SharedCacheStrings>>,
>;

pub fn string_cache() -> StringCache {
    macos_unifiedlogs::cache::MemoryStringCache::new(
        Bounded::new(UUIDTEXT_CACHE),
        Bounded::new(DSC_CACHE),
    )
}

thread_local! {
    /// Problems the crate logged on this thread since the last
    /// [`take_crate_errors`]: how many, and the first.
    static CRATE_ERRORS: RefCell<(u64, Option<String>)> = const { RefCell::new((0, None)) };
}

/// The crate's `error!` lines that mean the file is damaged (a chunk that
/// does not decode, decompress or frame); others (an empty string
/// argument, say) are not counted.
const DAMAGE: [&str; 9] = [
    "Failed to parse",
    "Failed to decompress",
    "Unknown chunk",
    "Failed to determine preamble",
    "Failed to nom",
    "compression",
    "LZBITMAP",
    "Bitmap size",
    "decompressed size",
];

/// Counts the crate's `error!` lines that mean damage, per thread;
/// everything else is dropped.
struct CrateErrors;

impl log::Log for CrateErrors {
    fn enabled(&self, m: &log::Metadata<'_>) -> bool {
        m.level() <= log::Level::Error && m.target().starts_with("macos_unifiedlogs")
    }
    fn log(&self, r: &log::Record<'_>) {
        if !self.enabled(r.metadata()) {
            return;
        }
        let text = r.args().to_string();
        if !DAMAGE.iter().any(|d| text.contains(d)) {
            return;
        }
        CRATE_ERRORS.with(|c| {
            if let Ok(mut c) = c.try_borrow_mut() {
                c.0 += 1;
                if c.1.is_none() {
                    // At a character boundary: the crate's messages quote
                    // the log's own text, which may be any UTF-8.
                    let mut s = text;
                    if let Some((i, _)) = s.char_indices().nth(300) {
                        s.truncate(i);
                    }
                    c.1 = Some(s);
                }
            }
        });
    }
    fn flush(&self) {}
}

static LOGGER: CrateErrors = CrateErrors;

/// Install the counter (once per process; a logger set by someone else
/// stays, and then nothing is counted).
pub fn count_crate_errors() {
    if log::set_logger(&LOGGER).is_ok() {
        log::set_max_level(log::LevelFilter::Error);
    }
}

/// The problems counted on this thread since the last call.
pub fn take_crate_errors() -> (u64, Option<String>) {
    CRATE_ERRORS.with(|c| {
        c.try_borrow_mut()
            .map(|mut c| std::mem::take(&mut *c))
            .unwrap_or_default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cache_keeps_the_last_inserted_and_replaces_in_place() {
        let c: Bounded<u32> = Bounded::new(2);
        c.insert("a".into(), 1);
        c.insert("b".into(), 2);
        c.insert("a".into(), 10);
        assert_eq!(c.get("a"), Some(10));
        // "a" was replaced, not added again: "a" is still the oldest.
        c.insert("c".into(), 3);
        assert_eq!(c.get("a"), None);
        assert_eq!((c.get("b"), c.get("c")), (Some(2), Some(3)));
    }

    #[test]
    fn a_missing_file_is_looked_for_once_whatever_the_spelling() {
        let p = StagedProvider::default();
        // Without its leading zeros, as the crate may ask.
        let short = "7EF56328D53A78B59CCCE3E3189F57";
        assert!(p.read_uuidtext(short).is_err());
        let failed = p.failed.read().unwrap().clone();
        assert!(failed.contains(short));
        assert!(failed.contains(&format!("00{short}")));
        assert!(p.read_uuidtext(&format!("00{short}")).is_err());
        assert_eq!(p.failed.read().unwrap().len(), 2);
        // Absent files are not problems of the run.
        assert!(p.problems.lock().unwrap().is_empty());
    }
}
