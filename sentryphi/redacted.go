package sentryphi

import (
	"runtime"
	"strings"
	"weak"

	"github.com/getsentry/sentry-go"

	"github.com/phiguard/phiguard/detectors"
)

// categoryIDs holds the categories' canonical IDs ("ssn", "health_plan").
var categoryIDs = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range detectors.Categories() {
		m[c.String()] = true
	}
	return m
}()

// isRedacted reports whether v is already the output of a redaction: a
// mask ("[REDACTED:ssn]", or the credential mask) or a token
// ("tok_ssn_3f9a0c1b_5e2d8a1f9b0c7d6e"). Redacting it again would turn a
// token into a token of a token, and the same patient would stop matching
// across fields.
func isRedacted(v string) bool {
	if strings.HasPrefix(v, "[REDACTED:") && strings.HasSuffix(v, "]") {
		return v == secretMask || categoryIDs[v[len("[REDACTED:"):len(v)-1]]
	}
	if !strings.HasPrefix(v, "tok_") || len(v) < len("tok_x_12345678_")+detectors.FingerprintLen {
		return false
	}
	fp := v[len(v)-detectors.FingerprintLen:]
	rest := v[:len(v)-detectors.FingerprintLen]
	if !isHex(fp) || !strings.HasSuffix(rest, "_") {
		return false
	}
	rest = rest[:len(rest)-1]
	if len(rest) < 9 || !isHex(rest[len(rest)-8:]) || rest[len(rest)-9] != '_' {
		return false
	}
	return categoryIDs[rest[len("tok_"):len(rest)-9]]
}

func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return s != ""
}

// markClean records that b came out of the scrubber, so that BeforeSend
// need not scan it again each time the scope attaches it to an event: the
// scope keeps up to 100 breadcrumbs and sends them with every event. The
// record goes when b is collected. Only fresh copies are marked, which no
// one but the SDK holds, so a marked breadcrumb cannot change afterwards.
func (s *Scrubber) markClean(b *sentry.Breadcrumb) {
	wp := weak.Make(b)
	s.clean.Store(wp, struct{}{})
	s.nclean.Add(1)
	runtime.AddCleanup(b, func(wp weak.Pointer[sentry.Breadcrumb]) {
		s.clean.Delete(wp)
		s.nclean.Add(-1)
	}, wp)
}

// isClean reports whether b was marked by markClean.
func (s *Scrubber) isClean(b *sentry.Breadcrumb) bool {
	if s.nclean.Load() == 0 {
		return false
	}
	_, ok := s.clean.Load(weak.Make(b))
	return ok
}
