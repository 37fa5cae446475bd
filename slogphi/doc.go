// Package slogphi is a [log/slog] handler that redacts protected health
// information (PHI) before the handler it wraps sees a record:
//
//	logger := slog.New(slogphi.NewHandler(slog.NewJSONHandler(os.Stdout, nil), nil))
//	logger.Info("lookup for SSN 123-45-6789", "patientName", "Jane Roe", "order", 48213)
//	// {"time":...,"msg":"lookup for SSN [REDACTED:ssn]","patientName":"[REDACTED:name]","order":48213}
//
// It wraps any handler: slog's JSON and text handlers, or a third party's
// (Sentry, OpenTelemetry). It finds PHI with the detection engine of package
// [detectors] and redacts it with package [redact], so a value looks the
// same in the logs as in Sentry events and logscan's redacted copies.
//
// # What it redacts
//
//   - Attributes by key: "ssn", "dob", "patientName", "patient.address"...,
//     as the engine's key classifier reads them (case and separator
//     insensitive), through slog.Group, WithGroup and WithAttrs.
//   - Struct fields tagged phi:"category" or phi:"category,style", in
//     structs, pointers, slices, maps, nested and embedded structs. A field
//     tagged phi:"-" is never PHI by its name (its text is still scanned).
//     Untagged fields are judged by their names and content like attributes.
//   - map[string]any values (decoded JSON) by key, recursively; map keys are
//     scanned as text.
//   - Free text: the message and every string value, including error texts,
//     fmt.Stringer and slog.LogValuer results, nested ones too. Only the
//     identifiers found are replaced; the rest stays readable. Numbers,
//     times and durations are judged by their key only: 48213 under "order"
//     stays, 123456789 under "ssn" does not.
//   - The marker types of package [phi], in their category's style, and the
//     details of [phi.Error] values.
//
// Structured values (structs, maps, slices) reach the inner handler rebuilt
// as slog groups and []any, in the shape encoding/json would give them:
// exported fields under their json names, unexported fields left out. A
// value with a MarshalJSON, MarshalText, String or Format method is logged
// as what that method returns (in this order of preference), checked, so
// that the inner handler never calls a method whose output was not seen.
//
// # Styles and exceptions
//
// Each category has a style (mask, partial, token, generalize or drop; see
// [redact.Style]) from the policy (phiguard.yaml, see package policy) or
// the Redactor given in [Options]. A struct tag may set the style of its
// field. Drop removes the attribute or field.
//
// A handler can keep chosen categories in clear, for an audit log that must
// record MRNs: [Options.Keep], or keep: in the policy. Kept values are
// counted, so that exceptions stay visible.
//
// # Counters
//
// [Handler.Stats] reports what was redacted per category and per call site
// (the file:line of the logging call), and [Options.OnRedact] reports it
// record by record, so that a team can find and fix the code that logs PHI
// instead of relying on redaction forever.
//
// # Failing closed
//
// Redaction never passes a value it could not check. A LogValue, String,
// Error or MarshalJSON method that panics, a cyclic value, a value nested
// deeper than [Options.MaxDepth] or larger than [Options.MaxItems] items or
// [Options.MaxBytes] bytes is replaced by a marker such as
// "[REDACTED:panic]", and the record is still logged. The handler never
// panics into the caller.
//
// # Performance
//
// A record without PHI is passed to the inner handler as it is, without
// copying and without allocating: strings are scanned in pooled buffers,
// key classifications are cached, and strings already found clean are
// remembered as pairs of keyed 64-bit hashes in a fixed-size table (so
// memory stays bounded and no logged text is kept), which makes constant
// messages and repeated values nearly free. Strings the engine cannot
// report (one or two bytes, a lone UUID) are not scanned; tests check
// those rules against the engine. Reflection plans for struct types are
// built once per type. See the package benchmarks.
package slogphi
