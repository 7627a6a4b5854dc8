package com.jaia;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one Spring context the integration tests share: the whole application on a random port, with its stores in a
 * fresh temporary directory, and Spring Batch's test utilities (a step on its own through {@code JobOperatorTestUtils}).
 * Keep tests on this annotation unchanged, with nothing that changes the context beside it, so the context is started
 * once per run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDataDirectory.class)
@SpringBatchTest
public @interface JaiaSpringTest {

}
