package com.jaia;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one Spring context the integration tests share: the whole application on a random port, with its stores in a
 * fresh temporary directory. Keep tests on this annotation unchanged, with nothing that changes the context beside it,
 * so the context is started once per run. ({@code @SpringBatchTest} is not part of it: its listeners call every
 * method of a test class that returns a job execution, which the import tests' helpers do.)
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDataDirectory.class)
public @interface JaiaSpringTest {

}
