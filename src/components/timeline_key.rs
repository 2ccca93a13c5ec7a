//! The timeline's own key: the colours of the phases this run has and the marks on it
//! (the page-state legend above is for the memory grids, not for the timeline).

use crate::i18n::{t0, use_lang};
use crate::picture::labels::{phase_id, phase_style};
use migration_model::{EventKind, Trace};
use yew::prelude::*;

/// A swatch (a colour, or a glyph) and its name (in English).
pub type Entry = (&'static str, &'static str);

/// A phase's entry: its colour, its English name and its message (`phase-*`).
pub type PhaseEntry = (&'static str, &'static str, &'static str);

/// The (colour, name, message) of each phase kind in the run, in order of first
/// appearance, and the event marks it shows.
pub fn entries(trace: &Trace) -> (Vec<PhaseEntry>, Vec<Entry>) {
    let mut phases: Vec<PhaseEntry> = Vec::new();
    for p in &trace.phases {
        let (colour, name) = phase_style(&p.kind);
        // Alternate round shades share one entry.
        if !phases.iter().any(|&(_, n, _)| n == name) {
            phases.push((colour, name, phase_id(&p.kind)));
        }
    }
    let mut marks: Vec<Entry> = Vec::new();
    for e in &trace.events {
        let mark = match &e.kind {
            EventKind::Fault { .. } => ("⚡", "fault"),
            EventKind::Change { .. } => ("◆", "parameter change"),
            EventKind::Switchover => ("▼", "switchover"),
            EventKind::Rollback => ("↺", "rollback"),
            EventKind::VmLost => ("✖", "VM lost"),
            EventKind::HoldStart { .. } => ("❚❚", "hold starts"),
            EventKind::TimeLimit => ("■", "time limit"),
            _ => continue,
        };
        if !marks.contains(&mark) {
            marks.push(mark);
        }
    }
    (phases, marks)
}

/// A mark's message (`event-*`), by its English name in [`entries`].
pub fn mark_id(name: &str) -> &'static str {
    match name {
        "fault" => "event-fault",
        "parameter change" => "event-change",
        "switchover" => "event-switchover",
        "rollback" => "event-rollback",
        "VM lost" => "event-vm-lost",
        "hold starts" => "event-hold-start",
        _ => "event-time-limit",
    }
}

#[derive(Properties, PartialEq)]
pub struct TimelineKeyProps {
    pub trace: crate::app::run::Ptr<Trace>,
}

#[component]
pub fn TimelineKey(props: &TimelineKeyProps) -> Html {
    let lang = use_lang();
    let (phases, marks) = entries(&props.trace);
    html! {
        <ul class="timeline-key" aria-label={t0(lang, "timeline-key")} data-testid="timeline-key">
            { for phases.iter().map(|&(colour, _, id)| html! {
                <li><svg class="key-swatch" width="16" height="16" aria-hidden="true"><rect width="16" height="16" rx="2" fill={colour} /></svg>{ t0(lang, id) }</li>
            }) }
            <li><svg class="key-swatch" width="16" height="7" aria-hidden="true"><rect width="16" height="7" fill="#b91c1c" /></svg>{ t0(lang, "timeline-vm-down") }</li>
            { for marks.iter().map(|&(glyph, name)| html! {
                <li><span class="mark" aria-hidden="true">{ glyph }</span>{ t0(lang, mark_id(name)) }</li>
            }) }
        </ul>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use migration_model::{simulate, Fault, FaultKind, MigrationType, Params};

    #[test]
    fn each_marks_english_message_is_its_name() {
        for name in [
            "fault",
            "parameter change",
            "switchover",
            "rollback",
            "VM lost",
            "hold starts",
            "time limit",
        ] {
            assert_eq!(t0(crate::i18n::Lang::En, mark_id(name)), name);
        }
    }

    #[test]
    fn the_key_names_each_phase_once_and_the_marks_the_run_has() {
        let p = Params {
            faults: vec![Fault {
                at_s: 20.0,
                kind: FaultKind::LinkFailure,
            }],
            ..Params::default()
        };
        let tr = simulate(&p).expect("runs");
        let (phases, marks) = entries(&tr);
        let names: Vec<_> = phases.iter().map(|p| p.1).collect();
        assert_eq!(names.iter().filter(|&&n| n == "pre-copy round").count(), 1);
        assert!(names.contains(&"rollback"), "{names:?}");
        assert!(marks.contains(&("⚡", "fault")) && marks.contains(&("↺", "rollback")));
        let cold = simulate(&Params {
            migration_type: MigrationType::Cold,
            ..Params::default()
        })
        .expect("runs");
        let (phases, _) = entries(&cold);
        let names: Vec<_> = phases.iter().map(|p| p.1).collect();
        assert!(
            names.contains(&"disk copy") && names.contains(&"boot"),
            "{names:?}"
        );
    }
}
