package com.jaia.rules.ml;

/** The per-line formulas and wording of the former SQL version of ml_scores, which the Java ones must reproduce. */
final class SqlReference {

    /** A table for {@link #TOP_FEATURES} to read: the {@link LineFeatures} in order, with a line number first. */
    static final String FEATURES_TABLE = """
            CREATE TABLE f (i INTEGER, f_log_amount DOUBLE, f_account_z DOUBLE, f_user_z DOUBLE, f_entry_hour DOUBLE,
                f_weekday DOUBLE, f_day_of_month DOUBLE, f_entry_lag_days DOUBLE, f_account_frequency DOUBLE,
                f_user_account_frequency DOUBLE, f_round_zeros DOUBLE, f_journal_lines DOUBLE, user_hour_z DOUBLE,
                user_lag_z DOUBLE, amount DECIMAL(18,2))
            """;

    /** The top_features text of each line of table f, in line number order. */
    static final String TOP_FEATURES = """
            WITH unusual AS (
                SELECT *, greatest(abs(f_account_z),
                                abs(f_user_z),
                                abs(user_hour_z),
                                abs(user_lag_z),
                                abs(f_log_amount - {{center_f_log_amount}}) / {{spread_f_log_amount}},
                                abs(f_entry_hour - {{center_f_entry_hour}}) / {{spread_f_entry_hour}},
                                abs(f_weekday - {{center_f_weekday}}) / {{spread_f_weekday}},
                                abs(f_day_of_month - {{center_f_day_of_month}}) / {{spread_f_day_of_month}},
                                abs(f_entry_lag_days - {{center_f_entry_lag_days}}) / {{spread_f_entry_lag_days}},
                                ({{center_f_account_frequency}} - f_account_frequency) / {{spread_f_account_frequency}},
                                ({{center_f_user_account_frequency}} - f_user_account_frequency) / {{spread_f_user_account_frequency}},
                                (f_round_zeros - {{center_f_round_zeros}}) / {{spread_f_round_zeros}},
                                (f_journal_lines - {{center_f_journal_lines}}) / {{spread_f_journal_lines}}) AS most_unusual
                FROM f
            )
            SELECT CASE WHEN most_unusual < 3 THEN '' ELSE array_to_string(list_transform(
                       list_slice(list_reverse_sort(list_filter([
                           {'u': abs(f_account_z), 'k': 1},
                           {'u': abs(f_user_z), 'k': 2},
                           {'u': abs(user_hour_z), 'k': 12},
                           {'u': abs(user_lag_z), 'k': 13},
                           {'u': abs(f_log_amount - {{center_f_log_amount}}) / {{spread_f_log_amount}}, 'k': 3},
                           {'u': abs(f_entry_hour - {{center_f_entry_hour}}) / {{spread_f_entry_hour}}, 'k': 4},
                           {'u': abs(f_weekday - {{center_f_weekday}}) / {{spread_f_weekday}}, 'k': 5},
                           {'u': abs(f_day_of_month - {{center_f_day_of_month}}) / {{spread_f_day_of_month}}, 'k': 6},
                           {'u': abs(f_entry_lag_days - {{center_f_entry_lag_days}}) / {{spread_f_entry_lag_days}}, 'k': 7},
                           {'u': ({{center_f_account_frequency}} - f_account_frequency) / {{spread_f_account_frequency}}, 'k': 8},
                           {'u': ({{center_f_user_account_frequency}} - f_user_account_frequency) / {{spread_f_user_account_frequency}}, 'k': 9},
                           {'u': (f_round_zeros - {{center_f_round_zeros}}) / {{spread_f_round_zeros}}, 'k': 10},
                           {'u': (f_journal_lines - {{center_f_journal_lines}}) / {{spread_f_journal_lines}}, 'k': 11}
                       ], lambda x: x.u >= 3)), 1, 3),
                       lambda x: CASE x.k
                           WHEN 1 THEN format('amount {:.1f} MAD {} account median', abs(f_account_z), CASE WHEN f_account_z > 0 THEN 'above' ELSE 'below' END)
                           WHEN 2 THEN format('amount {:.1f} MAD {} preparer median', abs(f_user_z), CASE WHEN f_user_z > 0 THEN 'above' ELSE 'below' END)
                           WHEN 3 THEN format('amount {} far from the ledger''s usual size', amount)
                           WHEN 4 THEN CASE WHEN f_entry_hour < 0 THEN 'no entry time' ELSE format('entry hour {}', floor(f_entry_hour)::INTEGER) END
                           WHEN 5 THEN format('entered on a {}', ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][f_weekday::INTEGER])
                           WHEN 6 THEN format('effective on day {} of the month', f_day_of_month::INTEGER)
                           WHEN 7 THEN CASE WHEN f_entry_lag_days >= 0 THEN format('entered {} days after the effective date', f_entry_lag_days::BIGINT)
                                            ELSE format('entered {} days before the effective date', -f_entry_lag_days::BIGINT) END
                           WHEN 8 THEN format('account used {} times this year', round(pow(10, f_account_frequency))::BIGINT)
                           WHEN 9 THEN format('preparer used this account {} times this year', round(pow(10, f_user_account_frequency))::BIGINT)
                           WHEN 10 THEN format('round amount ({} trailing zeros)', f_round_zeros::INTEGER)
                           WHEN 11 THEN format('journal of {} lines', f_journal_lines::BIGINT)
                           WHEN 12 THEN format('entry hour {:.1f} MAD {} preparer median', abs(user_hour_z), CASE WHEN user_hour_z > 0 THEN 'after' ELSE 'before' END)
                           ELSE format('entry lag {:.1f} MAD {} preparer median', abs(user_lag_z), CASE WHEN user_lag_z > 0 THEN 'above' ELSE 'below' END) END), '; ') END
            FROM unusual ORDER BY i
            """;

    /** Parameters: isolation score, account z, user z, user hour z, user lag z. */
    static final String SCORES = """
            WITH scored AS (
                SELECT ?::DOUBLE AS isolation_score, ?::DOUBLE AS f_account_z, ?::DOUBLE AS f_user_z,
                       ?::DOUBLE AS user_hour_z, ?::DOUBLE AS user_lag_z
            ), parts AS (
                SELECT *, least(greatest((isolation_score - 0.55) / 0.25, 0), 1) AS isolation_part,
                       1 - exp(-greatest(abs(f_account_z) - 3, 0) / 4) AS account_outlier_score,
                       1 - exp(-greatest(greatest(abs(f_user_z), abs(user_hour_z), abs(user_lag_z)) - 3, 0) / 4)
                           AS user_outlier_score
                FROM scored
            )
            SELECT 1 - (1 - isolation_part) * (1 - account_outlier_score) * (1 - user_outlier_score) AS ml_score,
                   CASE WHEN isolation_part >= greatest(account_outlier_score, user_outlier_score) THEN 'isolation_forest'
                        WHEN account_outlier_score >= user_outlier_score THEN 'account_robust_z'
                        ELSE 'user_robust_z' END AS ml_method,
                   account_outlier_score, user_outlier_score
            FROM parts
            """;

    private SqlReference() {
    }

}
