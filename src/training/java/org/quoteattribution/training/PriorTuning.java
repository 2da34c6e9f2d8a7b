package org.quoteattribution.training;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Chooses the prior shift ({@code --prior auto}) on training data only: a model trained without every tenth silver
 * train document (with the shipped settings otherwise) tags those held-out documents, each sentence on its own, once
 * per setting of a small grid, and the setting with the best organization F1 wins. The dev split plays no part.
 *
 * <p>Two steps, so that the grid stays small and each choice has one aim:
 * <ol>
 * <li>organization factor × scope (the outcomes that open a name, or all of the type's outcomes): the best
 *     organization F1 among the settings whose person F1 is at most {@value #PERSON_TOLERANCE} points below the
 *     unshifted model's (a shift toward organizations takes some names from persons);</li>
 * <li>then a person factor on top: the best person F1 among those whose organization F1 stays within
 *     {@value #ORGANIZATION_TOLERANCE} points of step 1's.</li>
 * </ol>
 * Ties keep the earlier (smaller) factor. The tolerances keep a tenth of a point of noise from vetoing a setting.
 */
final class PriorTuning {

    static final List<Double> ORGANIZATION_FACTORS = List.of(1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0);
    static final List<Double> PERSON_FACTORS = List.of(1.0, 1.25, 1.5, 2.0);
    static final double PERSON_TOLERANCE = 0.2;
    static final double ORGANIZATION_TOLERANCE = 0.2;
    private static final String ORGANIZATION = "organization";
    private static final String PERSON = "person";

    private PriorTuning() {
    }

    /** Tunes on {@code heldOut} with the held-out model; prints the grid as a Markdown table. */
    static PriorShift tune(byte[] heldOutModel, List<NameSample> heldOut, PrintStream out) throws IOException {
        out.println("\nprior tuning on the held-out silver train documents, each sentence on its own:");
        out.println("| scope | organization k | person k | person P / R / F1 | organization P / R / F1 | all F1 |");
        out.println("|---|---|---|---|---|---|");
        NameFinderScores base = measure(heldOutModel, PriorShift.NONE, heldOut);
        out.print(row(PriorShift.NONE, base));
        double personFloor = base.f1(PERSON) - PERSON_TOLERANCE;

        PriorShift best = PriorShift.NONE;
        NameFinderScores bestScores = base;
        for (PriorShift.Scope scope : PriorShift.Scope.values()) {
            for (double k : ORGANIZATION_FACTORS) {
                if (k == 1.0) {
                    continue; // the unshifted model, measured above; the same in either scope
                }
                PriorShift shift = new PriorShift(Map.of(ORGANIZATION, k), scope);
                NameFinderScores scores = measure(heldOutModel, shift, heldOut);
                out.print(row(shift, scores));
                if (scores.f1(PERSON) >= personFloor && scores.f1(ORGANIZATION) > bestScores.f1(ORGANIZATION)) {
                    best = shift;
                    bestScores = scores;
                }
            }
        }

        double organizationFloor = bestScores.f1(ORGANIZATION) - ORGANIZATION_TOLERANCE;
        PriorShift chosen = best;
        NameFinderScores chosenScores = bestScores;
        for (double k : PERSON_FACTORS) {
            if (k == 1.0) {
                continue;
            }
            PriorShift shift = best.with(PERSON, k);
            NameFinderScores scores = measure(heldOutModel, shift, heldOut);
            out.print(row(shift, scores));
            if (scores.f1(ORGANIZATION) >= organizationFloor && scores.f1(PERSON) > chosenScores.f1(PERSON)) {
                chosen = shift;
                chosenScores = scores;
            }
        }
        if (chosen.factor(PERSON) == 1.0) {
            chosen = new PriorShift(Map.of(ORGANIZATION, chosen.factor(ORGANIZATION)), chosen.scope());
        }
        out.printf(Locale.ROOT, "chosen on the held-out documents: %s%n", chosen.options());
        return chosen;
    }

    private static NameFinderScores measure(byte[] model, PriorShift shift, List<NameSample> samples)
            throws IOException {
        TokenNameFinderModel shifted = new TokenNameFinderModel(new ByteArrayInputStream(model));
        shift.shift(shifted);
        return NameFinderScores.measure(new NameFinderME(shifted), samples, true);
    }

    private static String row(PriorShift shift, NameFinderScores s) {
        return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %.1f |%n",
                shift.isNone() ? "-" : shift.scope().option(), PriorShift.format(shift.factor(ORGANIZATION)),
                PriorShift.format(shift.factor(PERSON)), s.prf(PERSON), s.prf(ORGANIZATION), s.overallF1());
    }
}
