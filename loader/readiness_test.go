package loader

import (
	"testing"

	"standpoint/model"
)

// TestReadinessWordings: "France stands ready" and "was ready too" back
// the proposal the article is about; "stood ready to host talks" is ready
// for something else. "insist on a force" backs it; "will assume its part
// on the ground" carries it out.
func TestReadinessWordings(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe coalition discussed sending troops. From Paris, President Jean Morel let it be known that France stands ready.",
			map[string]model.Stance{"France": model.Supports}},
		{"Troops for Ukraine\n\nThe coalition discussed sending troops. President Jean Morel said France was ready too, though he floated a first phase limited to the air.",
			map[string]model.Stance{"Jean Morel": model.Supports}},
		{"Troops for Ukraine\n\nThe coalition discussed sending troops. President Karl Hofer said Switzerland stood ready to host further talks.",
			map[string]model.Stance{"Karl Hofer": "-", "Switzerland": "-"}},
		{"Troops for Ukraine\n\nPresident Jean Morel and Prime Minister Tom Reed insist on a reassurance force after a ceasefire.",
			map[string]model.Stance{"Jean Morel": model.Supports, "Tom Reed": model.Supports}},
		{"Troops for Ukraine\n\nThe coalition discussed sending troops. President Jean Morel said that France \"will assume its part on the ground\".",
			map[string]model.Stance{"Jean Morel": model.Supports}},
	})
}
