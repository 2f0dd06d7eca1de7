"""Read a mactriage timeline with Timesketch's own import code.

Usage: python timesketch_check.py TIMELINE.jsonl TIMELINE.csv

Runs the functions Timesketch's importer runs on an uploaded file
(timesketch.lib.utils.read_and_validate_jsonl and read_and_validate_csv,
called by timesketch.lib.tasks.run_csv_jsonl) and prints one JSON object
on stdout with what they yielded, for tests/timesketch.rs to check:

  {"jsonl": {...}, "csv": {...}}, each with
    events          the events Timesketch's reader yielded
    missing         events without message, datetime or timestamp_desc
    sorted          whether the timestamps never decrease
    timestamps      the event timestamps (microseconds), in order
    parsed          the "parsed" field (record reference) of each event
    bad_datetime    JSONL: events whose datetime, read by pandas, is not
                    the event's timestamp (microseconds, rounded down)

Any exception from Timesketch's readers (a missing header, a line that is
not JSON) propagates: the script fails.
"""

import json
import sys

import pandas
from timesketch.lib import utils

MANDATORY = ("message", "datetime", "timestamp_desc")


def summary(events, check_datetime):
    timestamps = [int(e["timestamp"]) for e in events]
    missing = sum(1 for e in events if any(f not in e for f in MANDATORY))
    bad = 0
    if check_datetime:
        for e in events:
            ns = pandas.Timestamp(e["datetime"]).value
            if ns // 1000 != int(e["timestamp"]):
                bad += 1
    return {
        "events": len(events),
        "missing": missing,
        "sorted": all(a <= b for a, b in zip(timestamps, timestamps[1:])),
        "timestamps": timestamps,
        "parsed": [str(e.get("parsed")) for e in events],
        "bad_datetime": bad,
    }


def main():
    jsonl_path, csv_path = sys.argv[1], sys.argv[2]
    with open(jsonl_path, "r", encoding="utf-8") as fh:
        jsonl = list(utils.read_and_validate_jsonl(fh))
    with open(csv_path, "r", encoding="utf-8") as fh:
        csv = list(utils.read_and_validate_csv(fh))
    out = {"jsonl": summary(jsonl, True), "csv": summary(csv, False)}
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
