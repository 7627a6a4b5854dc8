package com.jaia.rules;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How journal risk bands are calibrated on a ledger.
 *
 * @param maxFlaggedShare at most this share of a ledger's journals (per fiscal year and business unit) is banded high or
 *        critical; the highest-ranked keep their band, the rest are moved down to medium
 */
@ConfigurationProperties("jaia.risk")
public record RiskSettings(double maxFlaggedShare) {

    public RiskSettings {
        maxFlaggedShare = maxFlaggedShare <= 0 || maxFlaggedShare > 1 ? 0.05 : maxFlaggedShare;
    }

    static RiskSettings defaults() {
        return new RiskSettings(0);
    }

}
