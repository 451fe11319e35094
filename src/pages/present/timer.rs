//! The workshop timer: a countdown for an exercise ("ten minutes to fill the SWOT"), big
//! enough to read from the back of the room.
//!
//! Why it is built this way:
//! - It lives in the presentation, not in a slide, so it keeps running while the facilitator
//!   moves between slides; it is its own component, so its tick redraws the clock and nothing
//!   else (a slide with charts is not redrawn four times a second).
//! - Time left is computed from the wall clock (`Date.now()`) at each tick, not counted in
//!   ticks, so a throttled background tab or a slow frame never makes it run slow.
//! - The countdown is not read aloud every second (`role="timer"` is silent); a separate
//!   assertive live region says once that time is up.
//! - Every control is an ordinary labelled field or button, reachable with Tab.
//! - It can be tied to the exercise of the slide ("5 minutes for Threats"): on a SWOT, PESTLE
//!   or journey slide a list offers its quadrants, factors or stages; the countdown shows
//!   what it times, and starting, pausing, resuming and resetting are said in a polite live
//!   region. Reset gives focus to the minutes (its own button is disabled then).

use crate::i18n::{use_i18n, Arg, I18nContext};
use crate::ui::{event_value, focus_element};
use gloo::timers::callback::Interval;
use std::rc::Rc;
use yew::prelude::*;

/// Minutes offered at first.
const DEFAULT_MINUTES: u32 = 10;
/// The longest exercise, in minutes.
const MAX_MINUTES: u32 = 180;
/// How often the clock is redrawn, in milliseconds.
const TICK_MS: u32 = 250;

/// Where the timer is.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Run {
    /// Not started (or reset).
    Idle,
    /// Counting down to this time (ms since the epoch).
    Running { until: f64 },
    /// Stopped with this many ms left.
    Paused { left: f64 },
    /// Time is up.
    Done,
}

fn now() -> f64 {
    js_sys::Date::now()
}

/// `ms` as minutes and seconds, rounded up (a timer shows 0:00 only when time is up).
fn clock(ms: f64) -> String {
    let secs = (ms.max(0.0) / 1000.0).ceil() as u64;
    format!("{:02}:{:02}", secs / 60, secs % 60)
}

/// Props of [`WorkshopTimer`].
#[derive(Properties, PartialEq)]
pub struct TimerProps {
    /// The exercises of the slide shown (its quadrants, factors or stages); may be empty.
    pub exercises: Rc<Vec<String>>,
}

/// What the timer says when it starts, pauses, resumes or is reset.
fn said(i18n: &I18nContext, before: Run, after: Run, minutes: u32, exercise: &str) -> String {
    let m = ("minutes", Arg::from(minutes as usize));
    match (before, after) {
        (Run::Idle | Run::Done, Run::Running { .. }) if exercise.is_empty() => {
            i18n.t_args("present-timer-started", &[m])
        }
        (Run::Idle | Run::Done, Run::Running { .. }) => i18n.t_args(
            "present-timer-started-for",
            &[m, ("exercise", Arg::from(exercise.to_owned()))],
        ),
        (_, Run::Paused { left }) => i18n.t_args(
            "present-timer-paused-at",
            &[("time", Arg::from(clock(left)))],
        ),
        (_, Run::Running { .. }) => i18n.t("present-timer-resumed"),
        (_, Run::Idle) => i18n.t("present-timer-was-reset"),
        _ => String::new(),
    }
}

/// Reset: said, and the minutes (set for the next exercise) take the focus, since Reset itself
/// is disabled then.
fn reset(
    run: &UseStateHandle<Run>,
    status: &UseStateHandle<String>,
    i18n: &I18nContext,
) -> Callback<MouseEvent> {
    let (run, status, i18n) = (run.clone(), status.clone(), i18n.clone());
    Callback::from(move |_: MouseEvent| {
        status.set(said(&i18n, *run, Run::Idle, 0, ""));
        run.set(Run::Idle);
        focus_element("present-minutes");
    })
}

/// See the module documentation.
#[function_component(WorkshopTimer)]
pub fn workshop_timer(props: &TimerProps) -> Html {
    let i18n = use_i18n();
    let minutes = use_state_eq(|| DEFAULT_MINUTES);
    let run = use_state_eq(|| Run::Idle);
    // The exercise picked, and the one being timed (kept while moving between slides).
    let picked = use_state_eq(String::new);
    let timing = use_state_eq(String::new);
    let status = use_state_eq(String::new);
    {
        // Another slide, other exercises: the one picked on the last slide is not offered here.
        let picked = picked.clone();
        use_effect_with(props.exercises.clone(), move |_| picked.set(String::new()));
    }
    // Redraws the clock; the value itself is only read for the time left.
    let tick = use_state_eq(now);
    {
        let (run, tick) = (run.clone(), tick.clone());
        use_effect_with(*run, move |state| {
            let interval = match *state {
                Run::Running { until } => Some(Interval::new(TICK_MS, move || {
                    let t = now();
                    if t >= until {
                        run.set(Run::Done);
                    } else {
                        tick.set(t);
                    }
                })),
                _ => None,
            };
            move || drop(interval)
        });
    }
    let left = match *run {
        Run::Idle => f64::from(*minutes) * 60_000.0,
        Run::Running { until } => until - (*tick).max(now()),
        Run::Paused { left } => left,
        Run::Done => 0.0,
    };
    let toggle = {
        let (run, minutes, i18n) = (run.clone(), *minutes, i18n.clone());
        let (picked, timing, status) = (picked.clone(), timing.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            let t = now();
            let next = match *run {
                Run::Idle | Run::Done => {
                    timing.set((*picked).clone());
                    Run::Running {
                        until: t + f64::from(minutes) * 60_000.0,
                    }
                }
                Run::Running { until } => Run::Paused { left: until - t },
                Run::Paused { left } => Run::Running { until: t + left },
            };
            status.set(said(&i18n, *run, next, minutes, &picked));
            run.set(next);
        })
    };
    let reset = reset(&run, &status, &i18n);
    let on_pick = {
        let picked = picked.clone();
        Callback::from(move |e: Event| picked.set(event_value(&e).unwrap_or_default()))
    };
    let on_minutes = {
        let (minutes, run) = (minutes.clone(), run.clone());
        Callback::from(move |e: InputEvent| {
            let Some(m) = event_value(&e).and_then(|v| v.trim().parse::<u32>().ok()) else {
                return;
            };
            minutes.set(m.clamp(1, MAX_MINUTES));
            if *run == Run::Done {
                run.set(Run::Idle);
            }
        })
    };
    let toggle_label = match *run {
        Run::Idle | Run::Done => "present-timer-start",
        Run::Running { .. } => "present-timer-pause",
        Run::Paused { .. } => "present-timer-resume",
    };
    let state = match *run {
        Run::Idle => "idle",
        Run::Running { .. } => "running",
        Run::Paused { .. } => "paused",
        Run::Done => "done",
    };
    let shown = clock(left);
    let busy = matches!(*run, Run::Running { .. } | Run::Paused { .. });
    html! {
        <div class="present-timer" role="group" aria-label={i18n.t("present-timer")} data-state={state}>
            if *run != Run::Idle {
                <div class={format!("present-countdown present-countdown-{state}")} data-testid="present-countdown">
                    <p class="present-countdown-time" role="timer"
                        aria-label={i18n.t_args("present-timer-left", &[("time", Arg::from(shown.clone()))])}>{ shown }</p>
                    if !timing.is_empty() { <p class="present-countdown-for" data-testid="present-countdown-for">{ (*timing).clone() }</p> }
                    if *run == Run::Done { <p class="present-countdown-note">{ i18n.t("present-timer-done") }</p> }
                    if let Run::Paused { .. } = *run { <p class="present-countdown-note">{ i18n.t("present-timer-paused") }</p> }
                </div>
            }
            <span class="present-timer-title" aria-hidden="true">{ i18n.t("present-timer") }</span>
            <label class="present-timer-minutes">
                <span>{ i18n.t("present-timer-minutes") }</span>
                <input type="number" id="present-minutes" min="1" max={MAX_MINUTES.to_string()} step="1"
                    value={minutes.to_string()} oninput={on_minutes} disabled={busy}
                    data-testid="present-minutes" />
            </label>
            if !props.exercises.is_empty() && !busy {
                { exercise_list(&i18n, &props.exercises, &picked, on_pick) }
            }
            <button type="button" class="button button-primary" onclick={toggle} data-testid="present-timer-toggle">
                { i18n.t(toggle_label) }
            </button>
            <button type="button" class="button" onclick={reset} disabled={*run == Run::Idle}
                data-testid="present-timer-reset">{ i18n.t("present-timer-reset") }</button>
            <p class="visually-hidden" aria-live="assertive" aria-atomic="true" data-testid="present-timer-announce">
                if *run == Run::Done { { i18n.t("present-timer-done") } }
            </p>
            <p class="visually-hidden" role="status" data-testid="present-timer-status">{ (*status).clone() }</p>
        </div>
    }
}

/// The list that ties the timer to one of the slide's exercises: it only picks (Start acts).
fn exercise_list(
    i18n: &I18nContext,
    exercises: &[String],
    picked: &str,
    onchange: Callback<Event>,
) -> Html {
    html! {
        <label class="present-timer-minutes">
            <span>{ i18n.t("present-timer-for") }</span>
            <select id="present-exercise" {onchange} data-testid="present-exercise">
                <option value="" selected={picked.is_empty()}>{ i18n.t("present-timer-for-any") }</option>
                { for exercises.iter().map(|x| html! { <option value={x.clone()} selected={x == picked}>{ x.clone() }</option> }) }
            </select>
        </label>
    }
}

#[cfg(test)]
mod tests {
    use super::clock;

    #[test]
    fn the_clock_rounds_up_and_stops_at_zero() {
        assert_eq!(clock(600_000.0), "10:00");
        assert_eq!(clock(59_001.0), "01:00");
        assert_eq!(clock(59_000.0), "00:59");
        assert_eq!(clock(1.0), "00:01");
        assert_eq!(clock(0.0), "00:00");
        assert_eq!(clock(-5.0), "00:00");
    }
}
