//! Stub.
use super::program::Programs;
use crate::kit::Ctx;

pub fn collect(_ctx: &mut Ctx<'_>, _programs: &mut Programs) {}
