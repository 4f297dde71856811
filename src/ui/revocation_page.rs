//! The revocation timeline: how long a stolen credential keeps working after "log out
//! everywhere" or a ban, for each approach, with the lifetimes set by sliders. The settings
//! live in the page's link, within the core's slider ranges.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::in_link::keep_in_link;
use super::sources::cites;
use super::terms::linked;
use authpick_core::format::plain;
use authpick_core::site::REVOCATION;
use authpick_core::tradeoffs::chart::bars;
use authpick_core::tradeoffs::params::{revocation_from_query, revocation_query};
use authpick_core::tradeoffs::revocation::{
    duration, nearest_stop, timeline_caption, windows, Settings, ACCESS_STOPS, REFRESH_STOPS,
    SOURCES,
};

/// A slider over the core's stops (a logarithmic scale): its position is the index of a stop,
/// its value the stop itself.
#[component]
fn Slider(
    id: &'static str,
    label: &'static str,
    stops: &'static [f64],
    value: Signal<f64>,
    set: impl Fn(f64) + 'static,
    /// Turns the slider's value into minutes for the spoken and shown value.
    to_minutes: fn(f64) -> f64,
) -> impl IntoView {
    let text = move || duration(to_minutes(value.get()));
    view! {
        <div class="field slider">
            <label for=id>{label}": "<output for=id>{text}</output></label>
            <input
                type="range"
                id=id
                min="0"
                max=(stops.len() - 1).to_string()
                step="1"
                prop:value=move || nearest_stop(stops, value.get()).to_string()
                aria-valuetext=text
                on:input=move |ev| {
                    if let Some(v) = event_target_value(&ev).parse::<usize>().ok().and_then(|i| stops.get(i)) {
                        set(*v);
                    }
                }
            />
        </div>
    }
}

#[component]
pub fn RevocationPage() -> impl IntoView {
    let location = use_location();
    let settings = RwSignal::new(revocation_from_query(&location.search.get_untracked()));
    keep_in_link(
        REVOCATION.path,
        move || revocation_query(&settings.get()),
        move |query| settings.set(revocation_from_query(query)),
    );
    let set = move |f: fn(&mut Settings, f64)| {
        move |v: f64| {
            settings.update(|s| {
                f(s, v);
                *s = s.clamped();
            })
        }
    };
    let access = Signal::derive(move || settings.get().access_ttl_min);
    let refresh = Signal::derive(move || settings.get().refresh_ttl_h);
    let all = move || windows(&settings.get());
    let timeline = move || {
        let w = all();
        let scale = bars(
            w.iter()
                .map(|x| {
                    (
                        x.scheme.name(),
                        Some(x.after_logout_min),
                        x.after_logout_text(),
                    )
                })
                .collect(),
        );
        let caption = timeline_caption(&w);
        let rows = scale
            .into_iter()
            .zip(w.iter())
            .map(|(bar, x)| {
                let width = plain(bar.fraction.unwrap_or(0.0) * 100.0);
                view! {
                    <li>
                        <span class="bar-label">{bar.label}</span>
                        <svg class="bar-svg timeline-svg" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                            <rect class="bar-track" x="0" y="0" width="100" height="10"></rect>
                            <rect class="bar danger" x="0" y="0" width=width height="10"></rect>
                            <line class="logout-mark" x1="0.4" y1="0" x2="0.4" y2="10"></line>
                        </svg>
                        <span class="bar-value">{bar.text}</span>
                        <p class="how small">{linked(&x.how)}</p>
                    </li>
                }
            })
            .collect_view();
        view! {
            <figure class="chart timeline" aria-labelledby="timeline-caption">
                <figcaption id="timeline-caption">{caption}</figcaption>
                <ul class="bars">{rows}</ul>
            </figure>
        }
    };
    let table = move || {
        all()
            .into_iter()
            .map(|x| {
                view! {
                    <tr>
                        <th scope="row">{x.scheme.name()}</th>
                        <td>{duration(x.after_logout_min)}</td>
                        <td>{duration(x.unnoticed_min)}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <section class="page narrow revocation">
            <h1>"How long does a stolen credential work?"</h1>
            <p class="lede">
                "Someone has copied a user's credential. You press “log out everywhere”, or an \
                 administrator bans the account. This is how long the copy keeps working under \
                 each approach."
            </p>
            <form class="calc-form" on:submit=|ev| ev.prevent_default()>
                <Slider
                    id="access"
                    label="Access token lifetime"
                    stops=ACCESS_STOPS
                    value=access
                    set=set(|s, v| s.access_ttl_min = v)
                    to_minutes=|m| m
                />
                <Slider
                    id="refresh"
                    label="Refresh token lifetime"
                    stops=REFRESH_STOPS
                    value=refresh
                    set=set(|s, v| s.refresh_ttl_h = v)
                    to_minutes=|h| h * 60.0
                />
                <div class="edit-check">
                    <input
                        type="checkbox"
                        id="checked"
                        prop:checked=move || settings.get().checked
                        on:change=move |ev| settings.update(|s| s.checked = event_target_checked(&ev))
                    />
                    <label for="checked">"Check a denylist or session store on every request"</label>
                </div>
            </form>
            {timeline}
            <div class="table-scroll" role="region" aria-labelledby="rev-table" tabindex="0">
                <table>
                    <caption id="rev-table">"The same in numbers"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Approach"</th>
                            <th scope="col">"Usable after logout or ban"</th>
                            <th scope="col">"Usable if nobody notices"</th>
                        </tr>
                    </thead>
                    <tbody>{table}</tbody>
                </table>
            </div>
            <div class="page-sources">
                <h2 class="small-heading">"Sources"</h2>
                {cites(SOURCES)}
            </div>
        </section>
    }
}
