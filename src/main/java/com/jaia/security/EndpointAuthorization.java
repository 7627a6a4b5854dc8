package com.jaia.security;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Grants a request when the caller's role includes the role {@link EndpointRoles} requires for its method and path.
 */
final class EndpointAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext context) {
        Optional<Role> required = EndpointRoles.required(context.getRequest().getMethod(),
                ApiKeyFilter.path(context.getRequest()));
        if (required.isEmpty()) {
            return new AuthorizationDecision(true);
        }
        return new AuthorizationDecision(role(authentication.get()).map(r -> r.includes(required.get())).orElse(false));
    }

    /** The highest role an authenticated caller holds; empty for anonymous callers. */
    static Optional<Role> role(Authentication caller) {
        if (caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return caller.getAuthorities().stream().map(a -> Role.fromAuthority(a.getAuthority()))
            .flatMap(Optional::stream).max(Enum::compareTo);
    }

}
