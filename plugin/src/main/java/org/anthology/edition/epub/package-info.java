/**
 * The EPUB 3 edition: a zip with the package document, an XHTML nav plus an NCX for EPUB 2 readers, a title page and
 * one XHTML file per chapter, each rendered straight into the zip with a StAX writer.
 */
package org.anthology.edition.epub;
