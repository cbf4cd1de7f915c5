/** The table of contents, computed from the normalized anthology and shared by every edition. */
package org.anthology.toc;
