//! FSEvents store pages (`1SLD`, `2SLD`, `3SLD`) as `fseventsd` writes
//! them, and the gzip members a page file holds (see
//! [`crate::formats::fsevents`]).

use std::io::Write;

/// One record: (path, event ID, flags, node ID from version 2, extra
/// word in version 3).
pub type Rec<'a> = (&'a [u8], u64, u32, u64, u32);

/// The page header's second word, which the decoder does not read.
pub const PAGE_TAG: u32 = 0x1234_5678;

/// A page of `version` (1, 2 or 3) holding `records`, [`PAGE_TAG`] in its
/// header.
pub fn page(version: u8, records: &[Rec<'_>]) -> Vec<u8> {
    page_tagged(version, PAGE_TAG, records)
}

/// A page of `version` holding `records`, `tag` as the header's second
/// word: the signature, the tag, the page size (header included), then
/// each record's NUL-terminated path and its little-endian fields.
pub fn page_tagged(version: u8, tag: u32, records: &[Rec<'_>]) -> Vec<u8> {
    let mut body = Vec::new();
    for (path, id, flags, node, extra) in records {
        body.extend_from_slice(path);
        body.push(0);
        body.extend_from_slice(&id.to_le_bytes());
        body.extend_from_slice(&flags.to_le_bytes());
        if version >= 2 {
            body.extend_from_slice(&node.to_le_bytes());
        }
        if version >= 3 {
            body.extend_from_slice(&extra.to_le_bytes());
        }
    }
    let mut out = format!("{version}SLD").into_bytes();
    out.extend_from_slice(&tag.to_le_bytes());
    out.extend_from_slice(&((body.len() + 12) as u32).to_le_bytes());
    out.extend_from_slice(&body);
    out
}

/// `data` as one gzip member (no name, modification time 0: the same
/// bytes on every run).
pub fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}
