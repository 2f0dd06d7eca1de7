//! Decoding tracev3 files on several threads, written in file order.
//!
//! The decode (the `macos-unifiedlogs` crate's `build_log`) is most of the
//! collector's time, and the collector's output must not depend on the
//! threads: decoder threads take the files in order, each decodes a whole
//! file into its own bounded channel, and the collector's thread (the only
//! one that touches the [`Ctx`]) drains the channels one file after the
//! other, so records and issues come out exactly as a one-thread decode
//! writes them.
//!
//! Memory stays bounded: a decoder starts a file only while it is at most
//! [`LOOKAHEAD`] files ahead of the one being written, and a file's channel
//! holds at most [`BATCHES`] batches of [`BATCH`] events; a decoder ahead
//! of the writer waits. A file's channel is made when its decode starts and
//! dropped once it is written, so the channels alive at once are bounded
//! too, however many files the store holds. With `--unified-logs topics` few entries are kept,
//! so the decoders rarely wait; with `all` the writing (serialising every
//! record) keeps pace with them.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{channel, sync_channel, Receiver, Sender, SyncSender};
use std::sync::{Condvar, Mutex};

use super::{apply, Decoder, Event, Sink, ToDecode};
use crate::kit::Ctx;

/// Files a decoder may be ahead of the writer.
const LOOKAHEAD: usize = 2;
/// Events sent at once.
const BATCH: usize = 256;
/// Batches a file's channel holds.
const BATCHES: usize = 4;

/// What a decoder sends for a file.
enum Msg {
    Events(Vec<Event>),
    /// The file is done: false when the time limit or a stop cut it.
    Done(bool),
}

/// A decoder's side of one file.
struct ChannelSink<'a> {
    tx: &'a SyncSender<Msg>,
    batch: Vec<Event>,
    stop: &'a (dyn Fn() -> bool + Sync),
    /// The writer is gone (stopped): nothing more is wanted.
    closed: bool,
}

impl ChannelSink<'_> {
    fn flush(&mut self) {
        if self.batch.is_empty() || self.closed {
            return;
        }
        let batch = std::mem::replace(&mut self.batch, Vec::with_capacity(BATCH));
        if self.tx.send(Msg::Events(batch)).is_err() {
            self.closed = true;
        }
    }
}

impl Sink for ChannelSink<'_> {
    fn event(&mut self, e: Event) {
        self.batch.push(e);
        if self.batch.len() >= BATCH {
            self.flush();
        }
    }
    fn stopped(&self) -> bool {
        self.closed || (self.stop)()
    }
}

/// The writer's progress, which the decoders wait on.
struct Progress {
    written: Mutex<usize>,
    moved: Condvar,
}

impl Progress {
    /// Wait until file `i` is at most [`LOOKAHEAD`] files ahead.
    fn wait_for(&self, i: usize, stop: &AtomicBool) {
        let Ok(mut w) = self.written.lock() else {
            return;
        };
        while i >= *w + LOOKAHEAD && !stop.load(Ordering::Relaxed) {
            w = match self.moved.wait(w) {
                Ok(w) => w,
                Err(_) => return,
            };
        }
    }
    fn set(&self, n: usize) {
        if let Ok(mut w) = self.written.lock() {
            *w = n;
        }
        self.moved.notify_all();
    }
}

/// Decode `files` on `threads` threads, writing their events through
/// `ctx` in file order. Returns how many files were started (as the
/// one-thread loop counts them: the one the time limit cut included).
pub(super) fn decode(
    ctx: &mut Ctx<'_>,
    decoder: &Decoder<'_>,
    files: &[ToDecode<'_>],
    threads: usize,
) -> usize {
    let env = ctx.env();
    let stop = AtomicBool::new(false);
    let stopped = || stop.load(Ordering::Relaxed) || env.budget.time_up();
    let next = AtomicUsize::new(0);
    let progress = Progress {
        written: Mutex::new(0),
        moved: Condvar::new(),
    };
    // Each file's receiving end, handed to the writer as its decode
    // starts.
    let (handoff, opened) = channel::<(usize, Receiver<Msg>)>();
    let mut started = 0;
    std::thread::scope(|s| {
        let mut count = 0;
        for t in 0..threads {
            let (next, progress, stop, stopped) = (&next, &progress, &stop, &stopped);
            let handoff: Sender<(usize, Receiver<Msg>)> = handoff.clone();
            let spawned = std::thread::Builder::new()
                .name(format!("tracev3-{t}"))
                .spawn_scoped(s, move || loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(f) = files.get(i) else {
                        break;
                    };
                    // Dropping the sender tells the writer the file ended,
                    // even if the decode unwinds.
                    let (tx, rx) = sync_channel::<Msg>(BATCHES);
                    if handoff.send((i, rx)).is_err() {
                        // The writer is done: nothing more is wanted.
                        break;
                    }
                    progress.wait_for(i, stop);
                    if stop.load(Ordering::Relaxed) {
                        // The writer is done: nothing more is wanted. (The
                        // time limit is the decode's to report, as on one
                        // thread.)
                        continue;
                    }
                    let mut out = ChannelSink {
                        tx: &tx,
                        batch: Vec::with_capacity(BATCH),
                        stop: stopped,
                        closed: false,
                    };
                    let done = decoder.file(&mut out, f);
                    out.flush();
                    let _ = tx.send(Msg::Done(done));
                });
            if spawned.is_ok() {
                count += 1;
            }
        }
        // Only the decoders hold senders now: when they are all gone, no
        // file is started any more.
        drop(handoff);
        started = if count == 0 {
            // No thread could start: decode here, file after file.
            decoder.files(ctx, files)
        } else {
            write(ctx, files, opened, &progress, &stop)
        };
        // Release decoders waiting on the window or on a full channel.
        stop.store(true, Ordering::Relaxed);
        progress.set(usize::MAX / 2);
    });
    started
}

/// The writer: each file's events in file order. Returns the number of
/// files started.
fn write(
    ctx: &mut Ctx<'_>,
    files: &[ToDecode<'_>],
    opened: Receiver<(usize, Receiver<Msg>)>,
    progress: &Progress,
    stop: &AtomicBool,
) -> usize {
    let mut started = 0;
    // Channels handed over ahead of their turn (at most one per decoder
    // and the lookahead: a decoder takes files in order and waits).
    let mut early: BTreeMap<usize, Receiver<Msg>> = BTreeMap::new();
    for (i, f) in files.iter().enumerate() {
        if stop.load(Ordering::Relaxed) {
            break;
        }
        let rx = loop {
            if let Some(rx) = early.remove(&i) {
                break Some(rx);
            }
            match opened.recv() {
                Ok((n, rx)) if n == i => break Some(rx),
                Ok((n, rx)) => {
                    early.insert(n, rx);
                }
                // Every decoder is gone without starting this file.
                Err(_) => break None,
            }
        };
        let Some(rx) = rx else {
            break;
        };
        started += 1;
        let mut done = false;
        // Ends when the decoder drops its sender (after `Done`, or if it
        // unwound).
        for msg in rx.iter() {
            match msg {
                Msg::Events(batch) => {
                    for e in batch {
                        apply(ctx, f.target, e);
                    }
                }
                Msg::Done(d) => done = d,
            }
        }
        progress.set(i + 1);
        if !done {
            stop.store(true, Ordering::Relaxed);
            break;
        }
    }
    // Dropping the receivers makes any decoder still sending give up.
    drop(early);
    drop(opened);
    started
}
