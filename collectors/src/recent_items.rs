//! `recent_items`: recent and favourite items (SharedFileList and legacy plists).
//!
//! **What.** The lists macOS keeps of recently opened documents,
//! applications, servers and hosts, the Finder sidebar favourites and
//! volumes, per-application recent documents and login items. Each entry
//! usually embeds a bookmark (or, on old systems, an alias record) that names
//! the target's path, volume and creation date: evidence that a user opened
//! a file, even one that is gone or sat on a removable volume.
//!
//! **Where** (in every account home):
//! - `~/Library/Application Support/com.apple.sharedfilelist/**/*.sfl`,
//!   `*.sfl2`, `*.sfl3`: `com.apple.LSSharedFileList.RecentDocuments`,
//!   `RecentApplications`, `RecentServers`, `RecentHosts`, `FavoriteItems`,
//!   `FavoriteVolumes`, `ProjectsItems`, and
//!   `com.apple.LSSharedFileList.ApplicationRecentDocuments/<bundle id>.sfl*`
//!   (one list per application);
//! - `~/Library/Preferences/com.apple.recentitems.plist`,
//!   `com.apple.finder.plist` (`FXRecentFolders`, `GoToFieldHistory`,
//!   `RecentMoveAndCopyDestinations`) and `com.apple.sidebarlists.plist`
//!   (`VolumesList`, `favorites`, `favoriteservers`).
//!
//! **Versions.** Legacy plists: Mac OS X 10.5 – 10.10 (the Finder plist's
//! lists persist later). `.sfl`: 10.11 – 10.12. `.sfl2`: 10.13 – 13.
//! `.sfl3`: 14 Sonoma and later.
//!
//! **Output** `parsed/recent_items.jsonl`, one record per list entry: `list`,
//! `format`, `app`, `index`, `order`, `name`, `url`, `path`, `volume_name`,
//! `volume_uuid`, `volume_path`, `timestamp` (the bookmark's own creation
//! date, where stored) + `timestamp_raw`, `target_created` (+ `_raw`),
//! `uuid`, `visibility`, `reference_kind`, `file_ids`, `bookmark_user`,
//! `security_extension`, `properties`, `bookmark_error`. Every file read is
//! also archived raw. See `docs/collectors/recent_items.md`.
//!
//! **References.** See [`crate::formats::sfl`] (mac_apt `recentitems.py`,
//! Sarah Edwards' macMRU-Parser, puffyCid macos-loginitems).

use std::io::Read;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::collect::{Collector, Ctx, Fatal};
use crate::formats::sfl::{
    list_name_from_file_name, parse_legacy_recent_plist, parse_sfl, LegacyRecentKind, RecentItem,
    SflFormat,
};
use crate::source::Kind;
use crate::time;
use crate::users::UserHome;

pub struct RecentItems;

const STREAM: &str = "recent_items";
const SFL_DIR: &str = "Library/Application Support/com.apple.sharedfilelist";
/// The directory of per-application recent-document lists.
const APP_RECENTS: &str = "com.apple.LSSharedFileList.ApplicationRecentDocuments";
/// Directory levels walked below [`SFL_DIR`].
const MAX_DEPTH: usize = 3;
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

fn format_name(f: SflFormat) -> &'static str {
    match f {
        SflFormat::Sfl => "sfl",
        SflFormat::Sfl2 => "sfl2",
        SflFormat::Sfl3 => "sfl3",
        SflFormat::Auto => "unknown",
    }
}

fn opt_f64(v: Option<f64>) -> Value {
    v.map_or(Value::Null, Value::from)
}

impl RecentItems {
    /// Every SharedFileList file of one home (bounded walk, no symlinks).
    fn sfl_files(&self, ctx: &mut Ctx<'_>, user: &UserHome) -> Vec<PathBuf> {
        let mut out = Vec::new();
        let mut stack = vec![(user.home.join(SFL_DIR), 0usize)];
        while let Some((dir, depth)) = stack.pop() {
            let entries = match ctx.source().read_dir(&dir) {
                Ok(e) => e,
                Err(e) if e.is_not_found() => continue,
                Err(e) => {
                    ctx.error(&dir, format!("cannot list directory: {e}"));
                    continue;
                }
            };
            let mut subdirs = Vec::new();
            for e in entries {
                let name = e.name.to_string_lossy();
                let is_sfl = SflFormat::from_file_name(&name) != SflFormat::Auto;
                match e.kind {
                    Kind::Dir if depth < MAX_DEPTH => subdirs.push((e.path, depth + 1)),
                    Kind::File | Kind::Symlink if is_sfl => out.push(e.path),
                    Kind::Other(what) if is_sfl => {
                        ctx.error(&e.path, format!("not a regular file ({what}); not opened"))
                    }
                    _ => {}
                }
            }
            stack.extend(subdirs.into_iter().rev());
        }
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
        let (items, format, list, app) = match source {
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
                (
                    parse_sfl(&data, format),
                    format_name(format),
                    Some(list),
                    app,
                )
            }
            Source::Legacy(kind) => (parse_legacy_recent_plist(&data, kind), "plist", None, None),
        };
        let items = match items {
            Ok(i) => i,
            Err(e) => {
                ctx.error(target, format!("not parsed: {e}"));
                return;
            }
        };
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
                format,
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
        ctx.record(target, Some(&user.name))
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

impl Collector for RecentItems {
    fn name(&self) -> &'static str {
        "recent_items"
    }

    fn description(&self) -> &'static str {
        "recent/favourite items: SharedFileList .sfl/.sfl2/.sfl3 and legacy recentitems, finder and sidebarlists plists (every home)"
    }

    fn outputs(&self) -> &'static [&'static str] {
        &[STREAM]
    }

    fn run(&self, ctx: &mut Ctx<'_>) -> Result<(), Fatal> {
        for user in ctx.users() {
            if ctx.should_stop() {
                break;
            }
            ctx.in_home(&user.home, |ctx| self.collect_home(ctx, user));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::collect::{testing, Status};
    use crate::formats::bookmark::keys;
    use crate::formats::bookmark::tests::Builder as BookmarkBuilder;
    use crate::formats::keyed_archive::tests::Archive;
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
        let mut a = Archive::new();
        let k_items = a.string("items");
        let k_props = a.string("properties");
        let k_bm = a.string("Bookmark");
        let k_uuid = a.string("uuid");
        let k_vis = a.string("visibility");
        let mut items = Vec::new();
        for (i, b) in bookmarks.iter().enumerate() {
            let bm = a.push(P::Data(b.clone()));
            let uuid = a.string(&format!("00000000-0000-0000-0000-00000000000{i}"));
            let vis = a.push(P::Integer(0.into()));
            items.push(a.dictionary(vec![
                (k_bm.clone(), bm),
                (k_uuid.clone(), uuid),
                (k_vis.clone(), vis),
            ]));
        }
        let arr = a.array(items);
        let props = a.dictionary(vec![]);
        let root = a.dictionary(vec![(k_items, arr), (k_props, props)]);
        let mut out = Vec::new();
        plist::to_writer_binary(&mut out, &a.finish(root)).unwrap();
        out
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
}
