package ui

import (
	"image/color"

	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"

	"standpoint/model"
)

// Styles is every style the app draws with. It is built once by NewStyles
// (or NewPlainStyles) and rebuilt only when the background is known.
type Styles struct {
	Pane         lipgloss.Style // border of a blurred pane; its frame sizes drive layout()
	PaneFocused  lipgloss.Style
	Title        lipgloss.Style
	TitleFocused lipgloss.Style

	Selected     lipgloss.Style // cursor row in a focused pane
	SelectedDim  lipgloss.Style // cursor row in a blurred pane
	Dim          lipgloss.Style
	Bold         lipgloss.Style
	Match        lipgloss.Style // fuzzy-matched characters
	Prompt       lipgloss.Style
	Header       lipgloss.Style
	Error        lipgloss.Style
	Status       lipgloss.Style
	StatusWarn   lipgloss.Style
	Tab          lipgloss.Style
	TabActive    lipgloss.Style
	Spinner      lipgloss.Style
	Help         help.Styles
	stance       map[model.Stance]lipgloss.Style
	stanceActive map[model.Stance]lipgloss.Style // the evidence sentence n/N is on
}

// Stance is the style of a stance's glyph and evidence.
func (s Styles) Stance(st model.Stance) lipgloss.Style { return s.stance[st] }

// StanceActive is the style of the evidence the reader is on.
func (s Styles) StanceActive(st model.Stance) lipgloss.Style { return s.stanceActive[st] }

// palette holds the colours of one theme; nil colours mean "no colour".
type palette struct {
	accent, dim, border, selectBg, match, warn, errc color.Color
	stance                                           map[model.Stance]color.Color
}

// NewStyles builds the coloured styles for a dark or light background.
func NewStyles(dark bool) Styles {
	ld := lipgloss.LightDark(dark)
	p := palette{
		accent:   ld(lipgloss.Color("#5A3FC0"), lipgloss.Color("#A48BFF")),
		dim:      ld(lipgloss.Color("#777777"), lipgloss.Color("#8A8A8A")),
		border:   ld(lipgloss.Color("#BBBBBB"), lipgloss.Color("#4A4A4A")),
		selectBg: ld(lipgloss.Color("#E0DAF7"), lipgloss.Color("#3B3360")),
		match:    ld(lipgloss.Color("#C2185B"), lipgloss.Color("#FF79C6")),
		warn:     ld(lipgloss.Color("#A36A00"), lipgloss.Color("#F1C40F")),
		errc:     ld(lipgloss.Color("#C62828"), lipgloss.Color("#FF6B6B")),
		stance: map[model.Stance]color.Color{
			model.Supports:  ld(lipgloss.Color("#1B7F3B"), lipgloss.Color("#5FD68A")),
			model.Open:      ld(lipgloss.Color("#00727A"), lipgloss.Color("#5FD7E0")),
			model.Undecided: ld(lipgloss.Color("#8A6D00"), lipgloss.Color("#E6C84F")),
			model.RulesOut:  ld(lipgloss.Color("#B34700"), lipgloss.Color("#FF9F43")),
			model.Opposes:   ld(lipgloss.Color("#B71C1C"), lipgloss.Color("#FF5F5F")),
			model.Mixed:     ld(lipgloss.Color("#7B1FA2"), lipgloss.Color("#D291FF")),
			model.None:      ld(lipgloss.Color("#777777"), lipgloss.Color("#8A8A8A")),
		},
	}
	return buildStyles(p, help.DefaultStyles(dark))
}

// NewPlainStyles builds styles without any colour, for NO_COLOR: attributes
// (bold, underline, reverse) and glyphs still tell things apart.
func NewPlainStyles() Styles {
	h := help.Styles{}
	return buildStyles(palette{stance: map[model.Stance]color.Color{}}, h)
}

func buildStyles(p palette, h help.Styles) Styles {
	fg := func(st lipgloss.Style, c color.Color) lipgloss.Style {
		if c == nil {
			return st
		}
		return st.Foreground(c)
	}
	bg := func(st lipgloss.Style, c color.Color) lipgloss.Style {
		if c == nil {
			return st
		}
		return st.Background(c)
	}
	plain := lipgloss.NewStyle()
	border := lipgloss.RoundedBorder()
	pane := plain.Border(border)
	if p.border != nil {
		pane = pane.BorderForeground(p.border)
	}
	focused := plain.Border(lipgloss.ThickBorder())
	if p.accent != nil {
		focused = focused.BorderForeground(p.accent)
	}
	s := Styles{
		Pane:         pane,
		PaneFocused:  focused,
		Title:        fg(plain, p.dim),
		TitleFocused: fg(plain.Bold(true), p.accent),
		Dim:          fg(plain, p.dim),
		Bold:         plain.Bold(true),
		Match:        fg(plain.Bold(true).Italic(true), p.match),
		Prompt:       fg(plain.Bold(true), p.accent),
		Header:       plain.Bold(true),
		Error:        fg(plain.Bold(true), p.errc),
		Status:       fg(plain, p.dim),
		StatusWarn:   fg(plain, p.warn),
		Tab:          fg(plain, p.dim),
		TabActive:    fg(plain.Bold(true).Underline(true), p.accent),
		Spinner:      fg(plain, p.accent),
		Help:         h,
		stance:       map[model.Stance]lipgloss.Style{},
		stanceActive: map[model.Stance]lipgloss.Style{},
	}
	if p.selectBg != nil {
		s.Selected = plain.Bold(true).Background(p.selectBg)
		s.SelectedDim = bg(plain, p.selectBg)
	} else {
		s.Selected = plain.Reverse(true)
		s.SelectedDim = plain.Bold(true)
	}
	for _, st := range stanceOrder {
		c := p.stance[st]
		if c == nil {
			// Without colour, evidence is bold and the current one reversed.
			// (Not underline: lipgloss underlines rune by rune, which splits
			// emoji flags and breaks width measurement.)
			s.stance[st] = plain.Bold(st != model.None)
			s.stanceActive[st] = plain.Reverse(true)
			continue
		}
		s.stance[st] = fg(plain, c)
		s.stanceActive[st] = plain.Reverse(true).Foreground(c)
	}
	return s
}

// themeStyles picks the styles for the options: no colour wins, then a forced
// theme, then the guessed background.
func themeStyles(noColor bool, dark bool) Styles {
	if noColor {
		return NewPlainStyles()
	}
	return NewStyles(dark)
}
