// Package store is the patient repository.
package store

import (
	"errors"
	"fmt"

	"example.com/sampleservice/internal/model"
)

// ErrNotFound is returned when no record matches.
var ErrNotFound = errors.New("not found")

// Repository stores patients in memory.
type Repository struct {
	byID map[string]*model.Patient
}

// New returns an empty repository.
func New() *Repository { return &Repository{byID: map[string]*model.Patient{}} }

// Get returns the patient with the given ID.
func (r *Repository) Get(id string) (*model.Patient, error) {
	p, ok := r.byID[id]
	if !ok {
		return nil, fmt.Errorf("patient %s: %w", id, ErrNotFound)
	}
	return p, nil
}

// FindByEmail looks a patient up by email address.
func (r *Repository) FindByEmail(email string) (*model.Patient, error) {
	for _, p := range r.byID {
		if p.Email == email {
			return p, nil
		}
	}
	// The email comes from the caller: phivet reports the callers that
	// pass PHI here, through this function's summary.
	return nil, fmt.Errorf("no patient with email %s: %w", email, ErrNotFound)
}

// Put stores p.
func (r *Repository) Put(p *model.Patient) { r.byID[p.ID] = p }

// DecryptSSN returns the patient's SSN (a PHI source by phivet.yaml).
func (r *Repository) DecryptSSN(id string) string { return "" }
