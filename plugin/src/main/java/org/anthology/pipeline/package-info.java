/**
 * The pipeline: reads, normalizes, builds the table of contents and writes the editions, reporting every problem.
 */
package org.anthology.pipeline;
