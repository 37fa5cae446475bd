package cli_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// phivet is the command built once for all tests.
var phivet string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "phivet-cli")
	if err != nil {
		panic(err)
	}
	phivet = filepath.Join(dir, "phivet")
	if runtime.GOOS == "windows" {
		phivet += ".exe"
	}
	out, err := exec.Command("go", "build", "-o", phivet, "github.com/phiguard/phiguard/cmd/phivet").CombinedOutput()
	if err != nil {
		os.Stderr.Write(out)
		panic(err)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// syntheticSSN is the fake PHI value in the module's code; it must
// never appear in any output.
const syntheticSSN = "900-55-0001"

var module = map[string]string{
	"go.mod": "module example.com/clinic\n\ngo 1.26\n",
	"model/model.go": `package model

// Patient is a synthetic patient record.
type Patient struct {
	ID  string
	SSN string ` + "`phi:\"ssn\"`" + `
	//phi:sensitive name
	Name string
}

// Sample returns a synthetic patient.
func Sample() *Patient { return &Patient{ID: "p1", SSN: "` + syntheticSSN + `", Name: "Test Person"} }
`,
	"audit/audit.go": `package audit

import "log/slog"

// Record logs an audit message.
func Record(msg string) { slog.Info("audit", "msg", msg) }
`,
	"handler/handler.go": `package handler

import (
	"fmt"
	"log"

	"example.com/clinic/audit"
	"example.com/clinic/model"
)

// Create handles a create request.
func Create() error {
	p := model.Sample()
	audit.Record(p.SSN)
	log.Printf("created %s", p.ID)
	log.Printf("name %s", p.Name)
	log.Print(p.SSN) //phivet:ignore synthetic fixture printed for the test
	return fmt.Errorf("patient %s exists", p.SSN)
}
`,
}

func writeModule(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// run runs a command in dir and returns its output and exit code.
func run(t *testing.T, dir string, name string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(o.String()+e.String(), syntheticSSN) {
		t.Errorf("%s %v: output contains the synthetic PHI value", name, args)
	}
	return o.String(), e.String(), code
}

var wantText = []string{
	`handler/handler.go:14:15: PHI field Patient.SSN (ssn) reaches slog.Info through audit.Record in Create; `,
	`handler/handler.go:16:24: PHI field Patient.Name (name) reaches log.Printf in Create; `,
	`handler/handler.go:18:41: PHI field Patient.SSN (ssn) reaches fmt.Errorf in Create; `,
}

func checkLines(t *testing.T, out string, want []string) {
	t.Helper()
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if out == "" {
		lines = nil
	}
	if len(lines) != len(want) {
		t.Fatalf("got %d lines, want %d:\n%s", len(lines), len(want), out)
	}
	for i, w := range want {
		if !strings.HasPrefix(lines[i], w) {
			t.Errorf("line %d = %q, want prefix %q", i, lines[i], w)
		}
	}
}

func TestText(t *testing.T) {
	dir := writeModule(t, module)
	out, errOut, code := run(t, dir, phivet, "./...")
	if code != 1 {
		t.Fatalf("exit code %d, want 1; stderr:\n%s", code, errOut)
	}
	checkLines(t, out, wantText)
	again, _, _ := run(t, dir, phivet, "./...")
	if again != out {
		t.Errorf("second run differs:\n%s\nvs\n%s", out, again)
	}
}

func TestJSON(t *testing.T) {
	dir := writeModule(t, module)
	out, errOut, code := run(t, dir, phivet, "-json", "./...")
	if code != 1 {
		t.Fatalf("exit code %d, want 1 (findings gate CI in -json mode too); stderr:\n%s", code, errOut)
	}
	var tree map[string]map[string][]struct {
		Posn     string `json:"posn"`
		Message  string `json:"message"`
		Category string `json:"category"`
		Related  []struct {
			Posn    string `json:"posn"`
			Message string `json:"message"`
		} `json:"related"`
	}
	if err := json.Unmarshal([]byte(out), &tree); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	diags := tree["example.com/clinic/handler"]["phivet"]
	if len(diags) != 3 {
		t.Fatalf("got %d handler diagnostics, want 3:\n%s", len(diags), out)
	}
	if diags[0].Category != "call" || diags[2].Category != "error" {
		t.Errorf("categories %q, %q; want call, error", diags[0].Category, diags[2].Category)
	}
	var rel []string
	for _, r := range diags[1].Related {
		rel = append(rel, filepath.Base(r.Posn)+" "+r.Message)
	}
	want := []string{"model.go:8:2 PHI declared here: field Patient.Name"}
	if !slices.Equal(rel, want) {
		t.Errorf("related = %q, want %q", rel, want)
	}
}

func TestSARIF(t *testing.T) {
	dir := writeModule(t, module)
	_, errOut, code := run(t, dir, phivet, "-sarif", "out.sarif", "./...")
	if code != 1 {
		t.Fatalf("exit code %d, want 1; stderr:\n%s", code, errOut)
	}
	data, err := os.ReadFile(filepath.Join(dir, "out.sarif"))
	if err != nil {
		t.Fatal(err)
	}
	var log struct {
		Version string `json:"version"`
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name  string `json:"name"`
					Rules []struct {
						ID string `json:"id"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID    string `json:"ruleId"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
						Region struct {
							StartLine int `json:"startLine"`
						} `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
				RelatedLocations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
					} `json:"physicalLocation"`
				} `json:"relatedLocations"`
				PartialFingerprints map[string]string `json:"partialFingerprints"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(data, &log); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if log.Version != "2.1.0" || len(log.Runs) != 1 || log.Runs[0].Tool.Driver.Name != "phivet" {
		t.Fatalf("bad SARIF header: %+v", log)
	}
	res := log.Runs[0].Results
	if len(res) != 3 {
		t.Fatalf("got %d results, want 3", len(res))
	}
	loc := res[1].Locations[0].PhysicalLocation
	if loc.ArtifactLocation.URI != "handler/handler.go" || loc.Region.StartLine != 16 {
		t.Errorf("location = %+v, want handler/handler.go line 16", loc)
	}
	if len(res[1].RelatedLocations) == 0 || res[1].RelatedLocations[0].PhysicalLocation.ArtifactLocation.URI != "model/model.go" {
		t.Errorf("related locations %+v, want the PHI declaration in model/model.go", res[1].RelatedLocations)
	}
	if res[0].PartialFingerprints["phivet/v1"] == "" || len(log.Runs[0].Tool.Driver.Rules) != 3 {
		t.Errorf("want fingerprints and 3 rules, got %+v", log.Runs[0].Tool.Driver.Rules)
	}
}

func TestBaseline(t *testing.T) {
	dir := writeModule(t, module)
	out, _, _ := run(t, dir, phivet, "-json", "./...")
	if err := os.WriteFile(filepath.Join(dir, "baseline.json"), []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := run(t, dir, phivet, "-baseline", "baseline.json", "./...")
	if code != 0 || out != "" {
		t.Fatalf("with its own baseline: exit %d, output %q, stderr %q; want 0 and nothing", code, out, errOut)
	}
	// Move everything down two lines and add a new leak: only the new
	// one is reported.
	h := filepath.Join(dir, "handler/handler.go")
	src, _ := os.ReadFile(h)
	changed := strings.Replace(string(src), "package handler\n", "package handler\n\n// Handlers.\n", 1)
	changed = strings.Replace(changed, "\tlog.Printf(\"created %s\", p.ID)\n", "\tlog.Printf(\"created %s\", p.ID)\n\tlog.Printf(\"ssn %s\", p.SSN)\n", 1)
	if err := os.WriteFile(h, []byte(changed), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, code = run(t, dir, phivet, "-baseline", "baseline.json", "./...")
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	checkLines(t, out, []string{"handler/handler.go:18:23: PHI field Patient.SSN (ssn) reaches log.Printf in Create;"})

	_, errOut, code = run(t, dir, phivet, "-baseline", "missing.json", "./...")
	if code != 2 || !strings.Contains(errOut, "missing.json") {
		t.Errorf("missing baseline: exit %d, stderr %q; want 2 naming the file", code, errOut)
	}
}

func TestGoVet(t *testing.T) {
	dir := writeModule(t, module)
	_, errOut, code := run(t, dir, "go", "vet", "-vettool="+phivet, "./...")
	if code == 0 {
		t.Fatalf("go vet exit 0, want non-zero; stderr:\n%s", errOut)
	}
	// The first one needs audit.Record's summary, a fact computed in
	// another package and passed through the vet tool's fact files.
	for _, w := range []string{
		"handler.go:14:15: PHI field Patient.SSN (ssn) reaches slog.Info through audit.Record in Create",
		"handler.go:16:24: PHI field Patient.Name (name) reaches log.Printf",
		"handler.go:18:41: PHI field Patient.SSN (ssn) reaches fmt.Errorf",
	} {
		if !strings.Contains(errOut, w) {
			t.Errorf("go vet output lacks %q:\n%s", w, errOut)
		}
	}
	out, errOut, code := run(t, dir, "go", "vet", "-vettool="+phivet, "-json", "./...")
	if code != 0 {
		t.Errorf("go vet -json exit %d, want 0 (go vet's convention)", code)
	}
	if !strings.Contains(out+errOut, `"message": "PHI field Patient.SSN (ssn) reaches slog.Info through audit.Record in Create`) {
		t.Errorf("go vet -json output lacks the diagnostic:\n%s%s", out, errOut)
	}
	// go vet -json output (with its "# package" lines) is a baseline too.
	baseline := filepath.Join(dir, "vet-baseline.json")
	if err := os.WriteFile(baseline, []byte(out+errOut), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errOut, code = run(t, dir, "go", "vet", "-vettool="+phivet, "-phivet.baseline="+baseline, "./...")
	if code != 0 || strings.Contains(errOut, "PHI") {
		t.Errorf("go vet with its own baseline: exit %d, stderr:\n%s\nwant 0 and no diagnostics", code, errOut)
	}
}

func TestCleanAndErrors(t *testing.T) {
	clean := writeModule(t, map[string]string{
		"go.mod": "module example.com/clean\n\ngo 1.26\n",
		"a/a.go": "package a\n\nimport \"log\"\n\ntype P struct {\n\tID  string\n\tSSN string `phi:\"ssn\"`\n}\n\nfunc F(p P) { log.Print(p.ID) }\n",
	})
	if out, errOut, code := run(t, clean, phivet, "./..."); code != 0 || out != "" {
		t.Errorf("clean module: exit %d, out %q, err %q; want 0 and nothing", code, out, errOut)
	}
	if _, _, code := run(t, clean, phivet); code != 2 {
		t.Errorf("no arguments: exit %d, want 2", code)
	}
	if _, _, code := run(t, clean, phivet, "-json", "-fix", "./..."); code != 2 {
		t.Errorf("-json with -fix: exit %d, want 2", code)
	}
	if err := os.WriteFile(filepath.Join(clean, "phivet.yaml"), []byte("sourcez: []\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errOut, code := run(t, clean, phivet, "./...")
	if code != 2 || !regexp.MustCompile(`(?s)phivet.yaml.*sourcez`).MatchString(errOut) {
		t.Errorf("bad settings: exit %d, stderr %q; want 2 naming the file and key", code, errOut)
	}
	broken := writeModule(t, map[string]string{"go.mod": "module example.com/b\n\ngo 1.26\n", "b.go": "package b\n\nfunc F() { undefined() }\n"})
	if _, _, code := run(t, broken, phivet, "./..."); code != 2 {
		t.Errorf("package with type errors: exit %d, want 2", code)
	}
}

func TestFix(t *testing.T) {
	dir := writeModule(t, map[string]string{
		"go.mod": "module example.com/fix\n\ngo 1.26\n",
		"a/a.go": "package a\n\nimport \"log/slog\"\n\ntype P struct {\n\tSSN string `phi:\"ssn\"`\n}\n\nfunc F(p P) { slog.Info(\"x\", \"ssn\", p.SSN) }\n",
	})
	if _, _, code := run(t, dir, phivet, "-fix", "./..."); code != 1 {
		t.Errorf("-fix: exit %d, want 1 (findings were reported)", code)
	}
	got, _ := os.ReadFile(filepath.Join(dir, "a/a.go"))
	if !strings.Contains(string(got), `slog.Info("x", "ssn", phi.String(p.SSN))`) || !strings.Contains(string(got), `"github.com/phiguard/phiguard/phi"`) {
		t.Errorf("fixed file:\n%s", got)
	}
}

// TestSampleService checks the realistic sample service: exactly the
// known leaks, in order, and nothing else.
func TestSampleService(t *testing.T) {
	dir, err := filepath.Abs("../../testdata/sampleservice")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join(dir, "phivet.golden"))
	if err != nil {
		t.Fatal(err)
	}
	out, errOut, code := run(t, dir, phivet, "./...")
	if code != 1 {
		t.Fatalf("exit code %d, want 1; stderr:\n%s", code, errOut)
	}
	if out != string(want) {
		t.Errorf("phivet output differs from phivet.golden:\ngot:\n%s\nwant:\n%s", out, want)
	}
}
