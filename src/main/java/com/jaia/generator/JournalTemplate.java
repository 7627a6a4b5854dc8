package com.jaia.generator;

import java.util.SplittableRandom;

/**
 * One kind of everyday journal (a sale, a payment, payroll ...): which accounts it debits and credits, how large it
 * runs, which sub-ledger it comes from and how it is described.
 *
 * @param name the kind, e.g. {@code sales}
 * @param source the {@code source} column value
 * @param counterparty {@code customer}, {@code supplier}, {@code affiliate} or {@code none}
 * @param weight relative frequency
 * @param log10Min log10 of the smallest journal total in yen
 * @param log10Max log10 of the largest journal total in yen
 * @param debit the debit side
 * @param credit the credit side
 * @param taxSide 'D' or 'C' when a consumption tax line goes on that side, else '-'
 * @param taxAccount the tax account, or null
 * @param descriptions Japanese descriptions; {@code {m}} stands for the month
 */
record JournalTemplate(String name, String source, String counterparty, double weight, double log10Min,
        double log10Max, Side debit, Side credit, char taxSide, String taxAccount, String[] descriptions) {

    /**
     * One side of a journal kind: the accounts its lines draw from and how many lines it has.
     */
    record Side(String[] accounts, int minLines, int maxLines) {

        static Side parse(String text) {
            int colon = text.indexOf(':');
            String[] accounts = (colon < 0 ? text : text.substring(0, colon)).split("\\|");
            if (colon < 0) {
                return new Side(accounts, 1, 1);
            }
            String[] range = text.substring(colon + 1).split("-");
            return new Side(accounts, Integer.parseInt(range[0]), Integer.parseInt(range[1]));
        }

        int lines(SplittableRandom random) {
            return minLines + random.nextInt(maxLines - minLines + 1);
        }

        /** The account of line {@code i}: each account in turn when the side lists all of them, else any. */
        String account(int i, int lines, SplittableRandom random) {
            return lines >= accounts.length && minLines == maxLines ? accounts[i % accounts.length]
                    : accounts[random.nextInt(accounts.length)];
        }

    }

    static JournalTemplate parse(String line) {
        String[] f = line.split("\t");
        String tax = f[8];
        return new JournalTemplate(f[0], f[1], f[2], Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                Double.parseDouble(f[5]), Side.parse(f[6]), Side.parse(f[7]), tax.equals("-") ? '-' : tax.charAt(0),
                tax.equals("-") ? null : tax.substring(2), f[9].split(";"));
    }

    boolean creditsRevenue() {
        return credit.accounts()[0].startsWith("4");
    }

}
