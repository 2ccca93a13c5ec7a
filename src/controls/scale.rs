//! Slider scales: a slider's integer position (0 ..= STEPS) to a value in model units and
//! back. Rates and sizes span decades, so most sliders are logarithmic.

/// Positions per slider; fine enough that dragging feels continuous.
pub const STEPS: u32 = 1000;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum SliderScale {
    Linear {
        min: f64,
        max: f64,
    },
    /// Logarithmic from `min` to `max` (both > 0).
    Log {
        min: f64,
        max: f64,
    },
    /// Position 0 is exactly zero; the rest is logarithmic from `min` to `max`.
    LogWithZero {
        min: f64,
        max: f64,
    },
}

impl SliderScale {
    pub fn min(&self) -> f64 {
        match *self {
            SliderScale::Linear { min, .. } | SliderScale::Log { min, .. } => min,
            SliderScale::LogWithZero { .. } => 0.0,
        }
    }

    pub fn max(&self) -> f64 {
        match *self {
            SliderScale::Linear { max, .. }
            | SliderScale::Log { max, .. }
            | SliderScale::LogWithZero { max, .. } => max,
        }
    }

    /// The value at a position (clamped to 0 ..= STEPS).
    pub fn value(&self, pos: u32) -> f64 {
        let f = f64::from(pos.min(STEPS)) / f64::from(STEPS);
        match *self {
            SliderScale::Linear { min, max } => min + (max - min) * f,
            SliderScale::Log { min, max } => min * (max / min).powf(f),
            SliderScale::LogWithZero { min, max } => {
                if pos == 0 {
                    0.0
                } else {
                    let g = (f64::from(pos) - 1.0) / (f64::from(STEPS) - 1.0);
                    min * (max / min).powf(g)
                }
            }
        }
    }

    /// The nearest position to a value (values outside the range clamp to an end).
    pub fn position(&self, value: f64) -> u32 {
        if !value.is_finite() {
            return if value > 0.0 { STEPS } else { 0 };
        }
        let steps = f64::from(STEPS);
        let f = match *self {
            SliderScale::Linear { min, max } => (value - min) / (max - min),
            SliderScale::Log { min, max } => (value.max(min) / min).ln() / (max / min).ln(),
            SliderScale::LogWithZero { min, max } => {
                if value < min * 0.5 {
                    return 0;
                }
                let g = (value.max(min) / min).ln() / (max / min).ln();
                return (1.0 + g * (steps - 1.0)).round().clamp(1.0, steps) as u32;
            }
        };
        (f * steps).round().clamp(0.0, steps) as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log_scale_round_trips_and_hits_both_ends() {
        let s = SliderScale::Log {
            min: 1e6,
            max: 1e10,
        };
        assert_eq!(s.value(0), 1e6);
        assert!((s.value(STEPS) - 1e10).abs() < 1.0);
        for pos in [0, 1, 250, 500, 999, 1000] {
            assert_eq!(s.position(s.value(pos)), pos);
        }
        assert_eq!(s.position(1e20), STEPS);
        assert_eq!(s.position(-5.0), 0);
        assert_eq!(s.position(f64::NAN), 0);
    }

    #[test]
    fn log_with_zero_has_an_exact_zero() {
        let s = SliderScale::LogWithZero {
            min: 1e6,
            max: 1e10,
        };
        assert_eq!(s.value(0), 0.0);
        assert_eq!(s.position(0.0), 0);
        assert_eq!(s.value(1), 1e6);
        assert_eq!(s.position(s.value(700)), 700);
    }
}
