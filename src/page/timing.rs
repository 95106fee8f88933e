//! User Timing marks and measures (`performance.mark` / `performance.measure`), read by the
//! browser benchmark. Outside a browser (native tests) they do nothing.

/// A measure that starts when created and is recorded when [`Measure::finish`] is called or
/// the value is dropped.
pub struct Measure {
    name: &'static str,
    finished: bool,
}

impl Measure {
    /// Mark the start of the measure `name`.
    pub fn start(name: &'static str) -> Measure {
        mark(&start_mark(name));
        Measure {
            name,
            finished: false,
        }
    }

    /// Record the measure now.
    pub fn finish(mut self) {
        self.record();
    }

    fn record(&mut self) {
        if !self.finished {
            self.finished = true;
            measure_since(self.name);
        }
    }
}

impl Drop for Measure {
    fn drop(&mut self) {
        self.record();
    }
}

/// The start mark of a measure, e.g. `corroborate:render:start`.
fn start_mark(name: &str) -> String {
    format!("{name}:start")
}

/// Mark the start of `name`, to be measured later by [`measure_since`] (e.g. after a render).
pub fn mark_start(name: &str) {
    mark(&start_mark(name));
}

/// Record the measure `name` from its start mark to now, if the start mark exists.
pub fn measure_since(name: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        // A missing start mark (a render with no comparison behind it) is not an error worth
        // telling anyone about: there is simply nothing to measure.
        let _ = performance.measure_with_start_mark(name, &start_mark(name));
        performance.clear_marks_with_mark_name(&start_mark(name));
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = name;
}

fn mark(name: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = name;
}
