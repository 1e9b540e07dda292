//! A yes/no question (Indonesian: *konfirmasi*): what to ask, about whom, and what a yes does
//! (the shell's `OnYes`).

use super::text::T;

#[derive(Clone, Debug)]
pub struct Confirm<OnYes> {
    pub question: T,
    /// Who or what the question is about, after the question (a name).
    pub subject: Option<String>,
    pub on_yes: OnYes,
}
