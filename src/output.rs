//! Where a run writes: a free tarball name, the temporary file, the private
//! staging directory, and publishing.
//!
//! The tarball is written to `.<name>.partial`, created exclusively (never
//! through a symlink, never over a file): creating it reserves the name. A
//! name that is taken (a second run in the same second, a leftover file, a
//! `.sha256` or `.partial` of that name) is never overwritten: the next free
//! one is used, `mactriage_<host>_<time>_2.tar.gz` and so on. Publishing
//! hard-links the finished file to its name (or renames it where the file
//! system has no hard links), never replacing anything; the `.sha256` is
//! written first, so that once the tarball has its name the run cannot fail
//! any more. Whatever happens, [`Output`]'s drop removes the staging
//! directory and anything unpublished.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{anyhow, Context, Result};

use crate::archive;

/// Names tried before giving up (only a directory full of this run's
/// leftovers, or a hostile one, gets that far).
const MAX_NAMES: u32 = 10_000;

/// The output of one run, until it is published.
pub struct Output {
    dir: PathBuf,
    /// The tarball's file name.
    name: String,
    tmp: Option<PathBuf>,
    sha: Option<PathBuf>,
    staging: PathBuf,
}

fn candidate(base: &str, n: u32) -> String {
    if n == 1 {
        format!("{base}.tar.gz")
    } else {
        format!("{base}_{n}.tar.gz")
    }
}

fn sha256_path(tarball: &Path) -> PathBuf {
    let mut p = tarball.as_os_str().to_owned();
    p.push(".sha256");
    PathBuf::from(p)
}

impl Output {
    /// Reserve a free name for `mactriage_<host>_<time>` in `dir`, create
    /// its temporary file and a private staging directory (mode 0700).
    pub fn create(dir: &Path, base: &str, stamp: i64) -> Result<(Output, BufWriter<File>)> {
        let (name, tmp, file) = Self::reserve(dir, base)?;
        let staging = dir.join(format!(".mactriage-staging-{}-{stamp}", std::process::id()));
        let mut out = Output {
            dir: dir.to_path_buf(),
            name,
            tmp: Some(tmp),
            sha: None,
            staging: staging.clone(),
        };
        {
            use std::os::unix::fs::DirBuilderExt;
            if let Err(e) = std::fs::DirBuilder::new().mode(0o700).create(&staging) {
                // Not ours to remove.
                out.staging = PathBuf::new();
                return Err(e).with_context(|| format!("cannot create {}", staging.display()));
            }
        }
        Ok((out, file))
    }

    fn reserve(dir: &Path, base: &str) -> Result<(String, PathBuf, BufWriter<File>)> {
        for n in 1..=MAX_NAMES {
            let name = candidate(base, n);
            let final_path = dir.join(&name);
            let taken = |p: &Path| std::fs::symlink_metadata(p).is_ok();
            if taken(&final_path) || taken(&sha256_path(&final_path)) {
                continue;
            }
            let tmp = dir.join(format!(".{name}.partial"));
            match archive::create_exclusive(&tmp) {
                Ok(f) => return Ok((name, tmp, f)),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(e) => {
                    return Err(e).with_context(|| format!("cannot create {}", tmp.display()))
                }
            }
        }
        Err(anyhow!(
            "no free tarball name in {}: {MAX_NAMES} names starting {base} are taken",
            dir.display()
        ))
    }

    /// The tarball's file name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Where it will be published.
    pub fn final_path(&self) -> PathBuf {
        self.dir.join(&self.name)
    }

    /// The temporary tarball.
    pub fn tmp_path(&self) -> PathBuf {
        self.tmp.clone().unwrap_or_default()
    }

    /// The private staging directory.
    pub fn staging(&self) -> &Path {
        &self.staging
    }

    /// Write `<tarball>.sha256` and give the tarball its name. Returns the
    /// published path.
    pub fn publish(mut self, sha256: &str) -> Result<PathBuf> {
        let mut final_path = self.final_path();
        let tmp = self.tmp_path();
        // The name was reserved when the run began; if something took it
        // since (not a mactriage run: those check the .partial), the next
        // free name is used and the log says so.
        for n in 2..=MAX_NAMES + 1 {
            let sha_path = sha256_path(&final_path);
            match archive::create_exclusive(&sha_path) {
                Ok(mut f) => {
                    self.sha = Some(sha_path.clone());
                    writeln!(f, "{sha256}  {}", self.name)
                        .and_then(|_| f.flush())
                        .with_context(|| format!("cannot write {}", sha_path.display()))?;
                }
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                    let next = self.next_name(n);
                    final_path = self.dir.join(next);
                    continue;
                }
                Err(e) => {
                    return Err(e).with_context(|| format!("cannot create {}", sha_path.display()))
                }
            }
            match archive::publish(&tmp, &final_path) {
                Ok(()) => {
                    self.tmp = None;
                    self.sha = None;
                    return Ok(final_path);
                }
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                    if let Some(s) = self.sha.take() {
                        let _ = std::fs::remove_file(s);
                    }
                    let next = self.next_name(n);
                    final_path = self.dir.join(next);
                }
                Err(e) => {
                    return Err(e).with_context(|| {
                        format!("cannot move the archive to {}", final_path.display())
                    })
                }
            }
        }
        Err(anyhow!("no free name to publish {}", tmp.display()))
    }

    fn next_name(&mut self, n: u32) -> String {
        let base = self
            .name
            .strip_suffix(".tar.gz")
            .unwrap_or(&self.name)
            .to_string();
        self.name = format!("{base}_{n}.tar.gz");
        self.name.clone()
    }
}

impl Drop for Output {
    fn drop(&mut self) {
        if !self.staging.as_os_str().is_empty() {
            let _ = std::fs::remove_dir_all(&self.staging);
        }
        for p in [&self.tmp, &self.sha].into_iter().flatten() {
            let _ = std::fs::remove_file(p);
        }
    }
}

/// Remove what an unfinished run left (used when the process must exit at
/// once, from another thread): its staging directory and temporary file.
/// The run's other threads may still be creating files in the staging
/// directory while it is removed, so removal is tried a few times.
pub fn remove_leftovers(staging: &Path, tmp: &Path) {
    let _ = std::fs::remove_file(tmp);
    for _ in 0..20 {
        match std::fs::remove_dir_all(staging) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => {
                std::thread::sleep(std::time::Duration::from_millis(10))
            }
            _ => break,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_taken_name_is_never_overwritten_the_next_is_used() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(d.path().join("mactriage_h_T.tar.gz"), "someone else's").unwrap();
        std::fs::write(d.path().join("mactriage_h_T_2.tar.gz.sha256"), "x").unwrap();
        std::fs::write(d.path().join(".mactriage_h_T_3.tar.gz.partial"), "x").unwrap();
        let (out, mut f) = Output::create(d.path(), "mactriage_h_T", 1).unwrap();
        assert_eq!(out.name(), "mactriage_h_T_4.tar.gz");
        f.write_all(b"data").unwrap();
        f.flush().unwrap();
        drop(f);
        let published = out.publish("abc").unwrap();
        assert_eq!(published, d.path().join("mactriage_h_T_4.tar.gz"));
        assert_eq!(std::fs::read(&published).unwrap(), b"data");
        assert_eq!(
            std::fs::read_to_string(d.path().join("mactriage_h_T.tar.gz")).unwrap(),
            "someone else's"
        );
        assert_eq!(
            std::fs::read_to_string(d.path().join("mactriage_h_T_4.tar.gz.sha256")).unwrap(),
            "abc  mactriage_h_T_4.tar.gz\n"
        );
        // No staging directory or temporary file is left.
        let left: Vec<_> = std::fs::read_dir(d.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|n| {
                n.starts_with(".mactriage-staging") || n == ".mactriage_h_T_4.tar.gz.partial"
            })
            .collect();
        assert!(left.is_empty(), "{left:?}");
    }

    #[test]
    fn a_name_taken_between_reservation_and_publishing_moves_on() {
        let d = tempfile::tempdir().unwrap();
        let (out, f) = Output::create(d.path(), "m", 1).unwrap();
        drop(f);
        std::fs::write(d.path().join("m.tar.gz"), "late").unwrap();
        let published = out.publish("abc").unwrap();
        assert_eq!(published, d.path().join("m_2.tar.gz"));
        assert_eq!(
            std::fs::read_to_string(d.path().join("m.tar.gz")).unwrap(),
            "late"
        );
    }
}
