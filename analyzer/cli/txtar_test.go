package cli_test

import (
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// TestTxtar runs one archive per flag from testdata: its comment holds
// the phivet command line and the expected exit code, its files the
// module, and its stdout section the exact output ($WORK stands for
// the module directory).
func TestTxtar(t *testing.T) {
	archives, err := filepath.Glob("testdata/*.txtar")
	if err != nil || len(archives) == 0 {
		t.Fatalf("no archives: %v", err)
	}
	fingerprint := regexp.MustCompile(`"phivet/v1": "[0-9a-f]{32}"`)
	for _, name := range archives {
		t.Run(strings.TrimSuffix(filepath.Base(name), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(name)
			if err != nil {
				t.Fatal(err)
			}
			var args []string
			wantCode := -1
			for _, line := range strings.Split(string(ar.Comment), "\n") {
				if rest, ok := strings.CutPrefix(line, "phivet "); ok {
					args = strings.Fields(rest)
				} else if rest, ok := strings.CutPrefix(line, "exit "); ok {
					wantCode, _ = strconv.Atoi(rest)
				}
			}
			if args == nil || wantCode < 0 {
				t.Fatal("archive comment needs a 'phivet ARGS' line and an 'exit N' line")
			}
			files := map[string]string{}
			var wantOut string
			for _, f := range ar.Files {
				if f.Name == "stdout" {
					wantOut = string(f.Data)
					continue
				}
				files[f.Name] = string(f.Data)
			}
			dir := writeModule(t, files)
			dir, _ = filepath.EvalSymlinks(dir)
			out, errOut, code := run(t, dir, phivet, args...)
			if code != wantCode {
				t.Errorf("exit code %d, want %d; stderr:\n%s", code, wantCode, errOut)
			}
			out = strings.ReplaceAll(out, dir, "$WORK")
			out = fingerprint.ReplaceAllString(out, `"phivet/v1": "HASH"`)
			if out != wantOut {
				t.Errorf("stdout:\n%s\nwant:\n%s", out, wantOut)
			}
		})
	}
}
