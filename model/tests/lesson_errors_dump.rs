//! Prints every case's notices as English (`LESSON_ERRORS_DUMP=1`): how
//! `model/tests/data/lesson-errors-en.txt` was made, from the reader before its
//! sentences became message ids.

#[path = "lesson_errors/cases.rs"]
mod cases;

#[test]
fn dump() {
    if std::env::var_os("LESSON_ERRORS_DUMP").is_none() {
        return;
    }
    for (name, bytes) in cases::cases() {
        for e in migration_model::lesson::parse_bytes(&bytes).errors {
            println!("{name}\t{e}");
        }
    }
}
