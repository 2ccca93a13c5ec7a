//! The evacuation view: a caption saying which K lets every VM leave, the controls (K,
//! the order, the link, the VMs), the source host's tiles draining, the link's shares,
//! each VM's bar on one time axis under the app's one playhead, and the figures.

use super::{parts, Evac, EvacAction, MAX_VMS};
use crate::app::run::Ptr;
use crate::components::slider::ParamSlider;
use crate::components::transport::Transport;
use crate::controls::sliders;
use crate::i18n::{t, t0, use_lang, Lang};
use crate::picture::format;
use migration_model::evacuate::Order;
use migration_model::params::GIB;
use migration_model::{notation, MigrationType, ParamError, Params};
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EvacuateProps {
    pub evac: Ptr<Evac>,
    pub t_s: f64,
    pub playing: bool,
    pub speed: f64,
    /// The app's parameters as set, for the shared sliders (the link).
    pub edit: Params,
    pub error: Option<ParamError>,
    pub onchange: Callback<Params>,
    pub onaction: Callback<EvacAction>,
    pub onseek: Callback<f64>,
    pub ontoggle: Callback<()>,
    pub onstep: Callback<bool>,
    pub onrestart: Callback<()>,
    pub onspeed: Callback<f64>,
}

/// The order's name for people (`evac-view-order-given`: "as listed", …).
pub fn order_label(lang: Lang, o: Order) -> String {
    t0(lang, &format!("evac-view-order-{}", o.key()))
}

fn value_of(e: &Event) -> String {
    e.target()
        .and_then(|t| {
            t.dyn_ref::<web_sys::HtmlInputElement>()
                .map(|i| i.value())
                .or_else(|| t.dyn_ref::<web_sys::HtmlSelectElement>().map(|s| s.value()))
        })
        .unwrap_or_default()
}

/// K, the order, the link's bandwidth and the two presets.
fn controls(lang: Lang, props: &EvacuateProps) -> Html {
    let e = &props.evac;
    let n = e.setup.specs.len();
    let k = e.setup.k;
    let onk = props.onaction.reform(|ev: InputEvent| {
        let v = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|i| i.value().parse::<usize>().ok())
            .unwrap_or(1);
        EvacAction::SetK(v)
    });
    let onorder = props.onaction.reform(|ev: Event| {
        EvacAction::SetOrder(Order::from_key(&value_of(&ev)).unwrap_or_default())
    });
    let teaching = props.onaction.reform(|_: MouseEvent| EvacAction::Teaching);
    let window = props
        .onaction
        .reform(|_: MouseEvent| EvacAction::Maintenance);
    html! {
        <div class="evac-controls" role="group" aria-label={t0(lang, "evac-view-controls")}>
            <div class="slider evac-k">
                <label for="evac-k"><span>{ t0(lang, "evac-view-k") }</span>
                    <span class="slider-value" data-testid="evac-k-value">{ t(lang, "evac-view-k-value", &[("k", k.into()), ("n", n.into())]) }</span></label>
                <input id="evac-k" type="range" min="1" max={n.to_string()} step="1" value={k.to_string()}
                    data-testid="evac-k" disabled={n < 2} oninput={onk}
                    aria-valuetext={t(lang, "evac-view-k-valuetext", &[("k", k.into()), ("n", n.into())])} />
            </div>
            <label class="evac-order"><span>{ t0(lang, "evac-view-order") }</span>
                <select data-testid="evac-order" onchange={onorder}>
                    { for Order::ALL.iter().map(|o| html! {
                        <option value={o.key()} selected={*o == e.setup.order}>{ order_label(lang, *o) }</option>
                    }) }
                </select>
            </label>
            <ParamSlider spec={sliders::by_id("bandwidth")} params={props.edit.clone()} error={props.error.clone()}
                short=true onchange={props.onchange.clone()} />
            <div class="evac-presets" role="group" aria-label={t0(lang, "evac-view-examples")}>
                <button type="button" onclick={teaching} data-testid="evac-teaching">{ t0(lang, "evac-view-teaching") }</button>
                <button type="button" onclick={window} data-testid="evac-maintenance">{ t0(lang, "evac-view-maintenance") }</button>
            </div>
        </div>
    }
}

#[component]
pub fn EvacuateView(props: &EvacuateProps) -> Html {
    let lang = use_lang();
    let e = &props.evac;
    let onremove = props.onaction.reform(EvacAction::Remove);
    let body = match &e.result {
        Ok(ev) => {
            let t = props.t_s.clamp(0.0, ev.evacuation_time_s);
            let now = super::frame::at(ev, &e.vms, t);
            let end = e.end_s();
            let onscrub = props.onseek.reform(move |ev: InputEvent| {
                let v = ev
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                    .and_then(|i| i.value().parse::<f64>().ok())
                    .unwrap_or(0.0);
                v / 1000.0 * end
            });
            let at = crate::i18n::t(
                lang,
                "compare-grids-now",
                &[
                    ("t", format::in_lang(lang, format::duration(t)).into()),
                    ("end", format::in_lang(lang, format::duration(end)).into()),
                ],
            );
            html! { <>
                <p class="evac-now" data-testid="evac-now" aria-live="polite">{ parts::now_line(lang, ev, &now, t) }</p>
                <div class="evac-stage">
                    { parts::host(lang, e, &now, &onremove) }
                    { parts::link(lang, ev, &now) }
                </div>
                <div class="evac-scrub">
                    <label for="evac-scrub">{ at.clone() }</label>
                    <input id="evac-scrub" type="range" min="0" max="1000" step="1" data-testid="evac-scrub"
                        value={format!("{:.0}", t / end * 1000.0)} oninput={onscrub}
                        aria-valuetext={at} />
                </div>
                <Transport playing={props.playing} speed={props.speed} ontoggle={props.ontoggle.clone()}
                    onstep={props.onstep.clone()} onrestart={props.onrestart.clone()} onspeed={props.onspeed.clone()} />
                { parts::bars(lang, e, ev, t, &props.onseek) }
                { parts::table(lang, ev) }
            </> }
        }
        Err(_) => html! {},
    };
    html! {
        // A region, not `main`: the page around it is the main landmark (the view's page,
        // or an embed showing a lesson's evacuation step).
        <section class="evacuate" data-testid="evacuate-view" aria-labelledby="evac-title">
            <h2 id="evac-title" class="visually-hidden">{ t0(lang, "evac-view-title") }</h2>
            <p class={classes!("evac-caption", e.result.is_err().then_some("cannot"))} data-testid="evac-caption">{ e.caption_in(lang) }</p>
            { controls(lang, props) }
            { body }
            <AddVm base={e.base.clone()} count={e.setup.specs.len()} onadd={props.onaction.reform(EvacAction::Add)} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct AddVmProps {
    base: Params,
    count: usize,
    onadd: Callback<String>,
}

/// The spec the form's fields make: memory in GiB, dirty rate in MB/s, working set in %
/// of memory, the type, an optional name (commas cannot be in a spec: they are dropped).
pub fn form_spec(mem_gib: f64, dirty_mb_s: f64, ws_pct: f64, ty: &str, name: &str) -> String {
    let mem = ((mem_gib * GIB as f64) / 4096.0).round() as u64 * 4096;
    let mut s = format!(
        "mem={},dirty={}",
        notation::size(mem),
        notation::byte_rate(dirty_mb_s * 1e6)
    );
    if ws_pct < 100.0 {
        let ws = ((mem as f64 * ws_pct / 100.0) / 4096.0).round() as u64 * 4096;
        s += &format!(",ws={}", notation::size(ws));
    }
    if ty != "live" {
        s += &format!(",type={ty}");
    }
    let name: String = name.chars().filter(|c| *c != ',').collect();
    if !name.trim().is_empty() {
        s += &format!(",name={}", name.trim());
    }
    s
}

#[component]
fn AddVm(props: &AddVmProps) -> Html {
    let lang = use_lang();
    let error = use_state(|| None::<String>);
    // The fields: memory, writes, working set, name (inputs), and the type (a select).
    let refs: [NodeRef; 4] = Default::default();
    let ty = use_node_ref();
    let refs = use_memo((), move |_| refs);
    let onsubmit = {
        let (error, refs, ty, base, onadd, count) = (
            error.clone(),
            refs.clone(),
            ty.clone(),
            props.base.clone(),
            props.onadd.clone(),
            props.count,
        );
        Callback::from(move |ev: SubmitEvent| {
            ev.prevent_default();
            let field = |i: usize| {
                refs[i]
                    .cast::<web_sys::HtmlInputElement>()
                    .map(|e| e.value())
                    .unwrap_or_default()
            };
            let num =
                |i: usize| migration_model::units::decimal(field(i).trim()).unwrap_or(f64::NAN);
            let (mem, dirty, ws) = (num(0), num(1), num(2));
            let ok = (0.25..=1024.0).contains(&mem)
                && (0.0..=10_000.0).contains(&dirty)
                && (1.0..=100.0).contains(&ws);
            if !ok {
                error.set(Some(t0(lang, "evac-view-add-range")));
                return;
            }
            let mut name = field(3);
            if name.trim().is_empty() {
                name = format!("vm{}", count + 1);
            }
            let kind = ty
                .cast::<web_sys::HtmlSelectElement>()
                .map_or_else(|| "live".to_string(), |s| s.value());
            let spec = form_spec(mem, dirty, ws, &kind, &name);
            match super::check(&spec, &base, count + 1) {
                Ok(_) => {
                    error.set(None);
                    onadd.emit(spec);
                }
                Err(why) => error.set(Some(why)),
            }
        })
    };
    let full = props.count >= MAX_VMS;
    html! {
        <form class="evac-add" novalidate=true {onsubmit} data-testid="evac-add" aria-labelledby="evac-add-title">
            <h3 id="evac-add-title">{ if full { t(lang, "evac-view-add-full", &[("max", MAX_VMS.into())]) } else { t0(lang, "evac-view-add-title") } }</h3>
            <label>{ t0(lang, "evac-view-add-mem") }<input ref={refs[0].clone()} name="mem" type="number" min="0.25" max="1024" step="any" value="4" data-testid="evac-add-mem" /></label>
            <label>{ t0(lang, "evac-view-add-dirty") }<input ref={refs[1].clone()} name="dirty" type="number" min="0" max="10000" step="any" value="100" data-testid="evac-add-dirty" /></label>
            <label>{ t0(lang, "evac-view-add-ws") }<input ref={refs[2].clone()} name="ws" type="number" min="1" max="100" step="any" value="100" data-testid="evac-add-ws" /></label>
            <label>{ t0(lang, "compare-col-type") }<select ref={ty} name="type" data-testid="evac-add-type">
                { for MigrationType::ALL.iter().map(|ty| html! {
                    <option value={ty.key()} selected={*ty == MigrationType::Live}>{ t0(lang, &format!("migration-type-{}", ty.key())) }</option>
                }) }
            </select></label>
            <label>{ t0(lang, "evac-view-add-name") }<input ref={refs[3].clone()} name="name" type="text" maxlength="24" placeholder={format!("vm{}", props.count + 1)} data-testid="evac-add-name" /></label>
            <button type="submit" disabled={full} data-testid="evac-add-button">{ t0(lang, "evac-view-add-button") }</button>
            if let Some(e) = &*error {
                <p class="evac-add-error" role="alert" data-testid="evac-add-error">{ e.clone() }</p>
            }
        </form>
    }
}
