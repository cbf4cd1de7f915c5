package org.anthology.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The image formats a book may carry, the EPUB 3 core image media types: the one table that the readers (inline
 * images), the cover lookup and both editions consult, so a format is added or refused in one place.
 */
public enum ImageType {
    /** JPEG, named {@code .jpg} or {@code .jpeg}. */
    JPEG("image/jpeg", "jpg", "jpeg"),
    /** PNG. */
    PNG("image/png", "png"),
    /** GIF. */
    GIF("image/gif", "gif"),
    /** WebP. */
    WEBP("image/webp", "webp"),
    /** SVG, drawn as vector graphics. */
    SVG("image/svg+xml", "svg");

    /** The formats as a problem message names them. */
    public static final String NAMES = "JPEG, PNG, GIF, WebP or SVG";

    private final String mediaType;
    private final List<String> extensions;

    ImageType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    /** The IANA media type, as the package document and {@link Inline.Image} write it. */
    public String mediaType() {
        return mediaType;
    }

    /** The file name extensions, without the dot, the usual one first. */
    public List<String> extensions() {
        return extensions;
    }

    /** The type a file name's extension says, in any case; empty for a format the book cannot carry. */
    public static Optional<ImageType> ofFileName(String fileName) {
        String extension = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(type -> type.extensions.contains(extension)).findFirst();
    }

    /** The type with this media type; empty for one the book cannot carry. */
    public static Optional<ImageType> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(type -> type.mediaType.equals(mediaType)).findFirst();
    }
}
