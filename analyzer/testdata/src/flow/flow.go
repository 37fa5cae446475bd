// Package flow has PHI reaching sinks through local data flow.
package flow

import (
	"fmt"
	"log"
	"log/slog"
	"strconv"
	"strings"
	"time"
)

type Patient struct {
	ID   int
	MRN  string `phi:"mrn"`
	Name string `phi:"name"`
	Age  int    `phi:"age"`
}

func assign(p *Patient) {
	n := p.Name
	m := n
	msg := "hello " + strings.ToUpper(m)
	log.Print(msg) // want `PHI field Patient.Name \(name\) reaches log.Print`

	s := fmt.Sprintf("mrn=%s", p.MRN)
	b := []byte(s)
	log.Println(string(b)) // want `PHI field Patient.MRN \(mrn\) reaches log.Println`

	log.Print(strconv.Itoa(p.Age)) // want `PHI field Patient.Age \(age\) reaches log.Print`
	log.Print(strconv.Itoa(p.ID))  // non-PHI field: fine

	var sb strings.Builder
	sb.WriteString("patient ")
	sb.WriteString(p.Name)
	log.Print(sb.String()) // want `PHI field Patient.Name \(name\) reaches log.Print`

	var clean strings.Builder
	clean.WriteString(strconv.Itoa(p.ID))
	log.Print(clean.String()) // fine
}

func containers(ps []Patient) {
	names := make([]string, 0, len(ps))
	ids := make([]int, 0, len(ps))
	for _, p := range ps {
		names = append(names, p.Name)
		ids = append(ids, p.ID)
	}
	slog.Info("batch", "names", names) // want `PHI field Patient.Name \(name\) reaches slog.Info`
	slog.Info("batch", "ids", ids)     // fine

	byID := map[int]string{}
	for _, p := range ps {
		byID[p.ID] = p.MRN
	}
	slog.Info("mrn", "m", byID[1]) // want `PHI field Patient.MRN \(mrn\) reaches slog.Info`

	ch := make(chan string, 1)
	ch <- ps[0].Name
	log.Print(<-ch) // want `PHI field Patient.Name \(name\) reaches log.Print`
}

func pointers(p *Patient) {
	s := &p.Name
	t := s
	log.Print(*t) // want `PHI field Patient.Name \(name\) reaches log.Print`

	var out string
	set := func() { out = p.MRN }
	set()
	log.Print(out) // want `PHI field Patient.MRN \(mrn\) reaches log.Print`
}

func fill(dst *Row, p *Patient) {
	dst.Label = "name"
	dst.Value = p.Name
}

func effects(p *Patient) {
	var r Row
	fill(&r, p)
	log.Print(r.Label) // fine
	log.Print(r.Value) // want `PHI field Patient.Name \(name\) reaches log.Print`
}

type Row struct {
	Label string
	Value string
}

func structLiteral(p *Patient) {
	r := Row{Label: "mrn", Value: p.MRN}
	log.Print(r.Label) // another field of the literal: fine
	log.Print(r.Value) // want `PHI field Patient.MRN \(mrn\) reaches log.Print`
	log.Print(r)       // want `PHI field Patient.MRN \(mrn\) reaches log.Print`
}

func closures(p *Patient) {
	name := p.Name
	func() {
		log.Print(name) // want `PHI field Patient.Name \(name\) reaches log.Print`
	}()
	show := func(s string) { log.Print(s) } // want `PHI field Patient.MRN \(mrn\) reaches log.Print`
	show(p.MRN)
	defer func() { log.Print(p.ID) }() // fine
}

func phis(p *Patient, short bool) {
	label := "anonymous"
	if !short {
		label = p.Name
	}
	log.Print(label) // want `PHI field Patient.Name \(name\) reaches log.Print`
	if label == p.Name {
		log.Print("same") // a comparison is not the value: fine
	}
}

// Box is a generic container.
type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

func Wrap[T any](v T) Box[T] { return Box[T]{v: v} }

func First[T any](xs []T) T { return xs[0] } // want First:`summary\(r0<-p0\)`

func generics(p *Patient) {
	log.Print(First([]string{p.Name})) // want `PHI field Patient.Name \(name\) reaches log.Print`
	log.Print(First([]int{p.ID}))      // fine
}

type Visit struct {
	ID   int
	When time.Time `phi:"date"`
}

func dates(v *Visit, p *Patient) {
	log.Print(v.When.Format(time.DateOnly))              // want `PHI field Visit.When \(date\) reaches log.Print`
	log.Print(v.When.Year())                             // the year alone is not PHI: fine
	log.Print(strings.Contains(p.Name, "a"), len(p.MRN)) // booleans and lengths: fine
	n, err := strconv.Atoi(p.MRN)
	log.Print(n, err) // want `PHI field Patient.MRN \(mrn\) reaches log.Print` `PHI field Patient.MRN \(mrn\) reaches log.Print`
}
