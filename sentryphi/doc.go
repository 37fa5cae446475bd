// Package sentryphi scrubs protected health information (PHI) out of
// everything the Sentry Go SDK (github.com/getsentry/sentry-go) sends, before
// it leaves the process.
//
// Sentry's server-side scrubbing runs after the data has left your
// perimeter, and by default it skips error messages; sentry-go has no
// client-side scrubber. Options wires one into the SDK's hooks:
//
//	err := sentry.Init(sentryphi.Options(sentry.ClientOptions{
//		Dsn:        dsn,
//		BeforeSend: myHook, // runs first; the scrubber runs after it
//	}, nil))
//
// Every hook of the client options that carries user data (BeforeSend,
// BeforeSendTransaction, BeforeBreadcrumb, BeforeSendLog, BeforeSendMetric)
// runs the application's own hook first and the scrubber last, so nothing a
// hook adds escapes. Options also wraps the SDK's HTTP transport to scrub
// the envelope header, whose trace context carries the transaction name and
// which no hook can reach.
//
// # What is scrubbed
//
// Text (messages, exception values and types, thread names, breadcrumb
// messages, span descriptions, log bodies, the transaction name) is scanned
// by the detectors and only the PHI found is replaced. Key-value data (tags,
// contexts, breadcrumb and span data, log and metric attributes, mechanism
// data, frame variables, user data, JSON and form request bodies) is
// redacted by key ("ssn", "patientName") and by content, through
// redact.Scrubber. On top of that:
//
//   - URLs: each path segment is scanned, and segments that look like record
//     identifiers ("/patients/12345", UUIDs) are redacted as other_id; query
//     values are redacted by key and content; credentials in the URL are
//     masked.
//   - Headers: Authorization, Cookie, Set-Cookie and every header whose name
//     says it holds a credential (X-Api-Key, X-Auth-Token, ...) are masked
//     whole; other headers are redacted by key and content.
//   - SQL in spans and breadcrumbs: every string and number literal is
//     replaced by "?", recognised as PHI or not.
//   - User: email, IP address, name and username are redacted whole; the ID is
//     kept only when it is not itself PHI.
//   - Attachments: text ones are scanned, binary ones dropped unless allowed.
//
// Redaction styles come from the redact.Scrubber or the shared
// phiguard.yaml policy (Config.Policy). With the token style the same
// patient gives the same token in every event and every log line, so
// custom fingerprints keep grouping without the value; a message event,
// which Sentry groups by its message, is given the message with every
// finding masked as its fingerprint, so that one bug is one issue whichever
// patient it hit.
//
// # Failing closed
//
// If scrubbing an item fails (a panic anywhere in it), the item is dropped,
// never sent as it was, and Stats counts it. Fields the scrubber does not
// know how to render are masked.
//
// # What is not scrubbed
//
// Fields that code and operators set, not users: stack frame function
// names, modules and file paths (issue grouping depends on them), span
// operations, breadcrumb categories, release, environment, server name, SDK
// and module lists, check-ins (they never reach a hook; keep monitor slugs
// free of PHI). The baggage header the SDK adds to outgoing requests for
// trace propagation carries the transaction name to your own services; name
// transactions by route, not by patient.
package sentryphi
