package logscan

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// TestCLI runs the txtar scripts of testdata/cli, one or more per flag.
//
// A script's comment holds its commands:
//
//	env: NAME=value           environment of the commands (also os env)
//	run: ARGS                 a logscan command line; $DIR is the work dir
//	exit: N                   its expected exit code (default 0)
//	cp: SRC DST               copy a file of $DIR between commands
//
// Its files are written to $DIR, except these sections, which are checks on
// the last command: "stdout" and "stderr" (each line a regexp that must match
// a line), "!stdout" and "!stderr" (regexps no line may match), "file NAME"
// (regexps for a file the command wrote), "!file NAME" (a file that must not
// exist), "mode NAME" (its permission bits, octal). A file named "NAME
// (gzip)" is written gzipped as NAME.
func TestCLI(t *testing.T) {
	scripts, _ := filepath.Glob("testdata/cli/*.txtar")
	if len(scripts) == 0 {
		t.Fatal("no scripts")
	}
	t.Setenv("PHIGUARD_TOKEN_KEY", "cli test key, 32 bytes of text!")
	for _, s := range scripts {
		t.Run(strings.TrimSuffix(filepath.Base(s), ".txtar"), func(t *testing.T) { runScript(t, s) })
	}
}

func runScript(t *testing.T, path string) {
	ar, err := txtar.ParseFile(path)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	sub := func(s string) string { return strings.ReplaceAll(s, "$DIR", dir) }
	checks := map[string]string{}
	for _, f := range ar.Files {
		name := f.Name
		switch {
		case name == "stdout" || name == "stderr" || name == "!stdout" || name == "!stderr" ||
			strings.HasPrefix(name, "file ") || strings.HasPrefix(name, "!file ") || strings.HasPrefix(name, "mode "):
			checks[name] = sub(string(f.Data))
			continue
		}
		data := []byte(sub(string(f.Data)))
		if n, ok := strings.CutSuffix(name, " (gzip)"); ok {
			name, data = n, gzipOf(t, data)
		}
		writeFiles(t, dir, map[string][]byte{name: data})
	}
	env := map[string]string{}
	var stdout, stderr bytes.Buffer
	code, want := 0, 0
	ran := false
	for _, line := range strings.Split(string(ar.Comment), "\n") {
		k, v, _ := strings.Cut(line, ":")
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		switch k {
		case "env":
			n, val, _ := strings.Cut(v, "=")
			env[n] = sub(val)
		case "run":
			if ran && code != want {
				t.Fatalf("command before %q exited %d, want %d\nstderr:\n%s", v, code, want, stderr.String())
			}
			stdout.Reset()
			stderr.Reset()
			args := strings.Fields(sub(v))
			getenv := func(k string) string { return env[k] }
			code = Main(context.Background(), args, IO{Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr, Getenv: getenv}, "USAGE TEXT\n")
			ran, want = true, 0
		case "exit":
			want, _ = strconv.Atoi(v)
		case "cp":
			src, dst, _ := strings.Cut(v, " ")
			b, err := os.ReadFile(filepath.Join(dir, src))
			if err != nil {
				t.Fatal(err)
			}
			writeFiles(t, dir, map[string][]byte{dst: b})
		}
	}
	if !ran {
		t.Fatal("script has no run: line")
	}
	if code != want {
		t.Errorf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, want, stdout.String(), stderr.String())
	}
	for name, body := range checks {
		var out string
		neg := strings.HasPrefix(name, "!")
		switch n := strings.TrimPrefix(name, "!"); {
		case n == "stdout":
			out = stdout.String()
		case n == "stderr":
			out = stderr.String()
		case strings.HasPrefix(n, "file "):
			b, err := os.ReadFile(filepath.Join(dir, strings.TrimPrefix(n, "file ")))
			if neg {
				if err == nil {
					t.Errorf("%s exists", n)
				}
				continue
			}
			if err != nil {
				t.Errorf("%s: %v", n, err)
				continue
			}
			out = string(b)
		case strings.HasPrefix(n, "mode "):
			fi, err := os.Stat(filepath.Join(dir, strings.TrimPrefix(n, "mode ")))
			if err != nil {
				t.Errorf("%s: %v", n, err)
				continue
			}
			if got := fmt.Sprintf("%o", fi.Mode().Perm()); got != strings.TrimSpace(body) {
				t.Errorf("%s: mode %s, want %s", n, got, strings.TrimSpace(body))
			}
			continue
		}
		lines := strings.Split(out, "\n")
		for _, re := range strings.Split(strings.TrimSpace(body), "\n") {
			if re == "" {
				continue
			}
			rx, err := regexp.Compile(re)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			found := false
			for _, l := range lines {
				if rx.MatchString(l) {
					found = true
					break
				}
			}
			if found == neg {
				if neg {
					t.Errorf("%s: a line matches %q", name, re)
				} else {
					t.Errorf("%s: no line matches %q in:\n%s", name, re, out)
				}
			}
		}
	}
}
