// Package mask has the service's own redaction helper, listed as a
// sanitizer in phivet.yaml.
package mask

// Last4 keeps the last four characters of s.
func Last4(s string) string {
	if len(s) <= 4 {
		return "****"
	}
	return "****" + s[len(s)-4:]
}
