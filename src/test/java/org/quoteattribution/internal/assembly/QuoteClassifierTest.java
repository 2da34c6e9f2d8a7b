package org.quoteattribution.internal.assembly;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quoteattribution.QuoteType;
import org.quoteattribution.internal.models.NlpModels;

/** The classifier's thresholds, read from the settings beside its model. */
class QuoteClassifierTest {

    @TempDir
    Path folder;

    /** The shipped model with these settings (the folder is looked in first, the model comes from the class path). */
    private QuoteClassifier withSettings(String settings) throws IOException {
        Files.writeString(folder.resolve(QuoteClassifier.SETTINGS), settings);
        return QuoteClassifier.load(NlpModels.ModelLocation.directory(folder));
    }

    @Test
    void reportedSpeechHasAThresholdOfItsOwnWhenBeliefsAreLeftOut() throws IOException {
        QuoteClassifier c = withSettings("threshold.quoted=0.5\nthreshold.reported=0.1\n"
                + "threshold.reported.speech=0.4\n");
        assertTrue(c.accepts(QuoteType.INDIRECT, 0.3));
        assertFalse(c.acceptsAsSpeech(QuoteType.INDIRECT, 0.3));
        assertTrue(c.acceptsAsSpeech(QuoteType.INDIRECT, 0.4));
    }

    @Test
    void quotedWordsAreNotHeldToTheReportedSpeechThreshold() throws IOException {
        QuoteClassifier c = withSettings("threshold.quoted=0.5\nthreshold.reported=0.1\n"
                + "threshold.reported.speech=0.9\n");
        assertTrue(c.acceptsAsSpeech(QuoteType.DIRECT, 0.6));
        assertTrue(c.acceptsAsSpeech(QuoteType.MIXED, 0.6));
    }

    @Test
    void withoutASpeechThresholdTheReportedOneServes() throws IOException {
        QuoteClassifier c = withSettings("threshold.quoted=0.5\nthreshold.reported=0.1\n");
        assertTrue(c.acceptsAsSpeech(QuoteType.INDIRECT, 0.1));
        assertFalse(c.acceptsAsSpeech(QuoteType.INDIRECT, 0.09));
    }
}
