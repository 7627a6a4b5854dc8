package com.jaia.review;

import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.TimeoutException;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.RetriableException;

/**
 * Sorts LLM client failures: transient ones are retried, provider-wide ones move on to the next provider, the rest
 * belong to the journal and skip it.
 */
final class LlmFailures {

    private LlmFailures() {
    }

    /** 429, 5xx, timeouts and refused or reset connections. */
    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RetriableException || t instanceof ConnectException || t instanceof HttpTimeoutException
                    || t instanceof TimeoutException || t instanceof java.net.SocketTimeoutException
                    || t instanceof java.io.IOException) {
                return true;
            }
            if (t instanceof HttpException http && (http.statusCode() == 429 || http.statusCode() >= 500)) {
                return true;
            }
        }
        return false;
    }

    /** A failure of the provider as a whole (bad key, unknown model): the next provider may still answer. */
    static boolean isProviderWide(Throwable failure) {
        return failure instanceof AuthenticationException || failure instanceof ModelNotFoundException
                || failure instanceof HttpException http && (http.statusCode() == 401 || http.statusCode() == 403
                        || http.statusCode() == 404);
    }

    /** A short label for metrics and the usage log. */
    static String outcome(Throwable failure) {
        if (failure instanceof RateLimitException) {
            return "rate_limited";
        }
        if (failure instanceof InternalServerException) {
            return "server_error";
        }
        if (failure instanceof dev.langchain4j.exception.TimeoutException || hasCause(failure, HttpTimeoutException.class)
                || hasCause(failure, java.net.SocketTimeoutException.class)) {
            return "timeout";
        }
        if (isProviderWide(failure)) {
            return "unauthorized_or_not_found";
        }
        return isTransient(failure) ? "unreachable" : "rejected";
    }

    /** A reason an auditor can read, without the provider's full response body or Java class names. */
    static String describe(Throwable failure) {
        return outcome(failure) + " (" + plainMessage(failure) + ")";
    }

    private static String plainMessage(Throwable failure) {
        if (hasCause(failure, ConnectException.class)) {
            return "connection refused";
        }
        String message = null;
        for (Throwable t = failure; t != null && (message == null || message.isBlank()); t = t.getCause()) {
            message = t.getMessage();
        }
        if (message == null || message.isBlank()) {
            return "no details";
        }
        String text = message.lines().findFirst().orElse(message).strip();
        while (text.matches("^(?:[\\w$]+\\.)+[\\w$]*(?:Exception|Error):.*")) {
            text = text.substring(text.indexOf(':') + 1).strip();
        }
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

}
