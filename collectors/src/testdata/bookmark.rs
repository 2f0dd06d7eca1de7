//! Bookmark data (`book`, the format of `NSURL` bookmarks and alias
//! records since OS X 10.6): records appended to a data area, one table of
//! contents (TOC) naming them by key, and the 48-byte header.

use crate::formats::bookmark::keys;

/// The magic of a table of contents.
const TOC_MAGIC: u32 = 0xffff_fffe;

/// The volume UUID of the samples (a real Macintosh HD's).
pub const VOLUME_UUID: [u8; 16] = [
    0x0a, 0x81, 0xf3, 0xb1, 0x51, 0xd9, 0x33, 0x35, 0xb3, 0xe3, 0x16, 0x9c, 0x36, 0x40, 0x36, 0x0d,
];

/// Builds bookmark data. Records are appended to the data area; `finish`
/// writes a single TOC (or a chain) and the header.
#[derive(Debug, Clone)]
pub struct Builder {
    area: Vec<u8>,
    entries: Vec<(u32, u32)>,
}

impl Default for Builder {
    fn default() -> Self {
        Builder::new()
    }
}

impl Builder {
    pub fn new() -> Builder {
        // Placeholder for the first-TOC offset.
        Builder {
            area: vec![0; 4],
            entries: Vec::new(),
        }
    }

    /// A record of `type_code` holding `payload`; returns its offset.
    pub fn raw(&mut self, type_code: u32, payload: &[u8]) -> u32 {
        let off = self.area.len() as u32;
        self.area
            .extend_from_slice(&(payload.len() as u32).to_le_bytes());
        self.area.extend_from_slice(&type_code.to_le_bytes());
        self.area.extend_from_slice(payload);
        while self.area.len() % 4 != 0 {
            self.area.push(0);
        }
        off
    }

    pub fn string(&mut self, s: &str) -> u32 {
        self.raw(0x0101, s.as_bytes())
    }
    pub fn i32(&mut self, v: i32) -> u32 {
        self.raw(0x0303, &v.to_le_bytes())
    }
    pub fn i64(&mut self, v: i64) -> u32 {
        self.raw(0x0304, &v.to_le_bytes())
    }
    /// A date: Mac absolute time, big-endian.
    pub fn date(&mut self, v: f64) -> u32 {
        self.raw(0x0400, &v.to_be_bytes())
    }
    pub fn uuid(&mut self, v: &[u8; 16]) -> u32 {
        self.raw(0x0801, v)
    }
    /// An array of the records at `offs`.
    pub fn array(&mut self, offs: &[u32]) -> u32 {
        let p: Vec<u8> = offs.iter().flat_map(|o| o.to_le_bytes()).collect();
        self.raw(0x0601, &p)
    }
    /// A TOC entry: `key` names the record at `off`.
    pub fn entry(&mut self, key: u32, off: u32) {
        self.entries.push((key, off));
    }

    fn toc(&mut self, id: u32, next: u32, entries: &[(u32, u32)]) -> u32 {
        let off = self.area.len() as u32;
        let a = &mut self.area;
        a.extend_from_slice(&((entries.len() * 12 + 12) as u32).to_le_bytes());
        a.extend_from_slice(&TOC_MAGIC.to_le_bytes());
        a.extend_from_slice(&id.to_le_bytes());
        a.extend_from_slice(&next.to_le_bytes());
        a.extend_from_slice(&(entries.len() as u32).to_le_bytes());
        for (k, o) in entries {
            a.extend_from_slice(&k.to_le_bytes());
            a.extend_from_slice(&o.to_le_bytes());
            a.extend_from_slice(&0u32.to_le_bytes());
        }
        off
    }

    fn header(mut area: Vec<u8>, first_toc: u32) -> Vec<u8> {
        area[0..4].copy_from_slice(&first_toc.to_le_bytes());
        let mut out = Vec::new();
        out.extend_from_slice(b"book");
        out.extend_from_slice(&((area.len() + 48) as u32).to_le_bytes());
        out.extend_from_slice(&0x1004_0000u32.to_le_bytes());
        out.extend_from_slice(&48u32.to_le_bytes());
        out.resize(48, 0);
        out.extend_from_slice(&area);
        out
    }

    /// The bookmark, with one TOC of every entry.
    pub fn finish(mut self) -> Vec<u8> {
        let entries = std::mem::take(&mut self.entries);
        let toc = self.toc(1, 0, &entries);
        Self::header(self.area, toc)
    }

    /// Two TOCs where the second links back to the first.
    pub fn finish_cyclic(mut self) -> Vec<u8> {
        let entries = std::mem::take(&mut self.entries);
        let first_off = self.area.len() as u32;
        // First TOC is 20 + 12n bytes; the second follows it.
        let second_off = first_off + 20 + 12 * entries.len() as u32;
        self.toc(1, second_off, &entries);
        self.toc(2, first_off, &[]);
        Self::header(self.area, first_off)
    }
}

/// A bookmark naming `parts` as a path on the boot volume ("Macintosh HD",
/// mounted at `/`, [`VOLUME_UUID`]), made by `user`: the target's creation
/// date is a day before `created`, the bookmark's own creation date
/// (`CREATION_TIME`) is `created` (both Mac absolute time). The kind of
/// bookmark a SharedFileList item or a Safari download holds.
pub fn for_path(parts: &[&str], user: &str, created: f64) -> Vec<u8> {
    let mut b = Builder::new();
    let offs: Vec<u32> = parts.iter().map(|p| b.string(p)).collect();
    let path = b.array(&offs);
    let file_created = b.date(created - 86_400.0);
    let vpath = b.string("/");
    let vname = b.string("Macintosh HD");
    let vuuid = b.uuid(&VOLUME_UUID);
    let user = b.string(user);
    let bm_created = b.date(created);
    for (k, o) in [
        (keys::PATH, path),
        (keys::FILE_CREATION_DATE, file_created),
        (keys::VOLUME_PATH, vpath),
        (keys::VOLUME_NAME, vname),
        (keys::VOLUME_UUID, vuuid),
        (keys::USER_NAME, user),
        (keys::CREATION_TIME, bm_created),
    ] {
        b.entry(k, o);
    }
    b.finish()
}

/// A bookmark shaped like a real login-item bookmark.
pub fn sample() -> Vec<u8> {
    let mut b = Builder::new();
    let a = b.string("Applications");
    let s = b.string("Syncthing.app");
    let path = b.array(&[a, s]);
    let c1 = b.i64(103);
    let c2 = b.i32(706090); // mixed widths, as mac_alias writes them
    let cnids = b.array(&[c1, c2]);
    let flags: Vec<u8> = [0x212u64, 0x21f, 0]
        .iter()
        .flat_map(|v| v.to_le_bytes())
        .collect();
    let props = b.raw(0x0201, &flags);
    let created = b.date(665473989.0);
    let vpath = b.string("/");
    let vurl = b.raw(0x0901, b"file:///");
    let vname = b.string("Macintosh HD");
    let vuuid = b.uuid(&VOLUME_UUID);
    let vsize = b.i64(160851517440);
    let vcreated = b.date(241134516.0);
    let root = b.raw(0x0501, &[]);
    let uid = b.i32(501);
    let user = b.string("sur");
    let ext = b.raw(0x0201, b"abc;com.apple.app-sandbox.read-write;/x\0");
    let named_key = b.string("custom");
    let named_val = b.raw(0x0a01, &[]);
    for (k, o) in [
        (keys::PATH, path),
        (keys::CNID_PATH, cnids),
        (keys::FILE_PROPERTIES, props),
        (keys::FILE_CREATION_DATE, created),
        (keys::VOLUME_PATH, vpath),
        (keys::VOLUME_URL, vurl),
        (keys::VOLUME_NAME, vname),
        (keys::VOLUME_UUID, vuuid),
        (keys::VOLUME_SIZE, vsize),
        (keys::VOLUME_CREATION_DATE, vcreated),
        (keys::VOLUME_IS_ROOT, root),
        (keys::UID, uid),
        (keys::USER_NAME, user),
        (keys::SANDBOX_RW_EXTENSION, ext),
        (0x8000_0000 | named_key, named_val),
    ] {
        b.entry(k, o);
    }
    b.finish()
}
