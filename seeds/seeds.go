// Package seeds embeds the sample articles that Standpoint opens when it is
// run without paths.
package seeds

import "embed"

// FS holds the sample articles, named <name>.txt at its root.
//
//go:embed *.txt
var FS embed.FS

// Prefix is how the embedded files are named in output: seeds/<name>.txt.
const Prefix = "seeds/"
