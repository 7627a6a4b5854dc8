package com.jaia.review;

/**
 * No provider of the chain could answer now (down, refusing connections, out of the chain while its circuit is open,
 * or no rate-limit permit in time): nothing is wrong with the journal, so its review is deferred, not skipped.
 */
class ProvidersUnavailable extends RuntimeException {

    ProvidersUnavailable(String reason) {
        super(reason);
    }

    ProvidersUnavailable(String reason, Throwable cause) {
        super(reason, cause);
    }

}
