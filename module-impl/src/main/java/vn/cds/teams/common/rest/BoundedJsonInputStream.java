package vn.cds.teams.common.rest;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;

/**
 * A request body that stops at a size limit and, for JSON, at a nesting depth limit, before a parser builds
 * anything from it: a huge or deeply nested body cannot exhaust the server.
 */
final class BoundedJsonInputStream extends ServletInputStream {

    /** Why a body was refused; the exception mappers turn it into 413 or 400. */
    static final class LimitExceeded extends IOException {
        private final boolean tooLarge;

        LimitExceeded(boolean tooLarge) {
            super(tooLarge ? "request body too large" : "JSON nested too deeply");
            this.tooLarge = tooLarge;
        }

        boolean tooLarge() {
            return tooLarge;
        }
    }

    private final ServletInputStream in;
    private final long maxBytes;
    private final int maxDepth;
    private long count;
    private int depth;
    private boolean inString;
    private boolean escaped;

    /** @param maxDepth nesting limit for JSON bodies; 0 to count bytes only */
    BoundedJsonInputStream(ServletInputStream in, long maxBytes, int maxDepth) {
        this.in = in;
        this.maxBytes = maxBytes;
        this.maxDepth = maxDepth;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            inspect(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            inspect(buffer[offset + i] & 0xff);
        }
        return n;
    }

    private void inspect(int b) throws LimitExceeded {
        if (++count > maxBytes) {
            throw new LimitExceeded(true);
        }
        if (maxDepth == 0) {
            return;
        }
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (b == '\\') {
                escaped = true;
            } else if (b == '"') {
                inString = false;
            }
        } else if (b == '"') {
            inString = true;
        } else if (b == '{' || b == '[') {
            if (++depth > maxDepth) {
                throw new LimitExceeded(false);
            }
        } else if (b == '}' || b == ']') {
            depth--;
        }
    }

    @Override
    public boolean isFinished() {
        return in.isFinished();
    }

    @Override
    public boolean isReady() {
        return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
        in.setReadListener(listener);
    }
}
