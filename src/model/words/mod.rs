//! Words for the reader, one module per language, each turning the model's typed kinds (verdicts,
//! problems, ignored link parts, explanations) into sentences. Nothing else in the model builds
//! reader-facing text.

pub mod en;
