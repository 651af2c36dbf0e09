package loader

import (
	"errors"

	"standpoint/model"
)

func build(docs []document, warnings []string, opt Options) (*model.Corpus, error) {
	c := &model.Corpus{Question: model.Question, Warnings: warnings}
	if len(c.Articles) == 0 {
		return c, errors.New("no article could be loaded")
	}
	return c, nil
}
