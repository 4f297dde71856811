//! Horizontal bar charts: HTML labels and values (readable at any size, in either theme) with
//! the bars drawn as SVG. The labels and values are the chart's text alternative.

use leptos::prelude::*;

use authpick_core::format::plain;
use authpick_core::tradeoffs::chart::Bar;

pub fn bar_chart(id: &'static str, title: &'static str, bars: Vec<Bar>) -> impl IntoView {
    let caption_id = format!("{id}-caption");
    let rows = bars
        .into_iter()
        .map(|b| {
            let width = b.fraction.map(|f| plain(f * 100.0));
            view! {
                <li>
                    <span class="bar-label">{b.label}</span>
                    <svg class="bar-svg" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                        <rect class="bar-track" x="0" y="0" width="100" height="10"></rect>
                        {width.map(|w| view! { <rect class="bar" x="0" y="0" width=w height="10"></rect> })}
                    </svg>
                    <span class="bar-value">{b.text}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <figure class="chart" aria-labelledby=caption_id.clone()>
            <figcaption id=caption_id.clone()>{title}</figcaption>
            <ul class="bars">{rows}</ul>
        </figure>
    }
}
