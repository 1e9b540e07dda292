//! Kepegawaian: the employee register's types and rules (NIP, golongan, jabatan, unit kerja,
//! the register's checks and text limits).

pub mod employee;
pub mod grade;
pub mod limits;
pub mod nip;
pub mod position;
pub mod rules;
pub mod unit;
