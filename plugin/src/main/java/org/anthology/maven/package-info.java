/** The Maven adapter: the only package that imports Maven types. */
package org.anthology.maven;
