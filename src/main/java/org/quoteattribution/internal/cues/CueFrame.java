package org.quoteattribution.internal.cues;

/** How a cue arranges its speaker and content around itself. */
public enum CueFrame {
    /** A verb taking a reported clause: "X said (that) ...". */
    CLAUSE,
    /** A verb that may take an addressee before the clause: "X told reporters (that) ...". */
    OBJECT,
    /** A verb that introduces quoted words rather than a that-clause: "X tweeted: ...". */
    QUOTE,
    /** A noun of report with its speaker as possessor: "Trump's claim that ...", "her criticism of the deal". */
    NOUN,
    /** An adjective of stance after a copula: "X is critical of the plan", "X was confident that ...". */
    ADJECTIVE,
    /** A phrase followed by the speaker: "according to X, ...". */
    SOURCE_AFTER,
    /** A nominal phrase framing a clause: "in a statement, X ...". */
    ADJUNCT,
    /** A dash between a quotation and the name of its speaker: "“...” ― Sonya Herridge". */
    BYLINE,
    /** A colon after a speaker's name opening a paragraph: "Graham: Trump's rhetoric is destroying the party". */
    LABEL
}
