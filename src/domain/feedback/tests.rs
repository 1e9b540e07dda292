//! Tests of the dialog kinerja rules, cell by cell.

use chrono::NaiveDate;

use super::*;
use crate::domain::plan::{Period, PeriodState, Segmentation};
use crate::domain::EmployeeId;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

const EMP: EmployeeId = EmployeeId(7);
const BOSS: EmployeeId = EmployeeId(2);

fn follow_up(item: &str, due: Option<NaiveDate>) -> FollowUp {
    FollowUp {
        item: item.into(),
        competence: "Analisis data".into(),
        method: "coaching".into(),
        when: "Maret".into(),
        employee_part: "belajar".into(),
        appraiser_part: "membimbing".into(),
        due,
        ..FollowUp::default()
    }
}

fn session(id: u32, date: NaiveDate, fus: Vec<FollowUp>) -> Session {
    Session {
        id,
        situation: "Laporan terlambat".into(),
        follow_ups: fus,
        ..Session::new(date, SessionKind::Monitoring, BOSS)
    }
}

fn review(on: NaiveDate, achieved: bool, next: Option<NaiveDate>) -> FollowUpReview {
    FollowUpReview {
        on,
        achieved,
        explanation: "belum".into(),
        next_plan: "ulang".into(),
        next_review: next,
    }
}

fn note(id: u32, date: NaiveDate, text: &str) -> QuickNote {
    QuickNote {
        id,
        date,
        author: BOSS,
        tone: NoteTone::Positive,
        text: text.into(),
        topic: None,
    }
}

fn year_with(year: i32, sessions: Vec<Session>, notes: Vec<QuickNote>) -> FeedbackYear {
    let mut y = FeedbackYear::new(EMP, year);
    for s in sessions {
        y.put_session(s);
    }
    for n in notes {
        y.put_note(n);
    }
    y.next_id = 100;
    y
}

#[test]
fn kind_and_status_codes_read_back() {
    assert_eq!(SessionKind::ALL.len(), 6);
    for k in SessionKind::ALL {
        assert_eq!(SessionKind::parse(&k.code().to_uppercase()), Some(k));
    }
    assert_eq!(
        SessionKind::parse(" Konseling "),
        Some(SessionKind::Counseling)
    );
    assert_eq!(
        SessionKind::parse("pemantauan"),
        Some(SessionKind::Monitoring)
    );
    assert_eq!(SessionKind::parse("rapat"), None);
    assert_eq!(
        FollowUpStatus::parse("TIDAK_TERCAPAI"),
        Some(FollowUpStatus::NotAchieved)
    );
    assert_eq!(
        FollowUpStatus::parse("tidak tercapai"),
        Some(FollowUpStatus::NotAchieved)
    );
    assert_eq!(FollowUpStatus::parse("terbuka"), Some(FollowUpStatus::Open));
    assert_eq!(
        FollowUpStatus::parse("tercapai"),
        Some(FollowUpStatus::Achieved)
    );
    assert_eq!(FollowUpStatus::parse("selesai"), None);
}

#[test]
fn status_follows_the_review() {
    let mut f = follow_up("a", None);
    assert_eq!(f.status(), FollowUpStatus::Open);
    f.review = Some(review(d(2026, 3, 1), true, None));
    assert_eq!(f.status(), FollowUpStatus::Achieved);
    f.review = Some(review(d(2026, 3, 1), false, None));
    assert_eq!(f.status(), FollowUpStatus::NotAchieved);
}

#[test]
fn entries_keep_date_then_id_order_and_ids_are_fresh() {
    let mut y = FeedbackYear::new(EMP, 2026);
    let a = y.take_id();
    let b = y.take_id();
    assert_eq!((a, b), (1, 2));
    y.put_session(session(b, d(2026, 2, 1), vec![]));
    y.put_session(session(a, d(2026, 3, 1), vec![]));
    y.put_session(session(5, d(2026, 2, 1), vec![]));
    let order: Vec<u32> = y.sessions.iter().map(|s| s.id).collect();
    assert_eq!(order, [2, 5, 1]);
    // An id above next_id in the record is never handed out again.
    assert_eq!(y.take_id(), 6);
    // Replacing keeps one entry per id, re-sorted by its new date.
    y.put_session(session(5, d(2026, 4, 1), vec![]));
    let order: Vec<u32> = y.sessions.iter().map(|s| s.id).collect();
    assert_eq!(order, [2, 1, 5]);
    assert!(y.remove_session(1));
    assert!(!y.remove_session(1));
}

#[test]
fn session_validation_cell_by_cell() {
    let today = d(2026, 5, 10);
    let ok = session(0, today, vec![follow_up("Pelatihan", Some(today))]);
    assert_eq!(check_session(&ok, today), []);
    let tomorrow = session(0, d(2026, 5, 11), vec![]);
    assert_eq!(
        check_session(&tomorrow, today),
        [FeedbackError::DateInFuture]
    );
    let mut s = session(0, d(2026, 5, 1), vec![]);
    s.situation = "  \n ".into();
    assert_eq!(check_session(&s, today), [FeedbackError::EmptySituation]);
    let s = session(
        0,
        d(2026, 5, 1),
        vec![
            follow_up("ok", Some(d(2026, 5, 1))),
            follow_up(" ", None),
            follow_up("late", Some(d(2026, 4, 30))),
        ],
    );
    assert_eq!(
        check_session(&s, today),
        [
            FeedbackError::EmptyFollowUpItem { index: 1 },
            FeedbackError::DueBeforeSession { index: 2 }
        ]
    );
}

#[test]
fn note_validation_cell_by_cell() {
    let today = d(2026, 5, 10);
    assert_eq!(check_note(&note(0, today, "Rapi sekali"), today), []);
    assert_eq!(
        check_note(&note(0, today, "   "), today),
        [FeedbackError::EmptyNote]
    );
    assert_eq!(
        check_note(&note(0, today, "satu\ndua"), today),
        [FeedbackError::NoteNotOneLine]
    );
    assert_eq!(
        check_note(&note(0, today, "tab\there"), today),
        [FeedbackError::NoteNotOneLine]
    );
    assert_eq!(
        check_note(&note(0, d(2026, 5, 11), "besok"), today),
        [FeedbackError::DateInFuture]
    );
}

#[test]
fn review_rules() {
    let today = d(2026, 5, 10);
    let f = follow_up("a", None);
    let sd = d(2026, 3, 1);
    assert_eq!(
        check_review(&f, &review(today, false, Some(today)), sd, today),
        Ok(())
    );
    assert_eq!(
        check_review(&f, &review(d(2026, 5, 11), true, None), sd, today),
        Err(FeedbackError::DateInFuture)
    );
    assert_eq!(
        check_review(&f, &review(d(2026, 2, 28), true, None), sd, today),
        Err(FeedbackError::BeforeSession)
    );
    assert_eq!(
        check_review(&f, &review(today, false, Some(d(2026, 5, 9))), sd, today),
        Err(FeedbackError::NextReviewBeforeReview)
    );
    let mut carried = f.clone();
    carried.carried_to = Some(FollowUpRef {
        year: 2026,
        session: 9,
        index: 0,
    });
    assert_eq!(
        check_review(&carried, &review(today, true, None), sd, today),
        Err(FeedbackError::AlreadyCarried)
    );
}

#[test]
fn carry_over_copies_unachieved_once_with_refs_both_ways() {
    let mut not_achieved = follow_up("Kuasai SPSS", Some(d(2025, 11, 30)));
    not_achieved.review = Some(review(d(2025, 12, 5), false, Some(d(2026, 2, 15))));
    let mut no_next = follow_up("Tulis SOP", Some(d(2025, 12, 20)));
    no_next.review = Some(review(d(2025, 12, 21), false, None));
    let mut achieved = follow_up("Ikut diklat", Some(d(2025, 12, 1)));
    achieved.review = Some(review(d(2025, 12, 2), true, None));
    let open = follow_up("Baca regulasi", Some(d(2026, 1, 31)));
    let last_year = year_with(
        2025,
        vec![session(
            4,
            d(2025, 11, 1),
            vec![not_achieved, achieved, no_next, open],
        )],
        vec![],
    );
    let this_year = FeedbackYear::new(EMP, 2026);
    let mut new = session(1, d(2026, 1, 10), vec![follow_up("Baru", None)]);

    let changed = carry_over(&[last_year.clone(), this_year], &mut new);

    // The new session: its own follow-up, then the two unachieved ones, in order.
    let items: Vec<&str> = new.follow_ups.iter().map(|f| f.item.as_str()).collect();
    assert_eq!(items, ["Baru", "Kuasai SPSS", "Tulis SOP"]);
    let spss = &new.follow_ups[1];
    let from = FollowUpRef {
        year: 2025,
        session: 4,
        index: 0,
    };
    assert_eq!(spss.carried_from, Some(from));
    assert_eq!(spss.due, Some(d(2026, 2, 15)), "due from the next review");
    assert_eq!(spss.review, None);
    assert_eq!(spss.competence, "Analisis data");
    assert_eq!(spss.appraiser_part, "membimbing");
    assert_eq!(
        new.follow_ups[2].due,
        Some(d(2025, 12, 20)),
        "else the old due"
    );
    assert_eq!(
        new.follow_ups[2].carried_from,
        Some(FollowUpRef {
            year: 2025,
            session: 4,
            index: 2
        })
    );
    // Only last year's record changed; the originals point at their copies.
    assert_eq!(changed.len(), 1);
    let back = &changed[0];
    assert_eq!(back.year, 2025);
    let to = |index| {
        Some(FollowUpRef {
            year: 2026,
            session: 1,
            index,
        })
    };
    assert_eq!(back.follow_up(&from).unwrap().carried_to, to(1));
    let s = back.session(4).unwrap();
    assert_eq!(s.follow_ups[2].carried_to, to(2));
    assert_eq!(s.follow_ups[1].carried_to, None, "achieved: not carried");
    assert_eq!(s.follow_ups[3].carried_to, None, "open: not carried");

    // Once: a later session carries nothing more.
    let mut later = session(2, d(2026, 2, 1), vec![]);
    let again = carry_over(&changed, &mut later);
    assert!(again.is_empty());
    assert!(later.follow_ups.is_empty());
}

#[test]
fn carry_over_skips_reviews_after_the_new_session_and_the_session_itself() {
    let mut fu = follow_up("x", None);
    fu.review = Some(review(d(2026, 3, 5), false, None));
    let y = year_with(2026, vec![session(1, d(2026, 3, 1), vec![fu])], vec![]);
    // A session dated before the review (typed in late) does not take it.
    let mut earlier = session(2, d(2026, 3, 4), vec![]);
    assert!(carry_over(std::slice::from_ref(&y), &mut earlier).is_empty());
    // The session itself (edited) never carries its own follow-ups.
    let mut same = y.session(1).unwrap().clone();
    same.date = d(2026, 3, 10);
    assert!(carry_over(std::slice::from_ref(&y), &mut same).is_empty());
    // The next session on the review's day does.
    let mut next = session(3, d(2026, 3, 5), vec![]);
    assert_eq!(carry_over(&[y], &mut next).len(), 1);
    assert_eq!(next.follow_ups.len(), 1);
}

#[test]
fn due_and_overdue_boundaries() {
    let today = d(2026, 5, 10);
    let fus = vec![
        follow_up("yesterday", Some(d(2026, 5, 9))),
        follow_up("today", Some(today)),
        follow_up("day 14", Some(d(2026, 5, 24))),
        follow_up("day 15", Some(d(2026, 5, 25))),
        follow_up("no due", None),
        {
            let mut f = follow_up("reviewed", Some(d(2026, 5, 1)));
            f.review = Some(review(d(2026, 5, 2), true, None));
            f
        },
        {
            let mut f = follow_up("not achieved", Some(d(2026, 5, 1)));
            f.review = Some(review(d(2026, 5, 2), false, None));
            f
        },
        follow_up("long ago", Some(d(2026, 1, 2))),
    ];
    let y = year_with(2026, vec![session(1, d(2026, 1, 1), fus)], vec![]);
    let due = due_follow_ups(std::slice::from_ref(&y), today, DUE_WINDOW_DAYS);
    let got: Vec<(&str, bool)> = due
        .iter()
        .map(|(_, f, overdue)| (f.item.as_str(), *overdue))
        .collect();
    assert_eq!(
        got,
        [
            ("long ago", true),
            ("yesterday", true),
            ("today", false),
            ("day 14", false)
        ]
    );
    assert_eq!(due[0].0.index, 7);
    assert_eq!(y.open_follow_ups().len(), 6);
}

#[test]
fn feedback_in_segment_boundaries() {
    let from = d(2026, 4, 1);
    let up_to = d(2026, 5, 10);
    let on_start = year_with(2026, vec![session(1, from, vec![])], vec![]);
    assert!(has_feedback(Some(&on_start), false, from, up_to));
    let day_after = year_with(2026, vec![session(1, d(2026, 5, 11), vec![])], vec![]);
    assert!(!has_feedback(Some(&day_after), false, from, up_to));
    let day_before = year_with(2026, vec![session(1, d(2026, 3, 31), vec![])], vec![]);
    assert!(!has_feedback(Some(&day_before), false, from, up_to));
    let on_up_to = year_with(2026, vec![], vec![note(1, up_to, "bagus")]);
    assert!(
        has_feedback(Some(&on_up_to), false, from, up_to),
        "a note counts"
    );
    assert!(
        has_feedback(None, true, from, up_to),
        "realisation feedback counts"
    );
    assert!(!has_feedback(None, false, from, up_to));
    assert_eq!(on_up_to.entries_in(from, up_to), 1);
}

#[test]
fn acknowledgement_and_lock() {
    let today = d(2026, 5, 10);
    let mut s = session(1, d(2026, 5, 1), vec![follow_up("a", None)]);
    assert!(s.unacknowledged());
    assert_eq!(
        acknowledge(&mut s, Party::Employee, d(2026, 4, 30), today),
        Err(FeedbackError::BeforeSession)
    );
    assert_eq!(
        acknowledge(&mut s, Party::Employee, d(2026, 5, 11), today),
        Err(FeedbackError::DateInFuture)
    );
    assert_eq!(acknowledge(&mut s, Party::Employee, today, today), Ok(()));
    assert_eq!(
        acknowledge(&mut s, Party::Employee, today, today),
        Err(FeedbackError::AlreadyAcknowledged)
    );
    assert!(!s.locked() && !s.unacknowledged());
    let old = s.clone();
    let mut edited = s.clone();
    edited.situation = "diubah".into();
    assert_eq!(
        check_edit(&old, &edited),
        Ok(()),
        "one party: still editable"
    );
    assert_eq!(acknowledge(&mut s, Party::Appraiser, today, today), Ok(()));
    assert!(s.locked());
    let mut edited = s.clone();
    edited.situation = "diubah".into();
    assert_eq!(check_edit(&s, &edited), Err(FeedbackError::Locked));
    let mut reviewed = s.clone();
    reviewed.follow_ups[0].review = Some(review(today, true, None));
    assert_eq!(check_edit(&s, &reviewed), Ok(()), "reviews stay open");
}

fn period(year: i32) -> Period {
    Period {
        year,
        segmentation: Segmentation::Quarterly,
        state: PeriodState::Running,
        plan_deadline: d(year, 1, 31),
        evaluation_deadline: d(year + 1, 1, 31),
    }
}

#[test]
fn segments_around_a_day() {
    let (cur, last) = segments_around(&period(2026), &period(2025), d(2026, 5, 10)).unwrap();
    assert_eq!(
        (cur.number, cur.from, cur.to),
        (2, d(2026, 4, 1), d(2026, 6, 30))
    );
    assert_eq!((last.number, last.from), (1, d(2026, 1, 1)));
    // In January the last ended segment is the previous year's last.
    let (cur, last) = segments_around(&period(2026), &period(2025), d(2026, 1, 5)).unwrap();
    assert_eq!(cur.number, 1);
    assert_eq!(
        (last.number, last.from, last.to),
        (4, d(2025, 10, 1), d(2025, 12, 31))
    );
    assert!(segments_around(&period(2026), &period(2025), d(2027, 1, 5)).is_none());
}

#[test]
fn agenda_of_three_reports() {
    let on = d(2026, 5, 10);
    let seg = d(2026, 4, 1);
    let a = EmployeeId(10);
    let b = EmployeeId(11);
    let c = EmployeeId(12);
    let mut ya = FeedbackYear::new(a, 2026);
    ya.put_session(session(
        1,
        d(2026, 4, 2),
        vec![
            follow_up("soon", Some(d(2026, 5, 20))),
            follow_up("late", Some(d(2026, 5, 1))),
        ],
    ));
    let mut yb_last = FeedbackYear::new(b, 2025);
    yb_last.put_session(session(
        3,
        d(2025, 12, 1),
        vec![follow_up("old", Some(d(2026, 1, 5)))],
    ));
    let facts = vec![
        AgendaFacts {
            employee: a,
            years: vec![ya],
            realisation_feedback: false,
            plan: PlanStatus::Approved,
            evaluation: EvaluationStatus::Signed,
        },
        AgendaFacts {
            employee: b,
            years: vec![yb_last],
            realisation_feedback: false,
            plan: PlanStatus::NotApproved,
            evaluation: EvaluationStatus::Draft,
        },
        AgendaFacts {
            employee: c,
            years: vec![],
            realisation_feedback: true,
            plan: PlanStatus::Missing,
            evaluation: EvaluationStatus::Missing,
        },
    ];
    let ag = agenda(on, seg, &facts, vec![EmployeeId(30)]);
    let items: Vec<(EmployeeId, &str, bool)> = ag
        .follow_ups
        .iter()
        .map(|i| (i.employee, i.item.as_str(), i.overdue))
        .collect();
    assert_eq!(
        items,
        [(b, "old", true), (a, "late", true), (a, "soon", false)]
    );
    assert_eq!(ag.follow_ups[0].due, d(2026, 1, 5));
    assert_eq!(
        ag.follow_ups[0].follow_up,
        FollowUpRef {
            year: 2025,
            session: 3,
            index: 0
        }
    );
    assert_eq!(
        ag.no_feedback,
        [b],
        "a had a session, c realisation feedback"
    );
    assert_eq!(ag.plans_not_approved, [b, c]);
    assert_eq!(ag.evaluations_unsigned, [b, c]);
    assert_eq!(ag.objections_waiting, [EmployeeId(30)]);
}

#[test]
fn audit_summary_names_what_changed() {
    let before = year_with(
        2026,
        vec![session(1, d(2026, 3, 1), vec![follow_up("a", None)])],
        vec![],
    );
    let mut after = before.clone();
    after.session_mut(1).unwrap().acknowledged_by_employee = Some(d(2026, 3, 2));
    after.session_mut(1).unwrap().follow_ups[0].review = Some(review(d(2026, 3, 3), false, None));
    after.put_note(note(2, d(2026, 3, 4), "bagus"));
    after.put_session(session(3, d(2026, 3, 5), vec![]));
    let person = crate::domain::plan_audit::PersonRef {
        employee: EMP,
        name: "Budi".into(),
        nip: crate::domain::Nip::parse("198503122010011002", crate::domain::EmployeeKind::Pns)
            .unwrap(),
    };
    let a = FeedbackAudit::between(Some(&before), &after, person);
    assert_eq!(
        a.events,
        [
            FeedbackEvent::Acknowledged {
                id: 1,
                by_employee: true
            },
            FeedbackEvent::FollowUpReviewed {
                at: FollowUpRef {
                    year: 2026,
                    session: 1,
                    index: 0
                },
                achieved: false
            },
            FeedbackEvent::SessionAdded {
                id: 3,
                date: d(2026, 3, 5),
                kind: SessionKind::Monitoring
            },
            FeedbackEvent::NoteAdded {
                id: 2,
                date: d(2026, 3, 4),
                tone: NoteTone::Positive
            },
        ]
    );
}

#[test]
fn an_edit_keeps_what_only_other_commands_change() {
    let today = d(2026, 5, 10);
    let mut old = session(
        3,
        d(2026, 5, 1),
        vec![follow_up("a", None), follow_up("b", None)],
    );
    old.follow_ups[0].review = Some(review(d(2026, 5, 2), false, None));
    old.follow_ups[0].carried_to = Some(FollowUpRef {
        year: 2026,
        session: 4,
        index: 0,
    });
    acknowledge(&mut old, Party::Employee, today, today).unwrap();
    let mut new = old.clone();
    new.id = 99;
    new.appraiser = EmployeeId(50);
    new.acknowledged_by_employee = None;
    new.situation = "baru".into();
    new.follow_ups[0].item = "a diubah".into();
    new.follow_ups[0].review = None;
    new.follow_ups[0].carried_to = None;
    new.follow_ups.pop();
    let mut added = follow_up("c", None);
    added.review = Some(review(today, true, None));
    added.carried_from = old.follow_ups[0].carried_to;
    new.follow_ups.push(added);
    let merged = merge_edit(&old, new).unwrap();
    assert_eq!(merged.id, 3);
    assert_eq!(merged.appraiser, BOSS);
    assert_eq!(merged.acknowledged_by_employee, Some(today));
    assert_eq!(merged.situation, "baru");
    assert_eq!(merged.follow_ups[0].item, "a diubah");
    assert_eq!(merged.follow_ups[0].review, old.follow_ups[0].review);
    assert_eq!(
        merged.follow_ups[0].carried_to,
        old.follow_ups[0].carried_to
    );
    // Index 1 now holds "c": it takes index 1's stored (empty) review and links.
    assert_eq!(merged.follow_ups[1].item, "c");
    assert_eq!(merged.follow_ups[1].review, None);
    assert_eq!(merged.follow_ups[1].carried_from, None);
    // A linked follow-up may not disappear.
    let mut shorter = old.clone();
    shorter.follow_ups.clear();
    assert_eq!(
        merge_edit(&old, shorter),
        Err(FeedbackError::LinkedFollowUp { index: 0 })
    );
    // Nor may its session be deleted; an unacknowledged, unlinked one may.
    let mut unacked = old.clone();
    unacked.acknowledged_by_employee = None;
    assert_eq!(
        check_delete(&unacked),
        Err(FeedbackError::LinkedFollowUp { index: 0 })
    );
    assert_eq!(check_delete(&old), Err(FeedbackError::Acknowledged));
    unacked.follow_ups[0].carried_to = None;
    assert_eq!(check_delete(&unacked), Ok(()));
}
