//! Maximum lengths of the register's text fields (*batas panjang isian*), in characters.
//!
//! Chosen to hold what official records hold, and to keep screens and CSV files readable:
//! - nama 100: the name fields of the national civil-service records (BKN's SAPK/SIASN) are
//!   about this size; a name longer than that could not be written there anyway;
//! - gelar depan 30, gelar belakang 60: several degrees in a row (`S.Kep., Ns., M.Kep.,
//!   Sp.Kep.MB.`) stay well inside;
//! - jabatan 150 and unit name 150: the longest nomenclature of functional positions and of
//!   units (`Seksi Pelayanan Umum dan Kependudukan ...`) with room to spare;
//! - email 100: RFC 5321 allows a path of 254, but no office address comes near it, and the
//!   detail pane and exports stay readable;
//! - telepon 20: E.164 has at most 15 digits, plus `+`, spaces and dashes.

use crate::domain::rules::Field;
use crate::domain::Employee;

pub const NAME: usize = 100;
pub const FRONT_TITLE: usize = 30;
pub const BACK_TITLE: usize = 60;
pub const POSITION: usize = 150;
pub const UNIT_NAME: usize = 150;
pub const EMAIL: usize = 100;
pub const PHONE: usize = 20;

/// The longest value `field` may hold, if it has a limit.
pub fn max_chars(field: Field) -> Option<usize> {
    Some(match field {
        Field::Name => NAME,
        Field::FrontTitle => FRONT_TITLE,
        Field::BackTitle => BACK_TITLE,
        Field::Position => POSITION,
        Field::UnitName => UNIT_NAME,
        Field::Email => EMAIL,
        Field::Phone => PHONE,
        _ => return None,
    })
}

/// `Some((max, len))` when `value` is longer than `field` allows.
pub fn too_long(field: Field, value: &str) -> Option<(usize, usize)> {
    let max = max_chars(field)?;
    let len = value.trim().chars().count();
    (len > max).then_some((max, len))
}

/// The text fields of an employee that are too long: `(field, max, len)`.
pub fn employee_overruns(e: &Employee) -> Vec<(Field, usize, usize)> {
    [
        (Field::FrontTitle, e.name.front_title.as_str()),
        (Field::Name, e.name.name.as_str()),
        (Field::BackTitle, e.name.back_title.as_str()),
        (Field::Position, e.position.as_str()),
        (Field::Phone, e.phone.as_str()),
        (Field::Email, e.email.as_str()),
    ]
    .into_iter()
    .filter_map(|(f, v)| too_long(f, v).map(|(max, len)| (f, max, len)))
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The limits as documented in the README, field by field.
    #[test]
    fn each_field_has_its_documented_limit() {
        for (field, max) in [
            (Field::Name, 100),
            (Field::FrontTitle, 30),
            (Field::BackTitle, 60),
            (Field::Position, 150),
            (Field::UnitName, 150),
            (Field::Email, 100),
            (Field::Phone, 20),
        ] {
            assert_eq!(max_chars(field), Some(max), "{field:?}");
            assert_eq!(
                too_long(field, &"a".repeat(max)),
                None,
                "{field:?} at the limit"
            );
            assert_eq!(
                too_long(field, &"a".repeat(max + 1)),
                Some((max, max + 1)),
                "{field:?} one over"
            );
        }
        assert_eq!(max_chars(Field::Nip), None);
    }

    #[test]
    fn characters_are_counted_not_bytes() {
        // 100 characters of two bytes each are within the name's limit.
        assert_eq!(too_long(Field::Name, &"é".repeat(100)), None);
        assert_eq!(too_long(Field::Name, &"王".repeat(101)), Some((100, 101)));
    }
}
