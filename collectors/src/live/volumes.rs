//! `volumes`: every mounted file system of the running system.
//!
//! **What.** Device, mount point, type, size and free space, read-only, and
//! whether the volume is removable or external, with its name and UUID
//! where the system knows them. A `removable: true` volume is where the
//! question "was data copied to a USB stick?" starts.
//!
//! **Where.** Live only (skipped on any other root). The mount table:
//! on macOS the output of `/sbin/mount` (run as `live_response` runs
//! commands), with each disk's properties from `diskutil info -plist`
//! (`VolumeName`, `VolumeUUID`, `Internal`, `Removable`/`RemovableMedia`,
//! `Ejectable`, `BusProtocol`); on Linux `/proc/self/mountinfo`, with
//! `/sys/dev/block/<major:minor>` (`removable`, and the device's path: a
//! `usb` bus in it means external) and `/dev/disk/by-uuid`, `by-label`.
//! Sizes from `statvfs(3)` on both, each call on its own thread with a
//! time limit (a hung network mount cannot hang the run).
//!
//! **Output** `parsed/volumes.jsonl`, one record per mount: `device`,
//! `mount_point` (`mount_point_b64` when not UTF-8), `fs_type`, `options`,
//! `read_only`, `total_bytes`, `free_bytes`, `available_bytes`, `removable`,
//! `ejectable`, `location` (`internal`/`external`), `bus`, `name`, `uuid`
//! (null where unknown), `size_error` when `statvfs` failed.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use crate::kit::collector::{Cost, Description, Scope};
use crate::kit::{Collector, Ctx, Fatal};

pub struct Volumes;

const STREAM: &str = "volumes";

/// Time a `statvfs` (or `diskutil`) call may take on one mount.
const PER_MOUNT: Duration = Duration::from_secs(3);

static DESCRIPTION: Description = Description {
    name: "volumes",
    reads: "Mounted file systems: device, mount point, type, size, read-only, removable/external, name, UUID (live only)",
    outputs: &[STREAM],
    scope: Scope::LiveOnly,
    cost: Cost::Cheap,
};

/// One line of the mount table.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Mount {
    pub device: String,
    pub mount_point: OsString,
    pub fs_type: String,
    pub options: Vec<String>,
    /// Linux: the device's `major:minor`.
    pub dev: Option<(u32, u32)>,
}

impl Mount {
    pub fn read_only(&self) -> bool {
        self.options.iter().any(|o| o == "ro" || o == "read-only")
    }
}

/// What the system says about the disk behind a mount.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DiskInfo {
    pub removable: Option<bool>,
    pub ejectable: Option<bool>,
    pub external: Option<bool>,
    pub bus: Option<String>,
    pub name: Option<String>,
    pub uuid: Option<String>,
}

impl Collector for Volumes {
    fn describe(&self) -> &'static Description {
        &DESCRIPTION
    }

    fn run(&self, ctx: &mut Ctx<'_>) -> Result<(), Fatal> {
        if !ctx.source().is_live() {
            return Err(Fatal::new(
                "live-only collector: it reads the running system, not an evidence root",
            ));
        }
        let (source, mounts) = platform::mounts().map_err(Fatal::new)?;
        for m in &mounts {
            if ctx.should_stop() {
                break;
            }
            let info = platform::disk_info(m);
            let size = with_timeout(PER_MOUNT, {
                let p = PathBuf::from(&m.mount_point);
                move || nix::sys::statvfs::statvfs(&p).map_err(|e| e.to_string())
            });
            let mut rec = ctx
                .record(Path::new(source), None)
                .set("device", m.device.clone())
                .name("mount_point", "mount_point_b64", &m.mount_point)
                .set("fs_type", m.fs_type.clone())
                .set("options", m.options.clone())
                .set("read_only", m.read_only());
            match size {
                // The field widths differ (u32 block counts on macOS).
                #[allow(clippy::useless_conversion)]
                Ok(Ok(s)) => {
                    let frag = u64::from(s.fragment_size());
                    rec.insert("total_bytes", u64::from(s.blocks()).saturating_mul(frag));
                    rec.insert(
                        "free_bytes",
                        u64::from(s.blocks_free()).saturating_mul(frag),
                    );
                    rec.insert(
                        "available_bytes",
                        u64::from(s.blocks_available()).saturating_mul(frag),
                    );
                }
                Ok(Err(e)) | Err(e) => {
                    rec.insert("total_bytes", serde_json::Value::Null);
                    rec.insert("free_bytes", serde_json::Value::Null);
                    rec.insert("available_bytes", serde_json::Value::Null);
                    rec.insert("size_error", e);
                }
            }
            let rec = rec
                .set("removable", info.removable)
                .set("ejectable", info.ejectable)
                .set(
                    "location",
                    info.external
                        .map(|e| if e { "external" } else { "internal" }),
                )
                .set("bus", info.bus)
                .set("name", info.name)
                .set("uuid", info.uuid);
            ctx.emit(STREAM, rec);
        }
        Ok(())
    }
}

/// Run `f` on its own thread; `Err` when it takes longer than `limit` (the
/// thread is left to finish on its own).
fn with_timeout<T: Send + 'static>(
    limit: Duration,
    f: impl FnOnce() -> T + Send + 'static,
) -> Result<T, String> {
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .name("volume-stat".into())
        .spawn(move || {
            let _ = tx.send(f());
        })
        .map_err(|e| e.to_string())?;
    rx.recv_timeout(limit)
        .map_err(|_| format!("no answer within {}s", limit.as_secs()))
}

/// Undo the octal escapes of the mount table (`\040` for a space).
pub fn unescape_octal(s: &str) -> Vec<u8> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        if c == b'\\' {
            if let Some(v) = b
                .get(i + 1..i + 4)
                .and_then(|d| std::str::from_utf8(d).ok())
                .and_then(|d| u8::from_str_radix(d, 8).ok())
            {
                out.push(v);
                i += 4;
                continue;
            }
        }
        out.push(c);
        i += 1;
    }
    out
}

/// Undo udev's `\xNN` escapes in `/dev/disk/by-label` names.
pub fn unescape_udev(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        if c == b'\\' && b.get(i + 1) == Some(&b'x') {
            if let Some(v) = b
                .get(i + 2..i + 4)
                .and_then(|d| std::str::from_utf8(d).ok())
                .and_then(|d| u8::from_str_radix(d, 16).ok())
            {
                out.push(v);
                i += 4;
                continue;
            }
        }
        out.push(c);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// One line of `/proc/self/mountinfo` (see proc(5)): `id parent maj:min
/// root mount-point options [optional...] - type source super-options`.
pub fn parse_mountinfo_line(line: &str) -> Option<Mount> {
    use std::os::unix::ffi::OsStringExt;
    let (left, right) = line.split_once(" - ")?;
    let l: Vec<&str> = left.split(' ').collect();
    let r: Vec<&str> = right.split(' ').collect();
    let (maj, min) = l.get(2)?.split_once(':')?;
    let mount_point = OsString::from_vec(unescape_octal(l.get(4)?));
    let mut options: Vec<String> = l.get(5)?.split(',').map(str::to_string).collect();
    if let Some(sup) = r.get(2) {
        for o in sup.split(',') {
            if !options.iter().any(|x| x == o) && o != "rw" && o != "ro" {
                options.push(o.to_string());
            }
        }
    }
    Some(Mount {
        device: String::from_utf8_lossy(&unescape_octal(r.get(1)?)).into_owned(),
        mount_point,
        fs_type: r.first()?.to_string(),
        options,
        dev: Some((maj.parse().ok()?, min.parse().ok()?)),
    })
}

/// One line of macOS `mount` output: `DEVICE on MOUNTPOINT (TYPE, OPT, ...)`.
pub fn parse_bsd_mount_line(line: &str) -> Option<Mount> {
    let (device, rest) = line.split_once(" on ")?;
    let open = rest.rfind(" (")?;
    let mount_point = rest.get(..open)?;
    let inner = rest.get(open + 2..)?.strip_suffix(')')?;
    let mut parts = inner.split(", ").map(str::trim);
    let fs_type = parts.next()?.to_string();
    Some(Mount {
        device: device.to_string(),
        mount_point: OsString::from(mount_point),
        fs_type,
        options: parts.map(str::to_string).collect(),
        dev: None,
    })
}

/// `diskutil info -plist` properties.
pub fn parse_diskutil_plist(data: &[u8]) -> Option<DiskInfo> {
    let v = crate::kit::plist::read(data).ok()?;
    let d = v.as_dictionary()?;
    let b = |k: &str| d.get(k).and_then(|x| x.as_boolean());
    let s = |k: &str| {
        d.get(k)
            .and_then(|x| x.as_string())
            .filter(|x| !x.is_empty())
            .map(str::to_string)
    };
    Some(DiskInfo {
        removable: b("RemovableMedia").or(b("Removable")),
        ejectable: b("Ejectable"),
        external: b("Internal").map(|i| !i),
        bus: s("BusProtocol"),
        name: s("VolumeName"),
        uuid: s("VolumeUUID").or(s("DiskUUID")),
    })
}

#[cfg(target_os = "linux")]
mod platform {
    use super::*;
    use std::os::unix::ffi::OsStrExt;

    pub fn mounts() -> Result<(&'static str, Vec<Mount>), String> {
        let text = std::fs::read_to_string("/proc/self/mountinfo")
            .map_err(|e| format!("/proc/self/mountinfo: {e}"))?;
        Ok((
            "/proc/self/mountinfo",
            text.lines().filter_map(parse_mountinfo_line).collect(),
        ))
    }

    /// The link in `dir` that leads to `device`, by name.
    fn name_in(dir: &str, device: &Path) -> Option<String> {
        for e in std::fs::read_dir(dir).ok()?.flatten() {
            let target = std::fs::canonicalize(e.path()).ok()?;
            if target == device {
                let n = e.file_name();
                return Some(unescape_udev(&String::from_utf8_lossy(n.as_bytes())));
            }
        }
        None
    }

    pub fn disk_info(m: &Mount) -> DiskInfo {
        let mut info = DiskInfo::default();
        let Some((maj, min)) = m.dev else { return info };
        let sys = PathBuf::from(format!("/sys/dev/block/{maj}:{min}"));
        let Ok(real) = std::fs::canonicalize(&sys) else {
            return info;
        };
        // A partition's `removable` is its disk's.
        let removable = std::fs::read_to_string(real.join("removable"))
            .or_else(|_| std::fs::read_to_string(real.join("../removable")));
        info.removable = removable.ok().map(|s| s.trim() == "1");
        let path = real.to_string_lossy();
        info.external = Some(path.contains("/usb"));
        if path.contains("/usb") {
            info.bus = Some("USB".into());
        }
        if let Ok(dev) = std::fs::canonicalize(&m.device) {
            info.uuid = name_in("/dev/disk/by-uuid", &dev);
            info.name = name_in("/dev/disk/by-label", &dev);
        }
        info
    }
}

#[cfg(target_os = "macos")]
mod platform {
    use super::*;
    use crate::live::live_response::runner;

    pub fn mounts() -> Result<(&'static str, Vec<Mount>), String> {
        let ran = runner::run(&["/sbin/mount"], Duration::from_secs(20), 4 << 20, &|| {
            false
        });
        if ran.exit_code != Some(0) {
            return Err(format!(
                "/sbin/mount failed: {}",
                ran.error
                    .unwrap_or_else(|| format!("exit status {:?}", ran.exit_code))
            ));
        }
        let text = String::from_utf8_lossy(&ran.stdout);
        Ok((
            "/sbin/mount",
            text.lines().filter_map(parse_bsd_mount_line).collect(),
        ))
    }

    pub fn disk_info(m: &Mount) -> DiskInfo {
        if !m.device.starts_with("/dev/") {
            return DiskInfo::default();
        }
        let Some(mp) = m.mount_point.to_str() else {
            return DiskInfo::default();
        };
        let ran = runner::run(
            &["/usr/sbin/diskutil", "info", "-plist", mp],
            PER_MOUNT,
            1 << 20,
            &|| false,
        );
        parse_diskutil_plist(&ran.stdout).unwrap_or_default()
    }
}

#[cfg(not(any(target_os = "linux", target_os = "macos")))]
mod platform {
    use super::*;
    pub fn mounts() -> Result<(&'static str, Vec<Mount>), String> {
        Err("not supported on this operating system".into())
    }
    pub fn disk_info(_: &Mount) -> DiskInfo {
        DiskInfo::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kit::{testing, Status};

    #[test]
    fn mountinfo_lines_decode() {
        // The example line of proc(5), and one with an escaped space.
        let m = parse_mountinfo_line(
            "36 35 98:0 /mnt1 /mnt2 rw,noatime master:1 - ext3 /dev/root rw,errors=continue",
        )
        .unwrap();
        assert_eq!(m.device, "/dev/root");
        assert_eq!(m.mount_point, OsString::from("/mnt2"));
        assert_eq!(m.fs_type, "ext3");
        assert_eq!(m.dev, Some((98, 0)));
        assert!(!m.read_only());
        assert!(m.options.contains(&"errors=continue".to_string()));
        let m = parse_mountinfo_line(
            "90 30 8:17 / /media/USB\\040STICK ro,nosuid - vfat /dev/sdb1 ro,fmask=0022",
        )
        .unwrap();
        assert_eq!(m.mount_point, OsString::from("/media/USB STICK"));
        assert!(m.read_only());
        assert!(parse_mountinfo_line("garbage").is_none());
        assert_eq!(unescape_udev("USB\\x20STICK"), "USB STICK");
        assert_eq!(unescape_udev("a\\xZZ"), "a\\xZZ");
    }

    #[test]
    fn bsd_mount_lines_decode() {
        // Lines in the format of macOS mount(8) output, written here.
        let m =
            parse_bsd_mount_line("/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)")
                .unwrap();
        assert_eq!(m.device, "/dev/disk3s1s1");
        assert_eq!(m.mount_point, OsString::from("/"));
        assert_eq!(m.fs_type, "apfs");
        assert!(m.read_only());
        let m = parse_bsd_mount_line(
            "/dev/disk4s1 on /Volumes/USB (DISK) (msdos, local, nodev, nosuid, noowners, noatime, fskit)",
        )
        .unwrap();
        assert_eq!(m.mount_point, OsString::from("/Volumes/USB (DISK)"));
        assert_eq!(m.fs_type, "msdos");
        assert!(!m.read_only());
        assert!(parse_bsd_mount_line(
            "map auto_home on /System/Volumes/Data/home (autofs, automounted, nobrowse)"
        )
        .is_some());
        assert!(parse_bsd_mount_line("nonsense").is_none());
    }

    #[test]
    fn diskutil_properties_decode() {
        // A property list with the keys diskutil(8) `info -plist` prints,
        // written here.
        let plist = br#"<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0"><dict>
<key>BusProtocol</key><string>USB</string>
<key>Ejectable</key><true/>
<key>Internal</key><false/>
<key>RemovableMedia</key><true/>
<key>VolumeName</key><string>KINGSTON</string>
<key>VolumeUUID</key><string>0E239BC6-F960-3107-89CF-1C97F78BB46B</string>
</dict></plist>"#;
        let i = parse_diskutil_plist(plist).unwrap();
        assert_eq!(i.removable, Some(true));
        assert_eq!(i.ejectable, Some(true));
        assert_eq!(i.external, Some(true));
        assert_eq!(i.bus.as_deref(), Some("USB"));
        assert_eq!(i.name.as_deref(), Some("KINGSTON"));
        assert_eq!(
            i.uuid.as_deref(),
            Some("0E239BC6-F960-3107-89CF-1C97F78BB46B")
        );
        assert!(parse_diskutil_plist(b"not a plist").is_none());
    }

    #[test]
    fn it_refuses_to_run_on_an_evidence_root() {
        let d = tempfile::tempdir().unwrap();
        let (report, _) = testing::run_on(d.path(), &Volumes);
        assert_eq!(report.status, Status::Failed);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn the_root_file_system_is_listed_with_its_size() {
        let (report, sink) = testing::run_live(&Volumes);
        assert_ne!(report.status, Status::Failed, "{:?}", report.errors);
        let recs = sink.records("volumes");
        let root = recs
            .iter()
            .find(|r| r["mount_point"] == "/")
            .expect("/ listed");
        assert!(root["total_bytes"].as_u64().unwrap() > 0, "{root}");
        assert!(root["fs_type"].is_string());
        assert!(recs.iter().any(|r| r["fs_type"] == "proc"));
    }
}
