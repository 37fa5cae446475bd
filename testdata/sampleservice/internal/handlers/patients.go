// Package handlers serves the patient API.
package handlers

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"

	"example.com/sampleservice/internal/audit"
	"example.com/sampleservice/internal/mask"
	"example.com/sampleservice/internal/model"
	"example.com/sampleservice/internal/store"
)

// Patients handles /patients.
type Patients struct {
	Repo  *store.Repository
	Audit *audit.Auditor
	Log   *slog.Logger
}

// Create handles POST /patients.
func (h *Patients) Create(w http.ResponseWriter, r *http.Request) {
	var p model.Patient
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	h.Repo.Put(&p)
	h.Log.Info("patient created", "id", p.ID, "clinic", p.Clinic)
	h.Log.Info("patient contact", "email", p.Email)
	h.Log.Debug("payload", "patient", p)
	h.Log.Info("phone on file", "phone", mask.Last4(p.Phone))
	w.WriteHeader(http.StatusCreated)
}

// Get handles GET /patients/{id}.
func (h *Patients) Get(w http.ResponseWriter, r *http.Request) {
	p, err := h.Repo.Get(r.PathValue("id"))
	if err != nil {
		h.Log.Warn("lookup failed", "err", err)
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	h.Audit.Viewed(r.Header.Get("X-User"), p.ID)
	h.Audit.Viewed(r.Header.Get("X-User"), p.Name)
	if err := json.NewEncoder(w).Encode(p); err != nil {
		h.Log.Error("encode", "err", err)
	}
}

// Search handles GET /patients?email=.
func (h *Patients) Search(w http.ResponseWriter, r *http.Request) {
	p, err := h.Repo.FindByEmail(r.URL.Query().Get("email"))
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	if p.DOB.IsZero() {
		http.Error(w, fmt.Sprintf("patient %s has no date of birth", p.Name), http.StatusConflict)
		return
	}
	//phivet:ignore the MRN is this service's own opaque key; reviewed by privacy, 2026-10
	h.Log.Info("search hit", "mrn", p.MRN)
	_, _ = h.Repo.FindByEmail(p.Email)
}

// Verify checks the SSN a caller supplied against the record.
func (h *Patients) Verify(id, ssn string) error {
	stored := h.Repo.DecryptSSN(id)
	if stored != ssn {
		return fmt.Errorf("ssn mismatch for %s: have %s", id, stored)
	}
	return nil
}
