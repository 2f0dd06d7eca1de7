//! Conversion of stored timestamps to UTC: the one time module of the
//! project (collectors and format decoders alike).
//!
//! Every conversion is exact integer arithmetic on the stored value (floats
//! are split into whole seconds and nanoseconds first, then the epoch offset
//! is added as an integer), and returns `None` for values outside chrono's
//! range, never a panic. The caller keeps the stored value beside the result
//! (`timestamp_raw`, or a `*_raw` field).
//!
//! **One rule for "unset":** a stored 0 means "not set" in every epoch and
//! number form below (macOS writes 0 for a date it never had), so every
//! `from_*` function returns `None` for 0; the raw 0 is still kept beside it.
//! Only [`from_unix`], the file system's own `struct timespec`, takes 0 as
//! the instant 1970-01-01.
//!
//! Epochs used on macOS:
//! - Mac absolute time (Cocoa / CFAbsoluteTime): seconds since 2001-01-01 UTC,
//!   often as a double (LaunchServices quarantine, Safari, NSDate, bookmarks).
//! - WebKit/Chromium time: microseconds since 1601-01-01 UTC.
//! - PRTime (Firefox): microseconds since 1970-01-01 UTC.
//! - POSIX time: seconds since 1970-01-01 UTC.
//! - HFS time: unsigned seconds since 1904-01-01 (classic alias records).

use chrono::{DateTime, SecondsFormat, Utc};

/// Seconds from 1970-01-01 to 2001-01-01.
pub const MAC_EPOCH_OFFSET: i64 = 978_307_200;
/// Seconds from 1601-01-01 to 1970-01-01.
pub const WEBKIT_EPOCH_OFFSET: i64 = 11_644_473_600;
/// Seconds from 1904-01-01 to 1970-01-01.
pub const HFS_EPOCH_OFFSET: i64 = 2_082_844_800;

/// POSIX seconds and nanoseconds to UTC.
pub fn from_unix(secs: i64, nanos: u32) -> Option<DateTime<Utc>> {
    DateTime::from_timestamp(secs, nanos)
}

/// POSIX seconds to UTC; 0 is "unset".
pub fn from_unix_secs(secs: i64) -> Option<DateTime<Utc>> {
    if secs == 0 {
        None
    } else {
        from_unix(secs, 0)
    }
}

/// Split a float number of seconds into whole seconds and nanoseconds,
/// rounding to the nearest nanosecond.
fn split_f64(secs: f64) -> Option<(i64, u32)> {
    if !secs.is_finite() || secs.abs() > 1e15 {
        return None;
    }
    let whole = secs.floor();
    let mut nanos = ((secs - whole) * 1e9).round() as i64;
    let mut whole = whole as i64;
    if nanos >= 1_000_000_000 {
        whole += 1;
        nanos -= 1_000_000_000;
    }
    Some((whole, nanos as u32))
}

/// POSIX seconds as a float (accountPolicyData, some plists); 0 is
/// "unset". Whole seconds and nanoseconds are split first, as for Mac
/// absolute time.
pub fn from_unix_f64(secs: f64) -> Option<DateTime<Utc>> {
    if secs == 0.0 {
        return None;
    }
    let (whole, nanos) = split_f64(secs)?;
    from_unix(whole, nanos)
}

/// Mac absolute time (seconds since 2001-01-01 UTC, float); 0 is "unset".
pub fn from_mac_absolute(secs: f64) -> Option<DateTime<Utc>> {
    if secs == 0.0 {
        return None;
    }
    let (whole, nanos) = split_f64(secs)?;
    from_unix(whole.checked_add(MAC_EPOCH_OFFSET)?, nanos)
}

/// Mac absolute time stored as an integer number of seconds.
pub fn from_mac_absolute_int(secs: i64) -> Option<DateTime<Utc>> {
    if secs == 0 {
        return None;
    }
    from_unix(secs.checked_add(MAC_EPOCH_OFFSET)?, 0)
}

/// HFS time (unsigned seconds since 1904-01-01; UTC on HFS+); 0 is
/// "unset".
pub fn from_hfs(secs: u64) -> Option<DateTime<Utc>> {
    if secs == 0 {
        return None;
    }
    from_unix(i64::try_from(secs).ok()?.checked_sub(HFS_EPOCH_OFFSET)?, 0)
}

/// A converted time as a [`std::time::SystemTime`] (for plist dates),
/// exactly.
pub fn to_system_time(t: &DateTime<Utc>) -> Option<std::time::SystemTime> {
    use std::time::{Duration, UNIX_EPOCH};
    let secs = t.timestamp();
    let nanos = t.timestamp_subsec_nanos();
    if secs >= 0 {
        UNIX_EPOCH.checked_add(Duration::new(u64::try_from(secs).ok()?, nanos))
    } else {
        // secs + nanos/1e9 is negative: go back whole seconds, then forward.
        UNIX_EPOCH
            .checked_sub(Duration::from_secs(secs.unsigned_abs()))?
            .checked_add(Duration::new(0, nanos))
    }
}

/// Serialize an optional time as an RFC 3339 string (or `null`), for
/// `#[serde(serialize_with = ...)]`.
pub fn serialize_opt<S: serde::Serializer>(
    value: &Option<DateTime<Utc>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match value {
        Some(t) => serializer.serialize_str(&rfc3339(t)),
        None => serializer.serialize_none(),
    }
}

/// Microseconds since 1970 to UTC.
fn from_unix_micros(micros: i64) -> Option<DateTime<Utc>> {
    let secs = micros.div_euclid(1_000_000);
    let sub = micros.rem_euclid(1_000_000) as u32;
    from_unix(secs, sub * 1000)
}

/// WebKit/Chromium time (microseconds since 1601-01-01 UTC); 0 is "unset".
pub fn from_webkit(micros: i64) -> Option<DateTime<Utc>> {
    if micros == 0 {
        return None;
    }
    from_unix_micros(micros.checked_sub(WEBKIT_EPOCH_OFFSET.checked_mul(1_000_000)?)?)
}

/// PRTime (Firefox: microseconds since 1970-01-01 UTC); 0 is "unset".
pub fn from_prtime(micros: i64) -> Option<DateTime<Utc>> {
    if micros == 0 {
        return None;
    }
    from_unix_micros(micros)
}

/// RFC 3339 in UTC with a `Z` suffix; fractional seconds only when present.
pub fn rfc3339(t: &DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::AutoSi, true)
}

/// RFC 3339 in UTC with nanoseconds always shown.
pub fn rfc3339_nanos(t: &DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Nanos, true)
}

/// The JSON value of an optional time: a string or null.
pub fn json(t: Option<DateTime<Utc>>) -> serde_json::Value {
    match t {
        Some(t) => serde_json::Value::String(rfc3339(&t)),
        None => serde_json::Value::Null,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mac_absolute_is_exact() {
        let t = from_mac_absolute(0.5).unwrap();
        assert_eq!(rfc3339(&t), "2001-01-01T00:00:00.500Z");
        let t = from_mac_absolute(394_398_181.0).unwrap();
        assert_eq!(rfc3339(&t), "2013-07-01T19:03:01Z");
        assert_eq!(from_mac_absolute(0.0), None);
        assert_eq!(from_mac_absolute(f64::NAN), None);
        assert_eq!(from_mac_absolute(1e300), None);
        let t = from_mac_absolute(-1.25).unwrap();
        assert_eq!(rfc3339(&t), "2000-12-31T23:59:58.750Z");
        assert_eq!(
            rfc3339(&from_mac_absolute_int(1).unwrap()),
            "2001-01-01T00:00:01Z"
        );
    }

    #[test]
    fn webkit_and_prtime() {
        // 13_000_000_000_000_000 µs since 1601 = 2012-12-14T23:06:40 UTC.
        let t = from_webkit(13_000_000_000_000_001).unwrap();
        assert_eq!(rfc3339(&t), "2012-12-14T23:06:40.000001Z");
        assert_eq!(from_webkit(0), None);
        assert_eq!(from_webkit(i64::MIN), None);
        let t = from_prtime(1_533_124_350_123_456).unwrap();
        assert_eq!(rfc3339(&t), "2018-08-01T11:52:30.123456Z");
        assert_eq!(from_prtime(i64::MAX), None);
    }

    #[test]
    fn hfs_and_system_time() {
        assert_eq!(from_hfs(0), None);
        assert_eq!(
            from_hfs(HFS_EPOCH_OFFSET as u64).map(|t| t.timestamp()),
            Some(0)
        );
        assert_eq!(rfc3339(&from_hfs(1).unwrap()), "1904-01-01T00:00:01Z");
        assert_eq!(from_hfs(u64::MAX), None);
        // The 2001 offset is added as an integer: no float rounding of the
        // sum (665473989.5 s after 2001 is exactly .5 s, to the nanosecond).
        let t = from_mac_absolute(665_473_989.5).unwrap();
        assert_eq!(t.timestamp(), 665_473_989 + MAC_EPOCH_OFFSET);
        assert_eq!(t.timestamp_subsec_nanos(), 500_000_000);
        let st = to_system_time(&from_mac_absolute(-0.25).unwrap()).unwrap();
        let back: DateTime<Utc> = st.into();
        assert_eq!(rfc3339_nanos(&back), "2000-12-31T23:59:59.750000000Z");
    }

    #[test]
    fn unix_float_seconds() {
        assert_eq!(from_unix_f64(0.0), None);
        assert_eq!(from_unix_f64(f64::INFINITY), None);
        let t = from_unix_f64(1_595_003_382.5).unwrap();
        assert_eq!(rfc3339(&t), "2020-07-17T16:29:42.500Z");
    }

    #[test]
    fn unix_and_json() {
        assert_eq!(from_unix_secs(0), None);
        assert_eq!(
            json(from_unix_secs(1_400_000_000)),
            serde_json::json!("2014-05-13T16:53:20Z")
        );
        assert_eq!(json(None), serde_json::Value::Null);
        let t = from_unix(1_569_488_400, 5).unwrap();
        assert_eq!(rfc3339_nanos(&t), "2019-09-26T09:00:00.000000005Z");
    }
}
