package org.anthology.edition.epub;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.anthology.model.Credits;
import org.anthology.model.ImageType;

/**
 * What the EPUB edition needs beyond the model: an optional cover image (a cover is generated from the title when
 * there is none), the book's subjects, the role of the book's creators, and the accessibility summary written to the
 * package document.
 *
 * @param cover                the cover image, or empty to generate an SVG cover from title, subtitle and creators
 * @param subjects             {@code dc:subject} values, in order
 * @param creatorRole          the role of {@code Metadata.creators()}, or empty for editors, as both editions
 *                             credit them unless told otherwise
 * @param accessibilitySummary the {@code schema:accessibilitySummary}, a sentence or two for readers
 * @param certifiedBy          who evaluated the book's accessibility ({@code a11y:certifiedBy}), often the
 *                             publisher; empty leaves the conformance claim uncertified
 * @param exemption            an accessibility exemption claimed beside the conformance claim
 *                             ({@code a11y:exemption}), such as {@link #MICROENTERPRISE}; empty claims none
 */
public record EpubOptions(Optional<CoverImage> cover, List<String> subjects, Optional<Credits.Role> creatorRole,
                          String accessibilitySummary, Optional<String> certifiedBy, Optional<String> exemption) {

    /** The summary used when none is given; it describes what every book this edition writes provides. */
    public static final String DEFAULT_ACCESSIBILITY_SUMMARY = "This publication meets WCAG 2.1 Level AA and EPUB "
            + "Accessibility 1.1. It is text apart from the cover, which has a text alternative. A table of contents, "
            + "landmarks and headings in order support navigation, and the reading system controls font size, "
            + "colours and spacing.";

    /** The {@code a11y:exemption} value of the European Accessibility Act's micro-enterprise exemption. */
    public static final String MICROENTERPRISE = "eaa-microenterprise";

    public EpubOptions {
        Objects.requireNonNull(cover, "cover");
        subjects = List.copyOf(subjects);
        Objects.requireNonNull(creatorRole, "creatorRole");
        Objects.requireNonNull(accessibilitySummary, "accessibilitySummary");
        if (accessibilitySummary.isBlank()) {
            throw new IllegalArgumentException("accessibilitySummary must not be blank");
        }
        Objects.requireNonNull(certifiedBy, "certifiedBy");
        Objects.requireNonNull(exemption, "exemption");
    }

    /**
     * No cover image (one is generated), no subjects, the creator role inferred, the default summary, no certifier.
     */
    public static EpubOptions defaults() {
        return new EpubOptions(Optional.empty(), List.of(), Optional.empty(), DEFAULT_ACCESSIBILITY_SUMMARY,
                Optional.empty(), Optional.empty());
    }

    /** The same options with a cover image. */
    public EpubOptions withCover(CoverImage image) {
        return new EpubOptions(Optional.of(image), subjects, creatorRole, accessibilitySummary, certifiedBy, exemption);
    }

    /** The same options with other subjects. */
    public EpubOptions withSubjects(List<String> newSubjects) {
        return new EpubOptions(cover, newSubjects, creatorRole, accessibilitySummary, certifiedBy, exemption);
    }

    /** The same options with the creators' role given rather than inferred. */
    public EpubOptions withCreatorRole(Credits.Role role) {
        return new EpubOptions(cover, subjects, Optional.of(role), accessibilitySummary, certifiedBy, exemption);
    }

    /** The same options with an accessibility certifier. */
    public EpubOptions withCertifiedBy(String certifier) {
        return new EpubOptions(cover, subjects, creatorRole, accessibilitySummary, Optional.of(certifier), exemption);
    }

    /**
     * The same options claiming the European Accessibility Act's exemption for micro-enterprises (fewer than ten
     * staff and at most EUR 2 million turnover or balance sheet), written as {@code a11y:exemption}.
     */
    public EpubOptions withMicroenterpriseExemption() {
        return new EpubOptions(cover, subjects, creatorRole, accessibilitySummary, certifiedBy,
                Optional.of(MICROENTERPRISE));
    }

    /**
     * A cover image: its bytes and one of the EPUB 3 core image media types.
     *
     * @param bytes     the image file's content
     * @param mediaType the {@link ImageType#mediaType()} of one of the EPUB 3 core image types
     */
    public record CoverImage(byte[] bytes, String mediaType) {

        public CoverImage {
            bytes = bytes.clone();
            if (ImageType.ofMediaType(mediaType).isEmpty()) {
                throw new IllegalArgumentException("cover media type must be one of " + Arrays.stream(
                        ImageType.values()).map(ImageType::mediaType).sorted().toList() + ", was '" + mediaType + "'");
            }
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        /** The file name extension of the media type, without the dot. */
        String extension() {
            return ImageType.ofMediaType(mediaType).orElseThrow().extensions().get(0);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof CoverImage that && Arrays.equals(bytes, that.bytes)
                    && mediaType.equals(that.mediaType);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(bytes) + mediaType.hashCode();
        }

        @Override
        public String toString() {
            return "CoverImage[" + mediaType + ", " + bytes.length + " bytes]";
        }
    }
}
