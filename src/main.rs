//! Starts the app; everything else lives in the library so tests can reach it.
fn main() {
    vm_migration_lab::start();
}
