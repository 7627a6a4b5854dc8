package com.jaia.review;

import java.time.Duration;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.azure.AzureOpenAiChatModel;
import dev.langchain4j.model.bedrock.BedrockChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import software.amazon.awssdk.regions.Region;

import com.jaia.review.ReviewSettings.ProviderSettings;

/**
 * Builds the LangChain4j client of each provider with the clients' own retries off, so that only the review's retry
 * policy repeats a call.
 */
final class ChatModelFactory {

    private ChatModelFactory() {
    }

    static ChatModel create(ProviderKind kind, ProviderSettings p, String model, Duration timeout, int maxTokens) {
        return switch (kind) {
            case OPENAI -> OpenAiChatModel.builder().baseUrl(blankToNull(p.baseUrl()))
                .apiKey(required(p.apiKey(), kind, "api-key", "OPENAI_API_KEY")).modelName(model)
                .maxCompletionTokens(maxTokens).timeout(timeout).maxRetries(0).build();
            case VERTEX_AI -> OpenAiChatModel.builder().baseUrl(vertexBaseUrl(p))
                .apiKey(required(p.apiKey(), kind, "api-key", "GCP_ACCESS_TOKEN")).modelName(model)
                .maxTokens(maxTokens).timeout(timeout).maxRetries(0).build();
            case ANTHROPIC -> AnthropicChatModel.builder().baseUrl(blankToNull(p.baseUrl()))
                .apiKey(required(p.apiKey(), kind, "api-key", "ANTHROPIC_API_KEY")).modelName(model)
                .maxTokens(maxTokens).timeout(timeout).maxRetries(0).build();
            case OLLAMA -> OllamaChatModel.builder().maxRetries(0)
                .baseUrl(required(p.baseUrl(), kind, "base-url", "OLLAMA_BASE_URL")).modelName(model)
                .timeout(timeout).build();
            case GOOGLE -> GoogleAiGeminiChatModel.builder().maxRetries(0).baseUrl(blankToNull(p.baseUrl()))
                .apiKey(required(p.apiKey(), kind, "api-key", "GOOGLE_API_KEY")).modelName(model).timeout(timeout)
                .build();
            case AZURE, AZURE_FOUNDRY -> AzureOpenAiChatModel.builder()
                .endpoint(required(p.endpoint(), kind, "endpoint",
                        kind == ProviderKind.AZURE ? "AZURE_OPENAI_ENDPOINT" : "AZURE_FOUNDRY_ENDPOINT"))
                .apiKey(required(p.apiKey(), kind, "api-key",
                        kind == ProviderKind.AZURE ? "AZURE_OPENAI_API_KEY" : "AZURE_FOUNDRY_API_KEY"))
                .deploymentName(model).maxTokens(maxTokens).timeout(timeout).maxRetries(0).build();
            case BEDROCK -> BedrockChatModel.builder().maxRetries(0)
                .region(Region.of(required(p.region(), kind, "region", "AWS_REGION"))).modelId(model)
                .timeout(timeout).build();
        };
    }

    /** Vertex AI through its OpenAI-compatible endpoint; the key is a short-lived OAuth access token. */
    private static String vertexBaseUrl(ProviderSettings p) {
        if (p.baseUrl() != null && !p.baseUrl().isBlank()) {
            return p.baseUrl();
        }
        String location = required(p.location(), ProviderKind.VERTEX_AI, "location", "GCP_LOCATION");
        String project = required(p.project(), ProviderKind.VERTEX_AI, "project", "GCP_PROJECT_ID");
        return "https://" + location + "-aiplatform.googleapis.com/v1/projects/" + project + "/locations/" + location
                + "/endpoints/openapi";
    }

    private static String required(String value, ProviderKind kind, String property, String variable) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("jaia.review.providers." + kind.configName() + "." + property + " ("
                    + variable + ") is required when the LLM provider chain includes '" + kind.configName() + "'");
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

}
