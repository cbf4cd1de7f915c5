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

/** Validates a PDF against PDF/A-1b with veraPDF, the reference validator, for tests. */
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
        PDFAFlavour flavour = PDFAFlavour.PDFA_1_B;
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
            PDFAValidator validator = ValidatorFactory.createValidator(flavour, false);
            ValidationResult result = validator.validate(parser);
            TreeSet<String> failed = new TreeSet<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failed.add(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + ": "
                            + assertion.getMessage());
                }
            }
            if (!result.isCompliant() && failed.isEmpty()) {
                failed.add("not compliant, with no failed rule reported");
            }
            return List.copyOf(failed);
        }
    }
}
