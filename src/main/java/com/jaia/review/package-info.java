/**
 * The LLM review of the riskiest journals: candidate selection, prompt and pseudonyms, the provider failover chain
 * with its limits and costs, and the {@code reviewAnomaliesStep} that stores one {@code llm_reviews} row per journal.
 */
package com.jaia.review;
