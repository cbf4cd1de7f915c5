/**
 * The EPUB 3 edition: a zip with a cover, title page, nav (plus an NCX for EPUB 2 readers), one or more XHTML files per
 * chapter, a colophon and the package document with accessibility metadata, each rendered straight into the zip with a
 * StAX writer.
 */
package org.anthology.edition.epub;
