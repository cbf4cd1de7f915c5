package org.anthology.edition.pdf;

import java.util.Optional;

/**
 * An ISBN as a 13-digit EAN, read from a book identifier such as {@code urn:isbn:978-0-306-40615-7},
 * {@code ISBN 0-306-40615-2} or {@code 9780306406157}; an ISBN-10 becomes its ISBN-13. Check digits are verified,
 * so a mistyped number never reaches a barcode.
 *
 * @param digits the thirteen digits
 */
public record Isbn(String digits) {

    public Isbn {
        if (!digits.matches("97[89]\\d{10}") || checkDigit13(digits.substring(0, 12)) != digits.charAt(12) - '0') {
            throw new IllegalArgumentException("not an ISBN-13: " + digits);
        }
    }

    /** The ISBN {@code identifier} holds, when it holds a valid one. */
    public static Optional<Isbn> in(String identifier) {
        String text = identifier.strip().toLowerCase(java.util.Locale.ROOT)
                .replaceFirst("^(urn:isbn:|isbn(-1[03])?:?)", "").replaceAll("[\\s-]", "");
        if (text.matches("97[89]\\d{10}") && checkDigit13(text.substring(0, 12)) == text.charAt(12) - '0') {
            return Optional.of(new Isbn(text));
        }
        if (text.matches("\\d{9}[\\dx]") && isbn10Valid(text)) {
            String twelve = "978" + text.substring(0, 9);
            return Optional.of(new Isbn(twelve + checkDigit13(twelve)));
        }
        return Optional.empty();
    }

    /** The ISBN as printed above its barcode: {@code ISBN 9780306406157}. */
    public String printed() {
        return "ISBN " + digits;
    }

    private static int checkDigit13(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return (10 - sum % 10) % 10;
    }

    private static boolean isbn10Valid(String ten) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int digit = ten.charAt(i) == 'x' ? 10 : ten.charAt(i) - '0';
            if (digit == 10 && i != 9) {
                return false;
            }
            sum += digit * (10 - i);
        }
        return sum % 11 == 0;
    }
}
