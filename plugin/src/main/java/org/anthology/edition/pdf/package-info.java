/**
 * The PDF edition: lays the anthology out as a printed PDF/A-1b book with OpenPDF, using embedded subset fonts (the
 * built-in Liberation families or those the book brings, with a fallback chain for other scripts), chapters opening
 * on right-hand pages, a copyright page, running heads and feet, mirrored margins, hyphenated justified text,
 * footnotes at the foot of the page, a contents page and bookmarks from the shared table of contents, and
 * reproducible output. OpenPDF types never leave this package; {@link org.anthology.edition.pdf.PdfEdition},
 * {@link org.anthology.edition.pdf.PdfTheme} (with {@link org.anthology.edition.pdf.PageColours} and
 * {@link org.anthology.edition.pdf.RunningText}), {@link org.anthology.edition.pdf.BookFonts},
 * {@link org.anthology.edition.pdf.FontSet} and {@link org.anthology.edition.pdf.UncoveredCharacter} are its public
 * face.
 */
package org.anthology.edition.pdf;
