//! How long a stolen credential stays usable, per approach, after "log out everywhere" or an
//! administrator's ban, and if nobody notices the theft at all.

use super::calculator::Scheme;
use crate::format::one_decimal;

/// The lifetimes the user sets with the sliders.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Settings {
    /// The access token's lifetime, in minutes.
    pub access_ttl_min: f64,
    /// The refresh token's lifetime, in hours; the timeline gives a session the same lifetime.
    pub refresh_ttl_h: f64,
    /// Whether each request is checked against a denylist or session store.
    pub checked: bool,
}

/// The access-token slider's stops, in minutes, from one minute to a day: about even steps on
/// a logarithmic scale, so the lifetimes people use (5 minutes to an hour) sit in the middle of
/// the slider instead of squeezed against its left end.
pub const ACCESS_STOPS: &[f64] = &[
    1.0, 2.0, 3.0, 5.0, 10.0, 15.0, 20.0, 30.0, 45.0, 60.0, 90.0, 120.0, 240.0, 480.0, 720.0,
    1440.0,
];
/// The refresh-token slider's stops, in hours, from one hour to 90 days.
pub const REFRESH_STOPS: &[f64] = &[
    1.0, 2.0, 4.0, 8.0, 12.0, 24.0, 48.0, 72.0, 168.0, 336.0, 720.0, 1440.0, 2160.0,
];
/// The access-token slider's range, in minutes: one minute to a day.
pub const ACCESS_MINUTES: (f64, f64) = (ACCESS_STOPS[0], ACCESS_STOPS[ACCESS_STOPS.len() - 1]);
/// The refresh-token slider's range, in hours: one hour to 90 days.
pub const REFRESH_HOURS: (f64, f64) = (REFRESH_STOPS[0], REFRESH_STOPS[REFRESH_STOPS.len() - 1]);

/// What the page's figures rest on: the default lifetimes (RFC 10017's worked example), refresh
/// tokens' rotation and lifetime, the denylist, and revocation at logout.
pub const SOURCES: &[&str] = &[
    "rfc10017-refresh",
    "rfc9700-refresh",
    "owasp-jwt-denylist",
    "asvs-7-4",
];

/// The slider position that shows `value`: the nearest stop (a link may carry any value).
pub fn nearest_stop(stops: &[f64], value: f64) -> usize {
    let mut best = 0;
    for (i, s) in stops.iter().enumerate() {
        if (s - value).abs() < (stops[best] - value).abs() {
            best = i;
        }
    }
    best
}

impl Settings {
    /// The settings within the sliders' ranges.
    pub fn clamped(self) -> Settings {
        Settings {
            access_ttl_min: clamp(self.access_ttl_min, ACCESS_MINUTES),
            refresh_ttl_h: clamp(self.refresh_ttl_h, REFRESH_HOURS),
            checked: self.checked,
        }
    }
}

fn clamp(x: f64, (low, high): (f64, f64)) -> f64 {
    if x.is_nan() {
        low
    } else {
        x.clamp(low, high)
    }
}

impl Default for Settings {
    /// The browser-apps BCP's example: 10-minute access tokens, 8-hour refresh tokens.
    fn default() -> Self {
        Settings {
            access_ttl_min: 10.0,
            refresh_ttl_h: 8.0,
            checked: false,
        }
    }
}

/// One approach's exposure.
#[derive(Clone, Debug, PartialEq)]
pub struct Window {
    /// The approach this window is for.
    pub scheme: Scheme,
    /// Minutes a stolen credential keeps working after the user is logged out everywhere.
    pub after_logout_min: f64,
    /// Minutes it keeps working if nobody notices (until it expires on its own).
    pub unnoticed_min: f64,
    /// The mechanism, in a sentence or two.
    pub how: String,
}

impl Window {
    /// The bar's words: how long the copy works after logout.
    pub fn after_logout_text(&self) -> String {
        if self.after_logout_min > 0.0 {
            format!(
                "usable for {} after logout",
                duration(self.after_logout_min)
            )
        } else {
            "stops at the next request".to_string()
        }
    }
}

/// The timeline's caption: how far its right edge reaches, or, when every approach stops at
/// the next request, that there is nothing to draw.
pub fn timeline_caption(windows: &[Window]) -> String {
    let longest = windows
        .iter()
        .map(|w| w.after_logout_min)
        .fold(0.0, f64::max);
    if longest > 0.0 {
        format!(
            "From logout (left edge) to {} later (right edge)",
            duration(longest)
        )
    } else {
        "Every approach stops at the next request after logout: there is no window to draw."
            .to_string()
    }
}

/// Each approach's window under these settings, in `Scheme::ALL` order.
pub fn windows(s: &Settings) -> Vec<Window> {
    let access = s.access_ttl_min.max(0.0);
    let refresh = s.refresh_ttl_h.max(0.0) * 60.0;
    let checked = s.checked;
    Scheme::ALL
        .iter()
        .map(|&scheme| {
            let (after, unnoticed, how) = match scheme {
                Scheme::Session => (
                    0.0,
                    refresh,
                    "Logging out deletes the session on the server, so the stolen cookie fails \
                     on its very next request. Unnoticed, it lasts as long as the session (here: \
                     as long as the refresh lifetime)."
                        .to_string(),
                ),
                Scheme::PureJwt if checked => (
                    0.0,
                    access,
                    "The denylist rejects the token on its next use, at the price of a lookup on \
                     every request: at that point it is a session in all but name."
                        .to_string(),
                ),
                Scheme::PureJwt => (
                    access,
                    access,
                    format!(
                        "Nothing can recall a self-contained token: it works until it expires, \
                         {} after it was issued.",
                        duration(access)
                    ),
                ),
                Scheme::AccessRefresh if checked => (
                    0.0,
                    refresh,
                    "Logging out revokes the refresh token and the denylist stops the current \
                     access token. Unnoticed, a stolen refresh token keeps minting access tokens \
                     until it expires or rotation spots it being reused."
                        .to_string(),
                ),
                Scheme::AccessRefresh => (
                    access,
                    refresh,
                    format!(
                        "Logging out revokes the refresh token, but the access token already \
                         issued works for up to {} more. Unnoticed, a stolen refresh token keeps \
                         minting access tokens until it expires or rotation spots it being reused.",
                        duration(access)
                    ),
                ),
                Scheme::Hybrid => (
                    0.0,
                    refresh,
                    "The edge checks the session record behind the short token on every request, \
                     so deleting it ends access at once; the token alone is not enough."
                        .to_string(),
                ),
            };
            Window {
                scheme,
                after_logout_min: after,
                unnoticed_min: unnoticed,
                how,
            }
        })
        .collect()
}

/// Minutes in words: "45 s", "10 min", "8 h", "3 days".
pub fn duration(minutes: f64) -> String {
    if minutes <= 0.0 {
        "no time".to_string()
    } else if minutes < 1.0 {
        format!("{} s", (minutes * 60.0).round() as u64)
    } else if minutes < 120.0 {
        format!("{} min", one_decimal(minutes))
    } else if minutes < 48.0 * 60.0 {
        format!("{} h", one_decimal(minutes / 60.0))
    } else {
        format!("{} days", one_decimal(minutes / 1440.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn get(all: &[Window], a: Scheme) -> &Window {
        all.iter().find(|w| w.scheme == a).unwrap()
    }

    #[test]
    fn the_sliders_stop_on_a_log_scale_with_the_defaults_in_the_middle() {
        for stops in [ACCESS_STOPS, REFRESH_STOPS] {
            assert!(stops.windows(2).all(|w| w[0] < w[1]));
            // No step more than triples the value: even on a logarithmic scale.
            assert!(stops.windows(2).all(|w| w[1] / w[0] <= 3.0), "{stops:?}");
        }
        let d = Settings::default();
        let access = nearest_stop(ACCESS_STOPS, d.access_ttl_min);
        let refresh = nearest_stop(REFRESH_STOPS, d.refresh_ttl_h);
        assert_eq!(ACCESS_STOPS[access], 10.0);
        assert_eq!(REFRESH_STOPS[refresh], 8.0);
        // On the old linear sliders the defaults sat within 1% of the left end.
        let middle = |i: usize, n: usize| i * 5 >= n && i * 5 <= 4 * n;
        assert!(middle(access, ACCESS_STOPS.len()), "{access}");
        assert!(middle(refresh, REFRESH_STOPS.len()), "{refresh}");
        assert_eq!(nearest_stop(ACCESS_STOPS, 7.0), 3, "7 minutes shows as 5");
        assert_eq!(nearest_stop(ACCESS_STOPS, 1e9), ACCESS_STOPS.len() - 1);
    }

    #[test]
    fn with_a_check_on_every_request_the_caption_says_there_is_nothing_to_draw() {
        let checked = windows(&Settings {
            checked: true,
            ..Settings::default()
        });
        assert!(timeline_caption(&checked).contains("no window to draw"));
        assert!(timeline_caption(&windows(&Settings::default())).starts_with("From logout"));
    }

    #[test]
    fn only_unchecked_jwts_outlive_a_logout() {
        let all = windows(&Settings {
            access_ttl_min: 15.0,
            refresh_ttl_h: 24.0,
            checked: false,
        });
        assert_eq!(get(&all, Scheme::Session).after_logout_min, 0.0);
        assert_eq!(get(&all, Scheme::PureJwt).after_logout_min, 15.0);
        assert_eq!(get(&all, Scheme::AccessRefresh).after_logout_min, 15.0);
        assert_eq!(get(&all, Scheme::Hybrid).after_logout_min, 0.0);
        assert_eq!(get(&all, Scheme::AccessRefresh).unnoticed_min, 24.0 * 60.0);
        assert!(get(&all, Scheme::PureJwt).how.contains("15 min"));
        assert_eq!(
            get(&all, Scheme::PureJwt).after_logout_text(),
            "usable for 15 min after logout"
        );
        assert_eq!(
            get(&all, Scheme::Session).after_logout_text(),
            "stops at the next request"
        );
        assert_eq!(
            timeline_caption(&all),
            "From logout (left edge) to 15 min later (right edge)"
        );
    }

    #[test]
    fn a_denylist_closes_the_window() {
        let all = windows(&Settings {
            access_ttl_min: 15.0,
            refresh_ttl_h: 24.0,
            checked: true,
        });
        assert!(all.iter().all(|w| w.after_logout_min == 0.0));
        assert!(timeline_caption(&all).contains("no window to draw"));
        assert!(get(&all, Scheme::PureJwt)
            .how
            .contains("session in all but name"));
    }

    #[test]
    fn durations_read_naturally() {
        assert_eq!(duration(0.0), "no time");
        assert_eq!(duration(0.5), "30 s");
        assert_eq!(duration(10.0), "10 min");
        assert_eq!(duration(480.0), "8 h");
        assert_eq!(duration(90.0 * 1440.0), "90 days");
        assert_eq!(duration(150.0), "2.5 h");
    }
}
