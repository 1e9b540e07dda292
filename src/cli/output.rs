//! Where a year's export goes: `-o FILE` (written, synced to disk, then a line on standard
//! error saying how much) or standard output (a reader that closes the pipe early, e.g.
//! `| head`, is no error). Shared by `export penilaian` and `export dialog`.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;

use super::error::CliError;
use crate::app::transfer::export::ExportError;

/// The I/O error inside an export error (a JSON error becomes one).
pub fn io_of(e: ExportError) -> std::io::Error {
    match e {
        ExportError::Io(io) => io,
        ExportError::Json(j) => std::io::Error::from(j),
    }
}

/// Runs `write` on the file named by `output`, else on standard output. `write` returns how
/// many entries it wrote (or the export's own error); `written` says so for a file.
pub fn export_to(
    output: Option<&Path>,
    written: impl FnOnce(usize, &Path) -> String,
    write: impl FnOnce(&mut dyn Write) -> Result<Result<usize, ExportError>, CliError>,
) -> Result<(), CliError> {
    match output {
        Some(path) => {
            let wrap = |error| CliError::WriteFile {
                path: path.to_path_buf(),
                error,
            };
            let file = File::create(path).map_err(wrap)?;
            let mut w = BufWriter::new(file);
            let n = write(&mut w)?.map_err(|e| wrap(io_of(e)))?;
            w.flush().map_err(wrap)?;
            w.get_ref().sync_all().map_err(wrap)?;
            let mut msg = written(n, path);
            msg.push('\n');
            eprint!("{msg}");
            Ok(())
        }
        None => {
            let stdout = std::io::stdout();
            let mut w = BufWriter::new(stdout.lock());
            let done = match write(&mut w)? {
                Ok(_) => w.flush(),
                Err(e) => Err(io_of(e)),
            };
            match done {
                Ok(()) => Ok(()),
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                Err(e) => Err(CliError::Output(e)),
            }
        }
    }
}
