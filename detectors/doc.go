// Package detectors finds the 18 identifiers of the HIPAA Safe Harbor method
// in log lines and structured records, without ever holding on to them.
//
// A [Scanner] reads one record (a JSON object, logfmt pairs, a URL query, an
// HL7 v2 segment or plain text) and appends a [Finding] for every identifier
// it recognises: where it is (byte offsets into the record, and the field path
// when there is one), what it is ([Category] and detector ID) and how sure the
// scanner is ([Confidence]). A Finding never carries the value itself.
//
// Most identifiers in logs are recognisable only by context, so the scanner
// combines three kinds of evidence:
//
//   - the key a value sits under ("ssn", "patientName", "PID-7"), normalised
//     by [NormalizeKey] and classified by [ClassifyKey];
//   - keywords near a value in free text ("DOB", "admitted", "MRN", "fax");
//   - validators that a random number rarely passes (SSN area rules, Luhn,
//     VIN, MBI, IBAN, NPI, DEA and GS1 check digits, NANP phone rules).
//
// A bare 9- or 10-digit number, a UUID, a timestamp or a version is never
// reported without such context. Once a value is found, the rest of the
// record is searched for it: where the record repeats it as a word of its
// own, and no key there says otherwise, it is reported again (detector
// "repeat"), as in an ORM's log that prints a statement and then its
// arguments.
//
// What is PHI follows Safe Harbor: identifiers of the patient and of their
// relatives, employers and household. A clinician in their work is not one
// (a name titled "Dr.", HL7's attending and ordering doctors, a provider's
// object or X12 loop), nor is an organisation's own address, phone or
// mailbox, nor a National Provider Identifier: the NPI check digit serves to
// recognise a provider's number and leave it alone. A DEA number and a
// state licence number stay reported, as the rule's certificate and licence
// numbers. [Options].IncludeProviders (the policy's include-providers)
// reports clinicians and NPIs too, for organisations that guard their
// workforce's names.
//
// # Fingerprints
//
// [Key.Fingerprint] turns a value into a keyed pseudonym (HMAC-SHA256 over the
// value normalised for its category), so reports can count distinct
// identifiers without showing them. A fingerprint is still PHI under HIPAA:
// a code derived from the value is not de-identification.
//
// # Performance
//
// Scanning is one pass over the bytes. Digit runs are dispatched by their
// shape, words are looked up only when their shape can matter, and the
// structured parsers work on the input in place. A Scanner is safe for
// concurrent use; its scratch state is pooled, so scanning allocates only
// for the findings' field paths and for growing dst.
package detectors
