//! The questions of the guide, in the order they are asked. Each id is also the key of the
//! answer in a shared link, and each option id its value, so keep them short and stable.

use crate::guide::model::{Choice, Cond, Pick, Question};

const ARCHITECTURE: &str = "Architecture";
const THREATS: &str = "Threat model";
const SCALE: &str = "Scale and infrastructure";
const TEAM: &str = "Team";

/// The web front-end question applies when there is (or may be) a browser app.
const HAS_WEB: Cond = Cond::Any(&[Cond::Picked("clients", "web"), Cond::Unsure("clients")]);
/// People sign in: a browser, native, command-line or desktop app, a device they pair, or
/// third-party apps acting for users (not partners' servers or services alone). The questions about signing in, and the checklist's sign-in
/// items, apply only then.
pub(super) const HAS_PEOPLE: Cond = Cond::Any(&[
    Cond::PickedAny("clients", &["web", "mobile", "cli", "device", "delegated"]),
    Cond::Unsure("clients"),
]);

pub static QUESTIONS: &[Question] = &[
    Question {
        id: "clients",
        topic: ARCHITECTURE,
        text: "Who calls your system?",
        short: "Clients",
        why: "Each kind of client gets its own recommendation: browsers handle cookies well, \
              native and command-line apps send tokens in headers, a device without a \
              browser is paired from a phone, a partner's server needs a machine credential, an app acting for your users needs their consent, and your own \
              services need workload credentials. Tick all that apply.",
        kind: Pick::Many,
        choices: &[
            Choice {
                id: "web",
                label: "Our own web app in the browser",
                hint: "People sign in on a website or web app you build.",
            },
            Choice {
                id: "mobile",
                label: "Our own native mobile app",
                hint: "An iOS or Android app you ship through an app store.",
            },
            Choice {
                id: "cli",
                label: "Our own command-line or desktop app",
                hint: "A CLI, a desktop app or a script people run on their own machine or in \
                       CI.",
            },
            Choice {
                id: "device",
                label: "Devices without a browser",
                hint: "TVs, consoles, kiosks, sensors: devices people pair with their account \
                       or that act on their own.",
            },
            Choice {
                id: "api",
                label: "Partners' servers calling our API for themselves",
                hint: "Another company's back end uses your API on its own account (no user \
                       of yours is involved).",
            },
            Choice {
                id: "delegated",
                label: "Third-party apps acting for our users",
                hint: "Someone else's app reads or changes a user's data in your system with \
                       that user's permission.",
            },
            Choice {
                id: "services",
                label: "Our own services calling each other",
                hint: "Back-end jobs or services that call your other services.",
            },
        ],
        ask_when: Cond::Always,
    },
    Question {
        id: "frontend",
        topic: ARCHITECTURE,
        text: "How is the web front end built?",
        short: "Web front end",
        why: "Server-rendered pages and a same-site single-page app can both use a plain session \
              cookie. A front end on a different site from its API cannot rely on cookies, \
              which pushes towards a backend-for-frontend or tokens.",
        kind: Pick::One,
        choices: &[
            Choice {
                id: "ssr",
                label: "Server-rendered pages",
                hint: "The server builds the HTML (Rails, Django, Laravel, server components).",
            },
            Choice {
                id: "spa",
                label: "SPA, API on the same site",
                hint:
                    "A single-page app (React, Vue, Angular) on app.example.com calling \
                       api.example.com: one registrable domain, so one site to the browser.",
            },
            Choice {
                id: "spa-other",
                label: "SPA, API on another site",
                hint: "A single-page app on example.app calling api.example-backend.com: two \
                       sites, so \
                       the API's cookies are third-party cookies.",
            },
        ],
        ask_when: HAS_WEB,
    },
    Question {
        id: "backend",
        topic: ARCHITECTURE,
        text: "What does the back end look like?",
        short: "Back end",
        why: "A single application can look a session up in its own database. Many services \
              would each need that lookup on every hop, which is where self-contained tokens \
              earn their keep.",
        kind: Pick::One,
        choices: &[
            Choice {
                id: "monolith",
                label: "One application",
                hint: "One deployable, perhaps running as several instances.",
            },
            Choice {
                id: "few",
                label: "A few services",
                hint: "Two to about five services, usually owned by one team.",
            },
            Choice {
                id: "micro",
                label: "Many microservices",
                hint: "Many independently deployed services, often owned by several teams.",
            },
            Choice {
                id: "serverless",
                label: "Serverless functions",
                hint: "Short-lived functions (Lambda, Cloud Functions, Workers) behind a gateway.",
            },
        ],
        ask_when: Cond::Always,
    },
    Question {
        id: "domains",
        topic: ARCHITECTURE,
        text: "Must people stay signed in across unrelated domains?",
        short: "Domains",
        why: "Each site keeps its own session whatever you pick. What carries one login across \
              unrelated domains is a central sign-in: an identity provider (hosted or your \
              own) that each site sends people to and that remembers them. Subdomains of one \
              domain are one site and need none of this, but customers on sibling subdomains \
              need checks that SameSite cannot make.",
        kind: Pick::One,
        choices: &[
            Choice {
                id: "one",
                label: "One site",
                hint: "Subdomains of one domain (app., api., www.) count as one site.",
            },
            Choice {
                id: "tenants",
                label: "Subdomains per customer",
                hint: "For example acme.example.app and globex.example.app: to the browser \
                       these are one site, so SameSite does not keep customers apart.",
            },
            Choice {
                id: "several",
                label: "Yes, unrelated domains",
                hint: "For example shop.example and help.example-support.net. Domains on the \
                       Public Suffix List (github.io, vercel.app) count as unrelated too.",
            },
        ],
        ask_when: HAS_PEOPLE,
    },
    Question {
        id: "revoke",
        topic: THREATS,
        text: "When you revoke access, how fast must it take effect?",
        short: "Revocation",
        why: "A server-side session ends the moment you delete it. A self-contained token stays \
              valid until it expires unless every request checks a server-side list, so this \
              answer decides how short tokens must live or whether they fit at all.",
        kind: Pick::One,
        choices: &[
            Choice {
                id: "instant",
                label: "Instantly",
                hint: "A banned user or stolen session must stop working on the next request.",
            },
            Choice {
                id: "minutes",
                label: "Within minutes",
                hint: "A window of 5 to 15 minutes is acceptable.",
            },
            Choice {
                id: "hours",
                label: "Hours are fine",
                hint: "Nothing valuable is at stake in the meantime.",
            },
        ],
        ask_when: Cond::Always,
    },
    Question {
        id: "data",
        topic: THREATS,
        text: "How sensitive is the data behind the login?",
        short: "Data sensitivity",
        why: "The more a stolen credential is worth, the more it matters to keep credentials out \
              of reach of page scripts, to revoke them quickly and to keep personal data out of \
              tokens anyone holding them can read.",
        kind: Pick::One,
        choices: &[
            Choice {
                id: "regulated",
                label: "Regulated",
                hint: "Finance, health, government or similar: audits and breach rules apply.",
            },
            Choice {
                id: "personal",
                label: "Personal data",
                hint:
                    "Names, addresses, messages: covered by privacy law but not a regulated sector.",
            },
            Choice {
                id: "low",
                label: "Low",
                hint: "Public or low-value data; a leak would be embarrassing, not harmful.",
            },
        ],
        ask_when: Cond::Always,
    },
    Question {
        id: "stake",
        topic: THREATS,
        text: "What could someone do with a stolen login?",
        short: "At stake",
        why: "NIST SP 800-63B-4 sets how often people must sign in again, and after how long \
              idle, by assurance level; the level follows the harm a stolen login can do. The \
              checklist's timeouts and sign-in methods follow this answer.",
        kind: Pick::One,
        choices: &[
            Choice {
                id: "low",
                label: "Little harm",
                hint: "Read public or low-value data, change preferences (assurance level 1).",
            },
            Choice {
                id: "moderate",
                label: "Real harm to one person",
                hint: "Personal data, purchases, messages in their name (assurance level 2).",
            },
            Choice {
                id: "high",
                label: "Severe harm",
                hint: "Large payments, health records, control over other people's accounts \
                       (assurance level 3).",
            },
        ],
        ask_when: HAS_PEOPLE,
    },
    Question {
        id: "scale",
        topic: SCALE,
        text: "How large do you expect to be in the next two years?",
        short: "Scale",
        why: "Below about 100,000 users both approaches cost about the same to run; scale \
              rarely decides the question, but at very high request rates a lookup on every \
              request starts to show on the bill.",
        kind: Pick::One,
        choices: &[
            Choice {
                id: "small",
                label: "Under 10,000 users",
                hint: "Up to roughly a million requests a day.",
            },
            Choice {
                id: "medium",
                label: "10,000 to 100,000 users",
                hint: "Up to roughly ten million requests a day.",
            },
            Choice {
                id: "large",
                label: "100,000 to a million users",
                hint: "Tens of millions of requests a day.",
            },
            Choice {
                id: "huge",
                label: "More than a million users",
                hint: "Or more than a hundred million requests a day.",
            },
        ],
        ask_when: Cond::Always,
    },
    Question {
        id: "store",
        topic: SCALE,
        text: "Do you have, or could you run, a shared store such as Redis?",
        short: "Shared store",
        why: "Server-side sessions and revocation lists need a store that every instance can \
              reach quickly. If you cannot have one, state on the server is off the table.",
        kind: Pick::One,
        choices: &[
            Choice {
                id: "have",
                label: "Yes, we already run one",
                hint: "Redis, Memcached, or a database every instance shares.",
            },
            Choice {
                id: "could",
                label: "No, but we could add one",
                hint: "Adding a managed Redis or a table is acceptable.",
            },
            Choice {
                id: "cannot",
                label: "No, and we cannot add one",
                hint: "For example edge functions with no shared state.",
            },
        ],
        ask_when: Cond::Always,
    },
    Question {
        id: "run",
        topic: TEAM,
        text: "Do you want to run authentication yourselves?",
        short: "Who runs auth",
        why: "This decides who signs people in, not how they stay signed in: after any \
              sign-in your app still keeps its own session or tokens. A managed identity \
              provider runs sign-in, recovery, second factors and enterprise login at the \
              price of a bill and a dependency. Running it yourselves means a maintained \
              library in your app, or an identity server you host (Keycloak, ZITADEL, \
              Authentik, Ory) when you need single sign-on; never code of your own.",
        kind: Pick::One,
        choices: &[
            Choice {
                id: "self",
                label: "Yes, ourselves",
                hint: "Users live in our own database, behind a maintained library or an \
                       identity server we host.",
            },
            Choice {
                id: "provider",
                label: "No, a managed provider",
                hint: "Auth0, Clerk, Cognito, Entra ID, Supabase Auth, Stytch and the like.",
            },
        ],
        ask_when: HAS_PEOPLE,
    },
    Question {
        id: "signin",
        topic: TEAM,
        text: "How do people sign in?",
        short: "Sign-in",
        why: "Passwords and passkeys are checked by you; social and enterprise login mean \
              receiving another identity provider's ID token, validating it and then creating \
              your own session. Enterprise single sign-on (one SAML or OIDC connection per \
              customer) is a large piece of work to build. Tick all that apply.",
        kind: Pick::Many,
        choices: &[
            Choice {
                id: "password",
                label: "Passwords (with or without a second factor)",
                hint: "Email or username and a password you store as a hash.",
            },
            Choice {
                id: "passkey",
                label: "Passkeys",
                hint: "WebAuthn credentials on the device or synced by the platform.",
            },
            Choice {
                id: "social",
                label: "Social login",
                hint: "Sign in with Google, Apple, GitHub and similar.",
            },
            Choice {
                id: "enterprise",
                label: "Enterprise single sign-on",
                hint: "Customers sign in through their own identity provider (SAML or OIDC).",
            },
        ],
        ask_when: HAS_PEOPLE,
    },
    Question {
        id: "team",
        topic: TEAM,
        text: "Who will build and run it?",
        short: "Team",
        why: "Every moving part (refresh rotation, key rotation, a second mechanism beside the \
              first) is something the team must get right and keep right. Small teams are \
              better served by fewer parts.",
        kind: Pick::One,
        choices: &[
            Choice {
                id: "small",
                label: "Small team, no specialists",
                hint: "A handful of developers who do everything.",
            },
            Choice {
                id: "experienced",
                label: "Some security experience",
                hint: "Someone has built and reviewed authentication before.",
            },
            Choice {
                id: "dedicated",
                label: "A dedicated security team",
                hint: "People whose job is authentication and its operations.",
            },
        ],
        ask_when: Cond::Always,
    },
    Question {
        id: "stack",
        topic: TEAM,
        text: "Which server stacks do you build on?",
        short: "Stack",
        why: "The libraries in the result follow this answer, each with the lowest version \
              that has no known advisory. Tick all that apply.",
        kind: Pick::Many,
        choices: &[
            Choice {
                id: "rust",
                label: "Rust",
                hint: "axum, actix-web or another tower-based server.",
            },
            Choice {
                id: "node",
                label: "Node.js or TypeScript",
                hint: "Express, Fastify, Hono, Next.js and similar.",
            },
            Choice {
                id: "python",
                label: "Python",
                hint: "Django, FastAPI, Flask.",
            },
            Choice {
                id: "ruby",
                label: "Ruby",
                hint: "Ruby on Rails.",
            },
            Choice {
                id: "php",
                label: "PHP",
                hint: "Laravel.",
            },
            Choice {
                id: "java",
                label: "Java or Kotlin",
                hint: "Spring Boot and Spring Security.",
            },
            Choice {
                id: "go",
                label: "Go",
                hint: "net/http and its routers.",
            },
            Choice {
                id: "dotnet",
                label: ".NET",
                hint: "ASP.NET Core.",
            },
        ],
        ask_when: Cond::Always,
    },
];
