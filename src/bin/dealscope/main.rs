//! `dealscope`: the command-line tool for scenario authors and newsroom CI, over the same model
//! as the page. All file I/O and exit codes live here; the model stays pure. Native only: on
//! wasm32 the binary is empty, so the web build never pulls in its argument parser.
//!
//! Exit codes: 0 success; 1 a scenario has problems; 2 a usage error (unknown flag, lever or
//! option, malformed package, unreadable file); 141 when the reader closes the pipe early.

#[cfg(not(target_arch = "wasm32"))]
mod card;
#[cfg(not(target_arch = "wasm32"))]
mod cli;
#[cfg(not(target_arch = "wasm32"))]
mod report;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
