package analyzer

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"
)

// Settings configures phivet. The zero value (and a nil *Settings) means
// the defaults: tags, directives and the phi marker types are the sources,
// the built-in sinks are checked, and nothing is sanitized but the
// redact and phi packages.
//
// The same schema is read from phivet.yaml, from a phivet: section of
// phiguard.yaml, and from linters.settings.custom.phivet.settings in
// .golangci.yml. Keys are kebab-case and lists hold objects, because
// golangci-lint lower-cases keys and splits them on dots: a package path
// is never used as a key.
type Settings struct {
	// Sources lists extra PHI sources.
	Sources Sources `yaml:"sources" json:"sources"`
	// Sanitizers lists functions whose results are not PHI, in addition
	// to every function of github.com/phiguard/phiguard/redact and phi.
	Sanitizers []FuncRef `yaml:"sanitizers" json:"sanitizers"`
	// Sinks lists extra functions and methods whose arguments must not be PHI.
	Sinks []SinkRef `yaml:"sinks" json:"sinks"`
	// Slogphi says the service logs through a slogphi handler. If nil or
	// not enabled, log/slog calls are sinks like any other logger.
	Slogphi *SlogphiSettings `yaml:"slogphi" json:"slogphi"`
	// Testing makes testing.T, B and F Log, Error, Fatal and Skip methods
	// sinks. The default is false: test logs rarely leave the CI machine.
	Testing bool `yaml:"testing" json:"testing"`
}

// Sources lists PHI sources beyond struct tags, //phi:sensitive
// directives and the phi marker types.
type Sources struct {
	// Types are types every value of which is PHI.
	Types []TypeRef `yaml:"types" json:"types"`
	// Fields are struct fields that hold PHI, as if tagged.
	Fields []FieldRef `yaml:"fields" json:"fields"`
	// Functions are functions and methods whose results are PHI.
	Functions []FuncRef `yaml:"functions" json:"functions"`
	// Names turns on the lower-confidence name-based sources: fields,
	// parameters and package variables whose names the detectors key
	// classifier recognises (ssn, dob, patientName ...). Default false.
	Names bool `yaml:"names" json:"names"`
}

// TypeRef names a type: Package is its import path, Name its name.
type TypeRef struct {
	Package  string `yaml:"package" json:"package"`
	Name     string `yaml:"name" json:"name"`
	Category string `yaml:"category" json:"category"`
}

// FieldRef names the field Field of the struct type Type in Package.
type FieldRef struct {
	Package  string `yaml:"package" json:"package"`
	Type     string `yaml:"type" json:"type"`
	Field    string `yaml:"field" json:"field"`
	Category string `yaml:"category" json:"category"`
}

// FuncRef names a function (Name "Load") or a method (Name
// "Repo.Load") of Package. Category is used only for sources.
type FuncRef struct {
	Package  string `yaml:"package" json:"package"`
	Name     string `yaml:"name" json:"name"`
	Category string `yaml:"category" json:"category"`
}

// SinkRef names a function or method ("Audit.Write", interface methods
// included) whose arguments from index Arg on (0 = the first argument
// after the receiver) must not carry PHI. Kind is "log" (the default),
// "error" or "tracker"; it only changes the remedy in the message.
type SinkRef struct {
	Package string `yaml:"package" json:"package"`
	Name    string `yaml:"name" json:"name"`
	Arg     int    `yaml:"arg" json:"arg"`
	Kind    string `yaml:"kind" json:"kind"`
}

// SlogphiSettings describes a service whose slog output goes through
// slogphi.NewHandler.
type SlogphiSettings struct {
	// Enabled says every slog logger of the service writes through a
	// slogphi handler.
	Enabled bool `yaml:"enabled" json:"enabled"`
	// Categories are the categories slogphi is trusted to find in any
	// slog value, message or attribute: values of these categories
	// reaching a log/slog sink are not reported. Whole structs whose
	// PHI fields are tagged are never reported at slog sinks when
	// Enabled, since slogphi reads the tags. If empty, the default is
	// the categories the detection engine finds by pattern alone:
	// ssn, phone, fax, email, ip, url.
	Categories []string `yaml:"categories" json:"categories"`
}

// Categories are the PHI categories accepted in tags, directives and settings.
var Categories = []string{
	"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
	"health_plan", "account", "license", "vehicle", "device", "url", "ip",
	"biometric", "photo", "other_id",
}

var defaultSlogphiCategories = []string{"ssn", "phone", "fax", "email", "ip", "url"}

func knownCategory(c string) bool {
	for _, k := range Categories {
		if k == c {
			return true
		}
	}
	return false
}

// Validate reports the first problem in s, naming the entry.
func (s *Settings) Validate() error {
	if s == nil {
		return nil
	}
	var errs []error
	cat := func(where, c string, required bool) {
		if c == "" && !required {
			return
		}
		if !knownCategory(c) {
			errs = append(errs, fmt.Errorf("%s: unknown category %q (want one of %s)", where, c, strings.Join(Categories, ", ")))
		}
	}
	need := func(where, key, v string) {
		if v == "" {
			errs = append(errs, fmt.Errorf("%s: %s is required", where, key))
		}
	}
	for i, t := range s.Sources.Types {
		w := fmt.Sprintf("sources.types[%d]", i)
		need(w, "package", t.Package)
		need(w, "name", t.Name)
		cat(w, t.Category, false)
	}
	for i, f := range s.Sources.Fields {
		w := fmt.Sprintf("sources.fields[%d]", i)
		need(w, "package", f.Package)
		need(w, "type", f.Type)
		need(w, "field", f.Field)
		cat(w, f.Category, false)
	}
	for i, f := range s.Sources.Functions {
		w := fmt.Sprintf("sources.functions[%d]", i)
		need(w, "package", f.Package)
		need(w, "name", f.Name)
		cat(w, f.Category, false)
	}
	for i, f := range s.Sanitizers {
		w := fmt.Sprintf("sanitizers[%d]", i)
		need(w, "package", f.Package)
		need(w, "name", f.Name)
	}
	for i, f := range s.Sinks {
		w := fmt.Sprintf("sinks[%d]", i)
		need(w, "package", f.Package)
		need(w, "name", f.Name)
		if f.Arg < 0 {
			errs = append(errs, fmt.Errorf("%s: arg must not be negative", w))
		}
		switch f.Kind {
		case "", "log", "error", "tracker":
		default:
			errs = append(errs, fmt.Errorf("%s: unknown kind %q (want log, error or tracker)", w, f.Kind))
		}
	}
	if s.Slogphi != nil {
		for i, c := range s.Slogphi.Categories {
			cat(fmt.Sprintf("slogphi.categories[%d]", i), c, true)
		}
	}
	return errors.Join(errs...)
}

// ParseSettings decodes phivet settings from YAML. If the document has a
// top-level phivet: key (as phiguard.yaml does), that section is used.
// Unknown keys are errors. name is used in error messages.
func ParseSettings(name string, data []byte) (*Settings, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	body := data
	if root.Kind == yaml.DocumentNode && len(root.Content) == 1 && root.Content[0].Kind == yaml.MappingNode {
		m := root.Content[0]
		for i := 0; i+1 < len(m.Content); i += 2 {
			if m.Content[i].Value == "phivet" {
				b, err := yaml.Marshal(m.Content[i+1])
				if err != nil {
					return nil, fmt.Errorf("%s: %v", name, err)
				}
				body = b
				break
			}
		}
		if bytes.Equal(body, data) && strings.HasPrefix(filepath.Base(name), "phiguard.") {
			return &Settings{}, nil // a policy file without a phivet section
		}
	}
	s := new(Settings)
	dec := yaml.NewDecoder(bytes.NewReader(body))
	dec.KnownFields(true)
	if err := dec.Decode(s); err != nil && err.Error() != "EOF" {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	if err := s.Validate(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return s, nil
}

// LoadSettings reads and parses the settings file at path.
func LoadSettings(path string) (*Settings, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseSettings(path, data)
}

// settingsFiles are looked for, in order, in each directory from a
// package's directory up to the file system root.
var settingsFiles = []string{"phivet.yaml", "phivet.yml", "phiguard.yaml", "phiguard.yml"}

type dirResult struct {
	s   *Settings
	err error
}

var dirCache sync.Map // directory -> dirResult

// findSettings returns the settings of the nearest settings file above
// dir, or nil settings if there is none.
func findSettings(dir string) (*Settings, error) {
	if dir == "" {
		return nil, nil
	}
	if r, ok := dirCache.Load(dir); ok {
		r := r.(dirResult)
		return r.s, r.err
	}
	var r dirResult
	found := false
	for _, name := range settingsFiles {
		p := filepath.Join(dir, name)
		if _, err := os.Stat(p); err == nil {
			r.s, r.err = LoadSettings(p)
			found = true
			break
		}
	}
	if !found {
		parent := filepath.Dir(dir)
		if parent != dir {
			r.s, r.err = findSettings(parent)
		}
	}
	dirCache.Store(dir, r)
	return r.s, r.err
}
