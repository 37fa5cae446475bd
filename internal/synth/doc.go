// Package synth generates synthetic log lines with exact PHI labels, for
// measuring and benchmarking phiguard's detection engine.
//
// Generation is deterministic: line i of a seed and a Mix is always the
// same bytes with the same labels, whatever was generated before it, so
// corpora can be built in parallel and regenerated exactly. Every person
// is made up from hand-written name lists (see people.go); no real record
// is involved. Lines, Generator and WriteCorpus are the entry points; the
// gencorpus command (internal/synth/cmd/gencorpus) writes the committed
// corpus in testdata/corpus and large benchmark corpora.
//
// # Families
//
// A line's family names its syntax: json (flat structured logs, nested
// objects, identifier arrays, OpenTelemetry attributes, FHIR resources,
// JSON documents escaped inside string values, CloudTrail {"Records":[...]},
// DynamoDB typed values, CloudWatch and Docker envelopes around text lines,
// error-tracker events, GraphQL), logfmt (including Heroku router lines),
// text (log4j, Python, Ruby, Go, glog, syslog RFC 3164 and 5424, journald,
// nginx error, .NET, PHP, java.util.logging prefixes, free-text messages,
// stack-trace lines, SQL statements, object dumps in Python, Ruby, Java,
// Go, PHP and Elixir syntax, ArcSight CEF, protobuf text format, Redis
// MONITOR, MongoDB commands, Postfix, HTTP header and cookie dumps), access (Apache/Nginx common and combined,
// vhost, Envoy, HAProxy, AWS ELB, ALB, CloudFront, IIS), hl7 (HL7 v2
// segments and whole messages), kv ("Key: value" forms, CSV-ish rejected
// rows), xml (element and attribute records, SOAP, CDA) and x12 (EDI
// 270/271/837 segments). Keys come in many conventions (snake, camel,
// Pascal, kebab, SCREAMING, dotted, flat, spaced, Train-Case headers, hand
// abbreviations such as patFirstNm, SSN#, D.O.B.) and include HL7 and FHIR
// vocabulary. Generic leaf keys (id, number, first, line1, value) take
// their meaning from a parent object or a sibling type field.
//
// # Label rules
//
// A label is a span {s, e, cat} of byte offsets into the line as written (e
// exclusive), plus the generator's finer kind and via ("key" when the value
// sits under a key, column or fixed field position, "text" when it is in
// free text). Categories are the 18 Safe Harbor identifiers (45 CFR
// 164.514(b)(2)), with ZIP split from address and fax from phone: name,
// address, zip, date, age, phone, fax, email, ssn, mrn, health_plan,
// account, license, vehicle, device, url, ip, biometric, photo, other_id.
//
//   - One value, one span. Spans never overlap. The span covers the value's
//     bytes as they appear in the line: for URL-encoded values the encoded
//     bytes (John+Smith, jane%40mail.com), for JSON strings the raw escaped
//     bytes (also in JSON nested inside JSON strings), for XML the bytes
//     with entities, for SQL literals the bytes with doubled quotes. Quotes
//     and delimiters around the value are outside the span.
//   - Names: a full name is one span ("John A. Smith", "Smith, John",
//     "SMITH, JOHN"); an HL7 XPN field FAMILY^GIVEN^MIDDLE is one span
//     (component separators inside it); a name split over separate keys or
//     elements (first/last keys, FHIR family and given[], X12 NM1 elements)
//     gives one span per part. Titles (Dr., Mrs.) are outside the span.
//     Every person's name is labeled: patients, relatives, guarantors,
//     clinicians. Common words that are names (May, Will, Rose) are labeled
//     only where they are names.
//   - Addresses: a street line is one span, its unit included when written
//     in the same value ("123 Main St Apt 4", "12 Elm Rd, Suite 200"); a
//     unit in its own field (address2, HL7 XAD-2, FHIR line[1]) is its own
//     address span. City and county are address spans. The state is not
//     labeled (Safe Harbor keeps states); the ZIP or ZIP+4 is a zip span.
//     PO boxes and rural routes are street lines.
//   - Dates: only dates tied to the person: birth, admission, discharge,
//     death, service, appointment, procedure, collection dates. The span is
//     the whole date or date-time as written (2001-02-03, 02/03/2001,
//     3 Feb 2001, February 3, 2001, 20010203, 03-Feb-2001, 200102031422,
//     2001-02-03T14:22:05.000Z). Log timestamps, build and release dates,
//     certificate expiry and report periods are not labeled.
//   - Ages: only ages over 89, and the span is the number alone ("93" in
//     "93-year-old", "age=93", "93 y/o"). Ages of 89 and under appear
//     often, near the same keys and words, and are not labeled.
//   - Phones and faxes: the whole number as written, with +1, parentheses
//     and separators; numbers are valid NANP (area and exchange 2-9, no N11).
//     Fax is labeled fax when the key or words say fax (scorers may merge
//     phone and fax).
//   - SSNs follow the SSA rules (no 000/666/9xx area, 00 group, 0000
//     serial) in 123-45-6789, 123 45 6789 and 123456789 forms. ITINs
//     (9xx-7x-xxxx) are other_id.
//   - mrn: medical record numbers and patient identifiers in record-system
//     styles. A surrogate key that is a UUID (patient.id =
//     "8f2c...-...") is not labeled.
//   - health_plan: member, subscriber, policy and Medicaid IDs, and Medicare
//     MBIs (valid character positions, with or without dashes).
//   - account: card numbers (Luhn-valid, real issuer prefixes and lengths),
//     IBANs (valid mod 97), bank account numbers, hospital/patient account
//     and guarantor numbers.
//   - license: driver's licenses (state formats), DEA numbers (valid check
//     digit), state professional licenses, and NPIs. NPI is a provider
//     identifier, public in the NPPES registry; it is labeled license
//     because it is a certificate/license-type number tied to a person
//     and the engine reports it under that category.
//   - vehicle: VINs (valid position-9 check digit, no I/O/Q) and plates.
//   - device: IMEIs (Luhn), MAC addresses of personal devices, GS1 UDIs
//     (valid GTIN check digit; the whole UDI string with its application
//     identifiers is one span) and device serial numbers.
//   - url: personal URLs (social profiles, personal sites). API endpoints,
//     webhooks, FHIR system URIs and service URLs are not labeled.
//   - ip: public IPv4 and IPv6 addresses, span without port or brackets.
//     Private, loopback, link-local, CGNAT and documentation addresses are
//     never labeled.
//   - photo and biometric: base64 payloads whose decoded header is JPEG,
//     PNG, GIF or WebP (photo), or ISO/IEC 19794-2/-4/-6 (FMR, FIR, IIR),
//     WSQ, WAV (RIFF....WAVE) or Ogg (biometric). The span is the base64
//     payload; for a data: URI it is the whole URI, "data:" to the last
//     base64 character. Base64 of other data (gzip, PDF, zstd, random
//     bytes, JWTs, cursors) is not labeled.
//   - other_id: passport numbers, USCIS A-numbers, DoD IDs, ITINs, student
//     IDs.
//
// Noise that is never labeled appears on every family's lines: UUIDs,
// trace and span IDs, request IDs, epoch seconds and milliseconds, log
// timestamps in many formats, versions, ports, durations, byte counts,
// status codes, order and invoice numbers (ORD-123456789, bare 9- and
// 10-digit internal IDs), 5-digit counts, ICD-10, CPT, NDC and LOINC codes,
// hostnames, Kubernetes pod names, SQL with non-PHI literals, stack-trace
// lines, JWTs and API-key-like strings, hashes, certificate fingerprints,
// states, sexes and non-image base64. A line drawn without PHI carries
// none of the categories at all.
package synth
