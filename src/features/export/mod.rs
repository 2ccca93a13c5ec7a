//! Export: the current view as PNG and SVG, the run as CSV (one row per round) and JSON
//! (the whole trace in the CLI's `--format json` schema), and the comparison of every
//! type as CSV. The file contents are pure functions, tested natively; `save` hands
//! them to the browser as downloads (Blob, object URL, `<a download>`).

use crate::app::run::{Run, TypeRun};
use crate::draw::markup::escape;
use crate::i18n::{t, t0, Lang};
use crate::picture::format;
use migration_model::{Params, Trace};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// What can be exported.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Export {
    Png,
    Svg,
    RoundsCsv,
    TraceJson,
    CompareCsv,
}

impl Export {
    pub const ALL: [Export; 5] = [
        Export::Png,
        Export::Svg,
        Export::RoundsCsv,
        Export::TraceJson,
        Export::CompareCsv,
    ];

    /// Menu text in `lang` (`export-png`: "Picture (PNG)", …).
    pub fn label_in(self, lang: Lang) -> String {
        t0(lang, &format!("export-{}", self.key()))
    }

    /// What the file holds, in `lang` (`export-png-about`, …).
    pub fn about_in(self, lang: Lang) -> String {
        t0(lang, &format!("export-{}-about", self.key()))
    }

    /// Stable id for tests (`data-testid="export-{key}"`).
    pub fn key(self) -> &'static str {
        match self {
            Export::Png => "png",
            Export::Svg => "svg",
            Export::RoundsCsv => "rounds-csv",
            Export::TraceJson => "trace-json",
            Export::CompareCsv => "compare-csv",
        }
    }
}

/// `vm-migration-live-12.5s`: type and playhead, safe in any file system.
pub fn file_stem(trace: &Trace, t_s: f64) -> String {
    let t = (t_s * 1000.0).round() / 1000.0;
    format!("vm-migration-{}-{t}s", trace.migration_type.key())
}

/// One row per round (pre-copy rounds, the final stop-and-copy, post-copy pushes), in
/// the trace's units: seconds, bytes, pages of the tracking granularity.
pub fn rounds_csv(trace: &Trace) -> String {
    let mut out = String::from(
        "round,start_s,duration_s,end_s,bytes_sent,pages_sent,dirty_pages_at_end,\
         dirty_bytes_at_end,throttle,rate_bytes_per_s,final\n",
    );
    for r in &trace.rounds {
        out.push_str(&format!(
            "{},{},{},{},{},{},{},{},{},{},{}\n",
            r.index,
            r.start_s,
            r.duration_s,
            r.end_s(),
            r.bytes_sent,
            r.pages_sent,
            r.dirty_pages_at_end,
            r.dirty_bytes_at_end,
            r.throttle,
            r.rate_bytes_per_s,
            r.is_final
        ));
    }
    out
}

/// The trace with its parameters under `params`: what `migsim --format json` prints
/// (the same keys and values; the CLI sorts the keys). Both halves are printed by
/// serde_json and joined, which keeps `serde_json::Value` out of the wasm.
pub fn trace_json(trace: &Trace, params: &Params) -> String {
    let trace = serde_json::to_string_pretty(trace).expect("a trace serialises");
    let params = serde_json::to_string_pretty(params).expect("parameters serialise");
    let body = trace
        .trim_end()
        .strip_suffix('}')
        .expect("a trace prints as an object")
        .trim_end();
    format!(
        "{body},\n  \"params\": {}\n}}\n",
        params.replace('\n', "\n  ")
    )
}

/// `rolled_back`: the outcome as the trace's JSON names it.
fn outcome_key(o: migration_model::Outcome) -> String {
    serde_json::to_string(&o)
        .map(|s| s.trim_matches('"').to_string())
        .unwrap_or_default()
}

/// Every migration type run with the same parameters: one row each, in the model's
/// units. A type the parameters cannot run has its reason in `error`.
pub fn compare_csv(runs: &[TypeRun]) -> String {
    let mut out = String::from(
        "type,outcome,total_time_s,downtime_s,degraded_time_s,bytes_sent,\
         bytes_sent_x_memory,precopy_rounds,converged,postcopy_faults,error\n",
    );
    for run in runs {
        let ty = run.migration_type;
        match &run.trace {
            Ok(t) => {
                let m = &t.metrics;
                let outcome = outcome_key(m.outcome);
                out.push_str(&format!(
                    "{},{outcome},{},{},{},{},{},{},{},{},\n",
                    ty.key(),
                    m.total_time_s,
                    m.downtime_s,
                    m.degraded_time_s,
                    m.bytes_sent,
                    m.bytes_sent_x_memory,
                    m.precopy_rounds,
                    m.converged,
                    m.postcopy_faults
                ));
            }
            Err(e) => out.push_str(&format!(
                "{},,,,,,,,,,\"{}\"\n",
                ty.key(),
                e.to_string().replace('"', "\"\"")
            )),
        }
    }
    out
}

/// Splits text into lines of at most `width` characters, at spaces.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(l) if l.chars().count() + 1 + word.chars().count() <= width => {
                l.push(' ');
                l.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

/// The view as one SVG file: a title, the stage (the canvas as an embedded PNG, at its
/// logical size), the timeline (its own SVG markup, so it stays sharp) and the narration.
pub fn stage_svg(
    title: &str,
    png_data_url: &str,
    stage_aspect: f64,
    timeline_markup: &str,
    narration: &str,
) -> String {
    use crate::draw::canvas::{HEIGHT, WIDTH};
    // The picture keeps its shape (`picture` draws the standard landscape layout).
    let stage_h = if stage_aspect.is_finite() && stage_aspect > 0.0 {
        (WIDTH / stage_aspect).round()
    } else {
        HEIGHT
    };
    const TITLE_H: f64 = 34.0;
    const TIMELINE_H: f64 = 58.0;
    const LINE_H: f64 = 22.0;
    let lines = wrap(narration, 100);
    let timeline_y = TITLE_H + stage_h + 8.0;
    let text_y = timeline_y + TIMELINE_H + 24.0;
    let height = text_y + lines.len() as f64 * LINE_H + 8.0;
    let narration: String = lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            format!(
                "<text x=\"8\" y=\"{}\" font-size=\"17\">{}</text>",
                text_y + i as f64 * LINE_H,
                escape(l)
            )
        })
        .collect();
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" \
         width=\"{WIDTH}\" height=\"{height}\" viewBox=\"0 0 {WIDTH} {height}\" \
         font-family=\"system-ui, sans-serif\" fill=\"#111827\">\
         <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\
         <text x=\"8\" y=\"24\" font-size=\"20\" font-weight=\"bold\">{}</text>\
         <image x=\"0\" y=\"{TITLE_H}\" width=\"{WIDTH}\" height=\"{stage_h}\" href=\"{}\" xlink:href=\"{}\"/>\
         <svg x=\"0\" y=\"{timeline_y}\" width=\"{WIDTH}\" height=\"{TIMELINE_H}\" class=\"timeline\">{timeline_markup}</svg>\
         {narration}</svg>\n",
        escape(title),
        escape(png_data_url),
        escape(png_data_url),
    )
}

/// The exported SVG of `trace` at `t_s` in `lang`: its title, the canvas's PNG (`png`:
/// its data URL and aspect), the timeline and the narration.
pub fn picture_svg(
    lang: Lang,
    trace: &Trace,
    t_s: f64,
    (png, aspect): (&str, f64),
    narration: &str,
) -> String {
    stage_svg(
        &title(lang, trace, t_s),
        png,
        aspect,
        &crate::components::timeline::svg(lang, trace, t_s),
        narration,
    )
}

/// The title of an exported picture, in `lang`: type and moment.
pub fn title(lang: Lang, trace: &Trace, t_s: f64) -> String {
    let ty = t0(
        lang,
        &format!("migration-type-{}", trace.migration_type.key()),
    );
    t(
        lang,
        "export-title",
        &[
            ("type", ty.into()),
            ("t", format::in_lang(lang, format::duration(t_s)).into()),
        ],
    )
}

// --- Downloads -----------------------------------------------------------------------

fn document() -> Option<web_sys::Document> {
    crate::app::page::window()?.document()
}

/// Saves a blob as a download named `name`.
pub fn save_blob(name: &str, blob: &web_sys::Blob) {
    let (Some(doc), Ok(href)) = (document(), web_sys::Url::create_object_url_with_blob(blob))
    else {
        return;
    };
    if let Some(a) = doc
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(&href);
        a.set_download(name);
        a.set_rel("noopener");
        if let Some(body) = doc.body() {
            let _ = body.append_child(&a);
            a.click();
            let _ = body.remove_child(&a);
        }
    }
    // The download has started from the URL; free it once the browser has read it (a
    // one-shot timer, not a loop).
    let _ = gloo_timers::callback::Timeout::new(60_000, move || {
        let _ = web_sys::Url::revoke_object_url(&href);
    })
    .forget();
}

/// Saves text as a download.
pub fn save_text(name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    if let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) {
        save_blob(name, &blob);
    }
}

/// The picture at `t_s`, drawn from the run rather than read from the page: the
/// standard landscape layout at twice its size in the light palette, whatever the screen
/// shows (a phone's stacked hosts, presentation mode, the dark theme, a recording), with
/// its words in `lang`, the page's language.
fn picture(lang: Lang, run: &Run, t_s: f64) -> Option<web_sys::HtmlCanvasElement> {
    use crate::draw::canvas::{self, Layout, Palette};
    const SCALE: f64 = 2.0;
    let layout = Layout::default();
    let canvas: web_sys::HtmlCanvasElement =
        document()?.create_element("canvas").ok()?.dyn_into().ok()?;
    canvas.set_width((layout.width * SCALE).round() as u32);
    canvas.set_height((layout.height * SCALE).round() as u32);
    let ctx: web_sys::CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    ctx.set_transform(SCALE, 0.0, 0.0, SCALE, 0.0, 0.0).ok()?;
    let frame = crate::picture::frame::Frame::at(&run.trace, &run.params, t_s);
    canvas::draw(
        &ctx,
        &frame,
        &layout,
        run.trace.bytes_sent_at(frame.t_s),
        &Palette::LIGHT,
        lang,
    );
    Some(canvas)
}

/// Runs an export of the run shown at `t_s`.
pub fn save(lang: Lang, kind: Export, run: &Run, t_s: f64, narration: &str) {
    let (trace, params) = (&*run.trace, &*run.params);
    let stem = file_stem(trace, t_s);
    match kind {
        Export::Png => {
            let Some(canvas) = picture(lang, run, t_s) else {
                return;
            };
            let name = format!("{stem}.png");
            let cb = Closure::once_into_js(move |blob: Option<web_sys::Blob>| {
                if let Some(b) = blob {
                    save_blob(&name, &b);
                }
            });
            let _ = canvas.to_blob(cb.unchecked_ref());
        }
        Export::Svg => {
            let Some(canvas) = picture(lang, run, t_s) else {
                return;
            };
            let Ok(png) = canvas.to_data_url() else {
                return;
            };
            let aspect = f64::from(canvas.width()) / f64::from(canvas.height().max(1));
            let svg = picture_svg(lang, trace, t_s, (&png, aspect), narration);
            save_text(&format!("{stem}.svg"), "image/svg+xml", &svg);
        }
        Export::RoundsCsv => save_text(
            &format!("vm-migration-{}-rounds.csv", trace.migration_type.key()),
            "text/csv",
            &rounds_csv(trace),
        ),
        Export::TraceJson => save_text(
            &format!("vm-migration-{}-trace.json", trace.migration_type.key()),
            "application/json",
            &trace_json(trace, params),
        ),
        Export::CompareCsv => save_text(
            "vm-migration-compare.csv",
            "text/csv",
            &compare_csv(&run.by_type()),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::run::TypeRuns;
    use migration_model::{simulate, MigrationType};

    fn run() -> (Params, Trace) {
        let p = Params::default();
        let t = simulate(&p).expect("default runs");
        (p, t)
    }

    #[test]
    fn one_csv_row_per_round_with_the_round_numbers() {
        let (_, t) = run();
        let csv = rounds_csv(&t);
        let rows: Vec<&str> = csv.lines().collect();
        assert_eq!(rows.len(), t.rounds.len() + 1);
        let header: Vec<&str> = rows[0].split(',').collect();
        for (row, r) in rows[1..].iter().zip(&t.rounds) {
            let cells: Vec<&str> = row.split(',').collect();
            assert_eq!(cells.len(), header.len());
            assert_eq!(cells[0], r.index.to_string());
            assert_eq!(cells[4].parse::<f64>().unwrap(), r.bytes_sent);
            assert_eq!(cells[10], r.is_final.to_string());
        }
    }

    #[test]
    fn json_is_the_trace_plus_its_parameters() {
        let (p, t) = run();
        let v: serde_json::Value = serde_json::from_str(&trace_json(&t, &p)).unwrap();
        let back: Trace = serde_json::from_value(v.clone()).expect("the trace's schema");
        assert_eq!(back.metrics, t.metrics);
        assert_eq!(back.rounds.len(), t.rounds.len());
        let params: Params = serde_json::from_value(v["params"].clone()).unwrap();
        assert_eq!(params, p);
    }

    #[test]
    fn compare_csv_has_every_type() {
        let (p, _) = run();
        let csv = compare_csv(&TypeRuns::of(&p));
        let rows: Vec<&str> = csv.lines().collect();
        assert_eq!(rows.len(), 1 + MigrationType::ALL.len());
        let live = rows.iter().find(|r| r.starts_with("live,")).unwrap();
        let t = simulate(&p).unwrap();
        assert!(
            live.contains(&format!(",{},", t.metrics.downtime_s)),
            "{live}"
        );
        assert!(rows[1].starts_with("cold,completed,"), "{}", rows[1]);
    }

    /// The exported SVG's own words follow the page's language: its title and the
    /// timeline's phases (the canvas's words are `draw::canvas`'s, in the same `lang`).
    #[test]
    fn the_exported_svg_speaks_the_pages_language() {
        let (_, t) = run();
        let at = t.end_s() / 2.0;
        let svg = |lang| picture_svg(lang, &t, at, ("data:image/png;base64,AAAA", 2.5), "");
        let (en, es, zh) = (svg(Lang::En), svg(Lang::Es), svg(Lang::ZhCn));
        for (lang, text) in [(Lang::En, &en), (Lang::Es, &es), (Lang::ZhCn, &zh)] {
            assert!(text.contains(&escape(&title(lang, &t, at))), "{lang}");
        }
        assert!(es.contains("migración"), "{es}");
        assert!(!es.contains(&escape(&title(Lang::En, &t, at))));
        let phases = |svg: &str| -> Vec<String> {
            svg.split("<title>")
                .skip(1)
                .map(|s| s.split("</title>").next().unwrap_or("").to_string())
                .collect()
        };
        let (en_phases, es_phases, zh_phases) = (phases(&en), phases(&es), phases(&zh));
        assert_eq!(en_phases.len(), t.phases.len());
        assert_eq!(es_phases.len(), en_phases.len());
        for ((e, s), z) in en_phases.iter().zip(&es_phases).zip(&zh_phases) {
            assert_ne!(e, s, "a phase's words in Spanish");
            assert!(
                z.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{z}"
            );
        }
    }

    #[test]
    fn svg_escapes_text_and_wraps_the_narration() {
        let svg = stage_svg(
            "a < b & c",
            "data:image/png;base64,AAAA",
            1000.0 / 380.0,
            "<rect/>",
            &"word ".repeat(60),
        );
        assert!(svg.contains("a &lt; b &amp; c"));
        assert!(
            svg.matches("<text").count() >= 4,
            "title and three narration lines"
        );
        assert!(svg.contains("<rect/>"));
    }
}
