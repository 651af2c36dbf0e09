package main

import (
	"fmt"
	"io"
	"os"

	"standpoint/loader"
	"standpoint/loader/question"
	"standpoint/model"
)

// readQuestions reads the --question arguments: a file, or the id of a
// built-in question when no such file exists. A question that cannot be
// used is a usage error naming the file, the line and the problem.
func readQuestions(args []string) ([]*question.Question, error) {
	var qs []*question.Question
	seen := map[string]string{}
	for _, arg := range args {
		var q *question.Question
		data, err := os.ReadFile(arg)
		switch {
		case err == nil:
			if q, err = question.Parse(arg, data); err != nil {
				return nil, usageError{model.CleanLine(err.Error())}
			}
		case question.Builtin(arg) != nil && os.IsNotExist(err):
			q = question.Builtin(arg)
		default:
			return nil, usageError{model.CleanLine(fmt.Sprintf("%s: %v", arg, errText(err)))}
		}
		if prev, dup := seen[q.ID]; dup {
			return nil, usageError{model.CleanLine(fmt.Sprintf("%s: id %q is already the id of %s", arg, q.ID, prev))}
		}
		seen[q.ID] = arg
		qs = append(qs, q)
	}
	if err := loader.CheckQuestions(qs); err != nil {
		return nil, usageError{model.CleanLine(err.Error())}
	}
	return qs, nil
}

// errText is an error of the file system without the path it repeats.
func errText(err error) string {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err.Error()
	}
	return err.Error()
}

// listQuestions prints the built-in questions, one a line: id and
// question; then the ones read from files (args: the --question
// arguments, in the order of given), so that a user can check a file.
func listQuestions(w io.Writer, given []*question.Question, args []string) error {
	for _, q := range question.Builtins() {
		mark := ""
		if q.ID == question.DefaultID {
			mark = " (default)"
		}
		if _, err := fmt.Fprintf(w, "%-22s %s%s\n", q.ID, q.Text, mark); err != nil {
			return err
		}
	}
	for i, q := range given {
		if question.Builtin(args[i]) == q {
			continue // named by its id: listed above
		}
		line := fmt.Sprintf("%-22s %s (%s: %d proposal phrases, %d verbs)", q.ID, q.Text, args[i], len(q.Proposal), len(q.Acts))
		if _, err := fmt.Fprintln(w, model.CleanLine(line)); err != nil {
			return err
		}
	}
	return nil
}
