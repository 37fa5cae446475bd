// Package logscan searches log archives, local and in S3, for leaked PHI
// and reports the exposure without ever showing a value. cmd/logscan is its
// command-line front end; Main runs the command, Scan and Merge are the
// library entry points, BatchHandler serves S3 Batch Operations from Lambda.
//
// # Inputs
//
// Files, directories (recursively, filtered by glob), standard input and
// s3://bucket/prefix URLs, S3 Inventory reports and objects named by Batch
// Operations tasks. Compression and archives are recognised by content:
// gzip, zstd, bzip2, tar, zip and UTF-16 text, nested to a bounded depth,
// with members named "archive.tar.gz!inner/app.log". Binary content is
// skipped and counted. Decompression is capped per object, in bytes and in
// ratio, against zip bombs.
//
// Each line is a record for the detectors.Scanner, which parses JSON,
// logfmt, URL queries, HL7 v2 and text. A CloudTrail-style document
// {"Records":[...]} is scanned element by element, with field paths
// Records[i].field and the document's own line numbers.
//
// # Bounded memory
//
// A line is read in pieces of at most Options.MaxLineBytes (1 MiB by
// default); pieces of one line overlap by 4 KiB so an identifier cut by a
// boundary is seen whole by one piece, and each finding is counted once.
// Memory per worker is therefore a few piece buffers whatever the input
// (a 2 GiB line included), plus the decompressors' windows (zstd frames
// with windows over 128 MiB are refused); what grows is only the set of
// distinct fingerprints, about 50 bytes per distinct identifier, which the
// distinct counts need. A zip archive read from a stream (S3, a member of
// another archive) is spooled to a temporary file of mode 0600, since its
// directory is at its end; members of redacted archive copies are too.
//
// # What is reported
//
// Findings carry the source, line, byte offsets within the line, field
// path, category, detector, confidence and a keyed fingerprint: never the
// value. Reports summarise occurrences and distinct identifiers per
// category and per source, records with PHI, an estimate of distinct
// individuals (person identifiers seen together in one record are one
// person), counts per US state (from ZIP codes and state fields) and the
// exposure window. Names of files, objects, members and fields are checked
// too, and identifiers in them replaced by category and fingerprint.
//
// Errors name the source, the line when there is one, and what is wrong
// (truncated gzip stream, corrupt tar data, expansion limit exceeded,
// access denied); they never quote the content, and the scan goes on.
package logscan
