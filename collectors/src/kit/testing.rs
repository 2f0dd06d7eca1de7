//! An in-memory archive sink and environment, for unit tests of collectors.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use super::budget::Budget;
use super::collector::{run_collector, Collector};
use super::context::{Env, Options};
use super::report::{CollectorReport, NoEvents};
use super::sink::{ArchiveItem, ArchiveSink, Content};

use super::source::FsSource;

/// One received member: (member name, source, bytes, symlink target).
pub type SinkItem = (PathBuf, Option<PathBuf>, Vec<u8>, Option<PathBuf>);

/// What a test sink received.
#[derive(Default)]
pub struct MemorySink {
    pub items: Mutex<Vec<SinkItem>>,
}

impl ArchiveSink for MemorySink {
    fn submit(&self, item: ArchiveItem) {
        let (bytes, link) = match item.content {
            Content::Staged(s) => (std::fs::read(s.path()).unwrap_or_default(), None),
            Content::Open(mut f) => {
                let mut v = Vec::new();
                let _ = (&mut f).take(item.meta.size).read_to_end(&mut v);
                (v, None)
            }
            Content::Symlink(l) => (Vec::new(), Some(l)),
            Content::Directory => (Vec::new(), None),
        };
        if let Ok(mut items) = self.items.lock() {
            items.push((item.member, item.source, bytes, link));
        }
    }
}

impl MemorySink {
    pub fn members(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .items
            .lock()
            .map(|i| {
                i.iter()
                    .map(|x| x.0.to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        v.sort();
        v
    }

    /// The bytes of one member, if it was submitted.
    pub fn member_bytes(&self, member: &str) -> Option<Vec<u8>> {
        let items = self.items.lock().ok()?;
        items
            .iter()
            .find(|x| x.0 == Path::new(member))
            .map(|x| x.2.clone())
    }

    /// The records written to `parsed/<stream>.jsonl`, or to its parts
    /// in the order they were submitted.
    pub fn records(&self, stream: &str) -> Vec<serde_json::Value> {
        let of_stream = |m: &Path| {
            m.to_str()
                .and_then(super::context::stream_of_member)
                .is_some_and(|(s, _)| s == stream)
        };
        let items = match self.items.lock() {
            Ok(i) => i,
            Err(_) => return Vec::new(),
        };
        items
            .iter()
            .filter(|x| of_stream(&x.0))
            .flat_map(|x| {
                String::from_utf8_lossy(&x.2)
                    .lines()
                    .filter_map(|l| serde_json::from_str(l).ok())
                    .collect::<Vec<_>>()
            })
            .collect()
    }
}

/// Run `collector` on the tree at `root` and return its report and sink.
pub fn run_on(root: &Path, collector: &dyn Collector) -> (CollectorReport, Arc<MemorySink>) {
    run_with(FsSource::new(root, false), collector, Options::default())
}

/// [`run_on`] with run options (as the command line sets them).
pub fn run_on_with(
    root: &Path,
    collector: &dyn Collector,
    options: Options,
) -> (CollectorReport, Arc<MemorySink>) {
    run_with(FsSource::new(root, false), collector, options)
}

/// [`run_on`] under `budget` (a time limit, size limits).
pub fn run_on_with_budget(
    root: &Path,
    collector: &dyn Collector,
    budget: Budget,
) -> (CollectorReport, Arc<MemorySink>) {
    run_with_budget(FsSource::new(root, false), collector, budget)
}

/// Run `collector` against the running system (root `/`, live), as a
/// live collection does.
pub fn run_live(collector: &dyn Collector) -> (CollectorReport, Arc<MemorySink>) {
    run_with(FsSource::new("/", true), collector, Options::default())
}

/// [`run_on`], also returning the run's shared value of type `T` (what a
/// collector leaves for the manifest through [`Env::shared`]).
pub fn run_on_shared<T: Default + Send + Sync + 'static>(
    root: &Path,
    collector: &dyn Collector,
) -> (CollectorReport, Arc<MemorySink>, Arc<T>) {
    let source = Arc::new(FsSource::new(root, false));
    let (users, _) = crate::kit::users::discover(&*source);
    let staging = tempfile::tempdir().expect("staging dir");
    let sink = Arc::new(MemorySink::default());
    let env = Env::new(
        source,
        users,
        staging.path().to_path_buf(),
        sink.clone(),
        Arc::new(Budget::unlimited()),
        Arc::new(NoEvents),
    );
    let report = run_collector(&env, collector);
    (report, sink, env.shared::<T>())
}

fn run_with(
    source: FsSource,
    collector: &dyn Collector,
    options: Options,
) -> (CollectorReport, Arc<MemorySink>) {
    run_with_all(source, collector, options, Budget::unlimited())
}

fn run_with_budget(
    source: FsSource,
    collector: &dyn Collector,
    budget: Budget,
) -> (CollectorReport, Arc<MemorySink>) {
    run_with_all(source, collector, Options::default(), budget)
}

fn run_with_all(
    source: FsSource,
    collector: &dyn Collector,
    options: Options,
    budget: Budget,
) -> (CollectorReport, Arc<MemorySink>) {
    let source = Arc::new(source);
    let (users, _) = crate::kit::users::discover(&*source);
    let staging = tempfile::tempdir().expect("staging dir");
    let sink = Arc::new(MemorySink::default());
    let env = Env::new(
        source,
        users,
        staging.path().to_path_buf(),
        sink.clone(),
        Arc::new(budget),
        Arc::new(NoEvents),
    )
    .with_options(options);
    let report = run_collector(&env, collector);
    (report, sink)
}

/// Set a Mac extended attribute on a host file the way a fixture carries
/// it (on Linux, in the `user.` namespace).
pub fn set_mac_xattr(host: &Path, name: &str, value: &[u8]) {
    rustix::fs::lsetxattr(
        host,
        super::source::xattr_host_name(std::ffi::OsStr::new(name)),
        value,
        rustix::fs::XattrFlags::empty(),
    )
    .unwrap_or_else(|e| panic!("{}: {name}: {e}", host.display()));
}
