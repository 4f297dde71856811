//! "What changed in this review": what moved in the rule base on its latest review date and
//! why, so a team that comes back to a saved link sees why its answer may differ.

use crate::guide::model::ReviewChange;

pub static CHANGES: &[ReviewChange] = &[
    ReviewChange {
        text: "The browser-apps best practice is now RFC 10017 (August 2026). A \
               backend-for-frontend weighs more for browser apps with business, sensitive or \
               personal data, which it strongly recommends, and tokens kept in the browser \
               weigh less for them.",
        sources: &["rfc10017-bff-recommended", "rfc10017-browser-client"],
    },
    ReviewChange {
        text: "The hybrid has one definition everywhere, the calculator included: a short token \
               in a header plus a session checked at the edge on every request. Its token is \
               in the browser, so it now carries the same penalties as other browser tokens.",
        sources: &["rfc10017-storage", "rfc10017-browser-client"],
    },
    ReviewChange {
        text: "Ties go to the simpler approach by a written complexity order, and \"Not sure\" \
               no longer favours the hybrid: an open answer now leaves the simplest defensible \
               approach ahead (a session for the browser, access and refresh tokens for a \
               native app).",
        sources: &["rfc10017-single-domain"],
    },
    ReviewChange {
        text: "Several unrelated domains no longer rule out sessions: each site keeps its own, \
               and one login across them comes from an identity provider, hosted or your own. \
               Teams that run authentication themselves can now get a self-hosted identity \
               server when they need single sign-on.",
        sources: &["oidc-auth"],
    },
    ReviewChange {
        text: "Partners' servers and third-party apps acting for your users are separate \
               clients now: the first get OAuth client credentials or API keys, the second \
               OAuth with user consent. API keys between your own services count against, as \
               ASVS 5.0 13.2.1 asks.",
        sources: &["rfc6749-client-credentials", "rfc6749-intro", "asvs-13-2"],
    },
    ReviewChange {
        text: "New questions: how people sign in, what a stolen login could do (which sets the \
               reauthentication and idle timeouts of NIST SP 800-63B-4) and your server stacks \
               (which set the libraries shown).",
        sources: &["nist-aal2", "nist-aal3"],
    },
    ReviewChange {
        text: "Refresh tokens get a maximum lifetime that rotation never extends; rotation is \
               described as detecting theft, with DPoP as the alternative, and is not required \
               of a backend-for-frontend.",
        sources: &["rfc10017-refresh", "rfc9700-refresh"],
    },
    ReviewChange {
        text: "Libraries show the lowest version free of known advisories and whether they are \
               still maintained (python-jose and AppAuth for Android are not; fastapi-users \
               takes security fixes only).",
        sources: &["article-which-2026"],
    },
    ReviewChange {
        text: "Every citation is now a deep link to the section it relies on, with the date it \
               was checked; the source articles are cited only for figures and minor reasons.",
        sources: &[],
    },
];
