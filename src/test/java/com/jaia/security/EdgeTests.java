package com.jaia.security;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

/** A test of the security edge: {@link #edge} calls the {@link EdgeTest} context through its whole filter chain. */
abstract class EdgeTests {

    @Autowired
    WebApplicationContext context;

    Edge edge;

    private final Map<Role, Edge.Key> keys = new EnumMap<>(Role.class);

    @BeforeEach
    void edge() {
        edge = new Edge(context);
        keys.clear();
    }

    /** This test's viewer key, made when first asked for. */
    Edge.Key viewer() {
        return keys.computeIfAbsent(Role.VIEWER, edge::key);
    }

    /** This test's operator key, made when first asked for. */
    Edge.Key operator() {
        return keys.computeIfAbsent(Role.OPERATOR, edge::key);
    }

    /** This test's admin key, made when first asked for. */
    Edge.Key admin() {
        return keys.computeIfAbsent(Role.ADMIN, edge::key);
    }

}
