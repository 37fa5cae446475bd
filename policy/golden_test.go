package policy

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the .err golden files of testdata/policy/invalid")

// TestInvalidFixtures parses each testdata/policy/invalid/*.yaml and
// compares its errors with the .err file beside it.
func TestInvalidFixtures(t *testing.T) {
	t.Setenv(DefaultKeyEnv, "")
	files, err := filepath.Glob("../testdata/policy/invalid/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			_, perr := Parse(filepath.Base(f), data)
			if perr == nil {
				t.Fatal("Parse succeeded on an invalid policy")
			}
			got := perr.Error() + "\n"
			golden := strings.TrimSuffix(f, ".yaml") + ".err"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -run TestInvalidFixtures -update)", err)
			}
			if got != string(want) {
				t.Errorf("errors differ from %s:\n got:\n%s\nwant:\n%s", golden, got, want)
			}
			for _, line := range strings.Split(string(data), "\n") {
				// Quoted allowlist values in the fixtures must not come back.
				if v, ok := strings.CutPrefix(strings.TrimSpace(line), `- "`); ok {
					v = strings.TrimSuffix(v, `"`)
					if strings.Contains(got, v) {
						t.Errorf("errors quote an allowlist value (line %q)", "- ...")
					}
				}
			}
		})
	}
}
