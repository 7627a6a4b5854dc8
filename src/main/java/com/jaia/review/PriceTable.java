package com.jaia.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.jaia.review.ReviewSettings.ModelPrice;

/**
 * The cost of a call from the configured price per million tokens of its model.
 */
final class PriceTable {

    private static final Logger log = LoggerFactory.getLogger(PriceTable.class);

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private final Map<String, ModelPrice> prices;

    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    PriceTable(Map<String, ModelPrice> prices) {
        this.prices = prices;
    }

    BigDecimal cost(String model, long inputTokens, long outputTokens) {
        ModelPrice price = prices.get(model);
        if (price == null) {
            if (warned.add(model)) {
                log.warn("No price configured for LLM model {} (jaia.review.prices); its calls are recorded at cost 0",
                        model);
            }
            return BigDecimal.ZERO;
        }
        BigDecimal in = orZero(price.inputPerMillion()).multiply(BigDecimal.valueOf(inputTokens));
        BigDecimal out = orZero(price.outputPerMillion()).multiply(BigDecimal.valueOf(outputTokens));
        return in.add(out).divide(MILLION, 8, RoundingMode.HALF_UP);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

}
