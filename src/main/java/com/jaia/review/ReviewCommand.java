package com.jaia.review;

import com.jaia.problems.PlainReason;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import com.jaia.CommandArguments;
import com.jaia.JaiaCommand;

/**
 * {@code review [--fiscal-year=Y] [--business-unit=B]}: retries the reviews an LLM outage deferred and prints what
 * became of them. Exits 0 when the retry ran (or nothing was deferred), 1 when it could not run, 2 on bad options.
 */
@Component
class ReviewCommand implements JaiaCommand {

    private static final Logger log = LoggerFactory.getLogger(ReviewCommand.class);

    private static final String USAGE = "usage: review [--fiscal-year=YYYY] [--business-unit=CODE]   "
            + "(retries the LLM reviews an outage deferred)";

    private final DeferredReviews deferred;

    ReviewCommand(DeferredReviews deferred) {
        this.deferred = deferred;
    }

    @Override
    public String name() {
        return "review";
    }

    @Override
    public int run(String[] args) {
        CommandArguments arguments = CommandArguments.parse(args);
        ReviewScope scope;
        try {
            scope = scope(arguments);
        }
        catch (IllegalArgumentException e) {
            System.err.println("jaia review: " + e.getMessage());
            System.err.println(USAGE);
            return 2;
        }
        try {
            ReviewRetry retry = deferred.run(scope, "cli");
            System.out.println(retry.describe());
            if (retry.stillDeferred() > 0) {
                System.out.println("Still no provider answered for " + retry.stillDeferred()
                        + " of them; they stay deferred. Run `review` again when the provider is back.");
            }
            return "FAILED".equals(retry.status()) ? 1 : 0;
        }
        catch (NoLlmProvider | ReviewRetryRunning e) {
            System.err.println("jaia review: " + e.getMessage() + ".");
            return 1;
        }
        catch (RuntimeException e) {
            log.error("the retry of deferred reviews failed", e);
            System.err.println("jaia review: the retry could not run: " + PlainReason.of(e)
                    + ". The deferred reviews are unchanged; the log has the details.");
            return 1;
        }
    }

    private static ReviewScope scope(CommandArguments arguments) {
        Set<String> known = Set.of("fiscal-year", "business-unit");
        arguments.options().keySet().stream()
            .filter(option -> !known.contains(option) && !option.startsWith("jaia.") && !option.startsWith("spring.")
                    && !option.startsWith("logging."))
            .findFirst().ifPresent(option -> {
                throw new IllegalArgumentException("unknown option --" + option);
            });
        if (!arguments.positional().isEmpty()) {
            throw new IllegalArgumentException("unexpected argument '" + arguments.positional().get(0) + "'");
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
        throw new IllegalArgumentException("--fiscal-year must be a year between 1900 and 2200, not '" + text + "'");
    }

}
