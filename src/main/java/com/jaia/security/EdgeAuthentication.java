package com.jaia.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Who is calling: an API key's name and role, or the local caller while no key exists.
 */
final class EdgeAuthentication extends AbstractAuthenticationToken {

    /** The actor name of a loopback caller while the server has no key. */
    static final String LOCAL = "local";

    private final String name;

    private final Role role;

    private final boolean keyed;

    private EdgeAuthentication(String name, Role role, boolean keyed) {
        super(List.of(new SimpleGrantedAuthority(role.authority())));
        this.name = name;
        this.role = role;
        this.keyed = keyed;
        setAuthenticated(true);
    }

    static EdgeAuthentication key(ApiKey key) {
        return new EdgeAuthentication(key.name(), key.role(), true);
    }

    static EdgeAuthentication local() {
        return new EdgeAuthentication(LOCAL, Role.ADMIN, false);
    }

    Role role() {
        return role;
    }

    boolean keyed() {
        return keyed;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return name;
    }

}
