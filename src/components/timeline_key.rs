//! The timeline's own key: the colours of the phases this run has and the marks on it
//! (the page-state legend above is for the memory grids, not for the timeline).

use crate::picture::labels::phase_style;
use migration_model::{EventKind, Trace};
use yew::prelude::*;

/// A swatch (a colour, or a glyph) and its name.
pub type Entry = (&'static str, &'static str);

/// The (colour, name) of each phase kind in the run, in order of first appearance, and
/// the event marks it shows.
pub fn entries(trace: &Trace) -> (Vec<Entry>, Vec<Entry>) {
    let mut phases: Vec<Entry> = Vec::new();
    for p in &trace.phases {
        let (colour, name) = phase_style(&p.kind);
        // Alternate round shades share one entry.
        if !phases.iter().any(|&(_, n)| n == name) {
            phases.push((colour, name));
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

#[derive(Properties, PartialEq)]
pub struct TimelineKeyProps {
    pub trace: crate::app::run::Ptr<Trace>,
}

#[component]
pub fn TimelineKey(props: &TimelineKeyProps) -> Html {
    let (phases, marks) = entries(&props.trace);
    html! {
        <ul class="timeline-key" aria-label="Timeline key" data-testid="timeline-key">
            { for phases.iter().map(|&(colour, name)| html! {
                <li><svg class="key-swatch" width="16" height="16" aria-hidden="true"><rect width="16" height="16" rx="2" fill={colour} /></svg>{ name }</li>
            }) }
            <li><svg class="key-swatch" width="16" height="7" aria-hidden="true"><rect width="16" height="7" fill="#b91c1c" /></svg>{ "VM down" }</li>
            { for marks.iter().map(|&(glyph, name)| html! {
                <li><span class="mark" aria-hidden="true">{ glyph }</span>{ name }</li>
            }) }
        </ul>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use migration_model::{simulate, Fault, FaultKind, MigrationType, Params};

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
