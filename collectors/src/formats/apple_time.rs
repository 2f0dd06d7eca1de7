//! Conversions from Apple timestamp encodings to UTC date-times.
//!
//! * Cocoa / Core Foundation absolute time: seconds (often fractional, stored
//!   as a double) since 2001-01-01T00:00:00Z. Used by bookmark data, NSDate
//!   (`NS.time`) and binary plists.
//! * HFS time: unsigned seconds since 1904-01-01T00:00:00Z (local time on
//!   classic Mac OS, UTC on HFS+). Used by classic alias records; version 3
//!   aliases store it as a 64-bit value whose low 16 bits are a fraction.
//!
//! Out-of-range and non-finite values convert to `None` rather than panicking.

use chrono::{DateTime, TimeZone, Utc};
use serde::Serializer;

/// Seconds between 1970-01-01 and 2001-01-01.
pub const COCOA_EPOCH_OFFSET: i64 = 978_307_200;
/// Seconds between 1904-01-01 and 1970-01-01.
pub const HFS_EPOCH_OFFSET: i64 = 2_082_844_800;

/// Convert seconds since the Unix epoch (fractional) to a UTC date-time.
pub fn unix_f64_to_datetime(secs: f64) -> Option<DateTime<Utc>> {
    if !secs.is_finite() {
        return None;
    }
    let whole = secs.floor();
    // i64 range check before the cast; chrono's own range is much smaller.
    if !(-9.0e15..=9.0e15).contains(&whole) {
        return None;
    }
    let mut nanos = ((secs - whole) * 1e9).round() as i64;
    let mut whole = whole as i64;
    if nanos >= 1_000_000_000 {
        whole = whole.checked_add(1)?;
        nanos -= 1_000_000_000;
    }
    let nanos = u32::try_from(nanos.max(0)).ok()?;
    Utc.timestamp_opt(whole, nanos).single()
}

/// Convert Cocoa absolute time (seconds since 2001-01-01 UTC) to UTC.
pub fn cocoa_to_datetime(secs: f64) -> Option<DateTime<Utc>> {
    unix_f64_to_datetime(secs + COCOA_EPOCH_OFFSET as f64)
}

/// Convert HFS time (seconds since 1904-01-01) to UTC.
pub fn hfs_to_datetime(secs: u64) -> Option<DateTime<Utc>> {
    let secs = i64::try_from(secs).ok()?.checked_sub(HFS_EPOCH_OFFSET)?;
    Utc.timestamp_opt(secs, 0).single()
}

/// Serialize an optional date-time as an RFC 3339 string (or `null`).
pub fn serialize_opt_datetime<S: Serializer>(
    value: &Option<DateTime<Utc>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match value {
        Some(dt) => {
            serializer.serialize_str(&dt.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true))
        }
        None => serializer.serialize_none(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cocoa_epoch_and_fraction() {
        let dt = cocoa_to_datetime(0.0).unwrap();
        assert_eq!(dt.to_rfc3339(), "2001-01-01T00:00:00+00:00");
        let dt = cocoa_to_datetime(665473989.5).unwrap();
        assert_eq!(dt.timestamp(), 665473989 + COCOA_EPOCH_OFFSET);
        assert_eq!(dt.timestamp_subsec_millis(), 500);
        assert!(cocoa_to_datetime(f64::NAN).is_none());
        assert!(cocoa_to_datetime(f64::INFINITY).is_none());
        assert!(cocoa_to_datetime(1e300).is_none());
        assert!(cocoa_to_datetime(-1e300).is_none());
    }

    #[test]
    fn hfs_epoch() {
        assert_eq!(
            hfs_to_datetime(HFS_EPOCH_OFFSET as u64)
                .unwrap()
                .timestamp(),
            0
        );
        assert_eq!(
            hfs_to_datetime(0).unwrap().to_rfc3339(),
            "1904-01-01T00:00:00+00:00"
        );
        assert!(hfs_to_datetime(u64::MAX).is_none());
    }
}
