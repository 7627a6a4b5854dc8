package com.jaia.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import com.jaia.pipeline.Sha256;
import com.jaia.review.AnswerSchema.InvalidAnswer;

/**
 * Reviews one journal: builds its pseudonymised prompt, reuses an earlier answer to the same prompt and model, keeps
 * to the budget, asks the provider chain and validates the answer, re-asking once with the validation error. When no
 * provider can answer, the journal is deferred for a later retry instead of failing.
 */
class JournalReviewProcessor implements ItemProcessor<ReviewCandidate, JournalReview> {

    private final ProviderChain chain;

    private final JournalEvidence evidence;

    private final ReviewPrompts prompts;

    private final AnswerSchema schema;

    private final LlmReviewStore store;

    private final ReviewBudget budget;

    JournalReviewProcessor(ProviderChain chain, JournalEvidence evidence, ReviewPrompts prompts, LlmReviewStore store,
            ReviewBudget budget) {
        this.chain = chain;
        this.evidence = evidence;
        this.prompts = prompts;
        this.schema = new AnswerSchema(prompts.schema());
        this.store = store;
        this.budget = budget;
    }

    @Override
    public JournalReview process(ReviewCandidate candidate) {
        if (chain.isEmpty()) {
            return JournalReview.skipped(candidate, JournalReview.NO_PROVIDER);
        }
        try {
            return review(candidate);
        }
        catch (ProvidersUnavailable outage) {
            return JournalReview.deferred(candidate, outage.getMessage());
        }
    }

    private JournalReview review(ReviewCandidate candidate) {
        JournalEvidence.Gathered gathered = evidence.gather(candidate, prompts.language());
        String system = prompts.system();
        String user = gathered.masking().mask(prompts.journal(gathered.values()));
        String hash = Sha256.hex(system + "\n\n" + user);
        Optional<JournalReview> cached = store.cached(candidate, hash, chain.models());
        if (cached.isPresent()) {
            return cached.get();
        }
        if (budget.exhausted()) {
            return JournalReview.skipped(candidate, JournalReview.BUDGET_EXHAUSTED);
        }
        List<ChatMessage> messages = new ArrayList<>(List.of(SystemMessage.from(system), UserMessage.from(user)));
        LlmAnswer answer = ask(messages, candidate);
        ReviewAnswer parsed;
        try {
            parsed = schema.parse(answer.text());
        }
        catch (InvalidAnswer invalid) {
            messages.add(AiMessage.from(answer.text() == null || answer.text().isBlank() ? "(empty)" : answer.text()));
            messages.add(UserMessage.from(prompts.retry(invalid.getMessage())));
            LlmAnswer second = ask(messages, candidate);
            answer = answer.plus(second);
            try {
                parsed = schema.parse(second.text());
            }
            catch (InvalidAnswer again) {
                throw new ReviewFailed("invalid answer after one re-ask: " + again.getMessage());
            }
        }
        Pseudonyms.Masking masking = gathered.masking();
        ReviewAnswer unmasked = new ReviewAnswer(parsed.verdict(), parsed.confidence(),
                masking.unmask(parsed.rationale()), masking.unmask(parsed.suggestedProcedure()));
        return JournalReview.reviewed(candidate, unmasked, answer, false, hash, prompts.language());
    }

    private LlmAnswer ask(List<ChatMessage> messages, ReviewCandidate candidate) {
        LlmAnswer answer = chain.ask(messages, candidate.importId(), candidate.journalId());
        budget.spend(answer.cost());
        return answer;
    }

}
