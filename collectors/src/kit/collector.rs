//! The collector contract and the runner that contains each collector.
//!
//! A collector declares itself once, in a static [`Description`]; the
//! registry (`crate::REGISTRY`) is a static list of collectors, and the run
//! receives the selected ones from its plan.

use std::fmt::Display;
use std::time::Instant;

use super::context::{Ctx, Env};
use super::report::{CollectorReport, Issue, IssueKind, Level, Status};

/// Where a collector can run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Any evidence root: a live system, a mounted image, a fixture tree.
    AnyRoot,
    /// Only the running system (it reads processes, sockets, kernel state);
    /// on any other root it is recorded as skipped.
    LiveOnly,
}

/// How a collector is scheduled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Cost {
    /// Small, high-value artifacts: run first, so that under a time limit
    /// they never wait behind bulk copies.
    Cheap,
    /// Large stores (databases, logs): run after the cheap ones.
    Bulk,
}

/// What a collector is, declared once.
#[derive(Debug)]
pub struct Description {
    /// Short name, used for `--only`/`--skip`, the manifest, and
    /// `docs/collectors/<name>.md`.
    pub name: &'static str,
    /// What it reads, for `mactriage list`.
    pub reads: &'static str,
    /// The `parsed/<stream>.jsonl` streams it writes.
    pub outputs: &'static [&'static str],
    pub scope: Scope,
    pub cost: Cost,
}

/// One artifact family.
pub trait Collector: Send + Sync {
    /// Its static description.
    fn describe(&self) -> &'static Description;
    /// Collect. An `Err` means the collector could not run at all; problems
    /// with single artifacts go to [`Ctx::error`] instead.
    fn run(&self, ctx: &mut Ctx<'_>) -> Result<(), Fatal>;

    /// Its name (from the description).
    fn name(&self) -> &'static str {
        self.describe().name
    }
}

/// A failure that stops a collector (the others go on).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Fatal(pub String);

impl Fatal {
    pub fn new(msg: impl Display) -> Self {
        Fatal(msg.to_string())
    }
}

/// Run one collector, containing any panic, and report what it did.
pub fn run_collector(env: &Env, collector: &dyn Collector) -> CollectorReport {
    let started = Instant::now();
    let desc = collector.describe();
    let name = desc.name;
    env.events.log(Level::Info, name, "started");
    let mut ctx = Ctx::new(env, name);
    for stream in desc.outputs {
        ctx.declare_output(stream);
    }
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let r = collector.run(&mut ctx);
        (r, ctx)
    }));
    let mut commands = Vec::new();
    let mut notes = serde_json::Map::new();
    let (status, records, files, mut errors) = match outcome {
        Ok((result, mut ctx)) => {
            notes = ctx.take_notes();
            let (records, files, errors, ran) = ctx.finish();
            commands = ran;
            match result {
                Ok(()) if errors.is_empty() => (Status::Ok, records, files, errors),
                Ok(()) => (Status::Partial, records, files, errors),
                Err(fatal) => {
                    let mut errors = errors;
                    errors.push(Issue::general(IssueKind::Error, fatal.0));
                    (Status::Failed, records, files, errors)
                }
            }
        }
        Err(panic) => {
            let msg = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".into());
            (
                Status::Failed,
                0,
                0,
                vec![Issue::general(
                    IssueKind::Error,
                    format!("internal error: {msg}"),
                )],
            )
        }
    };
    if status == Status::Failed {
        for e in &errors {
            env.events.log(Level::Error, name, &e.message);
        }
    }
    if status != Status::Failed {
        if let Some(reason) = env.budget.stop_reason() {
            // The manifest must say that the collector was cut short, and
            // whether its list of files left out is complete.
            let enumeration_complete = !env.budget.enumeration_over();
            errors.push(Issue::general(
                IssueKind::CutShort {
                    limit: reason.limit(),
                    enumeration_complete,
                },
                if enumeration_complete {
                    format!("stopped by {}; every file found and not collected is listed", reason.limit().option())
                } else {
                    format!(
                        "stopped by {}; listing stopped too, so files beyond those listed may not be",
                        reason.limit().option()
                    )
                },
            ));
        }
    }
    let status = if status == Status::Ok && !errors.is_empty() {
        Status::Partial
    } else {
        status
    };
    let duration_s = started.elapsed().as_secs_f64();
    env.events.log(
        Level::Info,
        name,
        &format!(
            "finished: {} ({records} records, {files} files, {duration_s:.2}s)",
            status.as_str()
        ),
    );
    CollectorReport {
        name: name.to_string(),
        status,
        records,
        files,
        duration_s,
        reason: None,
        errors,
        commands,
        notes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kit::testing;

    static PANICKER: Description = Description {
        name: "panicker",
        reads: "panics",
        outputs: &["panicker"],
        scope: Scope::AnyRoot,
        cost: Cost::Cheap,
    };

    struct Panicker;
    impl Collector for Panicker {
        fn describe(&self) -> &'static Description {
            &PANICKER
        }
        fn run(&self, _: &mut Ctx<'_>) -> Result<(), Fatal> {
            panic!("boom")
        }
    }

    #[test]
    fn a_panicking_collector_is_failed_not_fatal() {
        let d = tempfile::tempdir().unwrap();
        let prev = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let (report, _) = testing::run_on(d.path(), &Panicker);
        std::panic::set_hook(prev);
        assert_eq!(report.status, Status::Failed);
        assert_eq!(report.errors[0].message, "internal error: boom");
        assert_eq!(report.errors[0].kind, IssueKind::Error);
    }
}
