package loader

import "testing"

func TestRecoverIntoNamesTheFile(t *testing.T) {
	var warning string
	func() {
		defer recoverInto(&warning, "dir/x.txt")
		panic("boom")
	}()
	if warning != "dir/x.txt: internal error, file skipped: boom" {
		t.Errorf("warning = %q", warning)
	}
}
