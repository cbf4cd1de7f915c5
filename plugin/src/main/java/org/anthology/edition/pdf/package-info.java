/**
 * The PDF edition: lays the anthology out as a printed PDF/A-1b book with OpenPDF, using embedded subset fonts (the
 * built-in Liberation families or those the book brings, with a fallback chain for other scripts), chapters opening
 * on right-hand pages, running heads, mirrored margins, hyphenated justified text, a contents page and bookmarks
 * from the shared table of contents, and reproducible output. OpenPDF types never leave this package;
 * {@link org.anthology.edition.pdf.PdfEdition}, {@link org.anthology.edition.pdf.PdfTheme},
 * {@link org.anthology.edition.pdf.BookFonts}, {@link org.anthology.edition.pdf.FontSet} and
 * {@link org.anthology.edition.pdf.UncoveredCharacter} are its public face.
 */
package org.anthology.edition.pdf;
