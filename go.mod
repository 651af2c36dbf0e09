module standpoint

go 1.26.8

require (
	github.com/charmbracelet/x/term v0.2.2
	golang.org/x/text v0.43.0
)

require golang.org/x/sys v0.47.0 // indirect
