package com.jaia.generator;

import java.util.SplittableRandom;

/**
 * Accounts no clean journal uses, each lent to at most {@link #USES} injected journals so it stays rare (used fewer than
 * five times) however long the ledger is.
 */
final class RareAccounts {

    static final int USES = 3;

    /**
     * One posting to a rare account.
     *
     * @param account the rare account
     * @param debit the debited account
     * @param credit the credited account
     * @param description the line description
     */
    record Use(String account, String debit, String credit, String description) {
    }

    private static final Use[] USES_BY_ACCOUNT = { new Use("1620", "1620", "1120", "関係会社株式取得"),
            new Use("1630", "1630", "1120", "保証金差入"), new Use("1640", "1640", "1120", "長期前払費用計上"),
            new Use("6360", "6360", "1120", "寄付金支払"), new Use("7120", "1420", "7120", "受取配当金計上"),
            new Use("7220", "7220", "1120", "為替差損計上"), new Use("7230", "7230", "1110", "雑損失計上"),
            new Use("8110", "1420", "8110", "固定資産売却益計上"), new Use("8210", "8210", "1540", "固定資産除却"),
            new Use("2320", "6110", "2320", "退職給付引当金繰入") };

    private final int[] used = new int[USES_BY_ACCOUNT.length];

    private int left = USES_BY_ACCOUNT.length * USES;

    boolean available() {
        return left > 0;
    }

    Use next(SplittableRandom random) {
        int i = random.nextInt(USES_BY_ACCOUNT.length);
        while (used[i] >= USES) {
            i = (i + 1) % USES_BY_ACCOUNT.length;
        }
        used[i]++;
        left--;
        return USES_BY_ACCOUNT[i];
    }

}
