package com.jaia.review;

import java.math.BigDecimal;

/**
 * What one import may still spend on LLM calls; once spent, the remaining journals are skipped.
 */
final class ReviewBudget {

    private final BigDecimal limit;

    private BigDecimal spent;

    /**
     * @param limit the most the import may spend; zero or less means no limit
     * @param spentBefore what earlier executions of the import already spent
     */
    ReviewBudget(BigDecimal limit, BigDecimal spentBefore) {
        this.limit = limit;
        this.spent = spentBefore;
    }

    synchronized boolean exhausted() {
        return limit.signum() > 0 && spent.compareTo(limit) >= 0;
    }

    synchronized void spend(BigDecimal cost) {
        spent = spent.add(cost);
    }

    synchronized BigDecimal spent() {
        return spent;
    }

}
