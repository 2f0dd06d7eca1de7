//! `recent_items`: recent and favourite items (SharedFileList and legacy plists).
//!
//! **What.** The lists macOS keeps of recently opened documents,
//! applications, servers and hosts, the Finder sidebar favourites and
//! volumes, per-application recent documents and login items, and the
//! volumes Finder showed on the desktop. Each entry usually embeds a
//! bookmark (or, on old systems, an alias record) that names the target's
//! path, volume and creation date: evidence that a user opened a file, even
//! one that is gone or sat on a removable volume.
//!
//! **Where** (in every account home):
//! - `~/Library/Application Support/com.apple.sharedfilelist/**/*.sfl*`
//!   (`.sfl`, `.sfl2`, `.sfl3`, `.sfl4` and any later `.sfl<x>`):
//!   `com.apple.LSSharedFileList.RecentDocuments`, `RecentApplications`,
//!   `RecentServers`, `RecentHosts`, `FavoriteItems`, `FavoriteVolumes`,
//!   `ProjectsItems`, and
//!   `com.apple.LSSharedFileList.ApplicationRecentDocuments/<bundle id>.sfl*`
//!   (one list per application);
//! - `~/Library/Preferences/com.apple.recentitems.plist`,
//!   `com.apple.finder.plist` (`FXRecentFolders`, `GoToFieldHistory`,
//!   `RecentMoveAndCopyDestinations`, `FXDesktopVolumePositions`) and
//!   `com.apple.sidebarlists.plist` (`VolumesList`, `favorites`,
//!   `favoriteservers`).
//!
//! **Versions.** Legacy plists: Mac OS X 10.5 – 10.10 (the Finder plist's
//! lists persist later). `.sfl`: 10.11 – 10.12. `.sfl2`: 10.13 – 13.
//! `.sfl3`: 14 Sonoma. `.sfl4`: later releases. An `.sfl*` extension the
//! decoder does not know is read with the `.sfl2` layout and reported as an
//! error beside the records it gave.
//!
//! **Output** `parsed/recent_items.jsonl`, one record per list entry: `list`,
//! `format`, `app`, `index`, `order`, `name`, `url`, `path`, `volume_name`,
//! `volume_uuid`, `volume_path`, `timestamp` (the bookmark's own creation
//! date, where stored) + `timestamp_raw`, `target_created` (+ `_raw`),
//! `uuid`, `visibility`, `reference_kind`, `file_ids`, `bookmark_user`,
//! `security_extension`, `properties`, `bookmark_error`, `volume_created`
//! (+ `_raw`), `bookmark_volume_flags`, `date_last_seen` (+ `_raw`),
//! `special_item`; volume items also `is_volume` and the `volume_is_*`
//! fields, Finder desktop volumes `desktop_position_key`. Every file read
//! is also archived raw. See `docs/collectors/recent_items.md`.
//!
//! **References.** See [`crate::formats::sfl`] (mac_apt `recentitems.py`,
//! Sarah Edwards' macMRU-Parser, puffyCid macos-loginitems).

use std::io::Read;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::formats::sfl::{
    list_name_from_file_name, parse_legacy_recent_plist, parse_sfl, sfl_extension,
    LegacyRecentKind, RecentItem, SflFormat, VOLUME_KEYS,
};
use crate::kit::collector::{Cost, Description, Scope};
use crate::kit::source::Kind;
use crate::kit::time;
use crate::kit::users::UserHome;
use crate::kit::walk;
use crate::kit::{Collector, Ctx, Fatal};

pub struct RecentItems;

const STREAM: &str = "recent_items";
const SFL_DIR: &str = "Library/Application Support/com.apple.sharedfilelist";
/// The directory of per-application recent-document lists.
const APP_RECENTS: &str = "com.apple.LSSharedFileList.ApplicationRecentDocuments";
/// Directory levels walked below [`SFL_DIR`].
const MAX_DEPTH: usize = 3;
/// Entries looked at below [`SFL_DIR`] of one home.
const MAX_ENTRIES: usize = 100_000;
/// Files larger than this are archived but not parsed (they are read whole).
const MAX_PARSE: u64 = 64 * 1024 * 1024;

const LEGACY: [(&str, LegacyRecentKind); 3] = [
    (
        "Library/Preferences/com.apple.recentitems.plist",
        LegacyRecentKind::RecentItems,
    ),
    (
        "Library/Preferences/com.apple.finder.plist",
        LegacyRecentKind::Finder,
    ),
    (
        "Library/Preferences/com.apple.sidebarlists.plist",
        LegacyRecentKind::SidebarLists,
    ),
];

/// What kind of file to read, and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Source {
    Sfl(SflFormat),
    Legacy(LegacyRecentKind),
}

fn opt_f64(v: Option<f64>) -> Value {
    v.map_or(Value::Null, Value::from)
}

/// `(name, value)` pairs as a JSON object; null when there are none.
fn flags_json(flags: &[(&str, bool)]) -> Value {
    if flags.is_empty() {
        return Value::Null;
    }
    Value::Object(
        flags
            .iter()
            .map(|(k, v)| ((*k).to_string(), Value::Bool(*v)))
            .collect(),
    )
}

impl RecentItems {
    /// Every SharedFileList file of one home (bounded walk, no symlinks).
    fn sfl_files(&self, ctx: &mut Ctx<'_>, user: &UserHome) -> Vec<PathBuf> {
        let mut out = Vec::new();
        let limits = walk::Limits {
            max_depth: MAX_DEPTH,
            max_entries: MAX_ENTRIES,
        };
        walk::walk(ctx, &user.home.join(SFL_DIR), limits, |ctx, e, _| {
            let is_sfl = SflFormat::from_file_name(&e.name.to_string_lossy()).is_sfl();
            match e.kind {
                Kind::Dir => return walk::Visit::Descend,
                Kind::File | Kind::Symlink if is_sfl => out.push(e.path.clone()),
                Kind::Other(what) if is_sfl => {
                    ctx.error(&e.path, format!("not a regular file ({what}); not opened"))
                }
                _ => {}
            }
            walk::Visit::Skip
        });
        out
    }

    fn parse_file(&self, ctx: &mut Ctx<'_>, user: &UserHome, target: &Path, source: Source) {
        // A symlink is recorded as a link by `acquire`, never followed.
        let Some(acq) = ctx.acquire(target) else {
            return;
        };
        if acq.meta.size > MAX_PARSE {
            ctx.error(
                target,
                format!(
                    "{} bytes, over the {MAX_PARSE}-byte parsing limit; archived, not parsed",
                    acq.meta.size
                ),
            );
            return;
        }
        let mut data = Vec::new();
        if let Err(e) = acq.open().and_then(|mut f| f.read_to_end(&mut data)) {
            ctx.error(target, format!("cannot read the staged copy: {e}"));
            return;
        }
        let file_name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let (parsed, format, list, app) = match source {
            Source::Sfl(format) => {
                let in_app_recents = target
                    .parent()
                    .and_then(Path::file_name)
                    .is_some_and(|p| p == APP_RECENTS);
                let stem = list_name_from_file_name(&file_name);
                let (list, app) = if in_app_recents {
                    ("ApplicationRecentDocuments".to_string(), Some(stem))
                } else {
                    (stem, None)
                };
                let ext = sfl_extension(&file_name).unwrap_or_else(|| "sfl".to_string());
                (parse_sfl(&data, format), ext, Some(list), app)
            }
            Source::Legacy(kind) => (
                parse_legacy_recent_plist(&data, kind),
                "plist".to_string(),
                None,
                None,
            ),
        };
        let unknown_version = source == Source::Sfl(SflFormat::Unknown);
        let parsed = match parsed {
            Ok(p) => p,
            Err(e) if unknown_version => {
                ctx.error(
                    target,
                    format!(
                        "not parsed: `.{format}` is a SharedFileList version this decoder does not know, and the .sfl2 layout does not fit it: {e}"
                    ),
                );
                return;
            }
            Err(e) => {
                ctx.error(target, format!("not parsed: {e}"));
                return;
            }
        };
        if unknown_version {
            ctx.error(
                target,
                format!(
                    "`.{format}` is a SharedFileList version this decoder does not know; read with the .sfl2 layout ({} items emitted, \"format\": \"{format}\"); fields it added are in \"properties\" at best",
                    parsed.items.len()
                ),
            );
        }
        if let Some(first) = parsed.problems.first() {
            ctx.error(
                target,
                format!(
                    "{} entries not decoded (the rest were); first: {first}",
                    parsed.problems.len()
                ),
            );
        }
        let items = parsed.items;
        let total = items.len();
        let mut broken = 0usize;
        let mut first_error = None;
        for item in items {
            if let Some(e) = &item.bookmark_error {
                broken += 1;
                if first_error.is_none() {
                    first_error = Some(e.clone());
                }
            }
            let rec = self.to_record(
                ctx,
                user,
                target,
                item,
                &format,
                list.as_deref(),
                app.as_deref(),
            );
            ctx.emit(STREAM, rec);
        }
        if broken > 0 {
            ctx.error(
                target,
                format!(
                    "{broken} of {total} items have an undecodable bookmark or alias (see \"bookmark_error\"); first: {}",
                    first_error.unwrap_or_default()
                ),
            );
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn to_record(
        &self,
        ctx: &Ctx<'_>,
        user: &UserHome,
        target: &Path,
        item: RecentItem,
        format: &str,
        list: Option<&str>,
        app: Option<&str>,
    ) -> crate::Record {
        let list = list.map_or(item.list, str::to_string);
        let volume_group = item.is_volume.is_some() || !item.volume_properties.is_empty();
        let mut rec = ctx
            .record(target, Some(&user.name))
            .time(item.bookmark_created, opt_f64(item.bookmark_created_raw))
            .set("list", list)
            .set("format", format)
            .set("app", app)
            .set("index", item.index)
            .set("order", item.order)
            .set("name", item.name)
            .set("url", item.url)
            .set("path", item.path)
            .set("volume_name", item.volume_name)
            .set("volume_uuid", item.volume_uuid)
            .set("volume_path", item.volume_path)
            .set("target_created", time::json(item.created))
            .set("target_created_raw", opt_f64(item.created_raw))
            .set("uuid", item.identifier)
            .set("visibility", item.visibility)
            .set("reference_kind", item.reference_kind)
            .set("file_ids", item.file_ids)
            .set("bookmark_user", item.user_name)
            .set("security_extension", item.security_extension)
            .set("properties", item.properties)
            .set("bookmark_error", item.bookmark_error)
            .set("volume_created", time::json(item.volume_created))
            .set("volume_created_raw", opt_f64(item.volume_created_raw))
            .set(
                "bookmark_volume_flags",
                flags_json(&item.bookmark_volume_flags),
            )
            .set("date_last_seen", time::json(item.date_last_seen))
            .set("date_last_seen_raw", opt_f64(item.date_last_seen_raw))
            .set("special_item", item.special_item);
        // Volume items: NSURLIsVolumeKey and every NSURLVolumeIs*Key field
        // (null where the item does not store it).
        if volume_group {
            rec.insert("is_volume", item.is_volume);
            for (_, field) in VOLUME_KEYS {
                let v = item
                    .volume_properties
                    .iter()
                    .find(|(f, _)| *f == field)
                    .map(|(_, b)| *b);
                rec.insert(field, v);
            }
        }
        if let Some(key) = item.desktop_position_key {
            rec.insert("desktop_position_key", key);
        }
        rec
    }
}

impl RecentItems {
    /// Every list of one home.
    fn collect_home(&self, ctx: &mut Ctx<'_>, user: &UserHome) {
        let mut files: Vec<(PathBuf, Source)> = self
            .sfl_files(ctx, user)
            .into_iter()
            .map(|p| {
                let name = p
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                (p, Source::Sfl(SflFormat::from_file_name(&name)))
            })
            .collect();
        for (rel, kind) in LEGACY {
            files.push((user.home.join(rel), Source::Legacy(kind)));
        }
        for (path, source) in files {
            if ctx.should_stop() {
                break;
            }
            self.parse_file(ctx, user, &path, source);
        }
    }
}

static DESCRIPTION: Description = Description {
    name: "recent_items",
    reads: "recent/favourite items and volumes: SharedFileList .sfl/.sfl2/.sfl3/.sfl4 (any .sfl*), legacy recentitems, finder (incl. desktop volumes) and sidebarlists plists (every home)",
    outputs: &[STREAM],
    scope: Scope::AnyRoot,
    cost: Cost::Cheap,
};

impl Collector for RecentItems {
    fn describe(&self) -> &'static Description {
        &DESCRIPTION
    }

    fn run(&self, ctx: &mut Ctx<'_>) -> Result<(), Fatal> {
        for user in ctx.users() {
            if ctx.should_stop() {
                break;
            }
            self.collect_home(ctx, user);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::bookmark::keys;
    use crate::formats::bookmark::tests::Builder as BookmarkBuilder;
    use crate::kit::{testing, Status};
    use crate::testdata::keyed_archive::{sfl2_bytes, SflItem};
    use plist::Value as P;
    use serde_json::json;

    /// A bookmark shaped like one macOS writes for a recent document, with
    /// its own creation time (key 0xf030).
    fn bookmark() -> Vec<u8> {
        let mut b = BookmarkBuilder::new();
        let parts = ["Users", "alice", "Documents", "Q3 report.pdf"].map(|s| b.string(s));
        let path = b.array(&parts);
        let ids = [103i64, 420_000, 420_100, 431_337].map(|v| b.i64(v));
        let cnids = b.array(&ids);
        let created = b.date(700_000_000.0);
        let vpath = b.string("/");
        let vname = b.string("Macintosh HD");
        let vuuid = b.raw(
            0x0801,
            &[
                0x0a, 0x81, 0xf3, 0xb1, 0x51, 0xd9, 0x33, 0x35, 0xb3, 0xe3, 0x16, 0x9c, 0x36, 0x40,
                0x36, 0x0d,
            ],
        );
        let user = b.string("alice");
        let bm_time = b.date(710_000_000.5);
        for (k, o) in [
            (keys::PATH, path),
            (keys::CNID_PATH, cnids),
            (keys::FILE_CREATION_DATE, created),
            (keys::VOLUME_PATH, vpath),
            (keys::VOLUME_NAME, vname),
            (keys::VOLUME_UUID, vuuid),
            (keys::USER_NAME, user),
            (keys::CREATION_TIME, bm_time),
        ] {
            b.entry(k, o);
        }
        b.finish()
    }

    /// A binary NSKeyedArchiver `.sfl2`: root dictionary with `items`
    /// (dictionaries holding `Bookmark`, `uuid`, `visibility`) and `properties`.
    fn sfl2(bookmarks: &[Vec<u8>]) -> Vec<u8> {
        let items: Vec<SflItem> = bookmarks
            .iter()
            .enumerate()
            .map(|(i, b)| {
                SflItem::new(b.clone(), format!("00000000-0000-0000-0000-00000000000{i}"))
            })
            .collect();
        sfl2_bytes(&items)
    }

    fn xml(v: serde_json::Value) -> Vec<u8> {
        let v: P = plist::from_value(&plist::to_value(&v).unwrap()).unwrap();
        let mut out = Vec::new();
        plist::to_writer_xml(&mut out, &v).unwrap();
        out
    }

    fn write(root: &Path, rel: &str, data: &[u8]) {
        let p = root.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, data).unwrap();
    }

    const SFL: &str = "Users/alice/Library/Application Support/com.apple.sharedfilelist";

    #[test]
    fn a_fifo_named_like_a_list_is_reported_not_opened() {
        let d = tempfile::tempdir().unwrap();
        let r = d.path();
        write(r, &format!("{SFL}/notes.txt"), b"ignored");
        let fifo = r.join(format!(
            "{SFL}/com.apple.LSSharedFileList.RecentDocuments.sfl2"
        ));
        nix::unistd::mkfifo(&fifo, nix::sys::stat::Mode::from_bits_truncate(0o600)).unwrap();
        let (report, _) = testing::run_on(r, &RecentItems);
        assert_eq!(report.status, Status::Partial);
        assert_eq!(report.errors.len(), 1, "{:?}", report.errors);
        assert!(report.errors[0]
            .message
            .contains("not a regular file (FIFO)"));
    }

    #[test]
    fn sfl2_app_recents_and_legacy_plists() {
        let d = tempfile::tempdir().unwrap();
        let r = d.path();
        write(
            r,
            &format!("{SFL}/com.apple.LSSharedFileList.RecentDocuments.sfl2"),
            &sfl2(&[bookmark()]),
        );
        write(
            r,
            &format!("{SFL}/{APP_RECENTS}/com.apple.textedit.sfl2"),
            &sfl2(&[bookmark()]),
        );
        write(r, &format!("{SFL}/notes.txt"), b"ignored");
        write(
            r,
            "Users/alice/Library/Preferences/com.apple.finder.plist",
            &xml(json!({
                "FXRecentFolders": [{
                    "name": "Downloads",
                    "file-data": {"_CFURLString": "file:///Users/alice/Downloads/"}
                }],
                "GoToFieldHistory": ["smb://fileserver/share"],
                "ShowPathbar": true
            })),
        );
        write(
            r,
            "Users/alice/Library/Preferences/com.apple.recentitems.plist",
            &xml(json!({
                "Hosts": {"CustomListItems": [{"Name": "nas", "URL": "afp://nas.local"}]}
            })),
        );

        let (report, sink) = testing::run_on(r, &RecentItems);
        assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
        assert_eq!(report.files, 4);
        let recs = sink.records(STREAM);
        assert_eq!(recs.len(), 5);
        let summary: Vec<(&str, &str, Value, Value, Value)> = recs
            .iter()
            .map(|r| {
                (
                    r["list"].as_str().unwrap(),
                    r["format"].as_str().unwrap(),
                    r["app"].clone(),
                    r["path"].clone(),
                    r["url"].clone(),
                )
            })
            .collect();
        let n = Value::Null;
        assert_eq!(
            summary,
            vec![
                (
                    "RecentDocuments",
                    "sfl2",
                    n.clone(),
                    json!("/Users/alice/Documents/Q3 report.pdf"),
                    json!("file:///Users/alice/Documents/Q3 report.pdf"),
                ),
                (
                    "ApplicationRecentDocuments",
                    "sfl2",
                    json!("com.apple.textedit"),
                    json!("/Users/alice/Documents/Q3 report.pdf"),
                    json!("file:///Users/alice/Documents/Q3 report.pdf"),
                ),
                (
                    "Hosts",
                    "plist",
                    n.clone(),
                    n.clone(),
                    json!("afp://nas.local")
                ),
                (
                    "FXRecentFolders",
                    "plist",
                    n.clone(),
                    json!("/Users/alice/Downloads/"),
                    json!("file:///Users/alice/Downloads/"),
                ),
                (
                    "GoToFieldHistory",
                    "plist",
                    n.clone(),
                    n.clone(),
                    json!("smb://fileserver/share"),
                ),
            ]
        );
        let a = &recs[0];
        assert_eq!(a["user"], "alice");
        assert_eq!(
            a["source"],
            format!("/{SFL}/com.apple.LSSharedFileList.RecentDocuments.sfl2")
        );
        assert_eq!(a["name"], "Q3 report.pdf");
        assert_eq!(a["index"], 0);
        assert_eq!(a["order"], Value::Null);
        assert_eq!(a["volume_name"], "Macintosh HD");
        assert_eq!(a["volume_uuid"], "0A81F3B1-51D9-3335-B3E3-169C3640360D");
        assert_eq!(a["volume_path"], "/");
        // 710_000_000.5 s after 2001-01-01.
        assert_eq!(a["timestamp"], "2023-07-02T14:13:20.500Z");
        assert_eq!(a["timestamp_raw"], 710_000_000.5);
        assert_eq!(a["target_created"], "2023-03-08T20:26:40Z");
        assert_eq!(a["target_created_raw"], 700_000_000.0);
        assert_eq!(a["uuid"], "00000000-0000-0000-0000-000000000000");
        assert_eq!(a["visibility"], 0);
        assert_eq!(a["reference_kind"], "bookmark");
        assert_eq!(a["file_ids"], json!([103, 420_000, 420_100, 431_337]));
        assert_eq!(a["bookmark_user"], "alice");
        assert_eq!(a["bookmark_error"], Value::Null);
        let host = &recs[2];
        assert_eq!(host["name"], "nas");
        assert_eq!(host["timestamp"], Value::Null);
        assert_eq!(host["timestamp_raw"], Value::Null);
        assert_eq!(host["reference_kind"], "none");
        assert_eq!(recs[3]["name"], "Downloads");
    }

    #[test]
    fn corrupt_files_are_errors_and_the_rest_goes_on() {
        let d = tempfile::tempdir().unwrap();
        let r = d.path();
        // Not a plist at all.
        write(
            r,
            &format!("{SFL}/com.apple.LSSharedFileList.FavoriteItems.sfl2"),
            b"bplist00\xff\xff garbage",
        );
        // A good item and one whose bookmark is cut short.
        let mut cut = bookmark();
        cut.truncate(60);
        write(
            r,
            &format!("{SFL}/com.apple.LSSharedFileList.RecentApplications.sfl2"),
            &sfl2(&[bookmark(), cut]),
        );
        // An .sfl (10.11) must be a keyed archive.
        let mut plain = Vec::new();
        plist::to_writer_binary(&mut plain, &P::Array(vec![])).unwrap();
        write(
            r,
            &format!("{SFL}/com.apple.LSSharedFileList.RecentServers.sfl"),
            &plain,
        );
        std::os::unix::fs::symlink(
            "/etc/passwd",
            r.join(format!("{SFL}/com.apple.LSSharedFileList.RecentHosts.sfl2")),
        )
        .unwrap();
        write(
            r,
            "Users/alice/Library/Preferences/com.apple.sidebarlists.plist",
            b"<?xml version=\"1.0\"?><plist><dict><key>a</key>",
        );

        let (report, sink) = testing::run_on(r, &RecentItems);
        assert_eq!(report.status, Status::Partial);
        let errs: Vec<(&str, &str)> = report
            .errors
            .iter()
            .map(|e| {
                (
                    e.path.as_deref().unwrap().rsplit('/').next().unwrap(),
                    e.message.as_str(),
                )
            })
            .collect();
        assert_eq!(errs.len(), 4, "{errs:?}");
        assert_eq!(errs[0].0, "com.apple.LSSharedFileList.FavoriteItems.sfl2");
        assert!(errs[0].1.starts_with("not parsed: "));
        assert_eq!(
            errs[1].0,
            "com.apple.LSSharedFileList.RecentApplications.sfl2"
        );
        assert!(errs[1]
            .1
            .starts_with("1 of 2 items have an undecodable bookmark or alias"));
        assert_eq!(errs[2].0, "com.apple.LSSharedFileList.RecentServers.sfl");
        assert!(errs[2].1.starts_with("not parsed: "));
        assert_eq!(errs[3].0, "com.apple.sidebarlists.plist");
        let recs = sink.records(STREAM);
        assert_eq!(recs.len(), 2);
        assert_eq!(recs[0]["path"], "/Users/alice/Documents/Q3 report.pdf");
        assert_eq!(recs[1]["path"], Value::Null);
        assert!(recs[1]["bookmark_error"]
            .as_str()
            .unwrap()
            .starts_with("bookmark:"));
        // Everything was archived; the symlink as a link.
        assert_eq!(report.files, 5);
        let items = sink.items.lock().unwrap();
        let link = items
            .iter()
            .find(|i| i.0.ends_with("com.apple.LSSharedFileList.RecentHosts.sfl2"))
            .unwrap();
        assert_eq!(link.3.as_deref(), Some(Path::new("/etc/passwd")));
    }

    #[test]
    #[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
    fn realdata_global_login_items() {
        let root = crate::testdata::dir();
        let name = "com.apple.LSSharedFileList.GlobalLoginItems.sfl2";
        let src = root.join("sfl").join(name);
        let d = tempfile::tempdir().unwrap();
        let r = d.path();
        write(r, &format!("{SFL}/{name}"), &std::fs::read(src).unwrap());
        let (report, sink) = testing::run_on(r, &RecentItems);
        assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
        let recs = sink.records(STREAM);
        assert_eq!(recs.len(), 2);
        assert!(recs.iter().all(|r| r["list"] == "GlobalLoginItems"
            && r["format"] == "sfl2"
            && r["user"] == "alice"
            && r["path"].is_string()
            && r["bookmark_error"].is_null()));
        assert_eq!(recs[0]["name"], "Perseus");
        assert_eq!(recs[0]["path"], "/Users/android/Downloads/medusa.py");
        assert_eq!(recs[0]["index"], 0);
        assert_eq!(recs[1]["index"], 1);
        assert_eq!(recs[1]["name"], "WebTest");
        assert_eq!(
            recs[1]["path"],
            "/Applications/Safari.app/Contents/MacOS/Safari"
        );
        assert_eq!(recs[1]["target_created"], "2022-07-14T08:48:00Z");
        assert_eq!(
            recs[1]["volume_uuid"],
            "92ADB4D3-CCD8-401A-BD7F-FFC573E5CE67"
        );
        // These bookmarks store no creation time of their own (key 0xf030).
        assert!(recs.iter().all(|r| r["timestamp"].is_null()));
    }

    #[test]
    fn sfl4_and_later_generations_are_read_and_unknown_ones_reported() {
        let d = tempfile::tempdir().unwrap();
        let r = d.path();
        let vols = crate::formats::sfl::tests::favorite_volumes_sfl4();
        write(
            r,
            &format!("{SFL}/com.apple.LSSharedFileList.FavoriteVolumes.sfl4"),
            &vols,
        );
        // A generation this decoder does not know, in the same layout...
        write(
            r,
            &format!("{SFL}/com.apple.LSSharedFileList.RecentDocuments.sfl9"),
            &sfl2(&[bookmark()]),
        );
        // ...and one it cannot read at all.
        write(
            r,
            &format!("{SFL}/com.apple.LSSharedFileList.RecentServers.SFLX"),
            b"not a plist",
        );

        let (report, sink) = testing::run_on(r, &RecentItems);
        assert_eq!(report.status, Status::Partial);
        assert_eq!(report.files, 3);
        let errs: Vec<(&str, &str)> = report
            .errors
            .iter()
            .map(|e| {
                (
                    e.path.as_deref().unwrap().rsplit('/').next().unwrap(),
                    e.message.as_str(),
                )
            })
            .collect();
        assert_eq!(errs.len(), 3, "{errs:?}");
        assert_eq!(errs[0].0, "com.apple.LSSharedFileList.FavoriteVolumes.sfl4");
        assert!(errs[0].1.starts_with(
            "1 entries not decoded (the rest were); first: items[2] is not a dictionary"
        ));
        assert_eq!(errs[1].0, "com.apple.LSSharedFileList.RecentDocuments.sfl9");
        assert!(errs[1].1.starts_with(
            "`.sfl9` is a SharedFileList version this decoder does not know; read with the .sfl2 layout (1 items emitted"
        ));
        assert_eq!(errs[2].0, "com.apple.LSSharedFileList.RecentServers.SFLX");
        assert!(errs[2].1.starts_with(
            "not parsed: `.sflx` is a SharedFileList version this decoder does not know"
        ));

        let recs = sink.records(STREAM);
        assert_eq!(recs.len(), 3);
        let usb = &recs[0];
        assert_eq!(usb["list"], "FavoriteVolumes");
        assert_eq!(usb["format"], "sfl4");
        assert_eq!(usb["name"], "USB Stick");
        assert_eq!(usb["path"], "/Volumes/USB Stick");
        assert_eq!(usb["is_volume"], true);
        assert_eq!(usb["volume_is_internal"], false);
        assert_eq!(usb["volume_is_ejectable"], true);
        assert_eq!(usb["volume_is_removable"], true);
        assert_eq!(usb["volume_is_root_file_system"], false);
        // Not stored: null, but present on a volume item.
        assert_eq!(usb["volume_is_local"], Value::Null);
        assert!(usb.as_object().unwrap().contains_key("volume_is_local"));
        assert_eq!(usb["date_last_seen_raw"], 791181140.618473);
        assert!(usb["date_last_seen"]
            .as_str()
            .unwrap()
            .starts_with("2026-01-27T04:32:20.618473"));
        assert_eq!(usb["volume_created"], "2023-03-08T20:26:40.250Z");
        assert_eq!(usb["volume_created_raw"], 700_000_000.25);
        assert_eq!(
            usb["bookmark_volume_flags"],
            json!({"local": true, "ejectable": true, "removable": true, "internal": false, "external": true})
        );
        assert_eq!(usb["special_item"], Value::Null);
        let trash = &recs[1];
        assert_eq!(trash["special_item"], "com.apple.LSSharedFileList.IsTrash");
        assert_eq!(trash["is_volume"], true);
        assert_eq!(trash["volume_is_ejectable"], Value::Null);
        let doc = &recs[2];
        assert_eq!(doc["list"], "RecentDocuments");
        assert_eq!(doc["format"], "sfl9");
        assert_eq!(doc["path"], "/Users/alice/Documents/Q3 report.pdf");
        // No volume properties stored: no volume fields.
        assert!(!doc.as_object().unwrap().contains_key("is_volume"));
        assert!(!doc.as_object().unwrap().contains_key("volume_is_internal"));
        assert!(!doc
            .as_object()
            .unwrap()
            .contains_key("desktop_position_key"));
    }

    #[test]
    fn truncated_or_garbled_sfl4_is_an_error_line_not_a_panic() {
        let good = crate::formats::sfl::tests::favorite_volumes_sfl4();
        let mut garbled = good.clone();
        // Overwrite the trailer's object count and offsets.
        let n = garbled.len();
        garbled[n - 20..].fill(0xff);
        for (i, data) in [
            &good[..8],
            &good[..good.len() / 2],
            &good[..good.len() - 1],
            &garbled[..],
        ]
        .into_iter()
        .enumerate()
        {
            let d = tempfile::tempdir().unwrap();
            let r = d.path();
            write(
                r,
                &format!("{SFL}/com.apple.LSSharedFileList.FavoriteVolumes.sfl4"),
                data,
            );
            let (report, sink) = testing::run_on(r, &RecentItems);
            assert_eq!(report.status, Status::Partial, "case {i}");
            assert_eq!(report.errors.len(), 1, "case {i}: {:?}", report.errors);
            assert!(
                report.errors[0].message.starts_with("not parsed: "),
                "case {i}: {}",
                report.errors[0].message
            );
            assert!(sink.records(STREAM).is_empty());
            // The damaged file is still archived as it is.
            assert_eq!(report.files, 1);
        }
    }

    #[test]
    fn finder_desktop_volumes_and_sidebar_volumes_become_records() {
        let d = tempfile::tempdir().unwrap();
        let r = d.path();
        write(
            r,
            "Users/alice/Library/Preferences/com.apple.finder.plist",
            &xml(json!({
                "FXDesktopVolumePositions": {
                    "My Passport_0x1.4dc938p+29": {"xRelative": -66, "yRelative": 70, "ScreenID": 0, "AnchorRelativeTo": 1},
                    "NAS share": {"xRelative": -66, "yRelative": 182}
                }
            })),
        );
        write(
            r,
            "Users/alice/Library/Preferences/com.apple.sidebarlists.plist",
            &xml(json!({
                "systemitems": {
                    "Controller": "VolumesList",
                    "VolumesList": [
                        {"Name": "Macintosh HD", "EntryType": 261},
                        {"Name": "KINGSTON", "EntryType": 515, "Visibility": "AlwaysVisible"}
                    ]
                },
                "favoriteservers": {
                    "CustomListItems": [{"Name": "nas", "URL": "smb://nas.local"}]
                }
            })),
        );
        let (report, sink) = testing::run_on(r, &RecentItems);
        assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
        let recs = sink.records(STREAM);
        let summary: Vec<(&str, &str)> = recs
            .iter()
            .map(|r| (r["list"].as_str().unwrap(), r["name"].as_str().unwrap()))
            .collect();
        assert_eq!(
            summary,
            vec![
                ("FXDesktopVolumePositions", "My Passport"),
                ("FXDesktopVolumePositions", "NAS share"),
                ("VolumesList", "Macintosh HD"),
                ("VolumesList", "KINGSTON"),
                ("favoriteservers", "nas"),
            ]
        );
        let p = &recs[0];
        assert_eq!(p["format"], "plist");
        assert_eq!(p["desktop_position_key"], "My Passport_0x1.4dc938p+29");
        assert_eq!(p["volume_name"], "My Passport");
        assert_eq!(p["is_volume"], true);
        assert_eq!(p["volume_created"], "2023-03-08T20:26:40Z");
        assert_eq!(p["volume_created_raw"], 700_000_000.0);
        assert_eq!(p["properties"]["yRelative"], 70);
        assert_eq!(p["timestamp"], Value::Null);
        assert_eq!(recs[1]["desktop_position_key"], "NAS share");
        assert_eq!(recs[1]["volume_created"], Value::Null);
        assert_eq!(recs[3]["properties"]["EntryType"], 515);
        assert_eq!(recs[3]["properties"]["Visibility"], "AlwaysVisible");
        assert_eq!(recs[4]["url"], "smb://nas.local");
    }

    /// Copy a real sample into a fresh root at `rel` and collect it.
    fn run_real(sample: &str, rel: &str) -> (crate::kit::CollectorReport, Vec<Value>) {
        let d = tempfile::tempdir().unwrap();
        write(d.path(), rel, &crate::testdata::read(sample));
        let (report, sink) = testing::run_on(d.path(), &RecentItems);
        (report, sink.records(STREAM))
    }

    #[test]
    #[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
    fn realdata_favorite_volumes_sfl4() {
        let name = "com.apple.LSSharedFileList.FavoriteVolumes.sfl4";
        let (report, recs) = run_real(&format!("sfl/{name}"), &format!("{SFL}/{name}"));
        assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
        // 12 items: 7 special items and the five volumes SOURCES.md names.
        assert_eq!(recs.len(), 12);
        assert!(recs.iter().all(|r| r["list"] == "FavoriteVolumes"
            && r["format"] == "sfl4"
            && r["bookmark_error"].is_null()));
        // NSURLIsVolumeKey is stored by all; false for iCloud and Home.
        let is_volume: Vec<&Value> = recs.iter().map(|r| &r["is_volume"]).collect();
        assert_eq!(
            is_volume,
            [[true; 10].as_slice(), &[false, false]]
                .concat()
                .iter()
                .map(|b| if *b {
                    &Value::Bool(true)
                } else {
                    &Value::Bool(false)
                })
                .collect::<Vec<_>>()
        );
        let named: Vec<(u64, &str)> = recs
            .iter()
            .filter_map(|r| Some((r["index"].as_u64()?, r["name"].as_str()?)))
            .collect();
        assert_eq!(
            named,
            vec![
                (3, "Macintosh HD"),
                (6, "Working2"),
                (7, "Secure"),
                (8, "Base"),
                (9, "working"),
                (10, "iCloud"),
                // Home stores no Name: its bookmark's display name.
                (11, "pmr"),
            ]
        );
        let special: Vec<(u64, &str)> = recs
            .iter()
            .filter_map(|r| Some((r["index"].as_u64()?, r["special_item"].as_str()?)))
            .map(|(i, s)| (i, s.trim_start_matches("com.apple.LSSharedFileList.")))
            .collect();
        assert_eq!(
            special,
            vec![
                (0, "IsMeetingRoom"),
                (1, "IsComputer"),
                (2, "IsICloudDrive"),
                (4, "IsRemoteDisc"),
                (5, "IsTrash"),
                (10, "IsICloudDrive"),
                (11, "IsHome"),
            ]
        );
        // The five volumes: item uuid, DateLastSeen (Cocoa seconds as the
        // archive stores them), root-file-system flag, and the bookmark's
        // volume UUID and creation date (Cocoa seconds).
        let expected = [
            (
                3,
                "CFD8DD9B-2041-401D-804D-98FAB32E4F8D",
                791181140.618473,
                true,
                "9AB3609A-E75D-42A6-9053-818BD78E8A83",
                785512168.0,
            ),
            (
                6,
                "D8A47168-7D32-4B11-BB1B-21E1614DA6F7",
                791181140.617769,
                false,
                "48D5CC90-CB44-4DE1-BA68-47A0A0141F9B",
                787181764.6980735,
            ),
            (
                7,
                "B28B1A7A-78FE-4AFC-93DE-77F298AA586E",
                791181140.618036,
                false,
                "540BB46E-B394-4C32-B923-F9AD1AC827E6",
                783393664.0,
            ),
            (
                8,
                "A78A0524-BE09-4B2B-B47F-AD776792D6EF",
                791181140.618332,
                false,
                "104A0AA6-CA0F-44BA-A021-F0F2F0CDF61B",
                783393664.0,
            ),
            (
                9,
                "82C57590-9B8F-4C97-9ECD-276D0D671C31",
                791181140.618753,
                false,
                "2DD7B244-1917-4E86-A716-4E3BA4FDD7E7",
                783393664.0,
            ),
        ];
        for (i, uuid, seen, root_fs, vuuid, vcreated) in expected {
            let r = &recs[i];
            assert_eq!(r["uuid"], uuid, "{r}");
            assert_eq!(r["date_last_seen_raw"], seen, "{r}");
            assert!(r["date_last_seen"]
                .as_str()
                .unwrap()
                .starts_with("2026-01-27T04:32:2"));
            assert_eq!(r["volume_is_root_file_system"], root_fs, "{r}");
            assert_eq!(r["volume_is_internal"], false, "{r}");
            assert_eq!(r["volume_is_ejectable"], false, "{r}");
            assert_eq!(r["volume_is_removable"], Value::Null, "{r}");
            assert_eq!(r["volume_uuid"], vuuid, "{r}");
            assert_eq!(r["volume_created_raw"], vcreated, "{r}");
            assert_eq!(r["volume_name"], r["name"], "{r}");
            assert_eq!(r["bookmark_volume_flags"]["local"], true, "{r}");
            assert_eq!(r["bookmark_volume_flags"]["internal"], true, "{r}");
            assert_eq!(r["bookmark_volume_flags"]["ejectable"], false, "{r}");
        }
        assert_eq!(recs[6]["path"], "/Volumes/Working2");
        assert_eq!(recs[7]["volume_path"], "/Volumes/Secure");
        // Secure, Base and working are mounted read-only (flags 0x89).
        for i in [7, 8, 9] {
            assert_eq!(recs[i]["bookmark_volume_flags"]["read_only"], true);
        }
        assert_eq!(recs[6]["bookmark_volume_flags"]["read_only"], false);
    }

    #[test]
    #[cfg_attr(not(realdata), ignore = "needs MACTRIAGE_REALDATA=../shared/realdata")]
    fn realdata_finder_desktop_volumes() {
        let (report, recs) = run_real(
            "finder/com.apple.finder.plist",
            "Users/alice/Library/Preferences/com.apple.finder.plist",
        );
        assert_eq!(report.status, Status::Ok, "{:?}", report.errors);
        let count = |l: &str| recs.iter().filter(|r| r["list"] == l).count();
        assert_eq!(count("FXRecentFolders"), 10);
        assert_eq!(count("RecentMoveAndCopyDestinations"), 3);
        assert_eq!(recs.len(), 10 + 3 + 5 + 1);
        // The one recent Finder search (read with plistlib): a search for
        // "com.apple.finder.plist".
        let searches: Vec<&Value> = recs
            .iter()
            .filter(|r| r["list"] == "SGTRecentFileSearches")
            .collect();
        assert_eq!(searches.len(), 1);
        assert_eq!(searches[0]["name"], "com.apple.finder.plist");
        let vols: Vec<&Value> = recs
            .iter()
            .filter(|r| r["list"] == "FXDesktopVolumePositions")
            .collect();
        // Stored order; the suffixes read as Python's float.fromhex does.
        let expected = [
            ("Google Chrome", "0x1.78e4c868p+29", 790403341.0),
            ("base_ext", "0x1.758d1cp+29", 783393664.0),
            ("Backups_black_ssd", "0x1.77264008p+29", 786745345.0),
            ("Firefox", "0x1.793f2248p+29", 791143497.0),
            ("installer", "0x1.794be6bp+29", 791248086.0),
        ];
        assert_eq!(vols.len(), expected.len());
        for (r, (name, suffix, created)) in vols.iter().zip(expected) {
            assert_eq!(r["name"], name);
            assert_eq!(r["volume_name"], name);
            assert_eq!(r["desktop_position_key"], format!("{name}_{suffix}"));
            assert_eq!(r["volume_created_raw"], created);
            assert_eq!(r["is_volume"], true);
            assert_eq!(r["properties"]["xRelative"], -66);
        }
        assert_eq!(vols[2]["volume_created"], "2025-12-06T20:22:25Z");
        assert_eq!(vols[2]["properties"]["yRelative"], 70);
    }
}
