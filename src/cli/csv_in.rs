//! Reading the CSV files of the imports (employees, SKP, realisasi) into raw rows.
//! UTF-8 (a leading byte-order mark is ignored), comma or semicolon separated (spreadsheets
//! set to Indonesian write semicolons), quoted fields as usual, the header checked exactly.

use crate::app::transfer::import::{RawRow, RowError, RowProblem, HEADER};

use super::error::CliError;

/// Comma, unless the header line has more semicolons than commas.
fn delimiter(bytes: &[u8]) -> u8 {
    let first = bytes.split(|b| *b == b'\n').next().unwrap_or_default();
    let count = |c: u8| first.iter().filter(|b| **b == c).count();
    if count(b';') > count(b',') {
        b';'
    } else {
        b','
    }
}

/// The rows of the employee file, plus rows refused already here (not UTF-8).
pub fn read_rows(bytes: &[u8]) -> Result<(Vec<RawRow>, Vec<RowError>), CliError> {
    let (rows, bad) = read_rows_with(bytes, &HEADER)?;
    let problems = bad
        .into_iter()
        .map(|(line, nip)| RowError {
            line,
            nip,
            problem: RowProblem::NotUtf8,
        })
        .collect();
    Ok((rows, problems))
}

/// A line that is not UTF-8 text, with its first cell (lossy).
pub type NotUtf8 = (u64, String);

/// The rows of a file whose first line must be `header`, plus the lines (with their first
/// cell) that are not UTF-8.
pub fn read_rows_with(
    bytes: &[u8],
    header: &'static [&'static str],
) -> Result<(Vec<RawRow>, Vec<NotUtf8>), CliError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter(bytes))
        .has_headers(true)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(bytes);
    let head = reader
        .byte_headers()
        .map_err(|e| csv_error(&e, None))?
        .clone();
    let found: Vec<String> = head
        .iter()
        .map(|h| String::from_utf8_lossy(h).trim().to_string())
        .collect();
    let matches = found.len() == header.len()
        && found
            .iter()
            .zip(header)
            .all(|(f, h)| f.eq_ignore_ascii_case(h));
    if !matches {
        return Err(CliError::CsvHeader {
            expected: header,
            found,
        });
    }
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    let mut record = csv::ByteRecord::new();
    let mut last_line = 1;
    let (mut counted_to, mut counted_line) = (0usize, 1u64);
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => return Err(csv_error(&e, Some(last_line))),
        }
        // csv's own line count is off after blank lines: count newlines up to the record's start.
        let line = match record.position() {
            Some(p) => {
                // The position may point at blank lines the reader skipped before the record.
                let mut at = (p.byte() as usize).min(bytes.len());
                while at < bytes.len() && matches!(bytes[at], b'\n' | b'\r') {
                    at += 1;
                }
                if at >= counted_to {
                    counted_line += bytes[counted_to..at]
                        .iter()
                        .filter(|b| **b == b'\n')
                        .count() as u64;
                    counted_to = at;
                }
                counted_line
            }
            None => last_line + 1,
        };
        last_line = line;
        if record.iter().all(|f| f.is_empty()) {
            continue;
        }
        let mut fields = Vec::with_capacity(record.len());
        let mut utf8 = true;
        for f in record.iter() {
            match std::str::from_utf8(f) {
                Ok(s) => fields.push(s.to_string()),
                Err(_) => {
                    utf8 = false;
                    fields.push(String::from_utf8_lossy(f).into_owned());
                }
            }
        }
        if !utf8 {
            problems.push((line, fields.first().cloned().unwrap_or_default()));
        }
        rows.push(RawRow { line, fields });
    }
    Ok((rows, problems))
}

fn csv_error(e: &csv::Error, line: Option<u64>) -> CliError {
    let line = e.position().map(|p| p.line()).or(line);
    let detail = match e.kind() {
        csv::ErrorKind::Io(io) => io.to_string(),
        csv::ErrorKind::Utf8 { .. } => "UTF-8".to_string(),
        _ => String::from("CSV"),
    };
    CliError::Csv { line, detail }
}

#[cfg(test)]
mod tests {
    use super::*;

    const H: &str = "nip,nama,gelar_depan,gelar_belakang,jenis,golongan,jabatan,jenis_jabatan,unit,nip_atasan,status";

    #[test]
    fn reads_rows_with_their_line_numbers_and_quoted_commas() {
        let text = format!(
            "\u{feff}{H}\n198001012005011001,Yohanes,,\"S.Sos., M.Si.\",PNS,IV/a,Kepala,Administrator,Kantor,,aktif\n\n\
             198503152010012002,\"Maria\nKaize\",,,PNS,III/d,Kasi,Pengawas,Kantor,198001012005011001,aktif\n"
        );
        let (rows, problems) = read_rows(text.as_bytes()).unwrap();
        assert!(problems.is_empty());
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].line, 2);
        assert_eq!(rows[0].fields[3], "S.Sos., M.Si.");
        assert_eq!(rows[1].line, 4);
        assert_eq!(rows[1].fields.len(), 11);
    }

    #[test]
    fn semicolons_and_header_case_are_accepted() {
        let text = format!(
            "{}\n1;2;3;4;5;6;7;8;9;10;11\n",
            H.replace(',', ";").to_uppercase()
        );
        let (rows, _) = read_rows(text.as_bytes()).unwrap();
        assert_eq!(rows[0].fields.len(), 11);
    }

    #[test]
    fn wrong_header_is_refused_and_non_utf8_rows_are_reported() {
        assert!(matches!(
            read_rows(b"nip,nama\n1,2\n"),
            Err(CliError::CsvHeader { .. })
        ));
        let mut bytes = format!("{H}\n").into_bytes();
        bytes.extend_from_slice(
            b"198001012005011001,Yohan\xe9s,,,PNS,IV/a,K,Administrator,U,,aktif\n",
        );
        let (rows, problems) = read_rows(&bytes).unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(problems[0].line, 2);
        assert_eq!(problems[0].problem, RowProblem::NotUtf8);
    }
}
