package org.quoteattribution.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Analyses the files of a batch on a few threads of its own and reports each failure in one line, in the files'
 * order. Whatever a file's analysis throws, {@link Error}s included, is that file's failure: no error can leave the
 * main thread waiting. After the heap runs out, the batch goes on with one thread (two articles at once may be what
 * did not fit), and a file that ran out of memory beside others is tried once more alone; when
 * {@value #OUT_OF_MEMORY_IN_A_ROW} files in a row still run out of memory alone, the heap is too small for any article
 * and the batch stops: the files not analysed are named and the status is {@link Main#STOPPED}.
 *
 * <p>What the workers record when a file fails is plain fields under one lock, set up before they start: recording
 * must not need the heap that has just run out (an atomic array, whose access modes link lazily, does).
 */
final class Batch {

    /** What to do with one file: read, analyse, write. */
    @FunctionalInterface
    interface Job {
        /** Analyses one file; what it returns is printed on stdout, in the files' order (null: nothing). */
        Done run(Path file) throws Exception;
    }

    /**
     * What one file gave: its number of quotes, what to print on stdout for it (null for nothing), and whether it
     * was left alone because its output was there already.
     */
    record Done(int quotes, String stdout, boolean skipped) {
        Done(int quotes, String stdout) {
            this(quotes, stdout, false);
        }

        static final Done SKIPPED = new Done(0, null, true);
    }

    /** How many files in a row may run out of memory on one thread before the batch stops. */
    static final int OUT_OF_MEMORY_IN_A_ROW = 3;
    /**
     * Heap set aside before the models load and given back the first time memory runs out, so that there is room to
     * report failures: a heap filled by one article leaves none for anything else. Only the batch holds it, so that
     * giving it back frees it.
     */
    static final class Reserve {
        private static final int BYTES = 1 << 20;
        private byte[] bytes = new byte[BYTES];

        synchronized void release() {
            bytes = null;
        }
    }
    /** How long the main thread waits between two looks at the workers (they wake it when a file is done). */
    private static final long LOOK_AGAIN_MILLIS = 1000;

    private static final int PENDING = 0;
    private static final int DONE = 1;
    private static final int FAILED = 2;
    private static final int NOT_RUN = 3;

    private final List<Path> files;
    private final Job job;
    private final int threads;
    private final Object lock = new Object();
    // all of the following under lock
    private final int[] state;
    private final Done[] done;
    private int finished;
    private final Throwable[] failures;
    private final boolean[] triedAgain;
    /** Files that ran out of memory beside others, to be tried again alone: a stack of indexes. */
    private final int[] again;
    private int againCount;
    private int next;
    private int alive;
    private int outOfMemoryInARow;
    private boolean oneThreadOnly;
    private boolean stopped;
    private final Reserve reserve;
    // only the reporting thread's
    private int quotes;
    private int failed;
    private int skipped;

    /** {@code reserve}: heap set aside for reporting, given back when memory runs out. */
    Batch(List<Path> files, Job job, int threads, Reserve reserve) {
        this.reserve = reserve;
        this.files = List.copyOf(files);
        this.job = job;
        this.threads = Math.max(1, Math.min(threads, files.size()));
        this.state = new int[files.size()];
        this.done = new Done[files.size()];
        this.failures = new Throwable[files.size()];
        this.triedAgain = new boolean[files.size()];
        this.again = new int[files.size()];
    }

    /**
     * Runs the batch, printing what each file gives on {@code out} and every file that failed on {@code err}, both in
     * the files' order, and showing the progress.
     *
     * @return {@link Main#OK}, {@link Main#SOME_FILES_FAILED}, or {@link Main#STOPPED} when memory ran out for good
     */
    int run(PrintStream out, PrintStream err, Progress progress) {
        try {
            for (int w = 0; w < threads; w++) {
                int worker = w;
                Thread thread = new Thread(() -> work(worker), Main.NAME + "-" + w);
                thread.setDaemon(true); // a worker stuck in a hopeless article never keeps the JVM from exiting
                synchronized (lock) {
                    alive++;
                }
                thread.start();
            }
            return report(out, err, progress);
        } catch (OutOfMemoryError e) {
            synchronized (lock) {
                stopped = true;
                reserve.release();
            }
            return Main.STOPPED; // not even room to say which files failed: the status says the batch stopped
        }
    }

    private int report(PrintStream out, PrintStream err, Progress progress) {
        int status = Main.OK;
        for (int i = 0; i < files.size(); i++) {
            int outcome = awaitOutcome(i, progress);
            if (outcome == DONE) {
                Done result;
                synchronized (lock) {
                    result = done[i];
                    done[i] = null; // printed once; a long batch must not keep every file's output
                }
                quotes += result.quotes();
                skipped += result.skipped() ? 1 : 0;
                if (result.stdout() != null) {
                    out.print(result.stdout());
                }
            } else if (outcome == FAILED) {
                progress.finish();
                err.println(Main.NAME + ": " + files.get(i) + ": " + Main.describe(failures[i]));
                failed++;
                status = Math.max(status, Main.SOME_FILES_FAILED);
            } else {
                progress.finish();
                err.println(Main.NAME + ": " + files.get(i) + ": not analysed: the batch stopped, "
                        + OUT_OF_MEMORY_IN_A_ROW + " files in a row having run out of memory one at a time; "
                        + Main.heap());
                failed++;
                status = Main.STOPPED;
            }
        }
        progress.finish();
        return status;
    }

    /** How many quotes the files analysed gave; read after {@link #run}. */
    int quoteCount() {
        return quotes;
    }

    /** How many files were left alone because their output was there already; read after {@link #run}. */
    int skippedCount() {
        return skipped;
    }

    /** How many files failed or were not analysed; read after {@link #run}. */
    int failedCount() {
        return failed;
    }

    private void work(int worker) {
        boolean leftByClaim = false;
        try {
            for (int i = claim(worker); i >= 0; i = claim(worker)) {
                boolean alone = isAlone();
                Throwable failure = null;
                Done result = null;
                try {
                    result = job.run(files.get(i));
                } catch (Throwable e) { // out of memory, a stack overflow, a bug: that file's failure
                    failure = e;
                }
                record(i, result, failure, alone);
            }
            leftByClaim = true; // claim counted this worker out
        } finally {
            if (!leftByClaim) {
                synchronized (lock) {
                    alive--;
                    lock.notifyAll();
                }
            }
        }
    }

    /**
     * The next file to analyse, or -1 when there is none for this worker, which then counts as gone. After memory ran
     * out only one worker goes on (worker 0, or the last one alive), once the others have finished the files they
     * hold, and first with the files to try again.
     */
    private int claim(int worker) {
        synchronized (lock) {
            if (oneThreadOnly && worker > 0 && alive > 1) {
                return leave();
            }
            while (oneThreadOnly && alive > 1 && !stopped) {
                awaitChange();
            }
            if (stopped) {
                return leave();
            }
            if (againCount > 0) {
                return again[--againCount];
            }
            return next < files.size() ? next++ : leave();
        }
    }

    /**
     * Counts the calling worker out, in the same hold of the lock as the claim that found nothing for it: a file
     * another worker queues to try again afterwards then finds the count right, and the last worker alive takes it
     * (had worker 0 finished first, nobody was left to try it again and the batch reported it not analysed).
     */
    private int leave() {
        alive--;
        lock.notifyAll();
        return -1;
    }

    private boolean isAlone() {
        synchronized (lock) {
            return oneThreadOnly && alive == 1 || threads == 1;
        }
    }

    private void record(int i, Done result, Throwable failure, boolean alone) {
        synchronized (lock) {
            if (failure == null) {
                state[i] = DONE;
                done[i] = result;
                finished++;
                outOfMemoryInARow = 0;
            } else if (failure instanceof OutOfMemoryError) {
                reserve.release();
                oneThreadOnly = true;
                if (!alone && !triedAgain[i]) {
                    triedAgain[i] = true;
                    again[againCount++] = i;
                } else {
                    state[i] = FAILED;
                    failures[i] = failure;
                    finished++;
                    if (++outOfMemoryInARow >= OUT_OF_MEMORY_IN_A_ROW) {
                        stopped = true;
                    }
                }
            } else {
                state[i] = FAILED;
                failures[i] = failure;
                finished++;
            }
            lock.notifyAll();
        }
    }

    /** Waits, under the lock, for a worker to finish a file or end. */
    private void awaitChange() {
        try {
            lock.wait(LOOK_AGAIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }

    /**
     * Waits until file {@code i} is done or failed, or until no worker is left to analyse it, showing the progress
     * (outside the lock: a terminal that is slow to draw must not hold up the workers) whenever a worker wakes it.
     */
    private int awaitOutcome(int i, Progress progress) {
        while (true) {
            int finishedSoFar;
            synchronized (lock) {
                if (state[i] != PENDING || alive == 0 || Thread.currentThread().isInterrupted()) {
                    return state[i] == PENDING ? NOT_RUN : state[i];
                }
                awaitChange();
                finishedSoFar = finished;
            }
            progress.show(finishedSoFar, files.size());
        }
    }
}
