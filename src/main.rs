//! The `kinerja` binary: everything lives in the library (`kinerja::cli`).

fn main() -> std::process::ExitCode {
    kinerja::cli::main()
}
