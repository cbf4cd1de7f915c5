/** Normalizers: pure steps from anthology to anthology, chained in a fixed order by {@link org.anthology.normalize.Normalizers}. */
package org.anthology.normalize;
