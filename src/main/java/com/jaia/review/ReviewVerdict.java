package com.jaia.review;

/**
 * The auditor-facing judgement of one journal, stored in {@code llm_reviews.verdict} by its JSON name.
 */
public enum ReviewVerdict {

    /** The evidence explains the flags. */
    LIKELY_LEGITIMATE,

    /** The evidence does not settle the flags; an auditor should look. */
    NEEDS_FOLLOW_UP,

    /** The evidence points to error or fraud. */
    SUSPICIOUS;

    /** The name used in the answer schema and the table, e.g. {@code needs_follow_up}. */
    public String jsonName() {
        return name().toLowerCase();
    }

}
