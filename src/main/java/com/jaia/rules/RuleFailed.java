package com.jaia.rules;

/**
 * A rule's SQL failed on the ledger; the run stops and writes nothing, so a broken rule is never reported as clean.
 */
public class RuleFailed extends RuntimeException {

    RuleFailed(String ruleId, Throwable cause) {
        super("audit rule " + ruleId + " failed: " + cause.getMessage(), cause);
    }

}
