//! Issue 9 on the command path: who may write, acknowledge and read feedback sessions and
//! notes; carry-over of unachieved follow-ups through the commands (within a year and across
//! years); the agenda of the small office.
//!
//! The office (tests/common): Yohanes (1) heads the district; Maria (2) heads the section and
//! reports to Yohanes; Daniel (3) and Siti (4) report to Maria; Agus (5) reports to Yohanes.
//! Today is 28/11/2026 (segments: quarters, so the current one is 1/10-31/12).

mod common;

use chrono::NaiveDate;
use kinerja::app::feedback::{query, Command as F, Done, Refusal, Step};
use kinerja::app::{Command, CommandError, Outcome, Services};
use kinerja::domain::feedback::{
    FeedbackError, FeedbackEvent, FeedbackYear, FollowUp, FollowUpRef, FollowUpReview, NoteTone,
    Party, QuickNote, Session, SessionKind,
};
use kinerja::domain::review::ReviewKind;
use kinerja::domain::{ActingAssignment, EmployeeId, Rating, RecordKind, Role, Viewer};

const YOHANES: u64 = 1;
const MARIA: u64 = 2;
const DANIEL: u64 = 3;
const SITI: u64 = 4;
const AGUS: u64 = 5;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn office() -> (tempfile::TempDir, Services) {
    let dir = tempfile::tempdir().unwrap();
    let s = common::services_with_office(&dir.path().join("db"));
    (dir, s)
}

fn as_employee(s: &mut Services, emp: u64) {
    let acting = s.store.acting_of(EmployeeId(emp)).unwrap();
    s.viewer = Some(Viewer {
        role: Role::Appraiser,
        employee: Some(EmployeeId(emp)),
        acting,
    });
}

fn as_admin(s: &mut Services) {
    s.viewer = Some(Viewer {
        role: Role::Admin,
        employee: None,
        acting: Vec::new(),
    });
}

fn run(s: &mut Services, c: F) -> Result<Done, Refusal> {
    match s.execute(Command::Feedback(c)) {
        Ok(Outcome::Feedback(d)) => Ok(d),
        Err(CommandError::Feedback(r)) => Err(r),
        other => panic!("unexpected {other:?}"),
    }
}

fn fu(item: &str, due: Option<NaiveDate>) -> FollowUp {
    FollowUp {
        item: item.into(),
        competence: "Manajemen waktu".into(),
        method: "coaching".into(),
        when: "November".into(),
        employee_part: "menyusun jadwal".into(),
        appraiser_part: "memeriksa tiap pekan".into(),
        due,
        ..FollowUp::default()
    }
}

fn session(date: NaiveDate, follow_ups: Vec<FollowUp>) -> Session {
    Session {
        situation: "Laporan bulanan sering terlambat.".into(),
        follow_ups,
        ..Session::new(date, SessionKind::Coaching, EmployeeId(0))
    }
}

fn save(s: &mut Services, emp: u64, sess: Session) -> Result<Done, Refusal> {
    run(
        s,
        F::SaveSession {
            employee: EmployeeId(emp),
            year: 2026,
            session: sess,
        },
    )
}

fn stored(s: &Services, emp: u64, year: i32) -> FeedbackYear {
    s.store
        .feedback_year(EmployeeId(emp), year)
        .unwrap()
        .expect("feedback stored")
}

fn review(on: NaiveDate, achieved: bool, next: Option<NaiveDate>) -> FollowUpReview {
    FollowUpReview {
        on,
        achieved,
        explanation: "jadwal belum dipakai".into(),
        next_plan: "pendampingan".into(),
        next_review: next,
    }
}

fn note(date: NaiveDate, text: &str) -> QuickNote {
    QuickNote {
        id: 0,
        date,
        author: EmployeeId(0),
        tone: NoteTone::Positive,
        text: text.into(),
        topic: None,
    }
}

#[test]
fn only_the_appraiser_writes_and_the_line_reads() {
    let (_dir, mut s) = office();
    as_employee(&mut s, MARIA);
    let done = save(&mut s, DANIEL, session(d(2026, 11, 20), vec![])).unwrap();
    assert_eq!(done.step, Step::SessionSaved { created: true });
    assert_eq!(done.id, Some(1));
    assert_eq!(done.revision, 1);
    let y = stored(&s, DANIEL, 2026);
    assert_eq!(y.sessions[0].appraiser, EmployeeId(MARIA));
    assert_eq!(y.next_id, 2);

    // Not the direct supervisor: not the employee themself, nor the one above, nor a peer.
    for who in [DANIEL, YOHANES, SITI] {
        as_employee(&mut s, who);
        assert_eq!(
            save(&mut s, DANIEL, session(d(2026, 11, 21), vec![])),
            Err(Refusal::NotAppraiser),
            "{who}"
        );
    }
    as_admin(&mut s);
    assert_eq!(
        save(&mut s, DANIEL, session(d(2026, 11, 21), vec![])),
        Err(Refusal::AdminWritesNobody)
    );
    // A Plt acting for Maria writes for her reports while the assignment covers the day.
    s.viewer = None;
    s.execute(Command::SaveActing {
        acting: ActingAssignment {
            id: 0,
            acting: EmployeeId(AGUS),
            for_supervisor: EmployeeId(MARIA),
            from: d(2026, 11, 1),
            to: d(2026, 12, 31),
            revision: 0,
        },
        reason: "SK Plt".into(),
    })
    .unwrap();
    as_employee(&mut s, AGUS);
    run(
        &mut s,
        F::AddNote {
            employee: EmployeeId(SITI),
            note: note(d(2026, 11, 22), "Data rapi dan tepat waktu"),
        },
    )
    .unwrap();
    let siti = stored(&s, SITI, 2026);
    assert_eq!(siti.notes[0].author, EmployeeId(AGUS));
    assert_eq!(siti.notes[0].id, 1);

    // Reading: the line and the employee; a peer no; admins all.
    let reg = &s.register;
    let today = d(2026, 11, 28);
    let viewer = |emp: u64| Viewer {
        role: Role::Appraiser,
        employee: Some(EmployeeId(emp)),
        acting: Vec::new(),
    };
    let daniel = EmployeeId(DANIEL);
    assert!(query::may_view(Some(&viewer(MARIA)), reg, daniel, today));
    assert!(query::may_view(Some(&viewer(YOHANES)), reg, daniel, today));
    assert!(query::may_view(Some(&viewer(DANIEL)), reg, daniel, today));
    assert!(!query::may_view(Some(&viewer(SITI)), reg, daniel, today));
    assert!(!query::may_view(Some(&viewer(AGUS)), reg, daniel, today));
    as_admin(&mut s);
    assert_eq!(query::sessions_of(&s, daniel).unwrap().len(), 1);
    as_employee(&mut s, SITI);
    assert!(matches!(
        query::sessions_of(&s, daniel),
        Err(CommandError::Forbidden)
    ));
    assert!(matches!(
        query::notes_in(&s, daniel, d(2026, 1, 1), d(2026, 12, 31)),
        Err(CommandError::Forbidden)
    ));
    let own = query::notes_in(&s, EmployeeId(SITI), d(2026, 11, 22), d(2026, 11, 22)).unwrap();
    assert_eq!(own.notes.len(), 1);
    let none = query::notes_in(&s, EmployeeId(SITI), d(2026, 11, 23), d(2026, 12, 31)).unwrap();
    assert!(none.notes.is_empty());
}

#[test]
fn both_acknowledge_then_the_session_is_read_only_except_reviews() {
    let (_dir, mut s) = office();
    as_employee(&mut s, MARIA);
    save(
        &mut s,
        DANIEL,
        session(d(2026, 11, 20), vec![fu("Jadwal", Some(d(2026, 11, 27)))]),
    )
    .unwrap();
    let ack = |s: &mut Services| {
        run(
            s,
            F::Acknowledge {
                employee: EmployeeId(DANIEL),
                year: 2026,
                session: 1,
            },
        )
    };
    as_employee(&mut s, SITI);
    assert_eq!(ack(&mut s), Err(Refusal::NotEmployeeOrAppraiser));
    as_employee(&mut s, DANIEL);
    assert_eq!(
        ack(&mut s).unwrap().step,
        Step::Acknowledged(Party::Employee)
    );
    assert_eq!(
        ack(&mut s),
        Err(Refusal::Invalid(vec![FeedbackError::AlreadyAcknowledged]))
    );
    as_employee(&mut s, MARIA);
    // Acknowledged by someone: not deleted.
    assert_eq!(
        run(
            &mut s,
            F::DeleteSession {
                employee: EmployeeId(DANIEL),
                year: 2026,
                id: 1
            }
        ),
        Err(Refusal::Invalid(vec![FeedbackError::Acknowledged]))
    );
    assert_eq!(
        ack(&mut s).unwrap().step,
        Step::Acknowledged(Party::Appraiser)
    );
    let s1 = stored(&s, DANIEL, 2026).sessions[0].clone();
    assert_eq!(s1.acknowledged_by_employee, Some(d(2026, 11, 28)));
    assert_eq!(s1.acknowledged_by_appraiser, Some(d(2026, 11, 28)));
    let mut edited = s1.clone();
    edited.situation = "ditulis ulang".into();
    assert_eq!(
        save(&mut s, DANIEL, edited),
        Err(Refusal::Invalid(vec![FeedbackError::Locked]))
    );
    // The follow-up review still goes through.
    let done = run(
        &mut s,
        F::ReviewFollowUp {
            employee: EmployeeId(DANIEL),
            at: FollowUpRef {
                year: 2026,
                session: 1,
                index: 0,
            },
            review: review(d(2026, 11, 28), true, None),
        },
    )
    .unwrap();
    assert_eq!(done.step, Step::FollowUpReviewed { achieved: true });
    // The audit trail says what happened, in order.
    let events: Vec<FeedbackEvent> = s
        .store
        .audit_of_employee(EmployeeId(DANIEL))
        .unwrap()
        .iter()
        .filter(|e| e.record.kind == RecordKind::Feedback)
        .flat_map(|e| {
            serde_json::from_str::<kinerja::domain::feedback::FeedbackAudit>(
                e.after.as_deref().unwrap(),
            )
            .unwrap()
            .events
        })
        .collect();
    assert_eq!(
        events,
        [
            FeedbackEvent::SessionAdded {
                id: 1,
                date: d(2026, 11, 20),
                kind: SessionKind::Coaching
            },
            FeedbackEvent::Acknowledged {
                id: 1,
                by_employee: true
            },
            FeedbackEvent::Acknowledged {
                id: 1,
                by_employee: false
            },
            FeedbackEvent::FollowUpReviewed {
                at: FollowUpRef {
                    year: 2026,
                    session: 1,
                    index: 0
                },
                achieved: true
            },
        ]
    );
}

#[test]
fn invalid_entries_are_refused_with_every_reason() {
    let (_dir, mut s) = office();
    as_employee(&mut s, MARIA);
    let mut bad = session(d(2026, 11, 29), vec![fu(" ", Some(d(2026, 11, 28)))]);
    bad.situation = String::new();
    assert_eq!(
        save(&mut s, DANIEL, bad),
        Err(Refusal::Invalid(vec![
            FeedbackError::DateInFuture,
            FeedbackError::EmptySituation,
            FeedbackError::EmptyFollowUpItem { index: 0 },
            FeedbackError::DueBeforeSession { index: 0 },
        ]))
    );
    assert_eq!(
        run(
            &mut s,
            F::SaveSession {
                employee: EmployeeId(DANIEL),
                year: 2025,
                session: session(d(2026, 11, 1), vec![]),
            }
        ),
        Err(Refusal::WrongYear)
    );
    assert_eq!(
        run(
            &mut s,
            F::AddNote {
                employee: EmployeeId(DANIEL),
                note: note(d(2026, 11, 1), "dua\nbaris"),
            }
        ),
        Err(Refusal::Invalid(vec![FeedbackError::NoteNotOneLine]))
    );
    assert_eq!(
        s.store.feedback_year(EmployeeId(DANIEL), 2026).unwrap(),
        None
    );
}

#[test]
fn an_unachieved_follow_up_carries_over_once_within_and_across_years() {
    let (_dir, mut s) = office();
    // Last year's record, imported by the operator: a follow-up reviewed not achieved in
    // December with a next review in January.
    let mut last = FeedbackYear::new(EmployeeId(DANIEL), 2025);
    let id = last.take_id();
    let mut old = fu("Kuasai aplikasi arsip", Some(d(2025, 12, 1)));
    old.review = Some(review(d(2025, 12, 15), false, Some(d(2026, 1, 20))));
    last.put_session(Session {
        id,
        appraiser: EmployeeId(MARIA),
        ..session(d(2025, 11, 3), vec![old])
    });
    as_employee(&mut s, MARIA);
    assert_eq!(
        run(&mut s, F::ImportSessions(vec![last.clone()])),
        Err(Refusal::NotAdmin)
    );
    as_admin(&mut s);
    let done = run(&mut s, F::ImportSessions(vec![last])).unwrap();
    assert_eq!((done.step, done.imported), (Step::Imported, 1));

    as_employee(&mut s, MARIA);
    let first = save(
        &mut s,
        DANIEL,
        session(
            d(2026, 10, 5),
            vec![fu("Susun jadwal laporan", Some(d(2026, 10, 31)))],
        ),
    )
    .unwrap();
    assert_eq!(first.carried, 1, "last year's unachieved follow-up");
    let y = stored(&s, DANIEL, 2026);
    let s1 = &y.sessions[0];
    assert_eq!(s1.follow_ups.len(), 2);
    let from_2025 = FollowUpRef {
        year: 2025,
        session: 1,
        index: 0,
    };
    assert_eq!(s1.follow_ups[1].item, "Kuasai aplikasi arsip");
    assert_eq!(s1.follow_ups[1].carried_from, Some(from_2025));
    // The next review (20/01/2026) passed before this session: due on the session's day.
    assert_eq!(s1.follow_ups[1].due, Some(d(2026, 10, 5)));
    let back = stored(&s, DANIEL, 2025);
    assert_eq!(
        back.revision, 2,
        "the 2025 record was saved with the new session"
    );
    assert_eq!(
        back.follow_up(&from_2025).unwrap().carried_to,
        Some(FollowUpRef {
            year: 2026,
            session: 1,
            index: 1
        })
    );

    // Within the year: reviewed not achieved, then the next session takes it.
    let at = FollowUpRef {
        year: 2026,
        session: 1,
        index: 0,
    };
    run(
        &mut s,
        F::ReviewFollowUp {
            employee: EmployeeId(DANIEL),
            at,
            review: review(d(2026, 11, 2), false, Some(d(2026, 12, 10))),
        },
    )
    .unwrap();
    let second = save(&mut s, DANIEL, session(d(2026, 11, 20), vec![])).unwrap();
    assert_eq!((second.id, second.carried), (Some(2), 1));
    let y = stored(&s, DANIEL, 2026);
    let s2 = y.session(2).unwrap();
    assert_eq!(s2.follow_ups[0].item, "Susun jadwal laporan");
    assert_eq!(s2.follow_ups[0].carried_from, Some(at));
    assert_eq!(s2.follow_ups[0].due, Some(d(2026, 12, 10)));
    assert_eq!(s2.follow_ups[0].review, None);
    let to = FollowUpRef {
        year: 2026,
        session: 2,
        index: 0,
    };
    assert_eq!(y.follow_up(&at).unwrap().carried_to, Some(to));
    // Once: the next session carries nothing, and the original's review is final.
    let third = save(&mut s, DANIEL, session(d(2026, 11, 25), vec![])).unwrap();
    assert_eq!(third.carried, 0);
    assert_eq!(
        run(
            &mut s,
            F::ReviewFollowUp {
                employee: EmployeeId(DANIEL),
                at,
                review: review(d(2026, 11, 26), true, None),
            }
        ),
        Err(Refusal::Invalid(vec![FeedbackError::AlreadyCarried]))
    );
    // The session whose follow-up was carried on cannot be deleted (the copy points back).
    assert_eq!(
        run(
            &mut s,
            F::DeleteSession {
                employee: EmployeeId(DANIEL),
                year: 2026,
                id: 1,
            }
        ),
        Err(Refusal::Invalid(vec![FeedbackError::LinkedFollowUp {
            index: 0
        }]))
    );
    // Deleting the session that took it frees the original for the next session.
    run(
        &mut s,
        F::DeleteSession {
            employee: EmployeeId(DANIEL),
            year: 2026,
            id: 2,
        },
    )
    .unwrap();
    assert_eq!(
        stored(&s, DANIEL, 2026).follow_up(&at).unwrap().carried_to,
        None
    );
    let fourth = save(&mut s, DANIEL, session(d(2026, 11, 27), vec![])).unwrap();
    assert_eq!((fourth.id, fourth.carried), (Some(4), 1));
}

fn plan_of(s: &Services, emp: u64, state: kinerja::domain::plan::PlanState) {
    use kinerja::domain::plan::{Approach, PerformancePlan, PersonSnapshot, PlanId};
    use kinerja::domain::Directory;
    let e = s.register.employee(EmployeeId(emp)).unwrap();
    let id = PlanId(s.next_id(RecordKind::Plan).unwrap());
    let mut p = PerformancePlan::new_draft(
        id,
        2026,
        d(2026, 1, 1),
        d(2026, 12, 31),
        PersonSnapshot::of(e, s.register.unit_name(e.unit)),
        Approach::Quantitative,
    );
    p.state = state;
    s.store
        .save_plan("t", 1, p, kinerja::domain::AuditAction::Create, "")
        .unwrap();
}

#[test]
fn the_agenda_of_a_small_office() {
    use kinerja::app::reviews::command::{Command as R, ReviewInput};
    use kinerja::domain::plan::PlanState;
    let (_dir, mut s) = office();
    let today = d(2026, 11, 28);
    as_employee(&mut s, MARIA);
    // Daniel: feedback this segment, three follow-ups (overdue, the 14th day, the 15th).
    save(
        &mut s,
        DANIEL,
        session(
            d(2026, 10, 5),
            vec![
                fu("Jadwal laporan", Some(d(2026, 11, 20))),
                fu("Arsip digital", Some(d(2026, 12, 12))),
                fu("Pelatihan", Some(d(2026, 12, 13))),
                fu("Hari ini", Some(today)),
            ],
        ),
    )
    .unwrap();
    // Siti: only a note the day before the segment began.
    run(
        &mut s,
        F::AddNote {
            employee: EmployeeId(SITI),
            note: note(d(2026, 9, 30), "Tepat waktu"),
        },
    )
    .unwrap();
    plan_of(&s, DANIEL, PlanState::Approved);
    plan_of(&s, SITI, PlanState::Submitted);
    // Daniel's third quarter signed by Maria, then his objection: it waits for Yohanes.
    let q3 = ReviewKind::Periodic(3);
    let rated = ReviewInput {
        work: Some(Rating::AsExpected),
        behaviour: Some(Rating::AsExpected),
        ..ReviewInput::default()
    };
    for c in [
        R::Sign {
            employee: EmployeeId(DANIEL),
            year: 2026,
            kind: q3,
            input: rated,
        },
        R::RecordReceipt {
            employee: EmployeeId(DANIEL),
            year: 2026,
            kind: q3,
            received_on: today,
        },
    ] {
        s.execute(Command::Reviews(c)).unwrap();
    }
    as_employee(&mut s, DANIEL);
    s.execute(Command::Reviews(R::FileObjection {
        employee: EmployeeId(DANIEL),
        year: 2026,
        kind: q3,
        filed_on: today,
        reasons: "capaian di atas target".into(),
    }))
    .unwrap();

    let view = query::agenda(&s, EmployeeId(MARIA), today).unwrap();
    assert_eq!(
        (view.current.number, view.current.from),
        (4, d(2026, 10, 1))
    );
    assert_eq!(view.last_ended.number, 3);
    let a = &view.agenda;
    let items: Vec<(&str, NaiveDate, bool)> = a
        .follow_ups
        .iter()
        .map(|i| (i.item.as_str(), i.due, i.overdue))
        .collect();
    assert_eq!(
        items,
        [
            ("Jadwal laporan", d(2026, 11, 20), true),
            ("Hari ini", today, false),
            ("Arsip digital", d(2026, 12, 12), false),
        ]
    );
    assert!(a
        .follow_ups
        .iter()
        .all(|i| i.employee == EmployeeId(DANIEL)));
    assert_eq!(a.no_feedback, [EmployeeId(SITI)]);
    assert_eq!(a.plans_not_approved, [EmployeeId(SITI)]);
    assert_eq!(a.evaluations_unsigned, [EmployeeId(SITI)]);
    assert!(a.objections_waiting.is_empty());
    let daniel = view.person(EmployeeId(DANIEL)).unwrap();
    assert_eq!(daniel.nip, "199601202020121004");
    assert!(daniel.name.contains("Daniel Ndiken"));

    // Yohanes: Maria and Agus have no plan, no Q3 evaluation, no feedback; Daniel's
    // objection waits for him.
    let view = query::agenda(&s, EmployeeId(YOHANES), today).unwrap();
    let a = &view.agenda;
    let mut who = a.plans_not_approved.clone();
    who.sort();
    assert_eq!(who, [EmployeeId(MARIA), EmployeeId(AGUS)]);
    let mut who = a.no_feedback.clone();
    who.sort();
    assert_eq!(who, [EmployeeId(MARIA), EmployeeId(AGUS)]);
    assert!(a.follow_ups.is_empty());
    assert_eq!(a.objections_waiting, [EmployeeId(DANIEL)]);
    assert!(view.person(EmployeeId(DANIEL)).is_some());
    // The agenda line jumps to the period the objection is against.
    assert_eq!(
        view.objection_at.get(&EmployeeId(DANIEL)),
        Some(&(2026, q3))
    );

    // A staff member with no reports has an empty agenda.
    let view = query::agenda(&s, EmployeeId(SITI), today).unwrap();
    assert!(view.is_empty());
}

#[test]
fn feedback_entries_in_the_audit_viewer_are_scoped_and_found_by_word() {
    let (_dir, mut s) = office();
    as_employee(&mut s, MARIA);
    save(&mut s, DANIEL, session(d(2026, 11, 20), vec![])).unwrap();
    let today = d(2026, 11, 28);
    let viewer = |emp: u64| Viewer {
        role: Role::Appraiser,
        employee: Some(EmployeeId(emp)),
        acting: Vec::new(),
    };
    let feedback_rows = |v: Option<&Viewer>, filter: &str| {
        common::audit_rows(&s, v, filter, today)
            .into_iter()
            .filter(|r| r.entry.record.kind == RecordKind::Feedback)
            .collect::<Vec<_>>()
    };
    let rows = feedback_rows(Some(&viewer(MARIA)), "dialog 2026");
    assert_eq!(rows.len(), 1);
    let sum = rows[0].feedback.as_ref().unwrap();
    assert_eq!(sum.employee.employee, EmployeeId(DANIEL));
    assert!(
        rows[0].record.contains("Daniel Ndiken"),
        "{}",
        rows[0].record
    );
    assert_eq!(feedback_rows(Some(&viewer(DANIEL)), "").len(), 1);
    assert!(feedback_rows(Some(&viewer(SITI)), "").is_empty());
    assert!(feedback_rows(None, "penilaian").is_empty());
    let lines = kinerja::i18n::feedback::audit_summary(kinerja::i18n::Lang::Id, sum);
    assert_eq!(lines.len(), 2);
    assert!(
        lines[0].starts_with("Dialog kinerja 2026 · "),
        "{}",
        lines[0]
    );
    assert_eq!(lines[1], "dialog baru #1 20/11/2026 (Coaching)");
}

#[test]
fn a_note_is_changed_by_its_appraiser_within_its_year() {
    let (_dir, mut s) = office();
    as_employee(&mut s, MARIA);
    let added = run(
        &mut s,
        F::AddNote {
            employee: EmployeeId(DANIEL),
            note: note(d(2026, 11, 2), "Tiga kali terlambat apel"),
        },
    )
    .unwrap();
    let id = added.id.expect("the note's id");
    let mut changed = note(d(2026, 11, 3), "  Tiga kali terlambat apel pagi ");
    changed.id = id;
    changed.tone = NoteTone::Negative;
    let edit = |note: QuickNote, year: i32| F::EditNote {
        employee: EmployeeId(DANIEL),
        year,
        note,
    };
    // Not Daniel's appraiser: refused, nothing changed.
    as_employee(&mut s, SITI);
    assert_eq!(
        run(&mut s, edit(changed.clone(), 2026)),
        Err(Refusal::NotAppraiser)
    );
    as_employee(&mut s, MARIA);
    // Another year's date: refused.
    let mut moved = changed.clone();
    moved.date = d(2025, 12, 30);
    assert_eq!(
        run(&mut s, edit(moved, 2026)),
        Err(Refusal::rule(FeedbackError::WrongYear))
    );
    // A note that is not there.
    let mut missing = changed.clone();
    missing.id = id + 99;
    assert_eq!(
        run(&mut s, edit(missing, 2026)),
        Err(Refusal::rule(FeedbackError::NoSuchNote))
    );
    let done = run(&mut s, edit(changed, 2026)).unwrap();
    assert_eq!(done.step, Step::NoteEdited);
    let y = stored(&s, DANIEL, 2026);
    assert_eq!(y.notes.len(), 1);
    let n = y.note(id).unwrap();
    assert_eq!(n.text, "Tiga kali terlambat apel pagi");
    assert_eq!((n.date, n.tone), (d(2026, 11, 3), NoteTone::Negative));
    assert_eq!(n.author, EmployeeId(MARIA));
}

#[test]
fn tab_4_marks_the_reports_of_a_supervisor_one_acts_for() {
    let (_dir, mut s) = office();
    as_admin(&mut s);
    s.execute(Command::SaveActing {
        acting: ActingAssignment {
            id: 0,
            acting: EmployeeId(AGUS),
            for_supervisor: EmployeeId(MARIA),
            from: d(2026, 11, 1),
            to: d(2026, 12, 31),
            revision: 0,
        },
        reason: "SK Plt".into(),
    })
    .unwrap();
    as_employee(&mut s, AGUS);
    let viewer = s.viewer.clone();
    let l = kinerja::app::feedback::tab::load::load(&s, viewer.as_ref(), None, 2026).unwrap();
    let rows: Vec<(EmployeeId, bool)> = l.rows.iter().map(|r| (r.employee, r.acting)).collect();
    assert_eq!(
        rows,
        [(EmployeeId(DANIEL), true), (EmployeeId(SITI), true)],
        "Maria's reports, marked"
    );
    // Maria's own list: her reports, not marked.
    as_employee(&mut s, MARIA);
    let viewer = s.viewer.clone();
    let l = kinerja::app::feedback::tab::load::load(&s, viewer.as_ref(), None, 2026).unwrap();
    assert!(l.rows.iter().all(|r| !r.acting) && !l.rows.is_empty());
}
