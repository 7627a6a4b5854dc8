package com.jaia.rules.ml;

/**
 * The ML scores of one journal line, combined from its isolation forest score and its robust z-scores:
 * {@code isolation_part = clamp((isolation_score - 0.55) / 0.25, 0, 1)}; {@code outlier = 1 - exp(-max(|z| - 3, 0) / 4)}
 * with z the amount's robust z for the account, and the largest of the amount's, entry hour's and entry lag's for the
 * preparer; {@code ml_score = 1 - (1 - isolation_part) * (1 - account_outlier) * (1 - user_outlier)}; the method is
 * the component that contributed most.
 */
record LineScore(double mlScore, String method, double isolationScore, double accountOutlierScore,
        double userOutlierScore) {

    static final String ISOLATION_FOREST = "isolation_forest";
    static final String ACCOUNT_ROBUST_Z = "account_robust_z";
    static final String USER_ROBUST_Z = "user_robust_z";

    static LineScore of(double isolationScore, double accountZ, double userZ, double userHourZ, double userLagZ) {
        double isolationPart = Math.min(Math.max((isolationScore - 0.55) / 0.25, 0), 1);
        double account = outlier(Math.abs(accountZ));
        double user = outlier(Math.max(Math.max(Math.abs(userZ), Math.abs(userHourZ)), Math.abs(userLagZ)));
        double mlScore = 1 - (1 - isolationPart) * (1 - account) * (1 - user);
        String method = isolationPart >= Math.max(account, user) ? ISOLATION_FOREST
                : account >= user ? ACCOUNT_ROBUST_Z : USER_ROBUST_Z;
        return new LineScore(mlScore, method, isolationScore, account, user);
    }

    /** 0 up to 3 robust spreads, then rising towards 1: about 0.22 at 4, 0.53 at 6, 0.82 at 10. */
    static double outlier(double absoluteZ) {
        return 1 - Math.exp(-Math.max(absoluteZ - 3, 0) / 4);
    }

}
