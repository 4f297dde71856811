//! Maintained libraries per stack, so that nobody writes their own authentication.
//! Only well-known, actively maintained projects are listed; each names the approaches it
//! implements and the result shows those matching the recommendation.

use crate::guide::model::Library;

pub static STACKS: &[&str] = &[
    "Rust (axum)",
    "Node.js (Express)",
    "Python (FastAPI)",
    "Python (Django)",
    "Ruby on Rails",
    "PHP (Laravel)",
    "Java (Spring)",
    "Go",
    ".NET (ASP.NET Core)",
    "Any stack",
];

const COOKIE: &[&str] = &["session", "hybrid", "bff"];
const TOKENS: &[&str] = &["access-refresh", "hybrid", "service-jwt"];
const OIDC: &[&str] = &["provider", "bff"];

pub static LIBRARIES: &[Library] = &[
    Library {
        stack: "Rust (axum)",
        name: "tower-sessions",
        url: "https://crates.io/crates/tower-sessions",
        approaches: COOKIE,
        note: "Session middleware with Redis, SQL and in-memory stores.",
    },
    Library {
        stack: "Rust (axum)",
        name: "axum-login",
        url: "https://crates.io/crates/axum-login",
        approaches: &["session"],
        note: "Login, logout and permissions on top of tower-sessions.",
    },
    Library {
        stack: "Rust (axum)",
        name: "jsonwebtoken",
        url: "https://crates.io/crates/jsonwebtoken",
        approaches: TOKENS,
        note: "JWT signing and validation with algorithm pinning.",
    },
    Library {
        stack: "Rust (axum)",
        name: "openidconnect",
        url: "https://crates.io/crates/openidconnect",
        approaches: OIDC,
        note: "OpenID Connect client for provider sign-in.",
    },
    Library {
        stack: "Node.js (Express)",
        name: "express-session",
        url: "https://www.npmjs.com/package/express-session",
        approaches: COOKIE,
        note: "Server-side sessions; pair with a store such as connect-redis.",
    },
    Library {
        stack: "Node.js (Express)",
        name: "jose",
        url: "https://www.npmjs.com/package/jose",
        approaches: TOKENS,
        note: "JWT, JWS and JWKS with no dependencies.",
    },
    Library {
        stack: "Node.js (Express)",
        name: "openid-client",
        url: "https://www.npmjs.com/package/openid-client",
        approaches: OIDC,
        note: "Certified OpenID Connect relying party.",
    },
    Library {
        stack: "Python (FastAPI)",
        name: "fastapi-users",
        url: "https://github.com/fastapi-users/fastapi-users",
        approaches: &["session", "access-refresh", "hybrid"],
        note: "Cookie or JWT transports with database or Redis strategies: a config choice.",
    },
    Library {
        stack: "Python (FastAPI)",
        name: "Authlib",
        url: "https://authlib.org/",
        approaches: &["provider", "bff", "access-refresh", "service-jwt"],
        note: "OAuth 2, OpenID Connect and JOSE for clients and servers.",
    },
    Library {
        stack: "Python (Django)",
        name: "django.contrib.sessions and django.contrib.auth",
        url: "https://docs.djangoproject.com/en/stable/topics/http/sessions/",
        approaches: COOKIE,
        note: "Built in: server-side sessions with CSRF protection.",
    },
    Library {
        stack: "Python (Django)",
        name: "djangorestframework-simplejwt",
        url: "https://github.com/jazzband/djangorestframework-simplejwt",
        approaches: &["access-refresh", "hybrid"],
        note: "Access and refresh tokens with rotation and a blacklist app.",
    },
    Library {
        stack: "Python (Django)",
        name: "django-allauth",
        url: "https://allauth.org/",
        approaches: OIDC,
        note: "Social and enterprise (SAML, OIDC) sign-in.",
    },
    Library {
        stack: "Python (Django)",
        name: "djangorestframework-api-key",
        url: "https://github.com/florimondmanca/djangorestframework-api-key",
        approaches: &["api-keys"],
        note: "API keys stored as hashes, with prefixes and expiry.",
    },
    Library {
        stack: "Ruby on Rails",
        name: "Rails authentication generator and Devise",
        url: "https://guides.rubyonrails.org/security.html",
        approaches: &["session"],
        note: "Database-backed sessions; Rails' default cookie store is client-side, so use a \
               server-side store for revocation.",
    },
    Library {
        stack: "Ruby on Rails",
        name: "ruby-jwt",
        url: "https://github.com/jwt/ruby-jwt",
        approaches: TOKENS,
        note: "JWT encoding and verification.",
    },
    Library {
        stack: "Ruby on Rails",
        name: "OmniAuth and Doorkeeper",
        url: "https://github.com/omniauth/omniauth",
        approaches: &["provider", "bff", "access-refresh"],
        note: "Provider sign-in (OmniAuth) and an OAuth 2 server for your API (Doorkeeper).",
    },
    Library {
        stack: "PHP (Laravel)",
        name: "Laravel Sanctum",
        url: "https://laravel.com/docs/sanctum",
        approaches: &["session", "bff", "api-keys"],
        note: "Cookie sessions for your SPA, and hashed opaque API tokens for mobile apps and \
               API clients.",
    },
    Library {
        stack: "PHP (Laravel)",
        name: "Laravel Passport",
        url: "https://laravel.com/docs/passport",
        approaches: &["access-refresh", "hybrid"],
        note: "A full OAuth 2 server issuing JWT access and refresh tokens.",
    },
    Library {
        stack: "PHP (Laravel)",
        name: "Laravel Socialite",
        url: "https://laravel.com/docs/socialite",
        approaches: &["provider"],
        note: "Social sign-in.",
    },
    Library {
        stack: "Java (Spring)",
        name: "Spring Session",
        url: "https://spring.io/projects/spring-session",
        approaches: COOKIE,
        note: "Server-side sessions in Redis or JDBC.",
    },
    Library {
        stack: "Java (Spring)",
        name: "Spring Security OAuth2 Resource Server",
        url: "https://docs.spring.io/spring-security/reference/servlet/oauth2/resource-server/jwt.html",
        approaches: TOKENS,
        note: "JWT validation with JWKS and algorithm pinning.",
    },
    Library {
        stack: "Java (Spring)",
        name: "Spring Authorization Server",
        url: "https://spring.io/projects/spring-authorization-server",
        approaches: &["access-refresh", "hybrid", "bff"],
        note: "Issue access and refresh tokens yourself.",
    },
    Library {
        stack: "Go",
        name: "alexedwards/scs",
        url: "https://github.com/alexedwards/scs",
        approaches: COOKIE,
        note: "Session manager with many stores.",
    },
    Library {
        stack: "Go",
        name: "golang-jwt/jwt",
        url: "https://github.com/golang-jwt/jwt",
        approaches: TOKENS,
        note: "JWT parsing and validation.",
    },
    Library {
        stack: "Go",
        name: "coreos/go-oidc",
        url: "https://github.com/coreos/go-oidc",
        approaches: OIDC,
        note: "OpenID Connect verification for provider sign-in.",
    },
    Library {
        stack: ".NET (ASP.NET Core)",
        name: "Cookie authentication",
        url: "https://learn.microsoft.com/aspnet/core/security/authentication/cookie",
        approaches: COOKIE,
        note: "Built in; use a server-side ticket store for revocation.",
    },
    Library {
        stack: ".NET (ASP.NET Core)",
        name: "JwtBearer authentication",
        url: "https://learn.microsoft.com/aspnet/core/security/authentication/configure-jwt-bearer-authentication",
        approaches: TOKENS,
        note: "Built-in JWT bearer validation.",
    },
    Library {
        stack: ".NET (ASP.NET Core)",
        name: "OpenIddict",
        url: "https://documentation.openiddict.com/",
        approaches: &["access-refresh", "hybrid", "provider", "bff"],
        note: "OpenID Connect server and client.",
    },
    Library {
        stack: "Any stack",
        name: "Managed providers: Auth0, Clerk, Amazon Cognito, Microsoft Entra ID, Supabase \
               Auth, Stytch",
        url: "",
        approaches: &["provider"],
        note: "Compare price per monthly active user, enterprise SSO and data export.",
    },
    Library {
        stack: "Any stack",
        name: "Unkey",
        url: "https://github.com/unkeyed/unkey",
        approaches: &["api-keys"],
        note: "Open-source API key management: hashing, expiry, rate limits.",
    },
    Library {
        stack: "Any stack",
        name: "SPIFFE / SPIRE",
        url: "https://spiffe.io/",
        approaches: &["mtls", "service-jwt"],
        note: "Workload identities as X.509 certificates or JWT-SVIDs.",
    },
    Library {
        stack: "Any stack",
        name: "Istio or Linkerd",
        url: "https://istio.io/",
        approaches: &["mtls"],
        note: "Service meshes that give every workload mutual TLS.",
    },
];
