package org.quoteattribution.internal.mentions;

/** Words naming a speaker: tokens [{@code firstToken}, {@code endToken}). */
public record Mention(int firstToken, int endToken, MentionKind kind) {

    public Mention {
        if (endToken <= firstToken) {
            throw new IllegalArgumentException("empty mention");
        }
    }
}
