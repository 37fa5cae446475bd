package sentryphi

import (
	"mime"
	"strings"
	"unicode/utf8"

	"github.com/getsentry/sentry-go"
)

// attachments returns scrubbed copies of the attachments to send: names
// scanned, text payloads scrubbed (JSON by key and content, forms by key
// and content, anything else as text), binary payloads dropped unless
// Config.AllowAttachment allows them, text payloads over
// Config.MaxAttachmentBytes dropped.
func (p *pass) attachments(as []*sentry.Attachment) []*sentry.Attachment {
	if len(as) == 0 {
		return as
	}
	out := make([]*sentry.Attachment, 0, len(as))
	for _, a := range as {
		if a == nil {
			continue
		}
		c := &sentry.Attachment{Filename: p.text(a.Filename), ContentType: a.ContentType}
		switch {
		case isTextAttachment(a.ContentType, a.Payload):
			if len(a.Payload) > p.s.maxAtt {
				p.t.attDropped++
				continue
			}
			c.Payload = p.textPayload(a.Payload, strings.ToLower(a.ContentType))
		case p.s.cfg.AllowAttachment != nil && p.s.cfg.AllowAttachment(c.Filename, a.ContentType):
			c.Payload = a.Payload
		default:
			p.t.attDropped++
			continue
		}
		out = append(out, c)
	}
	return out
}

// textPayload scrubs a text attachment: a JSON document as a whole, by key
// and content; anything else (logs, CSV, HL7) line by line, each line a
// record for the scanner.
func (p *pass) textPayload(b []byte, ct string) []byte {
	s := string(b)
	if strings.Contains(ct, "json") && !strings.Contains(ct, "ndjson") {
		if out, ok := p.jsonDoc(strings.TrimSpace(s)); ok {
			return []byte(out)
		}
	}
	out := make([]byte, 0, len(b))
	for {
		line, rest, more := strings.Cut(s, "\n")
		out = append(out, p.text(line)...)
		if !more {
			return out
		}
		out = append(out, '\n')
		s = rest
	}
}

// isTextAttachment reports whether an attachment is text, by its content
// type, or when it has none, by its bytes (valid UTF-8 without NULs).
func isTextAttachment(ct string, payload []byte) bool {
	if ct == "" {
		for _, b := range payload {
			if b == 0 {
				return false
			}
		}
		return utf8.Valid(payload)
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		return false
	}
	if strings.HasPrefix(mt, "text/") {
		return true
	}
	switch mt {
	case "application/json", "application/xml", "application/x-www-form-urlencoded",
		"application/x-ndjson", "application/yaml", "application/x-yaml", "application/csv",
		"application/javascript", "application/hl7-v2", "application/fhir+json", "application/fhir+xml":
		return true
	}
	return strings.HasSuffix(mt, "+json") || strings.HasSuffix(mt, "+xml")
}
