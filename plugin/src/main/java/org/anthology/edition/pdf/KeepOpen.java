package org.anthology.edition.pdf;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Lets OpenPDF close a document without closing the caller's stream, which the pipeline closes itself. */
final class KeepOpen extends FilterOutputStream {

    KeepOpen(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
