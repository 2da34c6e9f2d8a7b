package org.quoteattribution.training;

import java.util.List;
import org.quoteattribution.Span;

/** One hand-annotated attribution of a PolNeAR article: its content, cue and source spans (any may be empty). */
record GoldAttribution(List<Span> content, List<Span> cue, List<Span> source) {
}
