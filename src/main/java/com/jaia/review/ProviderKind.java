package com.jaia.review;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The LLM providers the review can ask, by the names {@code LLM_PROVIDER} accepts.
 */
enum ProviderKind {

    OPENAI("openai", "gpt-4o-mini"),
    ANTHROPIC("anthropic", "claude-sonnet-4-5"),
    GOOGLE("google", "gemini-2.5-flash"),
    OLLAMA("ollama", "llama3.1"),
    AZURE("azure", "gpt-4o-mini"),
    AZURE_FOUNDRY("azure_foundry", "gpt-4o-mini"),
    BEDROCK("bedrock", "anthropic.claude-3-5-sonnet-20240620-v1:0"),
    VERTEX_AI("vertex_ai", "google/gemini-2.5-flash");

    private final String configName;

    private final String defaultModel;

    ProviderKind(String configName, String defaultModel) {
        this.configName = configName;
        this.defaultModel = defaultModel;
    }

    String configName() {
        return configName;
    }

    String defaultModel() {
        return defaultModel;
    }

    static ProviderKind of(String name) {
        return Arrays.stream(values()).filter(kind -> kind.configName.equals(name)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("jaia.review.provider: unknown LLM provider '" + name
                    + "'; expected one of " + Arrays.stream(values()).map(ProviderKind::configName)
                        .collect(Collectors.joining(", "))));
    }

}
