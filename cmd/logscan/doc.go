/*
Logscan searches log archives, local and in S3, for leaked PHI (the 18
identifiers of the HIPAA Safe Harbor method) and reports the exposure
without ever showing a value: where, how much, of which kinds, about how
many people, since when. It can write redacted copies.

Usage:

	logscan [flags] INPUT...
	logscan match --identifiers FILE [flags] INPUT...
	logscan merge [--format text|json|sarif] [-o FILE] REPORT.json...
	logscan lambda

An INPUT is a file, a directory (scanned recursively), "-" for standard
input, or s3://bucket/prefix. Compression and archives are recognised by
content, not by name: gzip, zstd, bzip2, tar, zip and UTF-16 text, nested
(a .tar.gz of .log.gz files); archive members are named
"archive.tar.gz!inner/app.log". Binary files are skipped and counted.
Each line is a record, parsed as JSON, logfmt, a URL query, HL7 v2 or text;
a CloudTrail-style document {"Records":[...]} is scanned record by record
with field paths Records[i].field. Lines longer than -max-line are scanned
in overlapping pieces, so memory stays bounded whatever the input.

# Flags

	-format text|jsonl|json|sarif
		text (default): a summary: totals, a table per category
		(occurrences, distinct identifiers, sources, confidence), one
		"source:line: category: ..." line per category of each source,
		counts per state, problems.
		jsonl: one JSON object per finding, as it is found (schema below);
		for match, one JSON object per identifier and source found.
		json: the report (schema below).
		sarif: SARIF 2.1.0, one result per category per source.
	-o FILE
		write the output to FILE (mode 0600) instead of standard output.
	-fail-on none|low|medium|high
		exit 1 when a finding has at least this confidence (default low).
	-policy FILE
		the phiguard.yaml policy: categories, minimum confidence, key rules,
		allowlists, custom detectors, redaction styles, the fingerprint key.
	-baseline FILE
		an earlier -format jsonl output: findings in it are not reported
		again. A finding is identified by source, field path, category and
		fingerprint, not by line, so it needs the same fingerprint key.
	-include GLOB, -exclude GLOB
		select files of directories and keys of S3 prefixes by their path
		below the input ("**" spans directories; a pattern without "/"
		matches the base name). Both may be repeated.
	-workers N
		objects scanned at once, and chunks of a large plain file (default:
		the number of CPUs).
	-max-line BYTES
		the largest piece of a line scanned at once (default: the policy's
		max-line-bytes, 1MiB).
	-max-size BYTES
		skip objects larger than this (default: no limit).
	-max-expand BYTES, -max-ratio R
		stop an object whose decompression layers produce more than BYTES
		(default 100GiB) or more than R times the bytes read (default 200,
		checked beyond 64MiB): zip bombs. Sizes take K, M, G, T suffixes.
	-since TIME, -until TIME
		scan only objects last modified in [since, until) (RFC 3339 or
		YYYY-MM-DD).
	-shard i/N | N
		scan only the objects whose key hashes to i modulo N. With N alone,
		i comes from JOB_COMPLETION_INDEX (Kubernetes Indexed Jobs) or
		AWS_BATCH_JOB_ARRAY_INDEX (AWS Batch array jobs).
	-redact-to DIR|s3://bucket/prefix
		write a redacted copy of every input with findings, same layout and
		compression, redacted in the policy's styles. Originals are never
		touched; an input with read errors gets no copy; members that were
		not scanned (binary) are left out of copies.
	-checkpoint FILE
		record finished objects in FILE (mode 0600); run again with the same
		FILE to resume without rescanning them. Without a configured key,
		FILE also keeps the run's fingerprint key: protect it like the key.
	-manifest FILE
		write the run manifest (mode 0600): version, policy hash, key ID,
		every object with its ETag, VersionId, size and result, every skip
		and why.
	-endpoint URL, -path-style, -region REGION
		an S3-compatible store. Credentials come from the standard AWS chain.
	-versions
		also scan non-current versions of S3 objects.
	-inventory s3://bucket/.../manifest.json
		scan the objects listed by an S3 Inventory report (CSV); repeatable.
	-identifiers FILE
		(match) identifiers to look for, one a line, "category:value" or a
		bare SSN, email, phone...; read, fingerprinted and never echoed.
		Matches are reported by the identifier's line in FILE.

Flags may be written with one dash or two.

# Fingerprints

Distinct identifiers are counted by keyed fingerprint (HMAC-SHA256), the
key coming from the policy's token-key (default $PHIGUARD_TOKEN_KEY). With
no key, a random key is made for the run and logscan says so: fingerprints
then compare only within the run (and its checkpoint). Fingerprints are
pseudonyms, still PHI under HIPAA: keep jsonl and json reports where the PHI
itself could be kept.

File names, object keys, member names and field paths can hold PHI too: an
identifier found in one with medium or high confidence is replaced by its
category and the start of its fingerprint ("reports/[email:3f9a0c1b].csv"),
in reports and in the layout of redacted copies.

# Exposure

Records with PHI are counted per source. Person identifiers (SSN, MRN,
member ID, account, license, email, phone, device, full name...) seen
together in one record are taken to be one person: the estimate of
individuals is the number of such groups (union-find). A record's state
comes from a ZIP code found in it (its first three digits) or a state field;
per state, records and estimated individuals are counted (500 residents of
one state is the media-notification threshold of the breach rule). The
exposure window is the first and last record time with PHI, from the
record's timestamp (RFC 3339, common log format, RFC 1123, epoch under a
time key).

# Exit status

	0  no finding at or above -fail-on, and every input was read
	1  findings at or above -fail-on
	2  a usage error, or an input could not be read to its end (the report
	   still covers everything else)

Problems (unreadable files, truncated or corrupt archives, zip bombs,
access denied, skipped objects) are printed on standard error as they
happen, as "logscan: source[:line]: kind: message", and listed in the
report. A progress line is shown on standard error when it is a terminal.

# JSON lines schema

One line per finding (-format jsonl):

	type Finding struct {
		Source      string // file, s3://bucket/key or archive!member
		Line        int    // 1-based line
		Start, End  int    // byte offsets in the line, end exclusive
		Field       string // field path, omitted when there is none
		Category    string // ssn, name, email, ...
		Detector    string // finer ID: ssn, credit_card, key, ...
		Confidence  string // low, medium or high
		Fingerprint string // "keyid:hex", a keyed hash of the value
	}

# JSON report schema

	type Report struct {
		Tool, Version, KeyID string; EphemeralKey bool; PolicyHash string
		Started, Finished time.Time
		Totals     struct{ Objects, ObjectsWithPHI, Sources, Skipped, Errors,
		             Warnings, Bytes, Lines, Records, RecordsWithPHI,
		             Findings, Baselined, Individuals, Resumed, Excluded,
		             RedactedCopies int }
		Categories []struct{ Category string; Occurrences, Distinct, Sources int
		             Confidence struct{ Low, Medium, High int } }
		Sources    []struct{ Source string; Bytes, Lines, Records,
		             RecordsWithPHI, Findings, Individuals int
		             Categories []struct{ Category string; Occurrences,
		               Distinct, FirstLine, LastLine int; Confidence ... }
		             Window *struct{ First, Last time.Time } }
		States     []struct{ State string; Records, Individuals int }
		Window     *struct{ First, Last time.Time }
		Problems   []struct{ Source string; Line int; Kind, Message string }
		Matches    []struct{ Identifier int; Category, Source string;
		             Occurrences, FirstLine, LastLine int; First, Last *time.Time }
		Identities struct{ KeyID string; Fingerprints map[string][]string
		             Groups [][]string; States map[string]{Records int; People []string}
		             First, Last *time.Time }
	}

JSON keys are snake_case (objects_with_phi, first_line, key_id). Identities
carry the fingerprints the totals were computed from, so that "logscan
merge" adds up shard reports exactly.

# Examples

Scan a directory, summary on the terminal:

	logscan /var/log/app

Findings as JSON lines for a pipeline, failing a CI job on medium or
higher:

	logscan -format jsonl -fail-on medium ./logs > findings.jsonl

A year of logs in a bucket, with a policy, a checkpoint and a manifest
(S3 examples were tested against an in-process S3 server, not run against
AWS here):

	logscan -policy phiguard.yaml -since 2024-01-01 -until 2025-01-01 \
		-checkpoint scan.ckpt -manifest manifest.json -format json -o report.json \
		s3://acme-logs/app/

Ten Kubernetes Indexed Job pods (completions: 10, completionMode: Indexed),
each running:

	logscan -shard 10 -format json -o /out/report-$JOB_COMPLETION_INDEX.json s3://acme-logs/

then one summary:

	logscan merge -format text /out/report-*.json

Which of 40 patients appear, where and when:

	logscan match -identifiers patients.txt -format json -o matches.json s3://acme-logs/

Redacted copies written back to S3:

	logscan -redact-to s3://acme-logs-redacted/app/ s3://acme-logs/app/

# Lambda

"logscan lambda" (or any start inside AWS Lambda) serves S3 Batch
Operations: each task's object is scanned and its result carries counts
only (findings, records, distinct identifiers per category), never a value.
The job's user arguments (invocation schema 2.0) may set
"reportPrefix": "s3://bucket/prefix/" to store each task's JSON report,
mergeable with "logscan merge"; $LOGSCAN_REPORT_PREFIX does the same for
both schemas. The policy comes from $PHIGUARD_POLICY and the fingerprint
key from the policy or $PHIGUARD_TOKEN_KEY (required: the reports of
separate invocations only merge under one key). The handler was tested with
recorded Batch Operations events against an in-process S3 server, not run
in AWS here.
*/
package main
