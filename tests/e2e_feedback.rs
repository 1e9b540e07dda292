//! Issue 9, tab 4 in the real binary in a pseudo-terminal: Ibu Maria writes a feedback
//! session with a follow-up and saves it; starts a quick note about Daniel, types, the app is
//! killed (-9) while she types; started again, the note's draft is offered, restored and
//! saved. The session and the note are then in Daniel's history (tab 5) and the follow-up on
//! Maria's agenda (tab 0); the store holds the session, its follow-up and the note.

mod e2e;

use chrono::Datelike;
use e2e::{arg, demo_db, Tui, CTRL_S, ENTER, TAB};
use kinerja::store::Store;

const SITUATION: &str = "Realisasi berkas Daniel tertinggal karena antrean loket";
const ITEM: &str = "Pelatihan singkat aplikasi SIAK";
const NOTE: &str = "Membantu warga di luar jam kerja saat banjir";

#[test]
fn a_session_is_saved_and_a_note_typed_before_kill_9_is_offered_again() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_db(dir.path());
    // Within the agenda's 14 days.
    let due = chrono::Local::now().date_naive() + chrono::Duration::days(10);

    let mut tui = Tui::spawn(&["--db", arg(&db)], 120, 40, dir.path());
    tui.sign_in("maria", "082012");
    tui.send("4");
    tui.wait_for("Dialog kinerja tim");
    tui.wait_for("Daniel Ndiken");
    tui.send("n");
    tui.wait_for("Dialog kinerja baru");
    tui.send(SITUATION);
    tui.wait_for(SITUATION);
    // Topics, then follow-ups: Enter opens the sub-form.
    tui.send(TAB);
    tui.send(TAB);
    tui.send(ENTER);
    tui.wait_for("Rencana tindak lanjut");
    tui.send(ITEM);
    for _ in 0..6 {
        tui.send(TAB);
    }
    tui.send(&due.format("%d/%m/%Y").to_string());
    tui.send(CTRL_S);
    tui.wait_gone("Rencana tindak lanjut");
    tui.wait_for(&format!("1. {ITEM}"));
    tui.send(CTRL_S);
    tui.wait_for("Dialog Daniel Ndiken dicatat");

    // A quick note about Daniel: w, then text; the app dies while she types.
    tui.send("w");
    tui.wait_for("Catatan cepat");
    tui.send(NOTE);
    tui.wait_for(NOTE);
    std::thread::sleep(std::time::Duration::from_millis(2500));
    tui.kill9();
    drop(tui);

    let mut tui = Tui::spawn(&["--db", arg(&db)], 120, 40, dir.path());
    tui.sign_in("maria", "082012");
    tui.send("4");
    tui.wait_for("Daniel Ndiken");
    tui.send("w");
    tui.wait_for("Pulihkan isian yang belum disimpan");
    tui.send("y");
    tui.wait_screen(&[NOTE, "Catatan cepat"], &["Pulihkan isian"]);
    tui.send(ENTER);
    tui.wait_for("Catatan tentang Daniel Ndiken dicatat");

    // The session and the note are in Daniel's history (H on the list)...
    tui.send("H");
    tui.wait_for("Riwayat");
    tui.wait_screen(&[SITUATION, NOTE], &[]);
    // ...and the follow-up on Maria's agenda, with its due date.
    tui.send("0");
    tui.wait_screen(&[ITEM, &due.format("%d/%m/%Y").to_string()], &[]);
    tui.kill9();
    drop(tui);

    let store = Store::open(&db).unwrap();
    let daniel = store
        .employees()
        .unwrap()
        .into_iter()
        .find(|e| e.name.name == "Daniel Ndiken")
        .expect("Daniel in the demo");
    let year = store
        .feedback_year(daniel.id, chrono::Local::now().year())
        .unwrap()
        .expect("Daniel's feedback of the year");
    // The demo has sessions and notes of its own: find ours among them.
    let ours: Vec<_> = year
        .sessions
        .iter()
        .filter(|s| s.situation == SITUATION)
        .collect();
    assert_eq!(ours.len(), 1, "{:?}", year.sessions);
    // A new session takes over Daniel's unachieved follow-ups after the one typed.
    assert_eq!(ours[0].follow_ups[0].item, ITEM);
    assert_eq!(ours[0].follow_ups[0].due, Some(due));
    assert_eq!(year.notes.iter().filter(|n| n.text == NOTE).count(), 1);
    let left: usize = store
        .accounts()
        .unwrap()
        .iter()
        .map(|a| store.drafts_of(a.id).unwrap().len())
        .sum();
    assert_eq!(left, 0, "saved forms leave no draft");
}
