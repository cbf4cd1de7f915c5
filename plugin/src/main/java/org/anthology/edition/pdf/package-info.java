/**
 * The PDF edition: lays the anthology out as a printed book with OpenPDF, using embedded TrueType fonts, a
 * contents page and bookmarks from the shared table of contents, and reproducible output. OpenPDF types never
 * leave this package; {@link org.anthology.edition.pdf.PdfEdition}, {@link org.anthology.edition.pdf.PdfTheme} and
 * {@link org.anthology.edition.pdf.FontSet} are its public face.
 */
package org.anthology.edition.pdf;
