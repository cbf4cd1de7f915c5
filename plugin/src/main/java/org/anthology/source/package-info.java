/**
 * Readers: manuscript files and the contents file into the model. flexmark and SnakeYAML types stay in here.
 */
package org.anthology.source;
