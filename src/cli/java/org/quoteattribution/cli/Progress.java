package org.quoteattribution.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A progress bar on stderr for a batch that takes more than a few seconds, redrawn in place, only when stderr is a
 * terminal: in a log file or a pipe it would be noise.
 */
final class Progress {

    /** A batch shorter than this shows no bar at all. */
    private static final long SHOW_AFTER_NANOS = 2_000_000_000L;
    private static final long REDRAW_EVERY_NANOS = 200_000_000L;
    private static final int WIDTH = 30;

    private final PrintStream err;
    private final boolean enabled;
    private final LongSupplier clock;
    private final long start;
    private long lastDrawn;
    private boolean drawn;

    Progress(PrintStream err, boolean enabled, LongSupplier clock) {
        this.err = err;
        this.enabled = enabled;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.lastDrawn = start - REDRAW_EVERY_NANOS; // not Long.MIN_VALUE: now - MIN_VALUE overflows
    }

    /** No bar. */
    static Progress none(PrintStream err) {
        return new Progress(err, false, System::nanoTime);
    }

    /**
     * Whether stderr is a terminal. The JDK tells only whether the console has both standard input and output
     * (a batch whose JSON Lines go to a pipe has not), so on Linux the file that stderr is open on decides.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return System.console() != null; // not Linux: the console is the best the JDK knows
        }
    }

    /** Shows {@code finished} of {@code total} files, at most five times a second. */
    void show(int finished, int total) {
        long now = clock.getAsLong();
        if (!enabled || now - start < SHOW_AFTER_NANOS || now - lastDrawn < REDRAW_EVERY_NANOS && finished < total) {
            return;
        }
        lastDrawn = now;
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * finished / total);
        err.print(String.format(Locale.ROOT, "\r[%s%s] %d/%d files, %d s", "#".repeat(filled),
                " ".repeat(WIDTH - filled), finished, total, (now - start) / 1_000_000_000L));
        err.flush();
        drawn = true;
    }

    /** Clears the bar, so that the lines after it start at the left edge of an empty line. */
    void finish() {
        if (drawn) {
            err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
            err.flush();
            drawn = false;
        }
    }
}
