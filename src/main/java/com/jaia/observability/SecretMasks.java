package com.jaia.observability;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces secrets in a line of log output: provider API keys by their shape (Anthropic, OpenAI, AWS access key ids,
 * Google), JAIA's own API keys, {@code password=}, {@code secret=}, {@code token=} and {@code api_key=} values (also
 * as {@code name: value} or JSON members), and {@code Authorization} header values.
 */
public final class SecretMasks {

    /** What a masked secret reads as. */
    public static final String MASK = "****";

    private static final String VALUE_END = "\\s\"'\\\\,;&}\\]";

    private static final List<Mask> MASKS = List.of(
            // "Authorization: Bearer xyz", authorization="Basic xyz", "authorization":"xyz"
            new Mask("(?i)(authorization\\\\?\"?\\s*[=:]\\s*\\\\?\"?\\s*(?:(?:bearer|basic|token|digest|aws4-hmac-sha256)\\s+)?)[^"
                    + VALUE_END + "]+", "$1" + MASK),
            new Mask("(?i)(\\bbearer\\s+)[A-Za-z0-9._~+/=-]{8,}", "$1" + MASK),
            new Mask("(?i)(\\b(?:[a-z0-9]+[_.-])*(?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key)"
                    + "\\\\?\"?\\s*[=:]\\s*\\\\?\"?)[^" + VALUE_END + "]+", "$1" + MASK),
            new Mask("sk-ant-[A-Za-z0-9_-]{16,}", "sk-ant-" + MASK),
            new Mask("\\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}", "sk-" + MASK),
            new Mask("\\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA)[0-9A-Z]{16}\\b", "AKIA" + MASK),
            new Mask("\\bAIza[0-9A-Za-z_-]{35}", "AIza" + MASK),
            new Mask("(?<![A-Za-z0-9_-])jaia_[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])", "jaia_" + MASK));

    private SecretMasks() {
    }

    /** The text with every secret it contains masked. */
    public static String mask(String text) {
        String masked = text;
        for (Mask mask : MASKS) {
            masked = mask.apply(masked);
        }
        return masked;
    }

    private record Mask(Pattern pattern, String replacement) {

        Mask(String regex, String replacement) {
            this(Pattern.compile(regex), replacement);
        }

        String apply(String text) {
            Matcher matcher = pattern.matcher(text);
            return matcher.find() ? matcher.replaceAll(replacement) : text;
        }

    }

}
