package slogphi_test

import (
	"errors"
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/phiguard/phiguard/detectors"
	"github.com/phiguard/phiguard/phi"
	"github.com/phiguard/phiguard/redact"
	"github.com/phiguard/phiguard/slogphi"
)

// noTime drops the time so that the examples' output is stable.
var noTime = &slog.HandlerOptions{ReplaceAttr: dropTime}

func ExampleNewHandler() {
	logger := slog.New(slogphi.NewHandler(slog.NewJSONHandler(os.Stdout, noTime), nil))

	logger.Info("lookup failed for SSN 123-45-6789",
		"patientName", "Jane Roe",
		"order", 48213,
		slog.Group("contact", "email", "jane.roe@example.com", "preferred", true),
		"err", errors.New("no reply from jane.roe@example.com"))
	// Output:
	// {"level":"INFO","msg":"lookup failed for SSN [REDACTED:ssn]","patientName":"[REDACTED:name]","order":48213,"contact":{"email":"[REDACTED:email]","preferred":true},"err":"no reply from [REDACTED:email]"}
}

// Member is an application type whose PHI fields are tagged with their
// category and, optionally, a style.
type Member struct {
	ID      string    `json:"id"`
	Name    string    `json:"name" phi:"name"`
	SSN     string    `json:"ssn" phi:"ssn,partial"`
	DOB     time.Time `json:"dob" phi:"date,generalize"`
	ZIP     string    `json:"zip" phi:"zip,generalize"`
	Plan    string    `json:"plan"`
	Comment string    `json:"comment"`
}

// A tagged struct, logged whole: tagged fields in their style, the others
// scanned, the rest of the struct as it is.
func ExampleNewHandler_taggedStruct() {
	logger := slog.New(slogphi.NewHandler(slog.NewJSONHandler(os.Stdout, noTime), nil))
	m := Member{
		ID: "m-1001", Name: "Jane Roe", SSN: "123-45-6789",
		DOB: time.Date(1950, 3, 4, 0, 0, 0, 0, time.UTC), ZIP: "02134", Plan: "gold",
		Comment: "prefers calls at 617-555-0199",
	}
	logger.Info("enrolled", "enrollment", m)
	// Output:
	// {"level":"INFO","msg":"enrolled","enrollment":{"id":"m-1001","name":"[REDACTED:name]","ssn":"***-**-6789","dob":"1950","zip":"021","plan":"gold","comment":"prefers calls at [REDACTED:phone]"}}
}

// Styles per category come from the policy (or a Redactor). Tokens keep
// records joinable: the same SSN gives the same token in every line.
func ExampleOptions_styles() {
	key, _ := detectors.NewKey([]byte("example key, never use in production"))
	r, err := redact.New(&redact.Options{
		Key: key,
		Styles: map[detectors.Category]redact.Style{
			detectors.SSN:   redact.Token,
			detectors.Email: redact.Drop,
			detectors.Date:  redact.Generalize,
		},
	})
	if err != nil {
		panic(err)
	}
	logger := slog.New(slogphi.NewHandler(slog.NewTextHandler(os.Stdout, noTime), &slogphi.Options{Redactor: r}))
	logger.Info("visit", "ssn", "123-45-6789", "email", "jane.roe@example.com", "dob", "1987-03-04")
	logger.Info("claim", "ssn", "123 45 6789")
	// Output:
	// level=INFO msg=visit ssn=tok_ssn_2fc74310_07cdef0b82b71a26 dob=1987
	// level=INFO msg=claim ssn=tok_ssn_2fc74310_07cdef0b82b71a26
}

// An audit logger that must record MRNs keeps them, visibly; everything
// else is still redacted.
func ExampleOptions_keep() {
	audit := slog.New(slogphi.NewHandler(slog.NewJSONHandler(os.Stdout, noTime), &slogphi.Options{
		Keep: detectors.SetOf(detectors.MRN), // audit trail: MRNs in clear, by design
	}))
	audit.Info("chart opened", "mrn", "MRN00123456", "ssn", "123-45-6789", "by", "dr.house")
	// Output:
	// {"level":"INFO","msg":"chart opened","mrn":"MRN00123456","ssn":"[REDACTED:ssn]","by":"dr.house"}
}

// The marker types of package phi are PHI wherever they go; slogphi
// redacts them in their category's style, and logs the details of an
// opaque-reference error redacted, with its reference.
func ExampleNewHandler_markers() {
	logger := slog.New(slogphi.NewHandler(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == "ref" {
				a.Value = slog.StringValue("7f3a9c") // references are random; fixed for the example
			}
			return dropTime(groups, a)
		},
	}), nil))
	err := phi.NewError("patient not found", "mrn", "MRN00123456", "query", "last seen as patient Jane Roe")
	logger.Error("lookup failed",
		"dob", phi.New(phi.Date, time.Date(1950, 3, 4, 0, 0, 0, 0, time.UTC)),
		"err", err)
	// Output:
	// {"level":"ERROR","msg":"lookup failed","dob":"[REDACTED:date]","err":{"msg":"patient not found","ref":"7f3a9c","mrn":"[REDACTED:mrn]","query":"last seen as patient [REDACTED:name]"}}
}

// Stats say which logging calls log PHI, so that they can be fixed.
func ExampleHandler_Stats() {
	h := slogphi.NewHandler(slog.NewJSONHandler(discard{}, nil), nil)
	logger := slog.New(h)
	for i := 0; i < 3; i++ {
		logger.Info("retry", "ssn", "123-45-6789", "attempt", i)
	}
	logger.Info("done")
	st := h.Stats()
	fmt.Println(st.Records, "records,", st.Redacted, "with PHI:", st.Categories)
	for _, s := range st.Sites {
		fmt.Println(s.Records, "records from", s.Function, s.Categories)
	}
	// Output:
	// 4 records, 3 with PHI: ssn=3
	// 3 records from github.com/phiguard/phiguard/slogphi_test.ExampleHandler_Stats ssn=3
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
