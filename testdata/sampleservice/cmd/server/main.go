// Command server runs the sample patient service.
package main

import (
	"log"
	"log/slog"
	"net/http"
	"os"

	"example.com/sampleservice/internal/audit"
	"example.com/sampleservice/internal/handlers"
	"example.com/sampleservice/internal/store"
	"go.uber.org/zap"
)

func main() {
	h := &handlers.Patients{
		Repo:  store.New(),
		Audit: audit.New(zap.NewNop()),
		Log:   slog.New(slog.NewJSONHandler(os.Stderr, nil)),
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /patients", h.Create)
	mux.HandleFunc("GET /patients/{id}", h.Get)
	mux.HandleFunc("GET /patients", h.Search)
	log.Fatal(http.ListenAndServe("127.0.0.1:8080", mux))
}
