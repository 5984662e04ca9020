package io.steward.portfolio;

import java.io.InputStream;

/**
 * Core banking's positions and valuations, as a holdings file (format in {@code docs/portfolio.md}), received as the
 * signed-in user. A clean file is applied at once; a file with bad lines changes nothing unless
 * {@code applyValidLines}.
 */
public interface PositionFeed {

    Received receive(String fileName, InputStream csv, boolean applyValidLines);

    record Received(long importId, String state, int lines, int badLines) {
    }
}
