package com.jaia.review;

/**
 * A schema-valid answer of the LLM about one journal.
 *
 * @param verdict the judgement
 * @param confidence the model's confidence in it, 0 to 1
 * @param rationale why, in a few sentences
 * @param suggestedProcedure the next audit step
 */
record ReviewAnswer(ReviewVerdict verdict, double confidence, String rationale, String suggestedProcedure) {
}
