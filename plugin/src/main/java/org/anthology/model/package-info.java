/**
 * The document model: immutable records and sealed interfaces that every stage reads and writes. No library types.
 */
package org.anthology.model;
