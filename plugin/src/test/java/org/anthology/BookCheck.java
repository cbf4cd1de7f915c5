package org.anthology;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test that builds and validates a whole book (EPUBCheck, veraPDF), reads a long PDF back or stresses the
 * pipeline: {@code mvn verify} runs it, after the fast tests, while {@code mvn package} builds the book without it.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(BookCheck.TAG)
public @interface BookCheck {

    /** The JUnit tag the build's two test runs select on. */
    String TAG = "book";
}
