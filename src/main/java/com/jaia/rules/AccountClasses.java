package com.jaia.rules;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The chart's account classes as the rules see them (given, inferred from the names, or overridden), and the
 * auditor's overrides.
 */
final class AccountClasses {

    private final DataSource duckDb;

    private final ReferenceData referenceData;

    private final JdbcClient jdbc;

    AccountClasses(DataSource duckDb, ReferenceData referenceData) {
        this.duckDb = duckDb;
        this.referenceData = referenceData;
        this.jdbc = JdbcClient.create(duckDb);
    }

    /** One account and the class the rules use for it. */
    record AccountClass(String accountCode, String accountName, String accountType, String accountClass,
            String source) {
    }

    List<AccountClass> list() {
        refresh();
        return jdbc.sql("SELECT account_code, account_name, account_type, account_class, account_class_source AS source "
                + "FROM accounts ORDER BY account_code").query(AccountClass.class).list();
    }

    /** Sets (or, with a null class, removes) an override; returns false when the account is not in the chart. */
    boolean override(String accountCode, String accountClass, String reason) {
        boolean known = jdbc.sql("SELECT count(*) FROM accounts WHERE account_code = ?").param(accountCode)
            .query(Long.class).single() > 0;
        if (!known) {
            return false;
        }
        jdbc.sql("DELETE FROM account_class_overrides WHERE account_code = ?").param(accountCode).update();
        if (accountClass != null) {
            jdbc.sql("INSERT INTO account_class_overrides VALUES (?, ?, ?, now())").params(accountCode, accountClass,
                    reason).update();
        }
        refresh();
        return true;
    }

    private void refresh() {
        try (Connection connection = duckDb.getConnection()) {
            referenceData.refresh(connection);
        }
        catch (SQLException e) {
            throw new IllegalStateException("cannot refresh account classes: " + e.getMessage(), e);
        }
    }

}
