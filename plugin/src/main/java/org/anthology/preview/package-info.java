/**
 * The live preview: serves the book's editions on localhost, the EPUB's pages as web pages with the book's style
 * sheet and the PDF as it is, rebuilds when an input changes and has the open page reload itself.
 */
package org.anthology.preview;
