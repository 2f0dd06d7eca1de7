//! Kernel and system extensions, and the plug-ins system processes load.
//!
//! - `/Library/Extensions/*.kext` (third-party kernel extensions; every
//!   version, user approval since 10.13, deprecated since 11);
//! - `/Library/SystemExtensions/db.plist` (macOS 10.15+): `extensions`,
//!   each with `identifier`, `teamID`, `state` (`activated_enabled`, ...),
//!   `categories`, `bundleVersion`, `originPath`, `stagedBundleURL`,
//!   `container.bundlePath`, `references`;
//! - `/Library/Security/SecurityAgentPlugins/*.bundle` (authorization
//!   plug-ins, loaded at login by `SecurityAgent`/`authd`);
//! - `/Library/ScriptingAdditions/*.osax` (loaded into scripting apps;
//!   restricted since 10.14);
//! - `/Library/PrivilegedHelperTools/*` (root helpers installed with
//!   `SMJobBless`);
//! - `/Library/DirectoryServices/PlugIns/*.dsplug`;
//! - `/Library/Spotlight/*.mdimporter`, `/Library/QuickLook/*.qlgenerator`
//!   and the same in every home's `Library`;
//! - configuration profiles: the files of
//!   `/private/var/db/ConfigurationProfiles/Store` (10.13+; binary, archived
//!   for review, not decoded), one item per file.

use std::path::{Path, PathBuf};

use plist::Value as P;

use super::program::{self, Programs};
use super::{item, json, list_dir, read_plist, type_name, STREAM};
use crate::formats::btm::file_url_path;
use crate::kit::Ctx;

/// Bundle directories: (directory, extension, category).
const BUNDLE_DIRS: [(&str, &str, &str); 6] = [
    ("/Library/Extensions", "kext", "kernel_extension"),
    (
        "/Library/Security/SecurityAgentPlugins",
        "bundle",
        "authorization_plugin",
    ),
    ("/Library/ScriptingAdditions", "osax", "scripting_addition"),
    (
        "/Library/DirectoryServices/PlugIns",
        "dsplug",
        "directory_services_plugin",
    ),
    ("/Library/Spotlight", "mdimporter", "spotlight_importer"),
    ("/Library/QuickLook", "qlgenerator", "quicklook_generator"),
];

pub fn collect(ctx: &mut Ctx<'_>, programs: &mut Programs) {
    for (dir, ext, category) in BUNDLE_DIRS {
        bundles(ctx, programs, Path::new(dir), ext, category, None);
    }
    for user in ctx.users() {
        for (rel, ext, category) in [
            ("Library/Spotlight", "mdimporter", "spotlight_importer"),
            ("Library/QuickLook", "qlgenerator", "quicklook_generator"),
        ] {
            bundles(
                ctx,
                programs,
                &user.home.join(rel),
                ext,
                category,
                Some(&user.name),
            );
        }
    }
    for p in list_dir(ctx, Path::new("/Library/PrivilegedHelperTools"), false) {
        if ctx.should_stop() {
            return;
        }
        let info = programs.inspect(ctx, &p);
        let mut rec = item(ctx, &p, info.meta.as_ref(), None, "privileged_helper")
            .set("kind", "PrivilegedHelperTool")
            .set(
                "name",
                p.file_name().map(|n| n.to_string_lossy().into_owned()),
            );
        let label = p.file_name().map(|n| n.to_string_lossy().into_owned());
        let mut notes = Vec::new();
        program::item_notes(
            &p,
            info.meta.as_ref(),
            label.as_deref(),
            false,
            Some(&info),
            &mut notes,
        );
        program::apply(&mut rec, p.to_str(), &info, ctx.users());
        rec.insert("apple", false);
        rec.insert("notes", notes);
        ctx.emit(STREAM, rec);
    }
    system_extensions(ctx, programs);
    for p in list_dir(
        ctx,
        Path::new("/private/var/db/ConfigurationProfiles/Store"),
        false,
    ) {
        let meta = ctx.acquire(&p).map(|a| a.meta);
        let rec = item(ctx, &p, meta.as_ref(), None, "configuration_profile_store")
            .set("kind", "ConfigurationProfiles")
            .set(
                "name",
                p.file_name().map(|n| n.to_string_lossy().into_owned()),
            )
            .set("apple", false)
            .set("notes", Vec::<&str>::new());
        ctx.emit(STREAM, rec);
    }
}

fn bundles(
    ctx: &mut Ctx<'_>,
    programs: &mut Programs,
    dir: &Path,
    ext: &str,
    category: &'static str,
    user: Option<&str>,
) {
    for b in list_dir(ctx, dir, true) {
        if ctx.should_stop() {
            return;
        }
        if !b.extension().is_some_and(|e| e.eq_ignore_ascii_case(ext)) {
            continue;
        }
        let info = programs.inspect(ctx, &b);
        let bundle_id = info.bundle.as_ref().and_then(|x| x.identifier.clone());
        let mut rec = item(ctx, &b, info.meta.as_ref(), user, category)
            .set("kind", ext.to_string())
            .set(
                "name",
                b.file_name().map(|n| n.to_string_lossy().into_owned()),
            )
            .set("bundle_id", bundle_id.clone())
            .set(
                "version",
                info.bundle.as_ref().and_then(|x| x.version.clone()),
            );
        let mut notes = Vec::new();
        program::item_notes(
            &b,
            None,
            bundle_id.as_deref(),
            false,
            Some(&info),
            &mut notes,
        );
        program::apply(&mut rec, b.to_str(), &info, ctx.users());
        rec.insert("apple", false);
        rec.insert("notes", notes);
        ctx.emit(STREAM, rec);
    }
}

fn system_extensions(ctx: &mut Ctx<'_>, programs: &mut Programs) {
    let path = Path::new("/Library/SystemExtensions/db.plist");
    let Some((v, meta)) = read_plist(ctx, path) else {
        return;
    };
    let Some(exts) = v
        .as_dictionary()
        .and_then(|d| d.get("extensions"))
        .and_then(P::as_array)
    else {
        ctx.error(
            path,
            format!("is {} without an `extensions` array", type_name(&v)),
        );
        return;
    };
    for (i, e) in exts.iter().enumerate() {
        let Some(d) = e.as_dictionary() else {
            continue;
        };
        let s = |k: &str| d.get(k).and_then(P::as_string).map(str::to_string);
        let staged = d
            .get("stagedBundleURL")
            .and_then(P::as_dictionary)
            .and_then(|u| u.get("relative"))
            .and_then(P::as_string)
            .and_then(file_url_path);
        let origin = s("originPath");
        let container = d
            .get("container")
            .and_then(P::as_dictionary)
            .and_then(|c| c.get("bundlePath"))
            .and_then(P::as_string)
            .map(str::to_string);
        let version = d
            .get("bundleVersion")
            .and_then(P::as_dictionary)
            .and_then(|b| {
                b.get("CFBundleShortVersionString")
                    .or_else(|| b.get("CFBundleVersion"))
                    .and_then(P::as_string)
                    .map(str::to_string)
            });
        let identifier = s("identifier");
        let mut rec = item(ctx, path, Some(&meta), None, "system_extension")
            .set("kind", "systemextension")
            .set("index", i)
            .set("identifier", identifier.clone())
            .set("team_id", s("teamID"))
            .set("state", s("state"))
            .set("categories", d.get("categories").map(json))
            .set("version", version)
            .set("unique_id", s("uniqueID"))
            .set("staged_bundle_path", staged.clone())
            .set("origin_path", origin.clone())
            .set("container_bundle_path", container)
            .set("references", d.get("references").map(json));
        let target: Option<PathBuf> = staged.or(origin).map(PathBuf::from);
        let mut notes = Vec::new();
        if let Some(t) = target {
            let info = programs.inspect(ctx, &t);
            program::item_notes(
                path,
                Some(&meta),
                identifier.as_deref(),
                false,
                Some(&info),
                &mut notes,
            );
            program::apply(&mut rec, t.to_str(), &info, ctx.users());
        }
        rec.insert("apple", false);
        rec.insert("notes", notes);
        ctx.emit(STREAM, rec);
    }
}
