package sentryphi

import (
	"fmt"
	"testing"
)

// mismatch describes how got differs from want without showing got, which
// may hold PHI when a test fails.
func mismatch(got, want string) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	return fmt.Sprintf("differs from the want at byte %d (got %d bytes); want %q", i, len(got), want)
}

func newPass(t *testing.T, c *Config) *pass {
	t.Helper()
	s, err := New(c)
	if err != nil {
		t.Fatal(err)
	}
	return &pass{s: s}
}

func TestURL(t *testing.T) {
	p := newPass(t, nil)
	for i, tc := range []struct{ in, want string }{
		{"https://ehr.example.com/patients/{id}/chart", "https://ehr.example.com/patients/{id}/chart"},
		{"https://ehr.example.com/patients/512-44-3309/chart", "https://ehr.example.com/patients/[REDACTED:ssn]/chart"},
		{"https://ehr.example.com/patients/123-45-6789/chart", "https://ehr.example.com/patients/[REDACTED:other_id]/chart"},
		{"/patients/MRN00458812", "/patients/[REDACTED:mrn]"},
		{"/patients/4b1e8f0a-3c2d-4e5f-8a9b-0c1d2e3f4a5b/notes", "/patients/[REDACTED:other_id]/notes"},
		{"/ssn/401227781", "/ssn/[REDACTED:ssn]"},
		{"/api/v1/patients/John%20Smith", "/api/v1/patients/[REDACTED:name]"},
		{"/search?name=Maria+Garcia&page=2", "/search?name=[REDACTED:name]&page=2"},
		{"/search?q=ngozi.okafor%40example.org&sort=asc", "/search?q=[REDACTED:email]&sort=asc"},
		{"/login?next=%2Fpatients%2F88812345", "/login?next=%2Fpatients%2F[REDACTED:other_id]"},
		{"/notes?text=call+patient+John+Smith+%26+wife", "/notes?text=call+patient+[REDACTED:name]+%26+wife"},
		{"https://user:hunter2@ehr.example.com/x", "https://[REDACTED:secret]@ehr.example.com/x"},
		{"https://81.2.69.160:8443/status", "https://[REDACTED:ip]:8443/status"},
		{"/reports/weekly.csv#top", "/reports/weekly.csv#top"},
		{"/static/app.v2.js?v=3", "/static/app.v2.js?v=3"},
		{"/oauth2/sha256/callback", "/oauth2/sha256/callback"},
		{"/users/:id/edit", "/users/:id/edit"},
		{"[Filtered]", "[Filtered]"},
		{"", ""},
	} {
		if got := p.url(tc.in); got != tc.want {
			t.Errorf("#%d: url: %s", i, mismatch(got, tc.want))
		}
	}
}

func TestKeepPathIDs(t *testing.T) {
	p := newPass(t, &Config{KeepPathIDs: true})
	if in := "/patients/88812345/notes"; p.url(in) != in {
		t.Errorf("KeepPathIDs: the ID segment was redacted: %s", mismatch(p.url(in), in))
	}
	if got := p.url("/ssn/401227781"); got != "/ssn/[REDACTED:ssn]" {
		t.Errorf("KeepPathIDs still scans segments: %s", mismatch(got, "/ssn/[REDACTED:ssn]"))
	}
}

func TestIsPathID(t *testing.T) {
	for i, s := range []string{"42", "12345", "512-44-3309", "2024-01-05", "MRN00458812", "A1B2C3D4",
		"4b1e8f0a-3c2d-4e5f-8a9b-0c1d2e3f4a5b", "5f2b9c0e1d3a4b6c", "v20240101"} {
		if !isPathID(s) {
			t.Errorf("ID #%d: isPathID = false, want true", i)
		}
	}
	for _, s := range []string{"", "patients", "v1", "v2", "oauth2", "sha256", "utf-8", "index.html",
		"report-2024.pdf", "{id}", "deadbeef", "2fa", "ipv4"} {
		if isPathID(s) {
			t.Errorf("isPathID(%q) = true, want false", s) // not PHI: words
		}
	}
}

func TestParameterize(t *testing.T) {
	for i, tc := range []struct {
		in, want string
		n        int
	}{
		{"SELECT * FROM patients WHERE last_name = 'Rossi' AND ssn = '455-12-9087'",
			"SELECT * FROM patients WHERE last_name = ? AND ssn = ?", 2},
		{"SELECT * FROM t1 WHERE id IN (1, 2, 3) LIMIT 10", "SELECT * FROM t1 WHERE id IN (?, ?, ?) LIMIT ?", 4},
		{"SELECT a FROM b WHERE x = $1 AND y = :name AND z = @p1 AND w = ?", "SELECT a FROM b WHERE x = $1 AND y = :name AND z = @p1 AND w = ?", 0},
		{"SELECT 'it''s' , E'a\\'b', N'x', x'1F', 1.5e-3, .5, 0x1F FROM t", "SELECT ? , ?, ?, ?, ?, ?, ? FROM t", 7},
		{`SELECT "Smith" FROM "t 1" -- note 'x'` + "\n" + `WHERE a = 'y' /* 'z' */`, `SELECT "Smith" FROM "t 1" -- note 'x'` + "\n" + `WHERE a = ? /* 'z' */`, 1},
		{"SELECT $$Maria Garcia$$, $tag$x$tag$ FROM t", "SELECT ?, ? FROM t", 2},
		{"SELECT * FROM t WHERE name = 'unterminated Maria", "SELECT * FROM t WHERE name = ?", 1},
		{"INSERT INTO t (a_1, b2) VALUES ('x', -5)", "INSERT INTO t (a_1, b2) VALUES (?, -?)", 2},
	} {
		got, n := parameterize(tc.in)
		if got != tc.want || n != tc.n {
			t.Errorf("#%d: parameterize replaced %d (want %d): %s", i, n, tc.n, mismatch(got, tc.want))
		}
	}
}

func TestLooksLikeSQL(t *testing.T) {
	for _, s := range []string{"SELECT 1", "select * from t", " (SELECT 1)", "WITH x AS (SELECT 1) SELECT * FROM x", "update t set a=1"} {
		if !looksLikeSQL(s) {
			t.Errorf("looksLikeSQL(%q) = false", s)
		}
	}
	for _, s := range []string{"", "selected patients", "GET /x", "deleted"} {
		if looksLikeSQL(s) {
			t.Errorf("looksLikeSQL(%q) = true", s)
		}
	}
}

func TestQueryAndBody(t *testing.T) {
	p := newPass(t, nil)
	for i, tc := range []struct{ in, ct, want string }{
		{`{"patient":{"name":"Ngozi Okafor","ssn":"401-22-7781"},"count":3}`, "application/json",
			`{"count":3,"patient":{"name":"[REDACTED:name]","ssn":"[REDACTED:ssn]"}}`},
		{`{"count":3,"ok":true}`, "application/json", `{"count":3,"ok":true}`},
		{`[{"email":"a.b@example.com"}]`, "", `[{"email":"[REDACTED:email]"}]`},
		{"name=Maria+Garcia&dob=1961-03-04&page=2", "application/x-www-form-urlencoded", "name=[REDACTED:name]&dob=[REDACTED:date]&page=2"},
		{"plain text about patient John Smith", "text/plain", "plain text about patient [REDACTED:name]"},
		{`{"a":1} trailing John Smith`, "application/json", `{"a":1} trailing [REDACTED:name]`},
		{"[Filtered]", "", "[Filtered]"},
	} {
		if got := p.body(tc.in, tc.ct); got != tc.want {
			t.Errorf("#%d: body %s", i, mismatch(got, tc.want))
		}
	}
}

func TestHeaders(t *testing.T) {
	p := newPass(t, &Config{SecretHeaders: []string{"X-Tenant-Pin"}})
	in := map[string]string{
		"Authorization": "Bearer abc", "Proxy-Authorization": "Basic xyz", "Cookie": "session=abc; theme=dark",
		"Set-Cookie": "sid=abc; Path=/", "X-Api-Key": "k", "X-Auth-Token": "t", "X-Tenant-Pin": "1234",
		"X-Patient-Email": "a.b@example.com", "Referer": "https://x.example.com/patients/88812345",
		"Accept": "application/json", "X-Filtered": "[Filtered]", "Content-Type": "text/plain",
	}
	want := map[string]string{
		"Authorization": secretMask, "Proxy-Authorization": secretMask, "Cookie": "session=" + secretMask + "; theme=" + secretMask,
		"Set-Cookie": secretMask, "X-Api-Key": secretMask, "X-Auth-Token": secretMask, "X-Tenant-Pin": secretMask,
		"X-Patient-Email": "[REDACTED:email]", "Referer": "https://x.example.com/patients/[REDACTED:other_id]",
		"Accept": "application/json", "X-Filtered": "[Filtered]", "Content-Type": "text/plain",
	}
	got := p.headers(in)
	for k, w := range want {
		if got[k] != w {
			t.Errorf("header %s %s", k, mismatch(got[k], w))
		}
	}
	if len(got) != len(want) {
		t.Errorf("got %d headers, want %d", len(got), len(want))
	}
	if in["Authorization"] != "Bearer abc" {
		t.Error("headers changed its input map")
	}
}
