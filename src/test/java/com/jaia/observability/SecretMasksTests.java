package com.jaia.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretMasksTests {

    /** Secret shapes and what must be left of each line once masked; none of them is a real credential. */
    static final String[][] SHAPES = {
            { "anthropic key sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcdef done", "sk-ant-AbCdEfGhIjKlMn" },
            { "openai key sk-proj-Zyxwvutsrqponmlkjihgfedcba9876543210ABCD used", "sk-proj-Zyxwvutsrqponml" },
            { "legacy openai sk-0123456789abcdefghijKLMNOPQRSTUVWXYZabcd", "sk-0123456789abcdefghij" },
            { "aws access key AKIAIOSFODNN7EXAMPLE in config", "AKIAIOSFODNN7EXAMPLE" },
            { "google key AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY end", "AIzaSyD-9tSrke72PouQMnMX" },
            { "connect with password=hunter2-Secret! now", "hunter2-Secret!" },
            { "db secret=s3cr3t-value&next=1", "s3cr3t-value" },
            { "callback token=tok_9f8e7d6c5b4a3210", "tok_9f8e7d6c5b4a3210" },
            { "aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "wJalrXUtnFEMI/K7MDENG" },
            { "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl", "eyJhbGciOiJIUzI1NiJ9" },
            { "header authorization=Basic dXNlcjpwYXNzd29yZA==", "dXNlcjpwYXNzd29yZA" },
            { "x-api-key: jaia_Q2xhc3NpY1NlY3JldEtleVRoYXRJc0V4YWN0bHk0M2No  used", "Q2xhc3NpY1NlY3JldEtleVRoYXRJc0V4YWN0bHk0M2No" },
            { "key jaia_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA rejected", "jaia_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" },
    };

    @Test
    void masksEverySecretShape() {
        for (String[] shape : SHAPES) {
            String masked = SecretMasks.mask(shape[0]);
            assertThat(masked).as(shape[0]).doesNotContain(shape[1]).contains(SecretMasks.MASK);
        }
    }

    @Test
    void masksInsideJsonMembersAndEscapedStrings() {
        assertThat(SecretMasks.mask("{\"password\":\"hunter2\",\"user\":\"tanaka\"}"))
            .isEqualTo("{\"password\":\"****\",\"user\":\"tanaka\"}");
        assertThat(SecretMasks.mask("{\"message\":\"login with token=\\\"abc123def\\\" failed\"}"))
            .doesNotContain("abc123def");
    }

    @Test
    void leavesOrdinaryTextAlone() {
        String text = "LLM review: reviewed 3, tokens=1500, inputTokens: 900, journal JE-0042 key 1234 of 5; "
                + "jaia_performance.log rotated; task-manager sk-short";
        assertThat(SecretMasks.mask(text)).isEqualTo(text);
    }

    @Test
    void keepsTheKeyNameAndTheSchemeSoTheLineStillReads() {
        assertThat(SecretMasks.mask("Authorization: Bearer abcdefghijklmnop"))
            .isEqualTo("Authorization: Bearer ****");
        assertThat(SecretMasks.mask("password=x1")).isEqualTo("password=****");
    }

}
