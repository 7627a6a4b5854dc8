package com.jaia.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The 500 accounts of a transfers ledger: operating accounts, customer deposit accounts, fee income and bank charges,
 * each customer account drawn with its own popularity, so a few are busy and most are quiet, as in a real book.
 */
final class TransferAccounts {

    static final int COUNT = 500;

    private static final int OPERATING = 20;
    private static final int FEE_INCOME = 5;
    private static final int CHARGES = 5;

    record Account(String code, String name, String category, String type, String normalBalance) {
    }

    final List<Account> operating = new ArrayList<>();
    final List<Account> customers = new ArrayList<>();
    final List<Account> feeIncome = new ArrayList<>();
    final List<Account> charges = new ArrayList<>();

    /** Cumulative popularity of the customer accounts, for weighted draws. */
    private final double[] cumulative;

    private TransferAccounts(SplittableRandom random) {
        for (int i = 0; i < OPERATING; i++) {
            operating.add(new Account(Integer.toString(10100 + 10 * i), "Operating account " + (i + 1),
                    "current_assets", "asset", "debit"));
        }
        int customerCount = COUNT - OPERATING - FEE_INCOME - CHARGES;
        List<Integer> numbers = new ArrayList<>();
        for (int n = 200000; numbers.size() < customerCount; n += 1 + random.nextInt(37)) {
            numbers.add(n);
        }
        for (int i = 0; i < customerCount; i++) {
            String code = Integer.toString(numbers.get(i));
            customers.add(new Account(code, "Customer deposits " + code, "current_liabilities", "liability", "credit"));
        }
        for (int i = 0; i < FEE_INCOME; i++) {
            feeIncome.add(new Account(Integer.toString(41100 + 10 * i), "Transfer fee income " + (i + 1), "revenue",
                    "revenue", "credit"));
        }
        for (int i = 0; i < CHARGES; i++) {
            charges.add(new Account(Integer.toString(61100 + 10 * i), "Bank charges " + (i + 1), "expenses", "expense",
                    "debit"));
        }
        cumulative = new double[customers.size()];
        double sum = 0;
        for (int i = 0; i < cumulative.length; i++) {
            sum += Math.pow(1 + random.nextInt(customers.size()), -0.6);
            cumulative[i] = sum;
        }
    }

    static TransferAccounts create(long seed) {
        return new TransferAccounts(new SplittableRandom(seed ^ 0x2545F4914F6CDD1DL));
    }

    /** A customer account, busy ones more often. */
    Account customer(SplittableRandom random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] < target) {
                low = mid + 1;
            }
            else {
                high = mid;
            }
        }
        return customers.get(low);
    }

    /** A customer account other than {@code not}. */
    Account customerOtherThan(SplittableRandom random, Account not) {
        Account account;
        do {
            account = customer(random);
        }
        while (account.equals(not));
        return account;
    }

    /** Writes {@code chart_of_accounts.csv}: the 500 posting accounts, no headings. */
    Path writeChart(Path dir) throws IOException {
        Files.createDirectories(dir);
        StringBuilder chart = new StringBuilder(Csv.row("account_code", "account_name", "account_name_en",
                "account_category", "account_type", "normal_balance", "level", "parent_code", "is_posting",
                "is_active"));
        for (List<Account> group : List.of(operating, customers, feeIncome, charges)) {
            for (Account a : group) {
                chart.append(Csv.row(a.code(), a.name(), a.name(), a.category(), a.type(), a.normalBalance(), 1, "",
                        true, true));
            }
        }
        Path file = dir.resolve(MasterFiles.CHART);
        Files.writeString(file, chart, StandardCharsets.UTF_8);
        return file;
    }

}
