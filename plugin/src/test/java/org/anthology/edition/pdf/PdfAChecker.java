package org.anthology.edition.pdf;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.TreeSet;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.validators.ValidatorFactory;

/** Validates a PDF against PDF/A-1b and PDF/UA-1 with veraPDF, the reference validator, for tests. */
public final class PdfAChecker {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfAChecker() {
    }

    /**
     * The rules of PDF/A-1b that {@code pdf} breaks, each as its clause, test number and message; empty when veraPDF
     * finds it compliant.
     */
    public static List<String> pdfA1bViolations(byte[] pdf) throws Exception {
        return violations(pdf, PDFAFlavour.PDFA_1_B);
    }

    /** The rules of PDF/A-1a, the level of tagged PDF/A-1 files, that {@code pdf} breaks. */
    public static List<String> pdfA1aViolations(byte[] pdf) throws Exception {
        return violations(pdf, PDFAFlavour.PDFA_1_A);
    }

    /**
     * The rules of PDF/UA-1 (veraPDF's machine-checkable part of ISO 14289-1) that {@code pdf} breaks, as
     * {@link #pdfA1bViolations} gives them.
     */
    public static List<String> pdfUa1Violations(byte[] pdf) throws Exception {
        return violations(pdf, PDFAFlavour.PDFUA_1);
    }

    private static List<String> violations(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
            PDFAValidator validator = ValidatorFactory.createValidator(flavour, false);
            ValidationResult result = validator.validate(parser);
            TreeSet<String> failed = new TreeSet<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failed.add(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + ": "
                            + assertion.getMessage() + where(flavour, assertion));
                }
            }
            if (!result.isCompliant() && failed.isEmpty()) {
                failed.add("not compliant, with no failed rule reported");
            }
            return List.copyOf(failed);
        }
    }

    /** Where a PDF/UA rule failed, which names the element or font; PDF/A messages stay as they were. */
    private static String where(PDFAFlavour flavour, TestAssertion assertion) {
        return flavour == PDFAFlavour.PDFUA_1 ? " @ " + assertion.getLocation().getContext() : "";
    }
}
