/**
 * The document model: immutable records and sealed interfaces that every stage reads and writes. No library types.
 *
 * <p>What a node says about itself travels in an {@link org.anthology.model.Attributes} record, as in pandoc's
 * {@code Attr}: an optional id, classes, key-value pairs, and the language and writing direction that the editions
 * honour before guessing from the characters. {@link org.anthology.model.Block.Heading},
 * {@link org.anthology.model.Block.Paragraph}, {@link org.anthology.model.Block.Note} and
 * {@link org.anthology.model.Inline.NoteReference} carry one. "No id yet" is an empty
 * {@code attributes().id()}; the constructors that take a {@code String id} are conveniences meaning "only this id"
 * ({@code ""}: none), the paragraph's constructor without attributes means {@link org.anthology.model.Attributes#NONE},
 * and {@code id()} stays as a short accessor that gives {@code ""} for none. Code that rebuilds a node keeps its
 * attributes ({@code withId}, {@code withLevel}, {@code withContent}).
 */
package org.anthology.model;
