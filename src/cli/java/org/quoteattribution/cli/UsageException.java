package org.quoteattribution.cli;

/** A mistake in the command line or its files that stops the whole run, reported as one line. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
