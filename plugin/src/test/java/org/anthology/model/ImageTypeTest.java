package org.anthology.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImageTypeTest {

    @Test
    void knowsAFormatByItsExtensionInAnyCase() {
        assertEquals(Optional.of(ImageType.JPEG), ImageType.ofFileName("cover.JPEG"));
        assertEquals(Optional.of(ImageType.JPEG), ImageType.ofFileName("a.b.jpg"));
        assertEquals(Optional.of(ImageType.SVG), ImageType.ofFileName("map.svg"));
        assertEquals(Optional.empty(), ImageType.ofFileName("scan.tiff"));
        assertEquals(Optional.empty(), ImageType.ofFileName("README"));
    }

    @Test
    void mapsMediaTypesBothWays() {
        assertEquals("image/svg+xml", ImageType.SVG.mediaType());
        assertEquals(Optional.of(ImageType.WEBP), ImageType.ofMediaType("image/webp"));
        assertEquals(Optional.empty(), ImageType.ofMediaType("image/tiff"));
        assertEquals("jpg", ImageType.JPEG.extensions().get(0));
    }
}
