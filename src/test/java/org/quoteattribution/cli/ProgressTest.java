package org.quoteattribution.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress bar: only for batches longer than two seconds, redrawn in place, cleared at the end. */
class ProgressTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong now = new AtomicLong();

    private String written() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static long seconds(double s) {
        return (long) (s * 1e9);
    }

    @Test
    void aShortBatchShowsNothing() {
        Progress progress = new Progress(err, true, now::get);
        now.set(seconds(1.5));
        progress.show(5, 10);
        progress.finish();
        assertEquals("", written());
    }

    @Test
    void aLongBatchShowsFilesDoneOfAllOnOneRedrawnLine() {
        Progress progress = new Progress(err, true, now::get);
        now.set(seconds(3));
        progress.show(5, 10);
        assertEquals("\r[###############               ] 5/10 files, 3 s", written());
    }

    @Test
    void redrawsAtMostFiveTimesASecondButAlwaysTheLastFile() {
        Progress progress = new Progress(err, true, now::get);
        now.set(seconds(3));
        progress.show(1, 3);
        now.set(seconds(3.1));
        progress.show(2, 3);
        progress.show(3, 3);
        assertEquals(2, written().chars().filter(c -> c == '\r').count(), written());
        assertTrue(written().endsWith("3/3 files, 3 s"), written());
    }

    @Test
    void finishClearsTheLine() {
        Progress progress = new Progress(err, true, now::get);
        now.set(seconds(3));
        progress.show(1, 2);
        progress.finish();
        assertTrue(written().endsWith("\r"), written());
        assertTrue(written().substring(written().lastIndexOf('\r', written().length() - 2)).isBlank());
    }

    @Test
    void disabledShowsNothingHoweverLong() {
        Progress progress = new Progress(err, false, now::get);
        now.set(seconds(60));
        progress.show(1, 2);
        assertEquals("", written());
    }
}
