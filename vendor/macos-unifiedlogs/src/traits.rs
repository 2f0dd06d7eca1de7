use std::borrow::Borrow;
use std::sync::Arc;
use std::{hash::Hash, io::Error};

use crate::{dsc::SharedCacheStrings, uuidtext::UUIDText};

/// Implementing this trait allows library consumers to provide the files required by the parser in
/// arbitrary formats, as long as they are provided as an iterator of items that implement \[Read\].
///
/// For help mapping files to the correct filetype, see the
/// [`LogFileType`](crate::filesystem::LogFileType) enum's
/// [From]<&[Path](std::path::Path)> implementation.
pub trait FileProvider {
    /// Provides an iterator of `.tracev3` files from the
    /// `/private/var/db/diagnostics/((HighVolume|Signpost|Trace|Special)/`, plus the
    /// `livedata.LogData.tracev3` file if it was collected via `log collect`.
    fn tracev3_files(&self) -> impl Iterator<Item = impl SourceFile>;

    /// Provides an iterator of `UUIDText` string files from the `/var/db/uuidtext/XX/` directories,
    /// where the `XX` is any two uppercase hex characters, along with the filename (i.e., the
    /// filename from the _source_ file. This should be a 30-character name containing only hex
    /// digits. This should be a 30-character name containing only hex digits. It is important that
    /// this is. accurate, or else strings will not be able to be referenced from the source file.
    fn uuidtext_files(&self) -> impl Iterator<Item = impl SourceFile>;

    /// Reads a provided UUID file at runtime.
    /// The UUID is obtaind by parsing the `tracev3` files. Reads will fail if the UUID does not exist
    /// This avoids having to read all `UUIDText` files into memory.
    fn read_uuidtext(&self, uuid: &str) -> Result<UUIDText, Error>;

    /// Provides an iterator of shared string files from the `/var/db/uuidtext/dsc` subdirectory,
    /// along with the filename (i.e., the filename from the _source_ file). This should be a
    /// 30-character name containing only hex digits. It is important that this is. accurate, or
    /// else strings will not be able to be referenced from the source file.
    fn dsc_files(&self) -> impl Iterator<Item = impl SourceFile>;

    /// Reads a provided UUID file at runtime.
    /// The UUID is obtaind by parsing the `tracev3` files. Reads will fail if the UUID does not exist
    /// This avoids having to read all `SharedCacheStrings` files into memory.
    fn read_dsc_uuid(&self, uuid: &str) -> Result<SharedCacheStrings, Error>;

    /// Provides an iterator of `.timesync` files from the `/var/db/diagnostics/timesync` subdirectory.
    fn timesync_files(&self) -> impl Iterator<Item = impl SourceFile>;
}

/// Defines an interface for providing a single unified log file. Parsing unified logs requires the
/// name of the original file in order to reconstruct format strings.
pub trait SourceFile {
    /// A reader for the given source file.
    fn reader(&mut self) -> impl std::io::Read;
    /// The source path of the file on the machine from which it was collected, distinct from any
    /// secondary storage location where, for instance, a file backing the `reader` might exist.
    fn source_path(&self) -> &str;
}

pub trait Cache<K, V>
where
    K: Eq + Hash,
    V: Clone,
{
    fn get<Q>(&self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
        Q: Eq + Hash + ?Sized;

    fn insert(&self, key: K, value: V) -> Option<V>;
}

/// Defines a trait for caching string values parsed from the `dsc` or `uuidtext` directories.
pub trait StringCache: Sync {
    fn get_or_load_uuidtext(
        &self,
        uuid: &str,
        provider: &impl FileProvider,
    ) -> Option<Arc<UUIDText>>;

    fn get_or_load_dsc(
        &self,
        uuid: &str,
        provider: &impl FileProvider,
    ) -> Option<Arc<SharedCacheStrings>>;
}
