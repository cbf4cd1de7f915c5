/** Editions: each turns the normalized anthology and its table of contents into one book file. */
package org.anthology.edition;
