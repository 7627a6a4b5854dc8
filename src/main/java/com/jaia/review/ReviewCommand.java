package com.jaia.review;

import com.jaia.CommandArguments;
import com.jaia.CommandArguments.BadArguments;
import com.jaia.ExitCodes;
import com.jaia.JaiaCommand;
import com.jaia.problems.PlainReason;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * {@code review [--fiscal-year=Y] [--business-unit=B]}: retries the reviews an LLM outage deferred and prints what
 * became of them. Exits 0 when the retry ran (or nothing was deferred), 1 when it could not run, 2 on bad options.
 */
@Component
record ReviewCommand(DeferredReviews deferred) implements JaiaCommand {

    private static final Logger log = LoggerFactory.getLogger(ReviewCommand.class);

    @Override
    public int run(CommandArguments arguments) {
        ReviewScope scope = scope(arguments);
        try {
            ReviewRetry retry = deferred.run(scope, "cli");
            System.out.println(retry.describe());
            if (retry.stillDeferred() > 0) {
                System.out.println("Still no provider answered for " + retry.stillDeferred()
                        + " of them; they stay deferred. Run `review` again when the provider is back.");
            }
            return "FAILED".equals(retry.status()) ? ExitCodes.FAILED : ExitCodes.DONE;
        }
        catch (NoLlmProvider | ReviewRetryRunning e) {
            System.err.println("jaia review: " + e.getMessage() + ".");
            return ExitCodes.FAILED;
        }
        catch (RuntimeException e) {
            log.error("the retry of deferred reviews failed", e);
            System.err.println("jaia review: the retry could not run: " + PlainReason.of(e)
                    + ". The deferred reviews are unchanged; the log has the details.");
            return ExitCodes.FAILED;
        }
    }

    private static ReviewScope scope(CommandArguments arguments) {
        if (!arguments.positional().isEmpty()) {
            throw new BadArguments("unexpected argument '" + arguments.positional().get(0) + "'");
        }
        Integer year = arguments.option("fiscal-year").map(ReviewCommand::year).orElse(null);
        return new ReviewScope(year, arguments.option("business-unit").orElse(null));
    }

    private static Integer year(String text) {
        try {
            int year = Integer.parseInt(text.strip());
            if (year >= 1900 && year <= 2200) {
                return year;
            }
        }
        catch (NumberFormatException e) {
            // reported below
        }
        throw new BadArguments("--fiscal-year must be a year between 1900 and 2200, not '" + text + "'");
    }

}
