// Package policy loads phiguard.yaml, the one policy file every phiguard
// tool reads, and turns it into the configuration of the detection engine
// (detectors.Options) and of the redactor (redact.Options).
//
//	p, err := policy.Load("phiguard.yaml")
//	if err != nil {
//		log.Fatal(err) // phiguard.yaml:12:5: redact.styles[1].style: unknown redaction style "blur" (...)
//	}
//	scrub, err := p.Scrubber()
//
// # Errors
//
// A policy is refused whole, never applied in part: an unknown key, a
// value of the wrong type, an unknown category or style, a pattern that
// does not compile, a bad CIDR or a duplicate entry are all errors, since
// a typo must not silently weaken what is redacted. Every problem is
// reported at once, each as an *Error "file:line:col: setting: what is
// wrong". Errors never quote allowlist entries or keys, which may be real
// identifiers or secrets; they name them by index, as allow.values[3].
//
// # Schema
//
// Keys are kebab-case; lists hold objects; package paths and user data
// are never keys (golangci-lint lower-cases keys and splits them at dots).
// Only version is required.
//
//	version: 1                      # required; the schema version
//
//	categories:                     # default: every category
//	  disable: [photo]              # report all but these, or instead
//	  # enable: [ssn, mrn]          # report only these (not both)
//
//	min-confidence: low             # low (default), medium or high
//	include-non-public-ips: false   # report private/loopback/documentation IPs too
//	include-providers: false        # report clinicians in their work, NPIs and care organisations' staff emails too
//
//	keys:                           # key rules, tried in order before the built-in ones
//	  - key: x_*_ssn                # matched case- and separator-insensitively; * and ? wildcards
//	    category: ssn               # required unless ignore
//	    confidence: high            # default high
//	  - key: display_name
//	    ignore: true                # never PHI by key (the value is still scanned as text)
//
//	allow:                          # never reported
//	  values: ["555-0100"]          # exact matched text
//	  patterns: ['TEST-\d{6}']      # regexp2, must match the whole matched text
//	  cidrs: [203.0.113.0/24]       # prefixes or single addresses
//
//	custom:                         # detectors of your own
//	  - id: acme_member             # lower case, digits, _; unique
//	    category: health_plan       # required
//	    pattern: '(?<=MBR-)\d{9}'   # regexp2 (lookaround; a group "value" narrows the finding)
//	    keywords: [MBR-]            # run only on records holding one (case-insensitive)
//	    confidence: medium          # default medium
//
//	redact:
//	  default: mask                 # mask (default), partial, token, generalize or drop
//	  styles:                       # one entry per category at most
//	    - {category: ssn, style: partial}
//	    - {category: date, style: generalize}
//	  keep: [mrn]                   # left in clear: explicit exceptions for audit loggers
//
//	token-key:                      # where tokens' and fingerprints' key comes from
//	  env: PHIGUARD_TOKEN_KEY       # default; wins over file when set
//	  file: ./keys/token.key        # relative to the policy; mode 0600 or stricter
//
//	match-timeout: 50ms             # per custom-pattern match; default 50ms, at most 10s
//	max-line-bytes: 1MiB            # longer records are scanned in windows; 4KiB to 64MiB
//
//	phivet: {}                      # the phivet analyzer's settings, passed through
//
// Categories are the canonical IDs of detectors.Category: name, address,
// zip, date, age, phone, fax, email, ssn, mrn, health_plan, account,
// license, vehicle, device, url, ip, biometric, photo, other_id.
// testdata/policy/phiguard.example.yaml in the repository is a complete,
// commented example that the tests load.
//
// # Tokens are still PHI
//
// The token style and logscan's fingerprints are keyed HMACs of the value:
// records stay joinable, and anyone with the key can confirm a guess. A
// code derived from the value is a pseudonym, not de-identification, so
// tokens are PHI under HIPAA: use mask or drop for destinations without a
// business associate agreement. A policy that asks for tokens without a
// key is refused when it is loaded, never weakened to unkeyed hashes.
package policy
