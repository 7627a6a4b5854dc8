package com.jaia.security;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

/** A test of the security edge: {@link #edge} calls the {@link EdgeTest} context through its whole filter chain. */
abstract class EdgeTests {

    @Autowired
    WebApplicationContext context;

    Edge edge;

    @BeforeEach
    void edge() {
        edge = new Edge(context);
    }

}
