//! The Riwayat tab's fixed texts as values (`T::History`), worded in `i18n/history.rs`.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryText {
    Title,
    Loading,
    NoPerson,
    NoEntries,
    NoMatches,
    AllYears,
    AllKinds,
    Year,
    Kind,
    Search,
    ChartGrades,
    ChartFeedback,
    NoGrades,
    Hint,
    HintSearch,
    KeyOpen,
    KeyPrevPerson,
    KeyNextPerson,
    KeyOlderYear,
    KeyNewerYear,
    KeyKind,
    KeySearch,
    KeyHistory,
}
