package com.focusflow.http.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import com.focusflow.api.FocusFlowException;

/** Refuses to read past a limit, for request bodies that announce no length (chunked). */
final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private long count;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    private void counted(int n) {
        count += n;
        if (count > limit) {
            throw FocusFlowException.invalidInput("request body is larger than the limit of %d bytes", limit);
        }
    }
}
