package com.jaia.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.jaia.JaiaApplication;
import com.jaia.TestDataDirectory;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one context the security tests share, apart from the suite's: its own stores, API keys, the default rate limit
 * and block threshold, and a trusted proxy range (10.9.0.0/16). Tests tell callers apart by the peer address they
 * give each mock request, so they never share a rate-limit bucket or a block.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = JaiaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = { "jaia.security.rate-limit.requests=100", "jaia.security.rate-limit.window=60s",
                "jaia.security.blocks.threshold=10", "jaia.security.trusted-proxies=10.9.0.0/16",
                "jaia.intake.watch=false" })
@ContextConfiguration(initializers = TestDataDirectory.class)
@interface EdgeTest {

}
