package com.jaia.security;

import java.util.UUID;

import jakarta.servlet.Filter;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Calls the application through its whole security filter chain, as a client at a given address with a given key.
 */
final class Edge {

    final MockMvc mvc;

    final ApiKeys keys;

    Edge(WebApplicationContext context) {
        this.mvc = MockMvcBuilders.webAppContextSetup(context)
            .addFilters(context.getBean("springSecurityFilterChain", Filter.class))
            .build();
        this.keys = context.getBean(ApiKeys.class);
    }

    /** A new key with a unique name (so that tests never share a key's rate-limit bucket). */
    Key key(Role role) {
        String name = role.label() + "-" + UUID.randomUUID().toString().substring(0, 8);
        return new Key(name, keys.create(name, role));
    }

    /** A key's name and value. */
    record Key(String name, String value) {

        AbstractMockHttpServletRequestBuilder<?> on(AbstractMockHttpServletRequestBuilder<?> request) {
            return request.header("Authorization", "Bearer " + value);
        }

    }

    /** Makes the request come from the given peer address. */
    static AbstractMockHttpServletRequestBuilder<?> from(String address,
            AbstractMockHttpServletRequestBuilder<?> request) {
        return request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }

}
