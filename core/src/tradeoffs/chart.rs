//! Bar-chart geometry for the comparison charts, so the view only draws what it is given.

/// One bar: its label, its length as a fraction of the longest, and the value in words.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// What the bar stands for (in every chart so far, an approach's name), shown beside it.
    pub label: &'static str,
    /// 0.0 to 1.0; `None` draws no bar (the value is unknown or does not apply).
    pub fraction: Option<f64>,
    /// The value in words, shown with the bar whether or not one is drawn.
    pub text: String,
}

/// Scales values linearly to the largest one. A bar that is not zero is never shorter than
/// 1% so that it stays visible next to a much longer one.
pub fn bars(items: Vec<(&'static str, Option<f64>, String)>) -> Vec<Bar> {
    let max = items
        .iter()
        .filter_map(|(_, v, _)| *v)
        .filter(|v| v.is_finite())
        .fold(0.0_f64, f64::max);
    items
        .into_iter()
        .map(|(label, value, text)| {
            let fraction = value.filter(|v| v.is_finite()).map(|v| {
                if max <= 0.0 || v <= 0.0 {
                    0.0
                } else {
                    (v / max).clamp(0.01, 1.0)
                }
            });
            Bar {
                label,
                fraction,
                text,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scales_to_the_longest_and_keeps_small_bars_visible() {
        let b = bars(vec![
            ("a", Some(10.0), "10".into()),
            ("b", Some(5.0), "5".into()),
            ("c", Some(0.001), "tiny".into()),
            ("d", Some(0.0), "0".into()),
            ("e", None, "n/a".into()),
            ("f", Some(f64::NAN), "?".into()),
        ]);
        let f: Vec<_> = b.iter().map(|x| x.fraction).collect();
        assert_eq!(
            f,
            vec![Some(1.0), Some(0.5), Some(0.01), Some(0.0), None, None]
        );
    }

    #[test]
    fn all_zero_gives_empty_bars() {
        let b = bars(vec![("a", Some(0.0), "0".into())]);
        assert_eq!(b[0].fraction, Some(0.0));
    }
}
